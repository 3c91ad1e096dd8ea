// SPDX-License-Identifier: GPL-3.0-or-later
// ChartPanes (ui/chart/panes/chartpanes.h): the overlay, stacked and small-multiples layouts, their
// default by column count and the remembered choice, the links between panes (zoom, selection,
// hover, tangent), at most two value axes per side, and legend labels drawn whole.

#include "tests/ui/chart/charttestsupport.h"
#include "ui/chart/chartlegend.h"
#include "ui/chart/chartoverlays.h"
#include "ui/chart/chartview.h"
#include "ui/chart/panes/chartpanes.h"
#include "ui/document/document.h"

#include <QChart>
#include <QLineSeries>
#include <QPalette>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>

namespace tangent::ui {
namespace {

using namespace tangent::ui::testing;

/// x = day, then `count` y columns of very different magnitudes (rain, temperatures, wind, ...).
void loadWeather(Document& document, int count, std::size_t n = 120)
{
    std::vector<Column> columns;
    std::vector<double> x(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = static_cast<double>(i);
    columns.push_back(numberColumn(QStringLiteral("day"), std::move(x)));
    for (int c = 0; c < count; ++c) {
        std::vector<double> y(n);
        const double scale = std::pow(10.0, c % 4);
        for (std::size_t i = 0; i < n; ++i)
            y[i] = scale * (1.0 + std::sin(static_cast<double>(i) / (5.0 + c)));
        columns.push_back(numberColumn(
            QStringLiteral("a rather long column name %1").arg(c + 1), std::move(y), QStringLiteral("unit%1").arg(c)));
    }
    document.loadColumns(std::move(columns), QString());
}

/// A shown set of panes of `document`, its deferred work done.
struct ShownPanes {
    explicit ShownPanes(Document* document, QSize size = { 900, 700 }) : panes(document)
    {
        panes.resize(size);
        panes.show();
        settleAll();
    }
    void settleAll()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::processEvents();
            for (ChartView* pane : panes.panes())
                pane->updateNow();
        }
    }
    ChartPanes panes;
};

class ChartPanesTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { QSettings().clear(); }
};

/// The visible value axes of `view` at `side`.
int axesAt(const ChartView& view, Qt::Alignment side)
{
    int count = 0;
    for (const QAbstractAxis* axis : view.chart()->axes(Qt::Vertical)) {
        if (axis->isVisible() && axis->alignment() == side)
            ++count;
    }
    return count;
}

/// True if `view` draws `key` (a visible line with points).
bool draws(const ChartView& view, PlotKey key)
{
    const QLineSeries* line = view.seriesFor(key);
    return line && line->isVisible() && line->count() > 0;
}

TEST_F(ChartPanesTest, DefaultFollowsTheColumnCount)
{
    EXPECT_EQ(defaultLayout(1), ChartLayout::Overlay);
    EXPECT_EQ(defaultLayout(2), ChartLayout::Overlay);
    EXPECT_EQ(defaultLayout(3), ChartLayout::Stacked);
    EXPECT_EQ(defaultLayout(4), ChartLayout::Stacked);
    EXPECT_EQ(defaultLayout(5), ChartLayout::Multiples);
    EXPECT_EQ(defaultLayout(23), ChartLayout::Multiples);

    Document document;
    loadWeather(document, 1);
    ShownPanes shown(&document);
    EXPECT_EQ(shown.panes.chartLayout(), ChartLayout::Overlay);
    EXPECT_EQ(shown.panes.panes().size(), 1);
    EXPECT_FALSE(shown.panes.layoutChosen());

    // A file with four y columns arrives: stacked.
    loadWeather(document, 4);
    shown.settleAll();
    EXPECT_EQ(shown.panes.chartLayout(), ChartLayout::Stacked);
    EXPECT_EQ(shown.panes.panes().size(), 2);
    // And back, since the user chose nothing.
    loadWeather(document, 2);
    shown.settleAll();
    EXPECT_EQ(shown.panes.chartLayout(), ChartLayout::Overlay);
}

TEST_F(ChartPanesTest, TheUsersChoiceIsRememberedAndWins)
{
    Document document;
    loadWeather(document, 1);
    {
        ShownPanes shown(&document);
        shown.panes.chooseLayout(ChartLayout::Multiples);
        EXPECT_EQ(shown.panes.chartLayout(), ChartLayout::Multiples);
    }
    EXPECT_EQ(rememberedLayout(), ChartLayout::Multiples);
    // A new window starts in it, though one column would be overlaid, and keeps it for new data.
    ShownPanes again(&document);
    EXPECT_EQ(again.panes.chartLayout(), ChartLayout::Multiples);
    loadWeather(document, 4);
    again.settleAll();
    EXPECT_EQ(again.panes.chartLayout(), ChartLayout::Multiples);
    EXPECT_EQ(again.panes.panes().size(), 8); // a pair per column

    // A choice for this window only (--layout) is kept but not remembered.
    again.panes.useLayout(ChartLayout::Overlay);
    EXPECT_EQ(again.panes.chartLayout(), ChartLayout::Overlay);
    EXPECT_EQ(rememberedLayout(), ChartLayout::Multiples);
}

