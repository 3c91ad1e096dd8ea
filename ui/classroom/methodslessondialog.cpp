// SPDX-License-Identifier: GPL-3.0-or-later
// The Methods view: the core's noise trial and sweep, computed off the GUI thread and drawn.

#include "ui/classroom/methodslessondialog.h"

#include "ui/classroom/functionlab.h"
#include "ui/classroom/labchart.h"
#include "ui/classroom/methodtext.h"
#include "ui/i18n/coremessages.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tangent::ui {
namespace {

/// Noise the lesson adds when the lab has none, relative to the signal's standard deviation.
constexpr double kDefaultNoise = 0.02;

/// A typed expression may not be evaluated on two threads at once (core/classroom/functionlab.h):
/// each worker parses its own copy. Presets are plain functions and are shared.
LabFunction workerCopy(const LabFunction& f)
{
    return f.exactDerivative ? f : expressionFunction(f.expression);
}

QString titleAt(std::size_t index)
{
    return methodTitle(lessonMethods()[index]);
}

/// Log axis range in whole decades around the positive values of `sets`.
void fitLogAxis(QLogValueAxis* axis, const QList<QList<QPointF>>& sets, bool useX)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = 0.0;
    for (const QList<QPointF>& set : sets)
        for (const QPointF& p : set) {
            const double v = useX ? p.x() : p.y();
            if (v > 0.0 && std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
    if (!(lo <= hi)) {
        lo = 1e-3;
        hi = 1.0;
    }
    axis->setRange(std::pow(10.0, std::floor(std::log10(lo))), std::pow(10.0, std::ceil(std::log10(hi))));
}

/// One legend for both charts (each chart's own would elide six names to "Savitzk…").
QLabel* legendLabel(QWidget* parent)
{
    QStringList entries;
    for (const SmoothingMethod method : lessonMethods())
        entries << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                       .arg(methodColour(method).name(), methodTitle(method).toHtmlEscaped());
    entries << QStringLiteral("<b>– –</b>&nbsp;%1").arg(MethodsLessonDialog::tr("exact f′ (left)"));
    entries << QStringLiteral("<b>···</b>&nbsp;%1").arg(MethodsLessonDialog::tr("its σ (right)"));
    auto* label = new QLabel(entries.join(QStringLiteral("&nbsp;&nbsp;&nbsp; ")), parent);
    label->setObjectName(QStringLiteral("methodsLegend"));
    return label;
}

} // namespace

MethodsLessonDialog::MethodsLessonDialog(FunctionLabController* controller, QWidget* parent)
    : QDialog(parent), m_controller(controller), m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("MethodsLessonDialog"));
    setWindowTitle(tr("Noise and Methods"));
    setModal(false);
    auto* layout = new QGridLayout(this);
    m_subject = new QLabel(this);
    m_subject->setWordWrap(true);
    layout->addWidget(m_subject, 0, 0, 1, 2);
    buildCharts();
    auto* legendRow = new QHBoxLayout;
    legendRow->addWidget(legendLabel(this), 1, Qt::AlignHCenter);
    auto* bandLabel = new QLabel(tr("95% &band of:"), this);
    m_bandChooser = new QComboBox(this);
    m_bandChooser->setObjectName(QStringLiteral("bandChooser"));
    bandLabel->setBuddy(m_bandChooser);
    m_bandChooser->addItem(tr("every method"), -1);
    for (std::size_t m = 0; m < lessonMethods().size(); ++m)
        m_bandChooser->addItem(titleAt(m), static_cast<int>(m));
    m_bandChooser->addItem(tr("none"), -2);
    m_bandChooser->setToolTip(tr("Shade value ± 1.96 sd, the band the noise gives each method's derivative"));
    connect(m_bandChooser, &QComboBox::currentIndexChanged, this, &MethodsLessonDialog::drawBands);
    legendRow->addWidget(bandLabel);
    legendRow->addWidget(m_bandChooser);
    layout->addLayout(legendRow, 1, 0, 1, 2);
    layout->addWidget(m_derivativeView, 2, 0);
    layout->addWidget(m_sweepView, 2, 1);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("methodsRmseTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Method"), tr("Parameters used"), tr("RMSE of f′"), tr("× numpy"), tr("Band covers f′") });
    m_table->horizontalHeaderItem(4)->setToolTip(
        tr("How often the exact derivative lies inside the method's 95% band (interior points); 95% is right"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_table, 3, 0, Qt::AlignTop);

    auto* right = new QVBoxLayout;
    m_sweepStatus = new QLabel(this);
    m_sweepStatus->setObjectName(QStringLiteral("sweepStatus"));
    right->addWidget(m_sweepStatus);
    auto* explanation = new QLabel(this);
    explanation->setWordWrap(true);
    explanation->setText(
        tr("A difference quotient divides the noise by the spacing: noise of size σ on samples h apart gives "
           "numpy.gradient an error of about σ/(h·√2), whatever the function. Halving h to cut the truncation "
           "error doubles the noise, so on measured data the derivative is mostly noise. Every smoothing method "
           "fits the data over several rows before differentiating: it trades a little bias (the true curve is "
           "smoothed too) for much less variance. On the right, numpy's line rises in step with σ (slope 1); the "
           "smoothing methods rise more slowly, and at very small σ, where there is nothing to remove, their bias "
           "can make them worse than numpy. Every level uses the same noise seed, scaled."));
    right->addWidget(explanation);
    auto* bands = new QLabel(this);
    bands->setObjectName(QStringLiteral("bandExplanation"));
    bands->setWordWrap(true);
    bands->setText(
        tr("The shaded bands are each method's 95% interval, value ± 1.96 sd: the noise σ, estimated from the "
           "samples, carried through the method. A band is honest when it holds the exact derivative about 95% of "
           "the time (the table's last column). numpy's band is honest but wide; a smoothing method's is narrow and "
           "still holds the truth, which is why its line with a band says more than numpy's line. Where the curve "
           "bends sharply the smoothing's bias is not in the band, and coverage drops. Total variation has no band."));
    right->addWidget(bands);
    right->addStretch(1);
    layout->addLayout(right, 3, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons, 4, 0, 1, 2);
    layout->setRowStretch(2, 1);

    connect(&m_trialWatcher, &QFutureWatcher<NoiseTrial>::finished, this, &MethodsLessonDialog::showTrial);
    connect(&m_sweepWatcher, &QFutureWatcher<NoiseSweep>::finished, this, &MethodsLessonDialog::showSweep);
    // A closed view does not keep the processors busy: it catches up when shown again.
    connect(controller, &FunctionLabController::activeChanged, this, [this] {
        if (isVisible())
            recompute();
        else
            m_stale = true;
    });
    resize(1180, 820);
    recompute();
}

