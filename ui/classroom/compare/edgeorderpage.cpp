// SPDX-License-Identifier: GPL-3.0-or-later
// The Compare dialog's "Edge orders" page.

#include "ui/classroom/compare/edgeorderpage.h"

#include "ui/classroom/labchart.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStringList>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace tangent::ui {
namespace {

const QColor kOrder1(0x15, 0x65, 0xc0);
const QColor kOrder2(0xef, 0x6c, 0x00);
const QColor kDifference(0xc6, 0x28, 0x28);

} // namespace

EdgeOrderPage::EdgeOrderPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_view = labchart::makeChartView(this);
    QChart* chart = m_view->chart();
    m_xAxis = labchart::addValueAxis(chart, Qt::AlignBottom, QStringLiteral("x"));
    m_yAxis = labchart::addValueAxis(chart, Qt::AlignLeft, tr("derivative"));
    m_differenceAxis = labchart::addValueAxis(chart, Qt::AlignRight, tr("difference (order 2 − order 1)"));
    m_differenceAxis->setLinePenColor(kDifference);
    m_differenceAxis->setLabelsColor(kDifference);
    m_differenceAxis->setTitleBrush(kDifference);
    m_differenceAxis->setGridLineVisible(false);
    m_order1 = labchart::addLine(chart, tr("edge order 1"), kOrder1, m_xAxis, m_yAxis, Qt::SolidLine, 2.5);
    m_order2 = labchart::addLine(chart, tr("edge order 2"), kOrder2, m_xAxis, m_yAxis, Qt::DashLine, 2.0);
    m_difference = labchart::addLine(
        chart, tr("difference (order 2 − order 1)"), kDifference, m_xAxis, m_differenceAxis, Qt::SolidLine, 1.5);
    m_markers = new QScatterSeries;
    m_markers->setName(tr("rows that differ"));
    m_markers->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_markers->setMarkerSize(16.0);
    m_markers->setColor(Qt::transparent);
    m_markers->setBorderColor(kDifference);
    QPen ring(kDifference);
    ring.setWidthF(2.5);
    m_markers->setPen(ring);
    chart->addSeries(m_markers);
    m_markers->attachAxis(m_xAxis);
    m_markers->attachAxis(m_yAxis);
    layout->addWidget(m_view, 1);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
}

QChart* EdgeOrderPage::chart() const
{
    return m_view->chart();
}

QString EdgeOrderPage::summary() const
{
    return m_summary->text();
}

void EdgeOrderPage::setComparison(const EdgeOrderComparison& c, const QString& yTitle)
{
    const QList<QPointF> one = labchart::screenPoints(c.x, c.order1);
    const QList<QPointF> two = labchart::screenPoints(c.x, c.order2);
    QList<QPointF> difference = labchart::screenPoints(c.x, c.difference);
    const int exponent = labchart::smallDataExponent({ difference });
    labchart::scaleY(difference, exponent);
    m_differenceAxis->setTitleText(tr("difference (order 2 − order 1)") + labchart::scaleSuffix(exponent));
    labchart::setPoints(m_order1, one);
    labchart::setPoints(m_order2, two);
    labchart::setPoints(m_difference, difference);
    QList<QPointF> marks;
    for (std::size_t row : c.differingRows) {
        for (double v : { c.order1[row], c.order2[row] })
            if (std::isfinite(c.x[row]) && std::isfinite(v))
                marks.append(QPointF(c.x[row], v));
    }
    m_markers->replace(marks);
    const QString title
        = c.derivativeOrder == 1 ? tr("d(%1)/dx").arg(yTitle) : tr("d%1(%2)/dx%1").arg(c.derivativeOrder).arg(yTitle);
    m_yAxis->setTitleText(title);
    // Room beyond the ends, where the markers are.
    labchart::fitX(m_xAxis, one.isEmpty() ? two : one, 0.02);
    labchart::fitY(m_yAxis, { one, two });
    labchart::fitY(m_differenceAxis, { difference });
    m_summary->setText(describe(c));
}

QString EdgeOrderPage::describe(const EdgeOrderComparison& c)
{
    if (!c.error.isEmpty())
        return c.error;
    const std::size_t n = c.order1.size();
    if (c.differingRows.empty())
        return tr("Edge order 1 and 2 agree on every row here, bit for bit (the data are straight at the ends).");
    std::size_t worst = c.differingRows.front();
    for (std::size_t row : c.differingRows)
        if (std::abs(c.difference[row]) > std::abs(c.difference[worst]) || std::isnan(c.difference[worst]))
            worst = row;
    bool endsOnly = true;
    for (std::size_t row : c.differingRows)
        endsOnly = endsOnly && (row == 0 || row + 1 == n);
    if (endsOnly) {
        QStringList parts;
        for (std::size_t row : c.differingRows)
            parts << tr("row %1 by %2").arg(row + 1).arg(labchart::formatNumber(c.difference[row], 4));
        return tr("Only the end rows differ: %1 (order 2 − order 1). Every interior row uses the same central "
                  "difference with either edge order, so those agree bit for bit.")
            .arg(parts.join(tr(" and ")));
    }
    const QString spread = c.derivativeOrder == 1
        ? QString()
        : tr(" A derivative of order %1 applies the gradient %1 times, and each pass carries "
             "the ends' difference one row further in.")
              .arg(c.derivativeOrder);
    return tr("Rows that differ: %1; the largest difference is %2 at row %3 (order 2 − order 1). All other rows "
              "agree bit for bit.")
               .arg(rowRanges(c.differingRows), labchart::formatNumber(c.difference[worst], 4))
               .arg(worst + 1)
        + spread;
}

} // namespace tangent::ui
