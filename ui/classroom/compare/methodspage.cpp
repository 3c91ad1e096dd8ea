// SPDX-License-Identifier: GPL-3.0-or-later
// The Compare dialog's "Methods" page.

#include "ui/classroom/compare/methodspage.h"

#include "ui/classroom/compare/residualtablemodel.h"
#include "ui/classroom/labchart.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace tangent::ui {
namespace {

struct MethodStyle {
    DerivativeMethod method;
    QColor color;
    Qt::PenStyle style;
    double width;
};

const std::array<MethodStyle, 3> kStyles { {
    { DerivativeMethod::Numpy, QColor(0x15, 0x65, 0xc0), Qt::SolidLine, 3.0 },
    { DerivativeMethod::MatlabGradient, QColor(0xef, 0x6c, 0x00), Qt::DashLine, 2.0 },
    { DerivativeMethod::AverageSlopes, QColor(0x2e, 0x7d, 0x32), Qt::DotLine, 2.0 },
} };

QString nameOf(DerivativeMethod method)
{
    const std::string_view name = methodName(method);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

std::size_t slot(DerivativeMethod method)
{
    return static_cast<std::size_t>(method);
}

QString formulas()
{
    return MethodsPage::tr(
        "<p><b>numpy.gradient</b> (Tangent): inside, g<sub>i</sub> = (h<sub>−</sub>² y<sub>i+1</sub> + "
        "(h<sub>+</sub>² − h<sub>−</sub>²) y<sub>i</sub> − h<sub>+</sub>² y<sub>i−1</sub>) / (h<sub>−</sub> "
        "h<sub>+</sub> (h<sub>−</sub> + h<sub>+</sub>)) with h<sub>−</sub> = x<sub>i</sub> − x<sub>i−1</sub>, "
        "h<sub>+</sub> = x<sub>i+1</sub> − x<sub>i</sub>; for evenly spaced x, (y<sub>i+1</sub> − y<sub>i−1</sub>) / "
        "2h. Ends: one-sided, first order (edge_order=1) or second order (edge_order=2).<br>"
        "<b>MATLAB/Octave gradient(y, x)</b>: inside, g<sub>i</sub> = (y<sub>i+1</sub> − y<sub>i−1</sub>) / "
        "(x<sub>i+1</sub> − x<sub>i−1</sub>); ends (y<sub>1</sub> − y<sub>0</sub>) / (x<sub>1</sub> − x<sub>0</sub>) "
        "and (y<sub>n−1</sub> − y<sub>n−2</sub>) / (x<sub>n−1</sub> − x<sub>n−2</sub>).<br>"
        "<b>Average of slopes</b> (Origin's Differentiate; SciDAVis and QtiPlot drop the two ends): inside, "
        "g<sub>i</sub> = ½ [(y<sub>i</sub> − y<sub>i−1</sub>) / (x<sub>i</sub> − x<sub>i−1</sub>) + "
        "(y<sub>i+1</sub> − y<sub>i</sub>) / (x<sub>i+1</sub> − x<sub>i</sub>)]; ends as MATLAB's.</p>");
}

} // namespace

MethodsPage::MethodsPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter, 1);
    m_derivativeView = labchart::makeChartView(splitter);
    m_residualView = labchart::makeChartView(splitter);
    splitter->addWidget(m_derivativeView);
    splitter->addWidget(m_residualView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    buildCharts();

    m_model = new ResidualTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ResidualTableModel::MethodColumn, QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    // Three rows and the header, no scrolling.
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + 3 * rowHeight + 4);
    layout->addWidget(m_table);

    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    m_formulas = new QLabel(formulas(), this);
    m_formulas->setWordWrap(true);
    m_formulas->setTextFormat(Qt::RichText);
    m_formulas->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_formulas);
}

