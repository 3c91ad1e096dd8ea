// SPDX-License-Identifier: GPL-3.0-or-later
// The function lab dialog: the function, the sampling and the overlays.

#include "ui/classroom/functionlabdialog.h"

#include "ui/classroom/functionlab.h"
#include "ui/i18n/coremessages.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tangent::ui {
namespace {

constexpr int kTypedExpression = -1;
constexpr int kMaxPoints = 1'000'000;

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// The busy cursor while sampling a million points, restored however the sampling ends.
class BusyCursor {
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

/// Shows 0.01 as "0.01" and 6 as "6" rather than with a fixed number of decimals.
class NumberBox : public QDoubleSpinBox {
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    [[nodiscard]] QString textFromValue(double value) const override { return locale().toString(value, 'g', 10); }
};

QDoubleSpinBox* makeNumberBox(QWidget* parent, double min, double max, int decimals, double value)
{
    auto* box = new NumberBox(parent);
    box->setRange(min, max);
    box->setDecimals(decimals);
    box->setValue(value);
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

FunctionLabDialog::FunctionLabDialog(FunctionLabController* controller, QWidget* parent)
    : QDialog(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("FunctionLabDialog"));
    setWindowTitle(tr("Function Lab"));
    setModal(false);

    auto* layout = new QVBoxLayout(this);
    buildFunctionBox(layout);
    buildSamplingBox(layout);
    buildOverlayBox(layout);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_generate = buttons->addButton(tr("&Generate"), QDialogButtonBox::ActionRole);
    m_generate->setToolTip(tr("Replace the table with columns x and y sampled from f"));
    m_generate->setDefault(true);
    connect(m_generate, &QPushButton::clicked, this, &FunctionLabDialog::generate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);

    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(300);
    connect(&m_validateTimer, &QTimer::timeout, this, &FunctionLabDialog::validate);

    setPreset(Preset::Sin);
}

void FunctionLabDialog::buildFunctionBox(QVBoxLayout* layout)
{
    auto* box = new QGroupBox(tr("Function"), this);
    auto* form = new QFormLayout(box);
    m_preset = new QComboBox(box);
    for (const PresetInfo& info : presets())
        m_preset->addItem(fromView(info.name), static_cast<int>(info.preset));
    m_preset->addItem(tr("typed expression"), kTypedExpression);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    connect(m_preset, &QComboBox::activated, this, &FunctionLabDialog::presetActivated);
    form->addRow(tr("&Preset:"), m_preset);

    m_expression = new QLineEdit(box);
    m_expression->setObjectName(QStringLiteral("expressionEdit"));
    m_expression->setPlaceholderText(tr("a formula in x, e.g. x^2 * exp(-x)"));
    m_expression->setToolTip(tr("muparser syntax: + - * / ^, parentheses, pi, _e, c ? a : b, and sin cos tan "
                                "asin acos atan sinh cosh tanh exp ln log2 log10 sqrt abs sign min max"));
    connect(m_expression, &QLineEdit::textEdited, this, &FunctionLabDialog::expressionEdited);
    form->addRow(tr("&f(x) ="), m_expression);

    m_expressionLabel = new QLabel(box);
    m_expressionLabel->setObjectName(QStringLiteral("expressionError"));
    m_expressionLabel->setTextFormat(Qt::RichText);
    m_expressionLabel->setVisible(false);
    form->addRow(QString(), m_expressionLabel);

    m_derivative = new QLabel(box);
    m_derivative->setWordWrap(true);
    form->addRow(tr("f′(x):"), m_derivative);
    layout->addWidget(box);
}

void FunctionLabDialog::buildSamplingBox(QVBoxLayout* layout)
{
    auto* box = new QGroupBox(tr("Sampling"), this);
    auto* form = new QFormLayout(box);
    auto* range = new QHBoxLayout;
    m_from = makeNumberBox(box, -1e9, 1e9, 10, 0.0);
    m_to = makeNumberBox(box, -1e9, 1e9, 10, 1.0);
    range->addWidget(m_from, 1);
    range->addWidget(new QLabel(tr("to"), box));
    range->addWidget(m_to, 1);
    auto* rangeLabel = new QLabel(tr("&x from:"), box);
    rangeLabel->setBuddy(m_from);
    form->addRow(rangeLabel, range);
    const auto checkRange = [this] {
        if (!(m_from->value() < m_to->value()))
            showMessage(tr("The range needs from < to."), true);
        else
            showMessage({}, false);
    };
    connect(m_from, &QDoubleSpinBox::valueChanged, this, checkRange);
    connect(m_to, &QDoubleSpinBox::valueChanged, this, checkRange);

    m_points = new QSpinBox(box);
    m_points->setRange(2, kMaxPoints);
    m_points->setValue(101);
    m_points->setGroupSeparatorShown(true);
    m_points->setKeyboardTracking(false);
    form->addRow(tr("&Number of points:"), m_points);

    auto* spacing = new QHBoxLayout; // the radio buttons carry their own mnemonics
    m_uniform = new QRadioButton(tr("&uniform"), box);
    m_jittered = new QRadioButton(tr("&jittered by"), box);
    m_uniform->setToolTip(tr("Evenly spaced x, as numpy.linspace(from, to, n)"));
    m_jittered->setToolTip(tr("Each interior x moves randomly by up to the given fraction of a step (half either "
                              "way), so the spacing is uneven but x keeps increasing"));
    m_uniform->setChecked(true);
    m_jitter = makeNumberBox(box, 0.05, 0.95, 2, 0.5);
    m_jitter->setSingleStep(0.05);
    m_jitter->setSuffix(tr(" of a step"));
    spacing->addWidget(m_uniform);
    spacing->addWidget(m_jittered);
    spacing->addWidget(m_jitter, 1);
    form->addRow(tr("x spacing:"), spacing);
    connect(m_jittered, &QRadioButton::toggled, this, &FunctionLabDialog::updateSpacingControls);

    m_noise = makeNumberBox(box, 0.0, 1e9, 10, 0.0);
    m_noise->setSingleStep(0.01);
    m_noise->setToolTip(tr("Standard deviation of Gaussian noise added to y (0: none)"));
    form->addRow(tr("&Noise σ:"), m_noise);
    m_seed = new QSpinBox(box);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    m_seed->setToolTip(tr("The same seed gives the same jitter and noise on every run"));
    form->addRow(tr("&Seed:"), m_seed);
    layout->addWidget(box);
    updateSpacingControls();
}

void FunctionLabDialog::buildOverlayBox(QVBoxLayout* layout)
{
    auto* box = new QGroupBox(tr("On the chart"), this);
    auto* column = new QVBoxLayout(box);
    m_showExact = new QCheckBox(tr("Show &exact derivative"), box);
    m_showError = new QCheckBox(tr("Show e&rror (numeric − exact)"), box);
    m_showError->setToolTip(tr("The document's derivative minus the exact one, on its own axis; it follows edits "
                               "and the edge order"));
    m_showExact->setChecked(m_controller->showExact());
    m_showError->setChecked(m_controller->showError());
    connect(m_showExact, &QCheckBox::toggled, m_controller, &FunctionLabController::setShowExact);
    connect(m_showError, &QCheckBox::toggled, m_controller, &FunctionLabController::setShowError);
    m_overlayStatus = new QLabel(m_controller->status(), box);
    m_overlayStatus->setWordWrap(true);
    connect(m_controller, &FunctionLabController::statusChanged, m_overlayStatus, &QLabel::setText);
    column->addWidget(m_showExact);
    column->addWidget(m_showError);
    column->addWidget(m_overlayStatus);
    layout->addWidget(box);
}

void FunctionLabDialog::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(static_cast<int>(preset)));
    presetActivated(m_preset->currentIndex());
}

