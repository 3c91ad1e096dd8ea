// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/chart/panes/chartpanes.h"

#include "ui/chart/chartlegend.h"
#include "ui/chart/chartoverlays.h"
#include "ui/chart/chartview.h"
#include "ui/document/document.h"

#include <QActionGroup>
#include <QChart>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <tuple>
#include <vector>

namespace tangent::ui {
namespace {

// A curve-over-derivative pair of the small multiples is never squeezed below this: the grid
// scrolls instead. Two pairs side by side fill a 1,280-pixel window's chart area.
constexpr int kPairMinimumHeight = 440;
constexpr int kPairMinimumWidth = 360;
constexpr int kPairsPerRow = 2;
// A pane of the multiples is short: less blank round its plot, so that the plot keeps at least
// half of the pane's height under the x axis and the legend's row.
constexpr int kCompactTop = 6;
constexpr qreal kCompactLayoutMargin = 3;
constexpr qreal kLayoutMargin = 9; // Qt Charts' own

/// The small multiples' tighter margins (`compact`), or the chart's usual ones.
void setCompact(ChartView* pane, bool compact, int top)
{
    QMargins margins = pane->chart()->margins();
    margins.setTop(compact ? kCompactTop : top);
    pane->chart()->setMargins(margins);
    const qreal m = compact ? kCompactLayoutMargin : kLayoutMargin;
    pane->chart()->layout()->setContentsMargins(m, m, m, m);
}

} // namespace

Document* ChartPanes::document() const
{
    return m_document;
}

ChartPanes::ChartPanes(Document* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    m_primary = new ChartView(document, this);
    box->addWidget(m_primary);
    m_baseMargins = m_primary->chart()->margins();
    m_alignTimer.setSingleShot(true);
    m_alignTimer.setInterval(0);
    connect(&m_alignTimer, &QTimer::timeout, this, &ChartPanes::alignPlotAreas);
    link(m_primary);
    m_chosen = rememberedLayout();
    connectDocument();
    apply(m_chosen.value_or(
        defaultLayout(m_document ? static_cast<int>(m_document->derivatives().effectiveYColumns().size()) : 0)));
}

void ChartPanes::connectDocument()
{
    if (!m_document)
        return;
    connect(m_document, &Document::tableReset, this, &ChartPanes::followData);
    connect(m_document, &Document::columnsChanged, this, &ChartPanes::followData);
    connect(m_document, &Document::settingsChanged, this, &ChartPanes::followData);
}

void ChartPanes::setDocument(Document* document)
{
    if (document == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    connectDocument();
    for (ChartView* pane : panes())
        pane->setDocument(document);
    followData();
}

QList<ChartView*> ChartPanes::panes() const
{
    QList<ChartView*> all { m_primary };
    all.append(m_secondary);
    return all;
}

void ChartPanes::chooseLayout(ChartLayout layout)
{
    rememberLayout(layout);
    useLayout(layout);
}

void ChartPanes::useLayout(ChartLayout layout)
{
    m_chosen = layout;
    if (layout != m_layout)
        apply(layout);
}

void ChartPanes::followData()
{
    const QList<int> columns = m_document ? m_document->derivatives().effectiveYColumns() : QList<int>();
    const ChartLayout wanted = m_chosen.value_or(defaultLayout(static_cast<int>(columns.size())));
    // The multiples have a pair per column: new columns need new pairs.
    if (wanted != m_layout || (wanted == ChartLayout::Multiples && columns != m_columns))
        apply(wanted);
}

void ChartPanes::apply(ChartLayout layout)
{
    clearPanes();
    m_layout = layout;
    switch (layout) {
    case ChartLayout::Overlay:
        m_primary->setContent(PaneContent::all());
        QWidget::layout()->addWidget(m_primary);
        break;
    case ChartLayout::Stacked:
        buildStacked();
        break;
    case ChartLayout::Multiples:
        buildMultiples();
        break;
    }
    m_primary->show();
    emit layoutChanged(layout);
}

void ChartPanes::clearPanes()
{
    // The primary pane lives on; the others go with their container. Later, not now: a pane's
    // own signal may be what led here.
    QWidget::layout()->removeWidget(m_primary);
    m_primary->setParent(this);
    if (m_container) {
        m_container->hide();
        m_container->deleteLater();
        m_container = nullptr;
    }
    m_secondary.clear();
    m_columns.clear();
    m_stacks.clear();
    m_pairs.clear();
    m_grid = nullptr;
    m_pairsPerRow = 0;
    QMargins margins = m_primary->chart()->margins();
    margins.setLeft(m_baseMargins.left());
    margins.setRight(m_baseMargins.right());
    m_primary->chart()->setMargins(margins);
    setCompact(m_primary, false, m_baseMargins.top());
}

ChartView* ChartPanes::addPane()
{
    auto* pane = new ChartView(m_document);
    pane->setPresentationMode(m_presentation);
    pane->overlays()->setTangentEnabled(m_primary->overlays()->tangentEnabled());
    pane->setSelectedRow(m_primary->selectedRow());
    if (!m_primary->xFollowsData()) {
        const auto [lo, hi] = m_primary->visibleXRange();
        pane->setVisibleXRange(lo, hi);
    }
    m_secondary.append(pane);
    link(pane);
    return pane;
}

void ChartPanes::buildStacked()
{
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_primary->setContent(PaneContent::curves().withoutXLabels());
    splitter->addWidget(m_primary);
    ChartView* lower = addPane();
    lower->setContent(PaneContent::derivatives());
    splitter->addWidget(lower);
    splitter->setSizes({ height(), height() }); // half and half
    m_stacks.append(QList<ChartView*> { m_primary, lower });
    m_container = splitter;
    QWidget::layout()->addWidget(splitter);
}

void ChartPanes::buildMultiples()
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* grid = new QWidget;
    m_grid = new QGridLayout(grid);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_columns = m_document ? m_document->derivatives().effectiveYColumns() : QList<int>();
    if (m_columns.isEmpty()) {
        m_primary->setContent(PaneContent::all());
        m_grid->addWidget(m_primary, 0, 0);
    }
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const int column = m_columns[i];
        auto* pair = new QSplitter(Qt::Vertical);
        pair->setChildrenCollapsible(false);
        pair->setMinimumSize(kPairMinimumWidth, kPairMinimumHeight);
        ChartView* curve = i == 0 ? m_primary : addPane();
        curve->setContent(PaneContent::curves(column).withoutXLabels());
        setCompact(curve, true, m_baseMargins.top());
        pair->addWidget(curve);
        ChartView* derivative = addPane();
        derivative->setContent(PaneContent::derivatives(column));
        setCompact(derivative, true, m_baseMargins.top());
        pair->addWidget(derivative);
        pair->setSizes({ kPairMinimumHeight, kPairMinimumHeight }); // half and half
        m_stacks.append(QList<ChartView*> { curve, derivative });
        m_pairs.append(pair);
    }
    scroll->setWidget(grid);
    m_container = scroll;
    QWidget::layout()->addWidget(scroll);
    arrangePairs();
}

