// SPDX-License-Identifier: GPL-3.0-or-later
// The convergence view: the core's convergence study drawn on log-log axes.

#include "ui/classroom/convergencedialog.h"

#include "ui/classroom/functionlab.h"
#include "ui/classroom/labchart.h"
#include "ui/i18n/coremessages.h"

#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tangent::ui {
namespace {

const QColor kEdge1(0x15, 0x65, 0xc0);
const QColor kEdge2(0xef, 0x6c, 0x00);

/// Relative to the derivative's size, an error this small with only 10 points is rounding: the
/// method is exact for the function (x² with edge order 2), and what remains grows as 1/h.
constexpr double kRoundingLevel = 1e-9;

/// "−1.00": two decimals with a true minus sign.
QString twoDecimals(double slope)
{
    if (!std::isfinite(slope))
        return QStringLiteral("—");
    return QString::number(slope, 'f', 2).replace(QLatin1Char('-'), QChar(0x2212));
}

/// The largest |f'| at 101 points of [from, to], at least 1 (the scale errors are judged against).
double derivativeScale(const LabFunction& f, double from, double to)
{
    double scale = 1.0;
    for (const double x : evenlySpaced(from, to, 101))
        if (const double d = std::abs(f.derivative(x)); std::isfinite(d))
            scale = std::max(scale, d);
    return scale;
}

/// Exact up to rounding: already negligible with the fewest points, where truncation is largest.
bool exactForFunction(const std::vector<ConvergenceRow>& rows, double ConvergenceRow::*field, double scale)
{
    return !rows.empty() && rows.front().*field <= kRoundingLevel * scale;
}

/// The errors as (n, error) points, leaving out zeros (no place on a log axis).
QList<QPointF> errorPoints(const std::vector<ConvergenceRow>& rows, double ConvergenceRow::*field)
{
    QList<QPointF> points;
    for (const ConvergenceRow& row : rows)
        if (row.*field > 0.0 && std::isfinite(row.*field))
            points.append(QPointF(static_cast<double>(row.points), row.*field));
    return points;
}

/// A line of slope −order through the first point of `points`, raised by a factor so that it runs
/// beside the data rather than on top of it.
QList<QPointF> referenceLine(const QList<QPointF>& points, int order, double lastN)
{
    if (points.isEmpty())
        return {};
    const QPointF first = points.front();
    const double start = first.y() * 2.5;
    return { QPointF(first.x(), start), QPointF(lastN, start * std::pow(first.x() / lastN, order)) };
}

} // namespace

ConvergenceDialog::ConvergenceDialog(FunctionLabController* controller, QWidget* parent)
    : QDialog(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("ConvergenceDialog"));
    setWindowTitle(tr("Convergence"));
    setModal(false);
    auto* layout = new QVBoxLayout(this);
    m_subject = new QLabel(this);
    m_subject->setWordWrap(true);
    layout->addWidget(m_subject);

    m_view = labchart::makeChartView(this);
    QChart* chart = m_view->chart();
    chart->setTitle(tr("Largest error of numpy.gradient against the number of points"));
    m_xAxis = new QLogValueAxis;
    m_xAxis->setBase(10.0);
    m_xAxis->setLabelFormat(QStringLiteral("%g"));
    m_xAxis->setTitleText(tr("number of points n"));
    m_xAxis->setMinorTickCount(8);
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_yAxis = new QLogValueAxis;
    m_yAxis->setBase(10.0);
    m_yAxis->setLabelFormat(QStringLiteral("%.0e"));
    m_yAxis->setTitleText(tr("max |numeric − exact|"));
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_edge1 = labchart::addLine(chart, {}, kEdge1, m_xAxis, m_yAxis, Qt::SolidLine, 2.5);
    m_edge2 = labchart::addLine(chart, {}, kEdge2, m_xAxis, m_yAxis, Qt::SolidLine, 2.5);
    m_slope1 = labchart::addLine(
        chart, tr("slope −1 (reference)"), kEdge1.lighter(140), m_xAxis, m_yAxis, Qt::DashLine, 1.5);
    m_slope2 = labchart::addLine(
        chart, tr("slope −2 (reference)"), kEdge2.lighter(140), m_xAxis, m_yAxis, Qt::DashLine, 1.5);
    for (QLineSeries* series : { m_edge1, m_edge2 }) {
        series->setPointsVisible(true);
        series->setMarkerSize(5.0);
    }
    m_edge1->setObjectName(QStringLiteral("edgeOrder1"));
    m_edge2->setObjectName(QStringLiteral("edgeOrder2"));
    m_slope1->setObjectName(QStringLiteral("slope1"));
    m_slope2->setObjectName(QStringLiteral("slope2"));
    layout->addWidget(m_view, 1);

    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setText(
        tr("Each dot is one table of n samples of f; its height is the largest |numpy.gradient − f′| over all rows. "
           "Ten times the points: with edge order 1 the error falls ten-fold (slope −1), because the two end rows "
           "use one-sided first-order differences; with edge order 2 it falls a hundred-fold (slope −2), like the "
           "central differences inside. Where a line levels off or turns up, rounding has taken over: it grows as "
           "the spacing shrinks. A method exact for f (x² with edge order 2) shows nothing but that rounding."));
    layout->addWidget(m_explanation);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);

    connect(controller, &FunctionLabController::activeChanged, this, &ConvergenceDialog::recompute);
    resize(760, 620);
    recompute();
}

