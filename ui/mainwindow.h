// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The main window: composes the table, the chart, the settings and diagnostics panels and the
// file controller, and wires menus, toolbar and status bar to them. It does no work of its own.

#include "ui/window/windowactions.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QSplitter;

namespace tangent::ui {

class ChartArea;
class ChartPanes;
class BatchExportDialog;
class ChartView;
class ClassroomActions;
class CurrentDocument;
class DataTableView;
class DiagnosticsPanel;
class DocumentRecovery;
class DocumentTabs;
class ExplainPanel;
class FigureActions;
class StartScreen;
class Document;
class FileController;
class FunctionLabController;
class FunctionLabDialog;
class RecoveryStore;
class SessionController;
class SettingsPanel;
class TableModel;
class TabController;
class WindowLayout;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The document of the tab shown; the views, panels and actions work on it.
    [[nodiscard]] Document* document() const;
    /// The relay of the current document: the views follow it, and its signals are the current document's.
    [[nodiscard]] CurrentDocument* current() const { return m_current; }
    /// The open documents, one per tab.
    [[nodiscard]] DocumentTabs* tabs() const { return m_tabs; }
    /// Opening files into tabs, closing tabs, and crash recovery for every tab.
    [[nodiscard]] TabController* tabControl() const { return m_tabControl; }
    [[nodiscard]] ChartView* chartView() const { return m_chart; }
    /// The chart's panes in their layout; chartView() is the primary one.
    [[nodiscard]] ChartPanes* chartPanes() const { return m_panes; }
    [[nodiscard]] DataTableView* tableView() const { return m_table; }
    /// The panes with the noise banner and the busy indicator over them.
    [[nodiscard]] ChartArea* chartArea() const { return m_chartArea; }
    [[nodiscard]] TableModel* tableModel() const { return m_model; }
    [[nodiscard]] FileController* files() const { return m_files; }
    /// Save Session and opening .tangent files.
    [[nodiscard]] SessionController* sessions() const { return m_sessions; }
    [[nodiscard]] DiagnosticsPanel* diagnosticsPanel() const { return m_diagnostics; }
    [[nodiscard]] ExplainPanel* explainPanel() const { return m_explain; }
    /// The window's actions (menus, toolbar, the command line's --show, tests).
    [[nodiscard]] const WindowActions& actions() const { return m_actions; }

    /// The function lab's exact-derivative state and overlays.
    [[nodiscard]] FunctionLabController* functionLab() const;
    /// The Function Lab dialog (created on first use; its Generate replaces the table after asking
    /// about unsaved changes).
    FunctionLabDialog* functionLabDialog();
    /// The start page (no file open) or the tables and chart.
    [[nodiscard]] StartScreen* startScreen() const { return m_startScreen; }
    [[nodiscard]] FigureActions* figureActions() const { return m_figures; }
    /// The dialog of Export Derivatives of Several Files (created on first use).
    BatchExportDialog* batchExportDialog();

    /// Backs up every tab's unsaved changes to crash-recovery files in `store` (which must outlive
    /// the window); a clean close removes them. Calling it again does nothing.
    void enableRecovery(RecoveryStore* store);
    /// The crash-recovery writer of the current tab's document, or nullptr before enableRecovery().
    [[nodiscard]] DocumentRecovery* recovery() const;

    /// Opens the bundled sample named like "noisy-sine" (file name without .csv).
    void openSample(const QString& name);
    /// The names of the bundled samples.
    [[nodiscard]] static QStringList sampleNames();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    /// The start page's requests open as File's actions do.
    void connectStartPage();
    void createDocks();
    /// File → Save Session, and the session controller's links to the window.
    void createSessionActions();
    /// The window's own links to the current document (title, status bar).
    void connectDocument();
    void rebuildRecentMenu();
    void updateTitle();
    void updateStatus();
    void setPresentationMode(bool on);
    void showAbout();
    void restoreLayout();

    WindowActions m_actions;
    DocumentTabs* m_tabs = nullptr;
    TabController* m_tabControl = nullptr;
    CurrentDocument* m_current = nullptr; // the current tab's document
    TableModel* m_model = nullptr;
    DataTableView* m_table = nullptr;
    ChartPanes* m_panes = nullptr;
    ChartView* m_chart = nullptr; // the primary pane
    SettingsPanel* m_settings = nullptr;
    DiagnosticsPanel* m_diagnostics = nullptr;
    ExplainPanel* m_explain = nullptr;
    FileController* m_files = nullptr;
    SessionController* m_sessions = nullptr;
    QSplitter* m_splitter = nullptr;
    StartScreen* m_startScreen = nullptr;
    FigureActions* m_figures = nullptr;
    ChartArea* m_chartArea = nullptr; // the panes with the noise banner and busy indicator over them
    WindowLayout* m_windowLayout = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    ClassroomActions* m_classroom = nullptr; // the Classroom menu's actions and dialogs
    BatchExportDialog* m_batchDialog = nullptr;
    QLabel* m_statusPoints = nullptr;
    QLabel* m_statusCall = nullptr;
    bool m_presentation = false;
};

} // namespace tangent::ui
