// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How the main window shares its width: the chart first. The table is as wide as its columns need
// but never so wide that the chart (all its panes) gets less than kChartShare of the window; the
// docks start narrow. Once the user drags the splitter, that choice is kept and remembered
// (QSettings), as the docks' own arrangement is (QMainWindow::saveState).

#include <QObject>

class QMainWindow;
class QSplitter;

namespace tangent::ui {

class DataTableView;

class WindowLayout : public QObject {
    Q_OBJECT
public:
    /// The least share of the window's width the chart gets on its own (before the user drags).
    static constexpr double kChartShare = 0.52;
    /// The docks' width on a first start.
    static constexpr int kDockWidth = 300;

    /// `splitter` holds `table` and the chart, in that order.
    WindowLayout(QMainWindow* window, QSplitter* splitter, DataTableView* table);

    /// Restores the geometry, the docks and a splitter the user sized; else 1280×780, narrow docks
    /// and the table fitted.
    void restore();
    /// Saves what restore() restores.
    void save() const;
    /// Sizes the table to its columns (capped) unless the user sized the splitter; after a load.
    void fitTable();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QMainWindow* m_window;
    QSplitter* m_splitter;
    DataTableView* m_table;
    bool m_userSized = false;
    bool m_fitting = false;
};

} // namespace tangent::ui