MethodsLessonDialog::~MethodsLessonDialog()
{
    // The workers hold their own copies of everything; the sweep stops at its next level.
    cancelRunning();
}

void MethodsLessonDialog::buildCharts()
{
    m_derivativeView = labchart::makeChartView(this);
    QChart* chart = m_derivativeView->chart();
    chart->setTitle(tr("Derivative of the noisy samples, by method"));
    m_dx = labchart::addValueAxis(chart, Qt::AlignBottom, QStringLiteral("x"));
    m_dy = labchart::addValueAxis(chart, Qt::AlignLeft, QStringLiteral("f′(x)"));
    const std::span<const SmoothingMethod> methods = lessonMethods();
    for (const SmoothingMethod method : methods) {
        const double width = method == SmoothingMethod::Numpy ? 1.0 : 1.8;
        QLineSeries* line
            = labchart::addLine(chart, methodTitle(method), methodColour(method), m_dx, m_dy, Qt::SolidLine, width);
        line->setObjectName(QStringLiteral("derivative-%1").arg(QString::fromLatin1(tangent::methodName(method))));
        m_derivatives.push_back(line);
    }
    for (const SmoothingMethod method : methods) {
        auto* band = new QAreaSeries;
        band->setUpperSeries(new QLineSeries(band));
        band->setLowerSeries(new QLineSeries(band));
        band->setName(tr("%1 band").arg(methodTitle(method)));
        band->setObjectName(QStringLiteral("band-%1").arg(QString::fromLatin1(tangent::methodName(method))));
        QColor fill = methodColour(method);
        fill.setAlphaF(0.18F);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        chart->addSeries(band);
        band->attachAxis(m_dx);
        band->attachAxis(m_dy);
        band->setVisible(false);
        m_bands.push_back(band);
    }
    m_exact = labchart::addLine(chart, tr("exact f′"), QColor(0x21, 0x21, 0x21), m_dx, m_dy, Qt::DashLine, 2.2);
    m_exact->setObjectName(QStringLiteral("derivative-exact"));
    chart->legend()->hide();

    m_sweepView = labchart::makeChartView(this);
    QChart* sweep = m_sweepView->chart();
    sweep->setTitle(tr("RMSE of the derivative against the noise σ"));
    m_sx = new QLogValueAxis;
    m_sx->setBase(10.0);
    m_sx->setLabelFormat(QStringLiteral("%.0e"));
    m_sx->setTitleText(tr("noise σ"));
    m_sx->setMinorTickCount(8);
    sweep->addAxis(m_sx, Qt::AlignBottom);
    m_sy = new QLogValueAxis;
    m_sy->setBase(10.0);
    m_sy->setLabelFormat(QStringLiteral("%.0e"));
    m_sy->setTitleText(tr("RMSE of f′"));
    sweep->addAxis(m_sy, Qt::AlignLeft);
    for (const SmoothingMethod method : methods) {
        QLineSeries* line = labchart::addLine(sweep, methodTitle(method), methodColour(method), m_sx, m_sy);
        line->setPointsVisible(true);
        line->setMarkerSize(5.0);
        line->setObjectName(QStringLiteral("sweep-%1").arg(QString::fromLatin1(tangent::methodName(method))));
        m_sweepLines.push_back(line);
    }
    // Where the left chart's noise lies on the sweep.
    m_noiseMarker = labchart::addLine(
        sweep, tr("σ of the chart on the left"), QColor(0x61, 0x61, 0x61), m_sx, m_sy, Qt::DotLine, 1.5);
    m_noiseMarker->setObjectName(QStringLiteral("sweep-noise"));
    sweep->legend()->hide();
}

