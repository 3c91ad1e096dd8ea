// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's part of a session: what its views show (zoom, layout, selected row, tangent, secant,
// Explain row), read into a SessionView and shown again from one. The session files never see the
// views; the window hands them this value.

#include "ui/files/session/session.h"

class QAction;

namespace tangent::ui {

class ChartPanes;
class ChartView;
class DataTableView;
class ExplainPanel;

/// The views a session's view state comes from and goes back to.
struct SessionViews {
    ChartPanes* panes = nullptr;
    ChartView* chart = nullptr; ///< the primary pane
    DataTableView* table = nullptr;
    ExplainPanel* explain = nullptr;
    QAction* tangent = nullptr; ///< Classroom → Tangent
};

/// What `views` show now (the band fields are the document's: captureSession fills them).
[[nodiscard]] SessionView captureView(const SessionViews& views);

/// Shows `view` in `views`, after the session's table has been put into the document of `rows`
/// rows: rows and columns outside the table are left alone.
void applyView(const SessionViews& views, const SessionView& view, int rows);

} // namespace tangent::ui
