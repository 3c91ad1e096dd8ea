// SPDX-License-Identifier: GPL-3.0-or-later
// The uncertainty band in the chart (ui/uncertainty/chartband.h): value ± 1.96 sd shaded around
// each derivative in every layout (overlay, stacked, small multiples) and per group, the axis
// fitting it, nothing drawn while off or for a method without a band, and the hover read-out's ±.

#include "tests/ui/chart/charttestsupport.h"
#include "tests/ui/uncertainty/bandtestsupport.h"
#include "ui/chart/chartview.h"
#include "ui/chart/panes/chartpanes.h"
#include "ui/document/document.h"
#include "ui/uncertainty/chartband.h"

#include <QAreaSeries>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLocale>
#include <QSettings>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>

namespace tangent::ui {
namespace {

using namespace tangent::ui::testing;

/// A shown set of panes of `document` in `layout`, its deferred work done.
struct ShownPanes {
    ShownPanes(Document* document, ChartLayout layout) : panes(document)
    {
        panes.useLayout(layout);
        panes.resize(1000, 800);
        panes.show();
        settleAll();
    }
    void settleAll()
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::processEvents();
            panes.updateNow();
        }
    }
    ChartPanes panes;
};

class ChartBandTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { QSettings().clear(); }
};

/// Every point of `area`'s edges lies on value ± 1.96 sd of y column `column` at its row (x = row · h).
void expectBandOf(const Document& document, int column, const QAreaSeries& area)
{
    const DerivativeResult* r = document.derivatives().resultFor(column);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->sd.size(), r->values.size());
    for (const auto& [edge, sign] : { std::pair { area.upperSeries(), 1.0 }, std::pair { area.lowerSeries(), -1.0 } }) {
        ASSERT_GT(edge->count(), 0);
        for (const QPointF& p : edge->points()) {
            const auto row = static_cast<std::size_t>(std::lround(p.x() / kBandStep));
            ASSERT_LT(row, r->values.size());
            EXPECT_NEAR(p.y(), r->values[row] + sign * 1.96 * r->sd[row], 1e-9) << "row " << row;
        }
    }
}

/// The band areas of derivative `key` in every pane.
QList<QAreaSeries*> bandsInPanes(const ChartPanes& panes, PlotKey key)
{
    QList<QAreaSeries*> areas;
    for (ChartView* pane : panes.panes())
        areas += pane->band()->areasFor(key);
    return areas;
}

TEST_F(ChartBandTest, OverlayShadesValuePlusMinus196SdInTheDerivativesColour)
{
    Document document;
    loadNoisySine(document);
    ShownPanes shown(&document, ChartLayout::Overlay);
    ChartView* view = shown.panes.primary();
    EXPECT_TRUE(view->band()->areasFor(PlotKey::derivativeOf(1)).isEmpty()) << "off by default";

    document.derivatives().setUncertaintyBand(true);
    shown.settleAll();
    const QList<QAreaSeries*> areas = view->band()->areasFor(PlotKey::derivativeOf(1));
    ASSERT_EQ(areas.size(), 1);
    expectBandOf(document, 1, *areas.front());
    EXPECT_EQ(areas.front()->upperSeries()->count(), 200); // every row: no reduction at 200 points
    const QColor line = view->seriesFor(PlotKey::derivativeOf(1))->color();
    const QColor fill = areas.front()->brush().color();
    EXPECT_EQ(fill.rgb(), line.rgb());
    EXPECT_LT(fill.alphaF(), 0.5F) << "translucent";
    EXPECT_TRUE(view->band()->areasFor(PlotKey::curveOf(1)).isEmpty()) << "no band around y itself";

    // The derivative's axis holds the whole band.
    const QValueAxis* axis = view->axisFor(PlotKey::derivativeOf(1));
    for (const QPointF& p : areas.front()->upperSeries()->points())
        EXPECT_LE(p.y(), axis->max());
    for (const QPointF& p : areas.front()->lowerSeries()->points())
        EXPECT_GE(p.y(), axis->min());

    document.derivatives().setUncertaintyBand(false);
    shown.settleAll();
    EXPECT_TRUE(view->band()->areasFor(PlotKey::derivativeOf(1)).isEmpty());
}

TEST_F(ChartBandTest, StackedShadesTheDerivativesPaneOnly)
{
    Document document;
    loadNoisySine(document);
    document.derivatives().setUncertaintyBand(true);
    ShownPanes shown(&document, ChartLayout::Stacked);
    const QList<ChartView*> panes = shown.panes.panes();
    ASSERT_EQ(panes.size(), 2);
    EXPECT_TRUE(panes[0]->band()->areasFor(PlotKey::derivativeOf(1)).isEmpty()) << "the curves pane";
    const QList<QAreaSeries*> areas = panes[1]->band()->areasFor(PlotKey::derivativeOf(1));
    ASSERT_EQ(areas.size(), 1);
    expectBandOf(document, 1, *areas.front());
}