TEST_F(ChartPanesTest, StackedSplitsCurvesAndDerivatives)
{
    Document document;
    loadWeather(document, 4);
    ShownPanes shown(&document);
    ASSERT_EQ(shown.panes.chartLayout(), ChartLayout::Stacked);
    ChartView* upper = shown.panes.primary();
    ChartView* lower = shown.panes.panes().at(1);
    for (int c = 1; c <= 4; ++c) {
        EXPECT_TRUE(draws(*upper, PlotKey::curveOf(c))) << c;
        EXPECT_FALSE(draws(*upper, PlotKey::derivativeOf(c))) << c;
        EXPECT_FALSE(draws(*lower, PlotKey::curveOf(c))) << c;
        EXPECT_TRUE(draws(*lower, PlotKey::derivativeOf(c))) << c;
    }
    // The legends list what each pane draws.
    EXPECT_EQ(upper->legend()->entryLabels().size(), 4);
    EXPECT_EQ(lower->legend()->entryLabels(),
        QStringList({ document.derivatives().derivativeTitle(1), document.derivatives().derivativeTitle(2),
            document.derivatives().derivativeTitle(3), document.derivatives().derivativeTitle(4) }));
    // One shared x axis: its labels under the lower pane only, and the plots one above the other.
    EXPECT_FALSE(upper->chart()->axes(Qt::Horizontal).front()->labelsVisible());
    EXPECT_TRUE(lower->chart()->axes(Qt::Horizontal).front()->labelsVisible());
    EXPECT_NEAR(upper->chart()->plotArea().left(), lower->chart()->plotArea().left(), 1.0);
    EXPECT_NEAR(upper->chart()->plotArea().right(), lower->chart()->plotArea().right(), 1.0);
}

TEST_F(ChartPanesTest, NoPaneHasMoreThanTwoAxesOnASide)
{
    Document document;
    loadWeather(document, 5); // five units: five curve axes and five derivative axes wanted
    ShownPanes shown(&document);
    for (const ChartLayout layout : { ChartLayout::Overlay, ChartLayout::Stacked, ChartLayout::Multiples }) {
        shown.panes.useLayout(layout);
        shown.settleAll();
        for (const ChartView* pane : shown.panes.panes()) {
            EXPECT_LE(axesAt(*pane, Qt::AlignLeft), 2) << layoutName(layout).toStdString();
            EXPECT_LE(axesAt(*pane, Qt::AlignRight), 2) << layoutName(layout).toStdString();
            EXPECT_GE(axesAt(*pane, Qt::AlignLeft) + axesAt(*pane, Qt::AlignRight), 1);
        }
    }
    // Overlaid, everything is still drawn, each line against an axis of the pane.
    shown.panes.useLayout(ChartLayout::Overlay);
    shown.settleAll();
    const ChartView* overlay = shown.panes.primary();
    for (int c = 1; c <= 5; ++c) {
        for (const PlotKey key : { PlotKey::curveOf(c), PlotKey::derivativeOf(c) }) {
            ASSERT_TRUE(draws(*overlay, key));
            EXPECT_TRUE(overlay->axisFor(key)->isVisible());
        }
    }
}

TEST_F(ChartPanesTest, LegendLabelsAreWholeAndWrapped)
{
    Document document;
    loadWeather(document, 4);
    ShownPanes shown(&document, { 520, 700 });
    QStringList names;
    for (int c = 1; c <= 4; ++c)
        names << document.columnTitle(c) << document.derivatives().derivativeTitle(c);
    for (const ChartLayout layout : { ChartLayout::Overlay, ChartLayout::Stacked, ChartLayout::Multiples }) {
        shown.panes.useLayout(layout);
        shown.settleAll();
        for (ChartView* pane : shown.panes.panes()) {
            const QStringList labels = pane->legend()->entryLabels();
            const QList<QRectF> rects = pane->legend()->entryRects();
            ASSERT_EQ(labels.size(), rects.size());
            for (qsizetype i = 0; i < labels.size(); ++i) {
                const QString& label = labels[i];
                // The series' own name, uncut, inside the chart and below its plot.
                EXPECT_TRUE(names.contains(label)) << label.toStdString();
                EXPECT_GE(rects[i].left(), 0.0) << label.toStdString();
                EXPECT_LE(rects[i].right(), pane->chart()->size().width()) << label.toStdString();
                EXPECT_GE(rects[i].top(), pane->chart()->plotArea().bottom()) << label.toStdString();
            }
        }
    }
    // Eight long labels overlaid in 520 pixels take several rows.
    shown.panes.useLayout(ChartLayout::Overlay);
    shown.settleAll();
    const ChartView* overlay = shown.panes.primary();
    QStringList expected = names;
    QStringList labels = overlay->legend()->entryLabels();
    labels.sort();
    expected.sort();
    EXPECT_EQ(labels, expected);
    const QList<QRectF> rects = overlay->legend()->entryRects();
    EXPECT_GT(rects.back().top(), rects.front().top());
}