double MethodsLessonDialog::lessonNoise(const LabFunction& f, const SampleOptions& options)
{
    if (options.noise > 0.0)
        return options.noise;
    const double scale = signalScale(f, options);
    return std::isfinite(scale) && scale > 0.0 ? kDefaultNoise * scale : kDefaultNoise;
}

std::vector<double> MethodsLessonDialog::sweepLevels(const LabFunction& f, const SampleOptions& options)
{
    double scale = signalScale(f, options);
    if (!std::isfinite(scale) || scale <= 0.0)
        scale = 1.0;
    return logSpacedValues(1e-4 * scale, 0.3 * scale, 9);
}

QLineSeries* MethodsLessonDialog::derivativeSeries(int index) const
{
    if (index < 0)
        return m_exact;
    return static_cast<std::size_t>(index) < m_derivatives.size() ? m_derivatives[static_cast<std::size_t>(index)]
                                                                  : nullptr;
}

QAreaSeries* MethodsLessonDialog::bandSeries(int index) const
{
    return index >= 0 && static_cast<std::size_t>(index) < m_bands.size() ? m_bands[static_cast<std::size_t>(index)]
                                                                          : nullptr;
}

int MethodsLessonDialog::shownBand() const
{
    return m_bandChooser->currentData().toInt();
}

void MethodsLessonDialog::showBand(int index)
{
    m_bandChooser->setCurrentIndex(m_bandChooser->findData(index));
}