void ChartPanes::arrangePairs()
{
    if (!m_grid || m_pairs.isEmpty())
        return;
    // As many pairs side by side as fit at their minimum width, at most kPairsPerRow.
    const int perRow = std::clamp(width() / kPairMinimumWidth, 1, kPairsPerRow);
    if (perRow == m_pairsPerRow)
        return;
    m_pairsPerRow = perRow;
    for (QWidget* pair : std::as_const(m_pairs))
        m_grid->removeWidget(pair);
    for (qsizetype i = 0; i < m_pairs.size(); ++i) {
        const auto at = static_cast<int>(i);
        m_grid->addWidget(m_pairs[i], at / perRow, at % perRow);
    }
}

void ChartPanes::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrangePairs();
}

void ChartPanes::updateNow()
{
    // Two passes: new ticks may widen the axes, and the stacks are then aligned again.
    for (int pass = 0; pass < 2; ++pass) {
        const QList<ChartView*> all = panes();
        for (ChartView* pane : all)
            pane->updateNow();
        alignPlotAreas();
    }
}

template <typename F> void ChartPanes::forOthers(const ChartView* from, F f)
{
    if (m_linking)
        return;
    m_linking = true;
    const QList<ChartView*> all = panes();
    for (ChartView* pane : all) {
        if (pane != from)
            f(pane);
    }
    m_linking = false;
}