std::vector<std::size_t> ConvergenceDialog::counts()
{
    return logSpacedCounts(10, 10'000, 13);
}

QChart* ConvergenceDialog::chart() const
{
    return m_view->chart();
}

QLineSeries* ConvergenceDialog::errorSeries(int edgeOrder) const
{
    return edgeOrder == 1 ? m_edge1 : edgeOrder == 2 ? m_edge2 : nullptr;
}

QLineSeries* ConvergenceDialog::referenceSeries(int slope) const
{
    return slope == 1 ? m_slope1 : slope == 2 ? m_slope2 : nullptr;
}

void ConvergenceDialog::recompute()
{
    const LabGeneration subject = m_controller->subject();
    const SampleOptions& o = subject.options;
    const std::vector<std::size_t> n = counts();
    try {
        m_study = convergenceStudy(subject.function, o.from, o.to, n, o.jitter, o.jitterSeed);
    } catch (const std::exception& e) {
        m_study = {};
        m_exact = { false, false };
        m_subject->setText(tr("No study: %1").arg(translateException(e)));
        draw();
        return;
    }
    const double scale = derivativeScale(subject.function, o.from, o.to);
    m_exact = { exactForFunction(m_study.rows, &ConvergenceRow::maxErrorEdge1, scale),
        exactForFunction(m_study.rows, &ConvergenceRow::maxErrorEdge2, scale) };
    const QString spacing = o.jitter > 0.0 ? tr("x jittered by %1 of a step (seed %2)").arg(o.jitter).arg(o.jitterSeed)
                                           : tr("evenly spaced x");
    m_subject->setText(tr("<b>f(x) = %1</b> on [%2, %3], %4, no noise; f′ %5.")
                           .arg(QString::fromStdString(subject.function.expression).toHtmlEscaped(),
                               labchart::formatNumber(o.from, 6), labchart::formatNumber(o.to, 6), spacing,
                               subject.function.exactDerivative ? tr("exact") : tr("computed numerically")));
    draw();
}

void ConvergenceDialog::draw()
{
    const QList<QPointF> e1 = errorPoints(m_study.rows, &ConvergenceRow::maxErrorEdge1);
    const QList<QPointF> e2 = errorPoints(m_study.rows, &ConvergenceRow::maxErrorEdge2);
    m_edge1->replace(e1);
    m_edge2->replace(e2);
    const double lastN = m_study.rows.empty() ? 1.0 : static_cast<double>(m_study.rows.back().points);
    m_slope1->replace(m_exact[0] ? QList<QPointF> {} : referenceLine(e1, 1, lastN));
    m_slope2->replace(m_exact[1] ? QList<QPointF> {} : referenceLine(e2, 2, lastN));
    updateLegendTexts();

    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    for (const QLineSeries* series : { m_edge1, m_edge2, m_slope1, m_slope2 }) {
        for (const QPointF& p : series->points()) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    if (!(lo <= hi)) {
        lo = 1e-16;
        hi = 1.0;
    }
    // Whole decades, so the labels are powers of ten; over many decades a label every second or
    // third one, as more would not fit and Qt would elide them all.
    const double low = std::floor(std::log10(lo));
    const double high = std::ceil(std::log10(hi));
    const double decadesPerLabel = std::max(1.0, std::ceil((high - low) / 8.0));
    m_yAxis->setBase(std::pow(10.0, decadesPerLabel));
    m_yAxis->setMinorTickCount(decadesPerLabel > 1.0 ? 0 : 8);
    m_yAxis->setRange(std::pow(10.0, std::floor(low / decadesPerLabel) * decadesPerLabel),
        std::pow(10.0, std::ceil(high / decadesPerLabel) * decadesPerLabel));
    const double firstN = m_study.rows.empty() ? 1.0 : static_cast<double>(m_study.rows.front().points);
    m_xAxis->setRange(std::pow(10.0, std::floor(std::log10(firstN))), std::pow(10.0, std::ceil(std::log10(lastN))));
}

void ConvergenceDialog::updateLegendTexts()
{
    const auto name = [](int order, double slope, bool exact) {
        if (exact)
            return tr("edge order %1: exact, only rounding").arg(order);
        return tr("edge order %1: slope %2").arg(order).arg(twoDecimals(slope));
    };
    m_edge1->setName(name(1, m_study.slopeEdge1, m_exact[0]));
    m_edge2->setName(name(2, m_study.slopeEdge2, m_exact[1]));
    m_slope1->setVisible(!m_slope1->points().isEmpty());
    m_slope2->setVisible(!m_slope2->points().isEmpty());
}

} // namespace tangent::ui