void MethodsLessonDialog::drawBands()
{
    const std::vector<double>& x = m_trial.sample.x;
    const int shown = m_bandChooser->currentData().toInt();
    for (std::size_t m = 0; m < m_bands.size(); ++m) {
        const MethodTrial* t = m < m_trial.methods.size() ? &m_trial.methods[m] : nullptr;
        const bool has = t && t->sd.size() == x.size() && t->derivative.size() == x.size();
        const bool visible = has && (shown == -1 || shown == static_cast<int>(m));
        QList<QPointF> upper;
        QList<QPointF> lower;
        if (visible) {
            std::vector<double> hi(x.size());
            std::vector<double> lo(x.size());
            for (std::size_t i = 0; i < x.size(); ++i) {
                hi[i] = t->derivative[i] + kBandZ * t->sd[i];
                lo[i] = t->derivative[i] - kBandZ * t->sd[i];
            }
            upper = labchart::screenPoints(x, hi);
            lower = labchart::screenPoints(x, lo);
        }
        m_bands[m]->upperSeries()->replace(upper);
        m_bands[m]->lowerSeries()->replace(lower);
        m_bands[m]->setVisible(visible);
    }
}

QLineSeries* MethodsLessonDialog::sweepSeries(int index) const
{
    return index >= 0 && static_cast<std::size_t>(index) < m_sweepLines.size()
        ? m_sweepLines[static_cast<std::size_t>(index)]
        : nullptr;
}

bool MethodsLessonDialog::isIdle() const
{
    return m_trialWatcher.isFinished() && m_sweepWatcher.isFinished();
}

void MethodsLessonDialog::cancelRunning()
{
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
}

void MethodsLessonDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_stale)
        recompute();
}

void MethodsLessonDialog::finishNow()
{
    // A finished computation's results may still wait in the event queue: shown here at once, and
    // the queued finished() then finds them shown.
    m_trialWatcher.waitForFinished();
    showTrial();
    m_sweepWatcher.waitForFinished();
    showSweep();
}

void MethodsLessonDialog::recompute()
{
    m_stale = false;
    cancelRunning();
    const LabGeneration subject = m_controller->subject();
    m_options = subject.options;
    try {
        m_options.noise = lessonNoise(subject.function, subject.options);
        const std::vector<double> levels = sweepLevels(subject.function, subject.options);
        m_subject->setText(
            tr("<b>f(x) = %1</b> on [%2, %3], %4 points, Gaussian noise σ = %5%6, from the Function "
               "Lab's seed.")
                .arg(QString::fromStdString(subject.function.expression).toHtmlEscaped(),
                    labchart::formatNumber(m_options.from, 6), labchart::formatNumber(m_options.to, 6))
                .arg(m_options.points)
                .arg(labchart::formatNumber(m_options.noise),
                    subject.options.noise > 0.0 ? QString() : tr(" (2% of f's spread: the lab has no noise)")));
        const LabFunction f = subject.function;
        const SampleOptions options = m_options;
        m_trialShown = false;
        m_sweepShown = false;
        m_trialWatcher.setFuture(QtConcurrent::run([f, options] { return noiseTrial(workerCopy(f), options); }));
        m_sweepWatcher.setFuture(QtConcurrent::run([f, options, levels, cancel = m_cancel] {
            return noiseSweep(workerCopy(f), options, levels, cancel.get());
        }));
        m_sweepStatus->setText(tr("Computing the noise sweep…"));
    } catch (const std::exception& e) {
        m_subject->setText(tr("No study: %1").arg(translateException(e)));
    }
}

void MethodsLessonDialog::showTrial()
{
    if (m_trialShown || !m_trialWatcher.future().isValid())
        return;
    m_trialShown = true;
    try {
        m_trial = m_trialWatcher.result();
    } catch (const std::exception& e) {
        m_trial = {};
        m_subject->setText(tr("No study: %1").arg(translateException(e)));
    }
    const std::vector<double>& x = m_trial.sample.x;
    QList<QList<QPointF>> smoothSets;
    for (std::size_t m = 0; m < m_derivatives.size(); ++m) {
        // A method that could not run (too few points) has no derivative and no line.
        const bool drawn = m < m_trial.methods.size() && m_trial.methods[m].derivative.size() == x.size();
        const QList<QPointF> points
            = drawn ? labchart::screenPoints(x, m_trial.methods[m].derivative) : QList<QPointF> {};
        labchart::setPoints(m_derivatives[m], points);
        if (lessonMethods()[m] != SmoothingMethod::Numpy)
            smoothSets.append(points);
    }
    const QList<QPointF> exact = labchart::screenPoints(x, m_trial.sample.exactDerivative);
    labchart::setPoints(m_exact, exact);
    smoothSets.append(exact);
    // numpy's noise would squash every other line flat: the axis fits the exact derivative and the
    // smoothed ones, and numpy's spikes run off the chart (which is the lesson).
    labchart::fitY(m_dy, smoothSets);
    labchart::fitX(m_dx, exact);
    drawBands();
    fillTable();
    emit trialShown();
}