void ChartPanes::link(ChartView* pane)
{
    connect(pane, &ChartView::visibleXRangeChanged, this, [this, pane](double lo, double hi) {
        forOthers(pane, [lo, hi](ChartView* other) { other->setVisibleXRange(lo, hi); });
    });
    connect(pane, &ChartView::zoomReset, this,
        [this, pane] { forOthers(pane, [](ChartView* other) { other->resetZoom(); }); });
    connect(pane, &ChartView::selectedRowChanged, this,
        [this, pane](int row) { forOthers(pane, [row](ChartView* other) { other->setSelectedRow(row); }); });
    connect(pane, &ChartView::hoveredRow, this,
        [this, pane](int row) { forOthers(pane, [row](ChartView* other) { other->showLinkedHover(row); }); });
    connect(pane->overlays(), &ChartOverlays::tangentEnabledChanged, this, [this, pane](bool on) {
        forOthers(pane, [on](ChartView* other) { other->overlays()->setTangentEnabled(on); });
    });
    connect(pane->chart(), &QChart::plotAreaChanged, this, [this] {
        if (!m_stacks.isEmpty())
            m_alignTimer.start();
    });
    // A click or a tangent moved in any pane selects the row in the table, as the primary's does.
    if (pane != m_primary)
        connect(pane, &ChartView::rowClicked, m_primary, &ChartView::rowClicked);
}

void ChartPanes::addLayoutMenu(QMenu* menu)
{
    QMenu* layouts = menu->addMenu(tr("&Layout"));
    auto* group = new QActionGroup(layouts);
    const std::array<std::tuple<ChartLayout, QString, QString>, 3> entries { {
        { ChartLayout::Overlay, tr("&Overlay"), tr("Curves and derivatives in one pane") },
        { ChartLayout::Stacked, tr("&Stacked"), tr("Curves above, derivatives below, one shared x axis") },
        { ChartLayout::Multiples, tr("Small &Multiples"), tr("A curve over its derivative for each y column") },
    } };
    for (const auto& [layout, text, tip] : entries) {
        QAction* action = layouts->addAction(text);
        action->setObjectName(QStringLiteral("actionLayout") + layoutName(layout));
        action->setStatusTip(tip);
        action->setCheckable(true);
        action->setChecked(layout == m_layout);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, layout = layout] { chooseLayout(layout); });
        connect(this, &ChartPanes::layoutChanged, action,
            [action, layout = layout](ChartLayout now) { action->setChecked(now == layout); });
    }
}

void ChartPanes::alignPlotAreas()
{
    for (const QList<ChartView*>& stack : std::as_const(m_stacks)) {
        // What each chart needs beside its plot area (axes, legend at the side), margins aside.
        std::vector<std::pair<int, int>> needs;
        int left = 0;
        int right = 0;
        for (const ChartView* pane : stack) {
            QChart* chart = pane->chart();
            // Margins set last time take effect on a posted layout request: read what they give.
            if (QGraphicsLayout* layout = chart->layout())
                layout->activate();
            const QRectF area = chart->plotArea();
            const int l = qRound(area.left()) - chart->margins().left();
            const int r = qRound(chart->size().width() - area.right()) - chart->margins().right();
            needs.emplace_back(l, r);
            left = std::max(left, l);
            // A legend listed beside the plot needs its room in the margin too.
            right = std::max(right, r + pane->legend()->besideWidth());
        }
        for (qsizetype i = 0; i < stack.size(); ++i) {
            // The legend keeps the bottom margin for its rows.
            QMargins margins = stack[i]->chart()->margins();
            const auto& [l, r] = needs[static_cast<std::size_t>(i)];
            margins.setLeft(m_baseMargins.left() + left - l);
            margins.setRight(m_baseMargins.right() + right - r);
            if (stack[i]->chart()->margins() != margins)
                stack[i]->chart()->setMargins(margins);
        }
    }
}

void ChartPanes::setPresentationMode(bool on)
{
    m_presentation = on;
    const QList<ChartView*> all = panes();
    for (ChartView* pane : all)
        pane->setPresentationMode(on);
}

void ChartPanes::resetZoom()
{
    m_primary->resetZoom();
}

} // namespace tangent::ui
