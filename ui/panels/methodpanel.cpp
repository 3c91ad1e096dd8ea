// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/methodpanel.h"

#include "ui/document/document.h"
#include "ui/document/methodtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

namespace tangent::ui {
namespace {

// Slider positions: the savgol window is 2p + 1 (odd only); λ and α are 10^(p/10) (a logarithmic
// slider, ten steps a decade); log10(q/r) is p/10.
int windowToSlider(int window)
{
    return (window - 1) / 2;
}

int logToSlider(double value)
{
    return static_cast<int>(std::lround(10.0 * std::log10(value)));
}

double sliderToLog(int position)
{
    return std::pow(10.0, position / 10.0);
}

int ratioToSlider(double ratio)
{
    return static_cast<int>(std::lround(10.0 * ratio));
}

QString shortNumber(double value)
{
    return QString::number(value, 'g', 3);
}

/// Slider, value and "Automatic" on one line: the dock stays short.
QHBoxLayout* parameterRow(const MethodPanel::Parameter& parameter)
{
    auto* row = new QHBoxLayout;
    row->addWidget(parameter.slider, 1);
    row->addWidget(parameter.value);
    row->addWidget(parameter.automatic);
    return row;
}

const SmoothingMethod kMethods[] = { SmoothingMethod::Numpy, SmoothingMethod::Savgol, SmoothingMethod::Spline,
    SmoothingMethod::Tvr, SmoothingMethod::Kalman, SmoothingMethod::Auto };

} // namespace

MethodPanel::MethodPanel(Document* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodChooser"));
    for (const SmoothingMethod method : kMethods)
        m_method->addItem(method == SmoothingMethod::Numpy ? tr("numpy.gradient (exact)") : methodDisplayName(method),
            static_cast<int>(method));
    m_method->setToolTip(tr("How the derivative is computed: numpy.gradient exactly, or a method that smooths "
                            "noisy data first (docs/smoothing.md)"));
    m_method->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_method->setMinimumContentsLength(8); // shrinks with the dock in every language
    form->addRow(tr("&Method:"), m_method);

    m_pages = new QStackedWidget(this);
    auto* numpyPage = new QLabel(tr("Exactly numpy.gradient: no smoothing."), m_pages);
    numpyPage->setWordWrap(true);
    m_pages->addWidget(numpyPage);
    m_pages->addWidget(addSavgolPage());
    m_pages->addWidget(addSlidingPage(m_lam, QStringLiteral("splineLam"), tr("λ:"), tr("by GC&V"),
        tr("Smoothing spline: weight λ of the curvature ∫f''² against the misfit Σ(y − f)²")));
    m_pages->addWidget(addSlidingPage(m_alpha, QStringLiteral("tvrAlpha"), tr("α:"), tr("&auto"),
        tr("Total variation: weight α of the derivative's total variation")));
    m_pages->addWidget(addSlidingPage(m_ratio, QStringLiteral("kalmanRatio"), tr("log₁₀(q/r):"), tr("&auto"),
        tr("Kalman smoother: process noise q against measurement noise r, as log10(q/r)")));
    auto* autoPage = new QLabel(tr("Tangent picks the method and its parameter by cross-validation."), m_pages);
    autoPage->setWordWrap(true);
    m_pages->addWidget(autoPage);
    m_lam.slider->setRange(-120, 120);
    m_alpha.slider->setRange(-120, 60);
    m_ratio.slider->setRange(-120, 40);
    layout->addWidget(m_pages);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("methodStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    connect(m_method, &QComboBox::activated, this, &MethodPanel::chooseMethod);
    connect(m_polyorder, &QSpinBox::valueChanged, this, &MethodPanel::commit);
    for (Parameter* p : { &m_window, &m_lam, &m_alpha, &m_ratio }) {
        connect(p->slider, &QSlider::sliderPressed, this, [this] { ++m_gestures; });
        connect(p->slider, &QSlider::valueChanged, this, &MethodPanel::commit);
        connect(p->automatic, &QCheckBox::toggled, this, &MethodPanel::commit);
    }
    connectDocument();
    refresh();
}

void MethodPanel::setDocument(Document* document)
{
    if (document == m_document)
        return;
    disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    connectDocument();
    refresh();
}

void MethodPanel::connectDocument()
{
    connect(m_document, &Document::settingsChanged, this, &MethodPanel::refresh);
    connect(m_document, &Document::derivativesChanged, this, &MethodPanel::refresh);
    connect(m_document, &Document::tableReset, this, &MethodPanel::refresh);
    connect(m_document, &Document::computingChanged, this, &MethodPanel::refresh);
    connect(m_document, &Document::diagnosticsChanged, this, &MethodPanel::refresh);
}

MethodPanel::Parameter MethodPanel::makeParameter(
    QWidget* page, const QString& name, const QString& automatic, int low, int high)
{
    Parameter p;
    p.slider = new QSlider(Qt::Horizontal, page);
    p.slider->setObjectName(name);
    p.slider->setRange(low, high);
    p.value = new QLabel(page);
    p.value->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0.000e-00")));
    p.automatic = new QCheckBox(automatic, page);
    p.automatic->setObjectName(name + QStringLiteral("Automatic"));
    p.automatic->setToolTip(tr("Automatic: the core chooses the value from the data (cross-validation, GCV or "
                               "maximum likelihood; docs/smoothing.md) and the slider shows it"));
    return p;
}

QWidget* MethodPanel::addSavgolPage()
{
    auto* page = new QWidget(m_pages);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_window = makeParameter(page, QStringLiteral("savgolWindow"), tr("&auto"), 1, 100);
    m_window.slider->setToolTip(tr("Savitzky–Golay: the window in points (odd)"));
    form->addRow(tr("Window:"), parameterRow(m_window));
    m_polyorder = new QSpinBox(page);
    m_polyorder->setObjectName(QStringLiteral("savgolPolyorder"));
    m_polyorder->setRange(0, 8);
    m_polyorder->setValue(3);
    m_polyorder->setToolTip(tr("Savitzky–Golay: order of the polynomial fitted in each window (less than the window)"));
    form->addRow(tr("&Polynomial order:"), m_polyorder);
    return page;
}

QWidget* MethodPanel::addSlidingPage(
    Parameter& parameter, const QString& name, const QString& label, const QString& automatic, const QString& tip)
{
    auto* page = new QWidget(m_pages);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    parameter = makeParameter(page, name, automatic, 0, 1);
    parameter.slider->setToolTip(tip);
    form->addRow(label, parameterRow(parameter));
    return page;
}

SmoothingMethod MethodPanel::currentMethod() const
{
    return static_cast<SmoothingMethod>(m_method->currentData().toInt());
}

std::optional<SmoothingOptions> MethodPanel::used() const
{
    for (const DerivativeResult& result : m_document->derivatives().results())
        if (result.used)
            return result.used;
    return std::nullopt;
}

void MethodPanel::showParameter(Parameter& parameter, std::optional<int> set, std::optional<int> chosen)
{
    const QSignalBlocker blockSlider(parameter.slider);
    const QSignalBlocker blockCheck(parameter.automatic);
    parameter.automatic->setChecked(!set);
    parameter.slider->setEnabled(set.has_value());
    if (set || chosen)
        parameter.slider->setValue(set ? *set : *chosen);
}

void MethodPanel::refresh()
{
    m_refreshing = true;
    const SmoothingOptions& o = m_document->settings().smoothing;
    const std::optional<SmoothingOptions> ran = used();
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(o.method)));
    m_pages->setCurrentIndex(m_method->currentIndex());