TEST_F(ChartPanesTest, PlotKeepsHalfItsPaneWithManyColumns)
{
    // 23 columns in the chart's share of a 1280×780 window: the rows of 23 entries below a plot
    // would leave it a sliver; the entries move beside it, in a list, and the plot keeps at least
    // half of its pane's height and of its width: with four value axes taking their room, the
    // list's labels are elided rather than squeezing the plot. (The small multiples' panes hold
    // one entry each.)
    // (1 and 4 columns are the cases 2 and 8 bound; left out to keep the test cheap.)
    for (const int count : { 2, 8, 23 }) {
        Document document;
        loadWeather(document, count);
        ShownPanes shown(&document, { 680, 640 });
        // The multiples' panes are the same size whatever the count: checked once, cheaply.
        for (const ChartLayout layout : { ChartLayout::Overlay, ChartLayout::Stacked, ChartLayout::Multiples }) {
            if (layout == ChartLayout::Multiples && count != 2)
                continue;
            SCOPED_TRACE(QStringLiteral("%1 columns, %2").arg(count).arg(layoutName(layout)).toStdString());
            shown.panes.useLayout(layout);
            shown.settleAll();
            for (ChartView* pane : shown.panes.panes()) {
                const QSizeF size = pane->chart()->size();
                const QRectF plot = pane->chart()->plotArea();
                EXPECT_GE(plot.height(), size.height() / 2) << "pane " << size.width() << "x" << size.height();
                EXPECT_GE(plot.width(), size.width() / 2) << "pane " << size.width() << "x" << size.height();
                // Every entry is still listed (and toggles its series), whole.
                EXPECT_FALSE(pane->legend()->entryLabels().isEmpty());
            }
        }
        if (count == 23) {
            shown.panes.useLayout(ChartLayout::Overlay);
            shown.settleAll();
            const ChartLegend* legend = shown.panes.primary()->legend();
            EXPECT_TRUE(legend->isBeside());
            EXPECT_EQ(legend->entryLabels().size(), 46);
            // Beside the plot, right of it, the labels still whole (as their tooltips are).
            EXPECT_GE(legend->entryRects().front().left(), shown.panes.primary()->chart()->plotArea().right());
            EXPECT_TRUE(legend->entryLabels().contains(QStringLiteral("a rather long column name 23 [unit22]")))
                << legend->entryLabels().join(QLatin1Char('|')).toStdString();
        }
    }
}

TEST_F(ChartPanesTest, ZoomIsLinkedAcrossPanes)
{
    Document document;
    loadWeather(document, 3);
    ShownPanes shown(&document);
    ChartView* upper = shown.panes.primary();
    ChartView* lower = shown.panes.panes().at(1);

    lower->setVisibleXRange(20.0, 40.0);
    shown.settleAll();
    EXPECT_DOUBLE_EQ(upper->visibleXRange().first, lower->visibleXRange().first);
    EXPECT_DOUBLE_EQ(upper->visibleXRange().second, lower->visibleXRange().second);
    EXPECT_NEAR(upper->visibleXRange().first, 20.0, 1e-9);

    // Zooming the upper pane zooms both.
    upper->zoomX(0.5);
    shown.settleAll();
    EXPECT_NEAR(lower->visibleXRange().second - lower->visibleXRange().first, 10.0, 1e-6);
    EXPECT_DOUBLE_EQ(upper->visibleXRange().first, lower->visibleXRange().first);

    // Reset Zoom fits both to the data again.
    shown.panes.resetZoom();
    shown.settleAll();
    EXPECT_TRUE(lower->xFollowsData());
    EXPECT_DOUBLE_EQ(lower->visibleXRange().first, 0.0);
    EXPECT_DOUBLE_EQ(lower->visibleXRange().second, 119.0);
}