void FunctionLabDialog::presetActivated(int index)
{
    const int data = m_preset->itemData(index).toInt();
    if (data == kTypedExpression) {
        m_expression->setFocus();
        m_expression->selectAll();
        return;
    }
    const PresetInfo& info = presetInfo(static_cast<Preset>(data));
    m_expression->setText(fromView(info.expression));
    setRange(info.from, info.to);
    m_noise->setValue(info.noise);
    validate();
}

void FunctionLabDialog::setExpression(const QString& text)
{
    m_expression->setText(text);
    expressionEdited();
    m_validateTimer.stop();
    validate();
}

void FunctionLabDialog::expressionEdited()
{
    // Typing a preset's own formula selects it, so its exact derivative is used.
    int index = m_preset->findData(kTypedExpression);
    for (const PresetInfo& info : presets())
        if (m_expression->text() == fromView(info.expression))
            index = m_preset->findData(static_cast<int>(info.preset));
    m_preset->setCurrentIndex(index);
    // Validate once typing pauses, so the cursor is not moved under the user's fingers.
    m_validateTimer.start();
}

bool FunctionLabDialog::validate()
{
    m_validateTimer.stop();
    const QString text = m_expression->text();
    if (text.trimmed().isEmpty()) {
        showExpressionError(tr("Type a formula in x, e.g. sin(x) or x^2 + 1."), 0);
        return false;
    }
    const QByteArray utf8 = text.toUtf8();
    try {
        Expression parsed(utf8.toStdString());
    } catch (const ExpressionError& e) {
        // muparser counts bytes; the line edit counts characters.
        const auto bytes = static_cast<qsizetype>(std::min<std::size_t>(e.position(), utf8.size()));
        showExpressionError(translateException(e), static_cast<int>(QString::fromUtf8(utf8.left(bytes)).size()));
        return false;
    }
    clearExpressionError();
    return true;
}