void MethodsLessonDialog::fillTable()
{
    m_table->setRowCount(static_cast<int>(m_trial.methods.size()));
    const double numpyRmse = m_trial.methods.empty() ? std::nan("") : m_trial.methods.front().rmse;
    for (std::size_t m = 0; m < m_trial.methods.size(); ++m) {
        const MethodTrial& t = m_trial.methods[m];
        const int row = static_cast<int>(m);
        auto* name = new QTableWidgetItem(titleAt(m));
        name->setForeground(methodColour(t.method).darker(115));
        m_table->setItem(row, 0, name);
        m_table->setItem(
            row, 1, new QTableWidgetItem(t.error ? translateMessage(*t.error) : QString::fromStdString(t.provenance)));
        auto* rmse = new QTableWidgetItem(std::isfinite(t.rmse) ? labchart::formatNumber(t.rmse, 3) : tr("—"));
        rmse->setData(Qt::UserRole, t.rmse);
        rmse->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, rmse);
        const double ratio = t.rmse / numpyRmse;
        auto* relative
            = new QTableWidgetItem(std::isfinite(ratio) ? QString::number(ratio, 'f', ratio < 0.1 ? 3 : 2) : tr("—"));
        relative->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 3, relative);
        auto* coverage = new QTableWidgetItem(std::isfinite(t.coverage)
                ? QStringLiteral("%1%").arg(QString::number(100.0 * t.coverage, 'f', 0))
                : tr("no band"));
        coverage->setData(Qt::UserRole, t.coverage);
        coverage->setToolTip(t.bandError ? translateMessage(*t.bandError) : QString());
        coverage->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 4, coverage);
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    m_table->resizeColumnToContents(3);
    m_table->resizeColumnToContents(4);
    m_table->resizeRowsToContents();
    // As tall as its rows: the space below belongs to the charts.
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
}

void MethodsLessonDialog::showSweep()
{
    if (m_sweepShown || !m_sweepWatcher.future().isValid())
        return;
    m_sweepShown = true;
    try {
        m_sweep = m_sweepWatcher.result();
    } catch (const std::exception& e) {
        m_sweep = {};
        m_sweepStatus->setText(tr("No sweep: %1").arg(translateException(e)));
        emit sweepShown();
        return;
    }
    QList<QList<QPointF>> sets;
    for (std::size_t m = 0; m < m_sweepLines.size(); ++m) {
        QList<QPointF> points;
        if (m < m_sweep.rmse.size())
            for (std::size_t k = 0; k < m_sweep.sigmas.size(); ++k)
                if (const double e = m_sweep.rmse[m][k]; e > 0.0 && std::isfinite(e))
                    points.append(QPointF(m_sweep.sigmas[k], e));
        m_sweepLines[m]->replace(points);
        sets.append(points);
    }
    fitLogAxis(m_sx, sets, true);
    fitLogAxis(m_sy, sets, false);
    m_noiseMarker->replace({ QPointF(m_options.noise, m_sy->min()), QPointF(m_options.noise, m_sy->max()) });
    m_sweepStatus->setText(tr("Noise sweep: %1 levels of σ, %2 points each, the same noise scaled.")
                               .arg(m_sweep.sigmas.size())
                               .arg(m_options.points));
    emit sweepShown();
}

} // namespace tangent::ui
