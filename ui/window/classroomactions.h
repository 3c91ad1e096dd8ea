// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Classroom menu's actions and the dialogs they open: the tangent, the secant and stepping
// through points on the chart; Function Lab, Convergence, Noise and Methods and the comparisons;
// and the Explain panel's items, with the panel's links to the table and the chart.

#include "ui/document/documenttypes.h"

#include <QObject>

#include <functional>
#include <vector>

class QMenu;
class QWidget;

namespace tangent::ui {

class ChartView;
class CompareDialog;
class ConvergenceDialog;
class CurrentDocument;
class DataTableView;
class ExplainPanel;
class FunctionLabController;
class FunctionLabDialog;
class MethodsLessonDialog;
class TableModel;
struct WindowActions;

class ClassroomActions : public QObject {
    Q_OBJECT
public:
    /// What the actions act on; every pointer outlives this object.
    struct Parts {
        QWidget* window = nullptr; ///< the actions' owner and the dialogs' parent
        QMenu* menu = nullptr; ///< the Classroom menu, filled here
        CurrentDocument* current = nullptr;
        ChartView* chart = nullptr; ///< the primary pane
        DataTableView* table = nullptr;
        TableModel* model = nullptr;
        ExplainPanel* explain = nullptr;
        /// Opens the Function Lab's generated columns (in a tab that holds no unsaved edits).
        std::function<void(std::vector<Column>)> openGenerated;
    };
    /// Makes the Classroom actions into `actions` and the Classroom menu.
    ClassroomActions(const Parts& parts, WindowActions& actions);

    /// The function lab's exact-derivative state and overlays.
    [[nodiscard]] FunctionLabController* functionLab() const { return m_lab; }
    /// The Function Lab dialog, made on first use.
    FunctionLabDialog* functionLabDialog();

private:
    void createChartActions(WindowActions& actions) const;
    void createLabActions(WindowActions& actions);
    void createExplainActions(WindowActions& actions);

    Parts m_parts;
    FunctionLabController* m_lab = nullptr;
    FunctionLabDialog* m_labDialog = nullptr;
    ConvergenceDialog* m_convergenceDialog = nullptr;
    MethodsLessonDialog* m_methodsLesson = nullptr;
    CompareDialog* m_compareDialog = nullptr;
};

} // namespace tangent::ui