void FunctionLabDialog::showExpressionError(const QString& message, int position)
{
    m_expressionError = message;
    m_errorPosition = position;
    m_expression->setStyleSheet(QStringLiteral("QLineEdit { border: 2px solid #c62828; border-radius: 3px; }"));
    m_expression->setCursorPosition(position);
    // The formula again with a caret under the problem.
    const QString caret = QString(position, QLatin1Char(' ')) + QLatin1Char('^');
    m_expressionLabel->setText(QStringLiteral("<span style='color:#c62828'>%1</span><pre style='margin:0'>%2\n%3</pre>")
                                   .arg(message.toHtmlEscaped(), m_expression->text().toHtmlEscaped(), caret));
    m_expressionLabel->setVisible(true);
    m_derivative->setText(tr("—"));
    m_generate->setEnabled(false);
}

void FunctionLabDialog::clearExpressionError()
{
    m_expressionError.clear();
    m_errorPosition.reset();
    m_expression->setStyleSheet({});
    m_expressionLabel->clear();
    m_expressionLabel->setVisible(false);
    m_generate->setEnabled(true);
    updateDerivativeText();
}

void FunctionLabDialog::updateDerivativeText()
{
    const int data = m_preset->currentData().toInt();
    if (data == kTypedExpression)
        m_derivative->setText(tr("computed numerically at each x (Richardson extrapolation, typically within "
                                 "1e-11 relative where f is smooth)"));
    else
        m_derivative->setText(tr("%1 (exact)").arg(fromView(presetInfo(static_cast<Preset>(data)).derivative)));
}

void FunctionLabDialog::updateSpacingControls()
{
    m_jitter->setEnabled(m_jittered->isChecked());
}

void FunctionLabDialog::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
    m_message->setText(text);
}

void FunctionLabDialog::setRange(double from, double to)
{
    m_from->setValue(from);
    m_to->setValue(to);
}

void FunctionLabDialog::setPoints(int points)
{
    m_points->setValue(points);
}

void FunctionLabDialog::setJitter(double jitter)
{
    (jitter > 0.0 ? m_jittered : m_uniform)->setChecked(true);
    if (jitter > 0.0)
        m_jitter->setValue(jitter);
}

void FunctionLabDialog::setNoise(double sigma)
{
    m_noise->setValue(sigma);
}

void FunctionLabDialog::setSeed(int seed)
{
    m_seed->setValue(seed);
}

void FunctionLabDialog::setShowExact(bool on)
{
    m_showExact->setChecked(on);
}

void FunctionLabDialog::setShowError(bool on)
{
    m_showError->setChecked(on);
}

QString FunctionLabDialog::expression() const
{
    return m_expression->text();
}

SampleOptions FunctionLabDialog::sampleOptions() const
{
    SampleOptions options;
    options.from = m_from->value();
    options.to = m_to->value();
    options.points = static_cast<std::size_t>(m_points->value());
    options.jitter = m_jittered->isChecked() ? m_jitter->value() : 0.0;
    options.jitterSeed = static_cast<std::uint64_t>(m_seed->value());
    options.noise = m_noise->value();
    // A different stream for the noise, so it is not a function of the same numbers as the jitter.
    options.noiseSeed = static_cast<std::uint64_t>(m_seed->value()) + 0x9e3779b97f4a7c15ULL;
    return options;
}

std::optional<LabFunction> FunctionLabDialog::currentFunction()
{
    const int data = m_preset->currentData().toInt();
    if (data != kTypedExpression && m_expression->text() == fromView(presetInfo(static_cast<Preset>(data)).expression))
        return presetFunction(static_cast<Preset>(data));
    if (!validate())
        return std::nullopt;
    try {
        return expressionFunction(m_expression->text().toStdString());
    } catch (const ExpressionError&) {
        validate();
        return std::nullopt;
    }
}

bool FunctionLabDialog::generate()
{
    const std::optional<LabFunction> function = currentFunction();
    if (!function) {
        showMessage(tr("Nothing generated: %1").arg(m_expressionError), true);
        m_expression->setFocus();
        return false;
    }
    std::vector<Column> columns;
    try {
        const BusyCursor busy;
        columns = m_controller->prepare(*function, sampleOptions());
    } catch (const std::invalid_argument& e) {
        showMessage(tr("Nothing generated: %1.").arg(translateException(e)), true);
        return false;
    }
    const std::vector<double>& y = columns.at(1).values;
    const auto undefined = std::count_if(y.begin(), y.end(), [](double v) { return !std::isfinite(v); });
    const auto points = y.size();
    emit generated(std::move(columns));
    if (m_controller->hasPending())
        showMessage(tr("The table was kept: it has unsaved changes."), true);
    else if (undefined > 0)
        showMessage(
            tr("f is undefined at %1 of the %2 points; those rows are gaps.").arg(undefined).arg(points), false);
    else
        showMessage(tr("Generated %1 points of f(x) = %2.").arg(points).arg(expression()), false);
    return true;
}

} // namespace tangent::ui
