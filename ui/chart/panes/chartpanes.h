// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The chart area of the window: its panes in the chosen layout (one overlay pane, curves stacked
// over derivatives, or a curve-over-derivative pair per y column in a scrollable grid) and the
// links between them: x zoom and pan, the selected row, the hover read-out and the tangent follow
// across panes. The primary pane always exists and keeps its identity through layout changes:
// the window, the classroom and export talk to it.

#include "ui/chart/panes/chartlayout.h"

#include <QList>
#include <QMargins>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QGridLayout;
class QMenu;
class QScrollArea;
class QSplitter;

namespace tangent::ui {

class ChartView;
class Document;

class ChartPanes : public QWidget {
    Q_OBJECT
public:
    /// Starts in the remembered layout, or else in the default for the document's data.
    explicit ChartPanes(Document* document, QWidget* parent = nullptr);

    /// The overlay pane, the curves pane when stacked, the first column's curves as multiples.
    [[nodiscard]] ChartView* primary() const { return m_primary; }
    /// The document every pane shows.
    [[nodiscard]] Document* document() const;
    /// Every pane in display order, the primary first.
    [[nodiscard]] QList<ChartView*> panes() const;
    [[nodiscard]] ChartLayout chartLayout() const { return m_layout; }
    /// True when the layout was chosen (by the user or at start) rather than following the data.
    [[nodiscard]] bool layoutChosen() const { return m_chosen.has_value(); }

    /// The user's choice in the menu: applied, kept over the data's default and remembered.
    void chooseLayout(ChartLayout layout);
    /// A choice for this window only (`--layout`): applied and kept, not remembered.
    void useLayout(ChartLayout layout);

    /// Adds View → Layout (Overlay, Stacked, Small Multiples; the current one checked) to `menu`.
    void addLayoutMenu(QMenu* menu);

    /// Every pane shows `document` from now on (the tab shown); the layout follows its data
    /// unless one was chosen.
    void setDocument(Document* document);

    /// Presentation mode in every pane.
    void setPresentationMode(bool on);
    /// Fits all data in every pane.
    void resetZoom();
    /// Every pane redrawn and the stacks aligned now, not on the next event-loop passes (before
    /// a screenshot).
    void updateNow();

signals:
    void layoutChanged(ChartLayout layout);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void connectDocument();
    void followData();
    void apply(ChartLayout layout);
    void clearPanes();
    void buildStacked();
    void buildMultiples();
    /// The multiples' pairs in rows as wide as the panes allow.
    void arrangePairs();
    [[nodiscard]] ChartView* addPane();
    void link(ChartView* pane);
    /// Pads the charts of each group (a stack of panes) so that their plot areas share left and
    /// right edges: one x position means one x value in every pane of the stack.
    void alignPlotAreas();
    /// Runs `f` on every pane but `from`, once: what it sets does not echo back.
    template <typename F> void forOthers(const ChartView* from, F f);

    QPointer<Document> m_document;
    ChartView* m_primary = nullptr;
    QList<ChartView*> m_secondary;
    QWidget* m_container = nullptr; // the splitter or scroll area holding the panes, if any
    ChartLayout m_layout = ChartLayout::Overlay;
    std::optional<ChartLayout> m_chosen;
    QList<int> m_columns; // the y columns the multiples were built for
    QList<QWidget*> m_pairs; // the multiples' curve-over-derivative pairs, in column order
    QGridLayout* m_grid = nullptr; // the multiples' grid
    int m_pairsPerRow = 0;
    QList<QList<ChartView*>> m_stacks; // panes drawn one above the other, aligned in x
    QMargins m_baseMargins; // a chart's own margins, before alignment pads them
    QTimer m_alignTimer;
    bool m_linking = false;
    bool m_presentation = false;
};

} // namespace tangent::ui