    const auto rows = std::max(3, m_document->rowCount());
    m_window.slider->setMaximum(std::clamp((rows - 1) / 2, 1, 100));
    const auto window = [](const std::optional<SmoothingOptions>& s) {
        return s && s->window ? std::optional<int>(windowToSlider(*s->window)) : std::nullopt;
    };
    const auto logOf
        = [](std::optional<double> v) { return v && *v > 0.0 ? std::optional<int>(logToSlider(*v)) : std::nullopt; };
    const auto ratio = [](std::optional<double> v) { return v ? std::optional<int>(ratioToSlider(*v)) : std::nullopt; };
    showParameter(m_window, window(o), window(ran));
    showParameter(m_lam, logOf(o.lam), logOf(ran ? ran->lam : std::nullopt));
    showParameter(m_alpha, logOf(o.alpha), logOf(ran ? ran->alpha : std::nullopt));
    showParameter(m_ratio, ratio(o.ratio), ratio(ran ? ran->ratio : std::nullopt));
    {
        const QSignalBlocker block(m_polyorder);
        m_polyorder->setValue(o.polyorder.value_or(ran && ran->polyorder ? *ran->polyorder : 3));
    }
    updateValueTexts();

    QString status;
    if (m_document->derivatives().isComputing())
        status = tr("Computing…");
    else if (o.method != SmoothingMethod::Numpy && !m_document->derivatives().results().empty()) {
        const DerivativeResult& first = m_document->derivatives().results().front();
        status = first.error.isEmpty() ? tr("Ran: %1").arg(first.provenance) : first.error;
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    m_refreshing = false;
}

void MethodPanel::updateValueTexts()
{
    const SmoothingOptions& o = m_document->settings().smoothing;
    const std::optional<SmoothingOptions> ran = used();
    // An automatic parameter shows the core's exact choice; a set one shows the slider's value.
    const auto text = [](const Parameter& p, std::optional<double> chosen, const QString& set) {
        if (!p.automatic->isChecked())
            return set;
        return chosen ? shortNumber(*chosen) : tr("…");
    };
    const auto chosenWindow = ran && ran->window ? std::optional<double>(*ran->window) : std::nullopt;
    m_window.value->setText(
        text(m_window, o.window ? std::nullopt : chosenWindow, QString::number(2 * m_window.slider->value() + 1)));
    m_lam.value->setText(text(m_lam, ran ? ran->lam : std::nullopt, shortNumber(sliderToLog(m_lam.slider->value()))));
    m_alpha.value->setText(
        text(m_alpha, ran ? ran->alpha : std::nullopt, shortNumber(sliderToLog(m_alpha.slider->value()))));
    m_ratio.value->setText(text(m_ratio, ran ? ran->ratio : std::nullopt, shortNumber(m_ratio.slider->value() / 10.0)));
}

SmoothingOptions MethodPanel::optionsFromControls() const
{
    SmoothingOptions o;
    o.method = currentMethod();
    switch (o.method) {
    case SmoothingMethod::Savgol:
        if (!m_window.automatic->isChecked())
            o.window = 2 * m_window.slider->value() + 1;
        if (m_polyorder->value() != 3)
            o.polyorder = m_polyorder->value();
        break;
    case SmoothingMethod::Spline:
        if (!m_lam.automatic->isChecked())
            o.lam = sliderToLog(m_lam.slider->value());
        break;
    case SmoothingMethod::Tvr:
        if (!m_alpha.automatic->isChecked())
            o.alpha = sliderToLog(m_alpha.slider->value());
        break;
    case SmoothingMethod::Kalman:
        if (!m_ratio.automatic->isChecked())
            o.ratio = m_ratio.slider->value() / 10.0;
        break;
    case SmoothingMethod::Numpy:
    case SmoothingMethod::Auto:
        break;
    }
    return o;
}

void MethodPanel::chooseMethod()
{
    if (m_refreshing)
        return;
    // A new method starts with its parameter automatic: the core's choice is a sound first look.
    SmoothingOptions o;
    o.method = currentMethod();
    m_document->setSmoothing(o);
}

void MethodPanel::commit()
{
    if (m_refreshing)
        return;
    updateValueTexts();
    const auto* slider = qobject_cast<const QSlider*>(sender());
    m_document->setSmoothing(optionsFromControls(), slider && slider->isSliderDown() ? m_gestures : 0);
}

} // namespace tangent::ui