TEST_F(ChartPanesTest, SelectionHoverAndTangentFollowAcrossPanes)
{
    Document document;
    loadWeather(document, 3);
    ShownPanes shown(&document);
    ChartView* upper = shown.panes.primary();
    ChartView* lower = shown.panes.panes().at(1);
    QSignalSpy clicked(upper, &ChartView::rowClicked);

    // A click in the derivative pane selects its row in both, and tells the window (through the
    // primary pane) so that the table follows.
    const QRectF area = lower->chart()->plotArea();
    QTest::mouseClick(lower->viewport(), Qt::LeftButton, {}, viewPointOf(*lower, area.center()));
    shown.settleAll();
    const int row = lower->selectedRow();
    ASSERT_GE(row, 0);
    EXPECT_EQ(upper->selectedRow(), row);
    ASSERT_EQ(clicked.count(), 1);
    EXPECT_EQ(clicked.front().front().toInt(), row);
    // The lower pane marks the selected row on each derivative.
    int marked = 0;
    for (QAbstractSeries* series : lower->chart()->series()) {
        if (series->name() == QStringLiteral("Selected row"))
            marked += static_cast<int>(static_cast<QXYSeries*>(series)->count());
    }
    EXPECT_EQ(marked, 3);

    // The tangent, switched on in the primary pane, is drawn at that row with the document's slope.
    upper->overlays()->setTangentEnabled(true);
    EXPECT_TRUE(lower->overlays()->tangentEnabled());
    EXPECT_EQ(upper->overlays()->tangentRow(), row);
    EXPECT_DOUBLE_EQ(
        upper->overlays()->tangentSlope(), document.derivatives().resultFor(1)->values[static_cast<std::size_t>(row)]);

    // Hovering the lower pane moves the tangent in the upper one.
    const QPointF left(area.left() + area.width() * 0.2, area.center().y());
    QTest::mouseMove(lower->viewport(), viewPointOf(*lower, left));
    shown.settleAll();
    const int hovered = upper->overlays()->tangentRow();
    EXPECT_GE(hovered, 0);
    EXPECT_LT(hovered, row);
    EXPECT_DOUBLE_EQ(upper->overlays()->tangentSlope(),
        document.derivatives().resultFor(1)->values[static_cast<std::size_t>(hovered)]);
}

TEST_F(ChartPanesTest, SmallMultiplesDrawAPairPerColumnWithItsTangent)
{
    Document document;
    loadWeather(document, 4);
    ShownPanes shown(&document, { 1000, 800 });
    shown.panes.chooseLayout(ChartLayout::Multiples);
    shown.settleAll();
    const QList<ChartView*> panes = shown.panes.panes();
    ASSERT_EQ(panes.size(), 8);
    QList<int> curves;
    for (const ChartView* pane : panes) {
        const PaneContent content = pane->content();
        ASSERT_GE(content.column, 1);
        const PlotKey mine { content.column, content.kind == PaneContent::Kind::Derivatives };
        EXPECT_TRUE(draws(*pane, mine));
        EXPECT_EQ(pane->legend()->entryLabels().size(), 1);
        if (!mine.derivative)
            curves.append(content.column);
    }
    EXPECT_EQ(curves, QList<int>({ 1, 2, 3, 4 }));

    // Each curve pane draws its own column's tangent at the selected row.
    shown.panes.primary()->setSelectedRow(30);
    shown.panes.primary()->overlays()->setTangentEnabled(true);
    shown.settleAll();
    for (const ChartView* pane : panes) {
        if (pane->content().kind != PaneContent::Kind::Curves)
            continue;
        const int column = pane->content().column;
        EXPECT_EQ(pane->overlays()->tangentRow(), 30);
        EXPECT_DOUBLE_EQ(pane->overlays()->tangentSlope(), document.derivatives().resultFor(column)->values[30])
            << column;
    }
}

TEST_F(ChartPanesTest, EveryPaneFollowsADarkPalette)
{
    Document document;
    loadWeather(document, 3);
    ShownPanes shown(&document);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x1c));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    for (const ChartLayout layout : { ChartLayout::Stacked, ChartLayout::Multiples }) {
        shown.panes.useLayout(layout);
        shown.panes.setPalette(dark);
        shown.settleAll();
        for (const ChartView* pane : shown.panes.panes()) {
            // Against the dark background: light labels and lines that stand out from it.
            EXPECT_LT(pane->chart()->backgroundBrush().color().lightness(), 60);
            const auto colors = pane->legend()->entryColors();
            ASSERT_FALSE(colors.isEmpty());
            for (const auto& [label, line] : colors) {
                EXPECT_GT(label.lightness(), 180) << label.name().toStdString();
                EXPECT_GT(line.lightness(), 90) << line.name().toStdString();
            }
        }
        shown.panes.setPalette(QPalette());
    }
}

} // namespace
} // namespace tangent::ui