void MethodsPage::buildCharts()
{
    QChart* chart = m_derivativeView->chart();
    chart->setTitle(tr("The same data differentiated three ways"));
    m_x = labchart::addValueAxis(chart, Qt::AlignBottom, QStringLiteral("x"));
    m_y = labchart::addValueAxis(chart, Qt::AlignLeft, tr("derivative"));
    QChart* residuals = m_residualView->chart();
    residuals->setTitle(tr("Residuals against numpy (method − numpy)"));
    m_residualX = labchart::addValueAxis(residuals, Qt::AlignBottom, QStringLiteral("x"));
    m_residualY = labchart::addValueAxis(residuals, Qt::AlignLeft, tr("residual"));
    for (const MethodStyle& s : kStyles) {
        m_lines[slot(s.method)] = labchart::addLine(chart, nameOf(s.method), s.color, m_x, m_y, s.style, s.width);
        if (s.method != DerivativeMethod::Numpy)
            m_residuals[slot(s.method)] = labchart::addLine(residuals, tr("%1 − numpy").arg(nameOf(s.method)), s.color,
                m_residualX, m_residualY, Qt::SolidLine, 1.5);
    }
}

QChart* MethodsPage::derivativeChart() const
{
    return m_derivativeView->chart();
}

QChart* MethodsPage::residualChart() const
{
    return m_residualView->chart();
}

QLineSeries* MethodsPage::methodSeries(DerivativeMethod method) const
{
    return m_lines.at(slot(method));
}

QLineSeries* MethodsPage::residualSeries(DerivativeMethod method) const
{
    return m_residuals.at(slot(method));
}

QString MethodsPage::caption() const
{
    return m_verdict->text() + QLatin1Char('\n') + m_formulas->text();
}

void MethodsPage::setComparison(const MethodsComparison& c, const QString& yTitle)
{
    QList<QList<QPointF>> lines;
    QList<QList<QPointF>> residuals;
    for (const MethodStyle& s : kStyles) {
        const MethodComparison* m = nullptr;
        for (const MethodComparison& candidate : c.methods)
            if (candidate.method == s.method)
                m = &candidate;
        lines.append(m ? labchart::screenPoints(c.x, m->values) : QList<QPointF> {});
        labchart::setPoints(m_lines[slot(s.method)], lines.back());
        if (s.method != DerivativeMethod::Numpy)
            residuals.append(m ? labchart::screenPoints(c.x, m->residuals) : QList<QPointF> {});
    }
    // Residuals of evenly spaced data are rounding, ~1e-15: drawn in units of a power of ten.
    const int exponent = labchart::smallDataExponent(residuals);
    for (QList<QPointF>& points : residuals)
        labchart::scaleY(points, exponent);
    labchart::setPoints(m_residuals[slot(DerivativeMethod::MatlabGradient)], residuals[0]);
    labchart::setPoints(m_residuals[slot(DerivativeMethod::AverageSlopes)], residuals[1]);
    // The scale goes in the chart's title: the axis is too short for it.
    m_residualView->chart()->setTitle(tr("Residuals against numpy (method − numpy)") + labchart::scaleSuffix(exponent));
    m_y->setTitleText(tr("d(%1)/dx").arg(yTitle));
    labchart::fitX(m_x, lines.front());
    labchart::fitX(m_residualX, lines.front());
    labchart::fitY(m_y, lines, 6);
    labchart::fitY(m_residualY, residuals, 4); // a short chart: few labels
    m_model->setComparisons(c.methods);
    m_verdict->setText(verdict(c));
}

QString MethodsPage::verdict(const MethodsComparison& c)
{
    if (!c.error.isEmpty())
        return c.error;
    const QString reference = tr("numpy is computed with edge_order=%1, as in the document.").arg(c.edgeOrder);
    if (c.evenlySpaced && c.edgeOrder == 1)
        return tr("x is evenly spaced, so all three compute (y[i+1] − y[i−1]) / 2h inside and one-sided slopes at "
                  "the ends: they agree with numpy up to rounding. Jitter x in the Function Lab to see them part. ")
            + reference;
    if (c.evenlySpaced)
        return tr("x is evenly spaced, so the interiors agree up to rounding; numpy's second-order ends differ from "
                  "the others' one-sided slopes. ")
            + reference;
    return tr("x is unevenly spaced: numpy weights the two gaps on each side (second-order accurate), while MATLAB's "
              "gradient and the average of slopes are only first-order accurate inside, hence the residuals. ")
        + reference;
}

} // namespace tangent::ui