TEST_F(ChartBandTest, MultiplesShadeEachColumnsOwnDerivative)
{
    Document document;
    loadNoisySine(document, 200, 2);
    document.derivatives().setUncertaintyBand(true);
    ShownPanes shown(&document, ChartLayout::Multiples);
    for (const int column : { 1, 2 }) {
        const QList<QAreaSeries*> areas = bandsInPanes(shown.panes, PlotKey::derivativeOf(column));
        ASSERT_EQ(areas.size(), 1) << "column " << column;
        expectBandOf(document, column, *areas.front());
    }
}

TEST_F(ChartBandTest, EachGroupHasItsOwnBand)
{
    Document document;
    loadNoisySine(document, 200);
    // Two groups, rows alternating: each group's line and band run over its own rows.
    document.insertColumn(2, QStringLiteral("site"));
    for (int row = 0; row < 200; ++row)
        document.setValue(row, 2, row % 2);
    DerivativeSettings s = document.settings();
    s.groupColumn = 2;
    s.yColumns = { 1 };
    document.setSettings(s);
    document.derivatives().setUncertaintyBand(true);
    ShownPanes shown(&document, ChartLayout::Overlay);
    ChartView* view = shown.panes.primary();
    const DerivativeResult* r = document.derivatives().resultFor(1);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->sd.size(), 200U) << r->bandError.toStdString();
    for (const int group : { 0, 1 }) {
        const QList<QAreaSeries*> areas = view->band()->areasFor(PlotKey::derivativeOf(1, group));
        ASSERT_EQ(areas.size(), 1) << "group " << group;
        expectBandOf(document, 1, *areas.front());
        EXPECT_EQ(areas.front()->upperSeries()->count(), 100);
        for (const QPointF& p : areas.front()->upperSeries()->points())
            EXPECT_EQ(std::lround(p.x() / kBandStep) % 2, group);
    }
}

TEST_F(ChartBandTest, TotalVariationDrawsNoBand)
{
    Document document;
    loadNoisySine(document);
    SmoothingOptions tvr;
    tvr.method = SmoothingMethod::Tvr;
    document.setSmoothing(tvr);
    document.derivatives().setUncertaintyBand(true);
    document.derivatives().finishComputing();
    ShownPanes shown(&document, ChartLayout::Overlay);
    EXPECT_TRUE(shown.panes.primary()->band()->areasFor(PlotKey::derivativeOf(1)).isEmpty());
}

/// The hover read-out's text in `view`: the shown text item that starts with "row" (empty while hidden).
QString readout(const ChartView& view)
{
    for (const QGraphicsItem* item : view.scene()->items()) {
        const auto* text = dynamic_cast<const QGraphicsSimpleTextItem*>(item);
        if (text && text->isVisible() && text->text().startsWith(QStringLiteral("row ")))
            return text->text();
    }
    return {};
}

TEST_F(ChartBandTest, HoverReadsValuePlusMinusTheHalfWidth)
{
    Document document;
    loadNoisySine(document);
    ShownPanes shown(&document, ChartLayout::Overlay);
    ChartView* view = shown.panes.primary();
    view->showLinkedHover(100);
    EXPECT_FALSE(readout(*view).contains(QStringLiteral("±"))) << readout(*view).toStdString();

    document.derivatives().setUncertaintyBand(true);
    shown.settleAll();
    view->showLinkedHover(100);
    const QString text = readout(*view);
    const DerivativeResult* r = document.derivatives().resultFor(1);
    const double half = 1.96 * r->sd[100];
    // Two significant digits of the half-width, the value to the same decimals.
    const int decimals = 1 - static_cast<int>(std::floor(std::log10(half)));
    const QString expected
        = QStringLiteral("= %1 ± %2")
              .arg(QString::number(r->values[100], 'f', decimals), QString::number(half, 'f', decimals));
    EXPECT_TRUE(text.contains(expected)) << text.toStdString() << "\nexpected " << expected.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("95%"))) << "says what ± is";
}

TEST_F(ChartBandTest, HoverWritesNumbersInTheLanguagesFormat)
{
    // The table writes 1,25 in German; the read-out does too (x, value and half-width alike).
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    Document document;
    loadNoisySine(document);
    document.derivatives().setUncertaintyBand(true);
    ShownPanes shown(&document, ChartLayout::Overlay);
    ChartView* view = shown.panes.primary();
    shown.settleAll();
    view->showLinkedHover(100);
    const QString text = readout(*view);
    QLocale::setDefault(before);
    const DerivativeResult* r = document.derivatives().resultFor(1);
    const double half = 1.96 * r->sd[100];
    const int decimals = 1 - static_cast<int>(std::floor(std::log10(half)));
    auto comma = [](QString c) { return c.replace(QLatin1Char('.'), QLatin1Char(',')); };
    const QString expected
        = QStringLiteral("= %1 ± %2")
              .arg(comma(QString::number(r->values[100], 'f', decimals)), comma(QString::number(half, 'f', decimals)));
    EXPECT_TRUE(text.contains(expected)) << text.toStdString() << "\nexpected " << expected.toStdString();
    const QString x = comma(QString::number(document.value(100, 0), 'g', 7));
    EXPECT_TRUE(text.contains(x)) << text.toStdString() << "\nexpected x " << x.toStdString();
}

} // namespace
} // namespace tangent::ui
