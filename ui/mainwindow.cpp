// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "ui/makeaction.h"

#include "ui/chart/chartoverlays.h"
#include "ui/chart/chartsmoothing.h"
#include "ui/chart/chartview.h"
#include "ui/chart/panes/chartpanes.h"
#include "ui/classroom/compare/comparedialog.h"
#include "ui/classroom/convergencedialog.h"
#include "ui/classroom/explainpanel.h"
#include "ui/classroom/functionlab.h"
#include "ui/classroom/functionlabdialog.h"
#include "ui/classroom/methodslessondialog.h"
#include "ui/document/document.h"
#include "ui/document/equivalentcall.h"
#include "ui/figureexport/figureactions.h"
#include "ui/files/batchexportdialog.h"
#include "ui/files/filecontroller.h"
#include "ui/files/recovery/documentrecovery.h"
#include "ui/files/session/sessioncontroller.h"
#include "ui/panels/diagnosticspanel.h"
#include "ui/panels/settingspanel.h"
#include "ui/startpage/startpage.h"
#include "ui/startpage/startscreen.h"
#include "ui/table/datatableview.h"
#include "ui/table/tablemodel.h"
#include "ui/tabs/documenttabs.h"
#include "ui/tabs/tabcontroller.h"
#include "ui/uncertainty/bandaction.h"
#include "ui/uncertainty/bandnoisedialog.h"
#include "ui/window/chartarea.h"
#include "ui/window/sessionview.h"
#include "ui/window/windowlayout.h"
#include "ui/window/windowmenus.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tangent::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tangent.svg")));
    setAcceptDrops(true);

    m_tabs = new DocumentTabs(this);
    m_document = m_tabs->current();
    m_model = new TableModel(m_document, this);
    m_table = new DataTableView(m_document, this);
    m_table->setModel(m_model);
    m_panes = new ChartPanes(m_document, this);
    m_chart = m_panes->primary();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_chartArea = new ChartArea(m_document, m_panes, this);
    m_splitter->addWidget(m_chartArea);
    // The tab bar hides itself while one table is open.
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_tabs->tabBar());
    centralLayout->addWidget(m_splitter, 1);
    m_startScreen = new StartScreen(m_tabs, new StartPage(sampleNames(), this), central, this);
    setCentralWidget(m_startScreen);

    m_files = new FileController(m_document, this);
    m_tabControl = new TabController(m_tabs, m_files, this);
    m_figures = new FigureActions(m_panes, this);
    connectStartPage();

    createDocks();
    createActions();
    createSessionActions();
    createMenus();

    m_statusPoints = new QLabel(this);
    m_statusCall = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusCall);
    statusBar()->addPermanentWidget(m_statusPoints);

    connect(
        m_files, &FileController::message, this, [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(m_files, &FileController::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);
    connect(m_tabControl, &TabController::message, this,
        [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_tabs, &DocumentTabs::currentChanged, this, &MainWindow::showDocument);
    connect(
        m_chartArea, &ChartArea::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connectDocument();
    connect(
        m_table, &DataTableView::message, this, [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(m_model, &TableModel::invalidInput, this, [this](const QString& text) {
        statusBar()->showMessage(text, 8000);
        if (!dialogsSuppressed())
            QMessageBox::warning(this, tr("Not a number"), text);
    });
    // Selecting a point selects its row; selecting a row highlights its point.
    connect(m_chart, &ChartView::rowClicked, m_table, &DataTableView::selectDataRow);
    connect(m_table, &DataTableView::currentDataRowChanged, m_chart, &ChartView::setSelectedRow);

    restoreLayout();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        m_startScreen->hideWhileShown(dock);
    updateTitle();
    updateStatus();
}

void MainWindow::connectDocument()
{
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::tableReset, this, &MainWindow::updateStatus);
    connect(m_document, &Document::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_document, &Document::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_document, &Document::settingsChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::diagnosticsChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::settingsChanged, this, &MainWindow::updateEdgeActions);
}

void MainWindow::connectStartPage()
{
    StartPage* start = m_startScreen->startPage();
    connect(start, &StartPage::openRequested, m_tabControl, &TabController::open);
    connect(start, &StartPage::sampleRequested, this, &MainWindow::openSample);
    connect(start, &StartPage::pathsRequested, this, [this](const QStringList& paths) {
        if (paths.size() == 1)
            m_tabControl->openPath(paths.first());
        else
            m_tabControl->openSeveral(paths);
    });
    connect(m_files, &FileController::recentFilesChanged, start, &StartPage::refresh);
    connect(m_startScreen, &StartScreen::startPageShown, this, &MainWindow::updateTitle);
    connect(m_figures, &FigureActions::message, this,
        [this](const QString& text) { statusBar()->showMessage(text, 6000); });
}

void MainWindow::showDocument(Document* current, Document* previous)
{
    if (previous) {
        disconnect(previous, nullptr, this, nullptr);
        disconnect(previous->undoStack(), nullptr, this, nullptr);
    }
    m_document = current;
    // One set of views, bound to the tab shown.
    m_model->setDocument(current);
    m_table->setDocument(current);
    m_panes->setDocument(current);
    m_chartArea->setDocument(current);
    m_settings->setDocument(current);
    m_diagnostics->setDocument(current);
    m_explain->setDocument(current);
    m_files->setDocument(current);
    m_lab->setDocument(current);
    if (m_compareDialog)
        m_compareDialog->setDocument(current);
    connectDocument();
    updateTitle();
    updateStatus();
    updateEdgeActions();
}

MainWindow::~MainWindow()
{
    // The undo stack emits cleanChanged while it is destroyed; the recovery writers (the tab
    // controller's) must not take that for a save and delete the files a next start may need.
    delete m_tabControl;
    // The children (the documents and their undo stacks first) are destroyed after this
    // destructor has run; their last signals must not reach slots of a MainWindow that no longer
    // exists.
    for (Document* document : m_tabs->documents())
        QObject::disconnect(document->undoStack(), nullptr, this, nullptr);
    for (QObject* child : findChildren<QObject*>())
        QObject::disconnect(child, nullptr, this, nullptr);
}

void MainWindow::createDocks()
{
    auto* settingsDock = new QDockWidget(tr("Derivative"), this);
    settingsDock->setObjectName(QStringLiteral("settingsDock"));
    m_settings = new SettingsPanel(m_document, settingsDock);
    // Scrolls rather than forcing a tall window: the method chooser made the panel long.
    auto* settingsScroll = new QScrollArea(settingsDock);
    settingsScroll->setWidget(m_settings);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    settingsDock->setWidget(settingsScroll);
    addDockWidget(Qt::RightDockWidgetArea, settingsDock);

    auto* diagnosticsDock = new QDockWidget(tr("Diagnostics"), this);
    diagnosticsDock->setObjectName(QStringLiteral("diagnosticsDock"));
    m_diagnostics = new DiagnosticsPanel(m_document, diagnosticsDock);
    diagnosticsDock->setWidget(m_diagnostics);
    addDockWidget(Qt::RightDockWidgetArea, diagnosticsDock);

    // Tabbed with the diagnostics and in front: the explanation is what a lecture projects.
    auto* explainDock = new QDockWidget(tr("Explain"), this);
    explainDock->setObjectName(QStringLiteral("explainDock"));
    m_explain = new ExplainPanel(m_document, explainDock);
    explainDock->setWidget(m_explain);
    addDockWidget(Qt::RightDockWidgetArea, explainDock);
    tabifyDockWidget(diagnosticsDock, explainDock);
    explainDock->raise();
    // The settings need little height; the explanation, in large type, needs much.
    // Tall enough for the numpy settings and the method chooser below them.
    resizeDocks({ settingsDock, explainDock }, { 420, 440 }, Qt::Vertical);
}

void MainWindow::createActions()
{
    QUndoGroup* undo = m_tabs->undoGroup();
    auto add = [this](QAction* a) {
        addAction(a);
        return a;
    };
    auto* undoAction = undo->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("actionUndo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    add(undoAction);
    m_actions.undo = undoAction;
    auto* redoAction = undo->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("actionRedo"));
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    add(redoAction);
    m_actions.redo = redoAction;

    connect(add(m_actions.open = makeAction(this, "actionOpen", tr("&Open…"), QKeySequence::Open,
                    tr("Open a CSV, .npy, .xlsx or .ods file"), QStyle::SP_DialogOpenButton)),
        &QAction::triggered, m_tabControl, &TabController::open);
    connect(add(m_actions.openSeveral = makeAction(this, "actionOpenSeveral", tr("Open Severa&l…"), {},
                    tr("Open several files, each in a tab of its own"))),
        &QAction::triggered, m_tabControl, &TabController::openSeveralChosen);
    connect(add(m_actions.closeTab = makeAction(this, "actionCloseTab", tr("&Close Tab"), QKeySequence::Close,
                    tr("Close the table shown (asks about unsaved changes)"))),
        &QAction::triggered, this, [this] { m_tabControl->closeTab(m_document); });
    connect(add(m_actions.save = makeAction(this, "actionSave", tr("&Save"), QKeySequence::Save, tr("Save the table"),
                    QStyle::SP_DialogSaveButton)),
        &QAction::triggered, m_files, &FileController::save);
    connect(add(m_actions.saveAs = makeAction(this, "actionSaveAs", tr("Save &As…"), QKeySequence::SaveAs,
                    tr("Save the table under a new name"))),
        &QAction::triggered, m_files, &FileController::saveAs);
    connect(add(m_actions.exportDerivative
                = makeAction(this, "actionExportDerivative", tr("&Export Derivative CSV…"), QKeySequence(tr("Ctrl+E")),
                    tr("Write x, y and the derivative as CSV (tangent-cli's format)"), QStyle::SP_DriveFDIcon)),
        &QAction::triggered, m_files, &FileController::exportDerivative);
    connect(
        add(m_actions.exportSeveral
            = makeAction(this, "actionExportSeveral", tr("Export Derivatives of Several &Files…"), {},
                tr("Apply the current settings and method to several files: one derivative CSV each, in a folder"))),
        &QAction::triggered, this, [this] {
            BatchExportDialog* dialog = batchExportDialog();
            if (dialog->job()->isRunning())
                dialog->raise();
            else
                dialog->chooseAndStart(recipeFrom(*m_document), m_document->numpyCall());
        });
    connect(add(m_actions.quit = makeAction(this, "actionQuit", tr("&Quit"), QKeySequence::Quit, tr("Quit Tangent"))),
        &QAction::triggered, this, &QWidget::close);

    connect(add(m_actions.copy
                = makeAction(this, "actionCopy", tr("&Copy"), QKeySequence::Copy, tr("Copy the selected cells"))),
        &QAction::triggered, m_table, &DataTableView::copySelection);
    connect(add(m_actions.paste = makeAction(this, "actionPaste", tr("&Paste"), QKeySequence::Paste,
                    tr("Paste cells from a spreadsheet at the selection"))),
        &QAction::triggered, m_table, &DataTableView::paste);
    connect(add(m_actions.clear = makeAction(this, "actionClear", tr("C&lear Cells"), QKeySequence::Delete,
                    tr("Empty the selected cells (they become gaps)"))),
        &QAction::triggered, m_table, &DataTableView::clearSelection);
    connect(add(m_actions.insertRow = makeAction(this, "actionInsertRow", tr("&Insert Row"), QKeySequence(tr("Ctrl+I")),
                    tr("Insert a row above the current one"))),
        &QAction::triggered, m_table, &DataTableView::insertRow);
    connect(add(m_actions.removeRows = makeAction(this, "actionRemoveRows", tr("&Delete Rows"),
                    QKeySequence(tr("Ctrl+-")), tr("Delete the selected rows"))),
        &QAction::triggered, m_table, &DataTableView::removeSelectedRows);
    connect(add(m_actions.insertColumn = makeAction(
                    this, "actionInsertColumn", tr("Insert Colu&mn"), {}, tr("Insert a column after the current one"))),
        &QAction::triggered, m_table, &DataTableView::insertColumn);
    connect(add(m_actions.removeColumn
                = makeAction(this, "actionRemoveColumn", tr("Delete C&olumn"), {}, tr("Delete the current column"))),
        &QAction::triggered, m_table, &DataTableView::removeCurrentColumn);
    connect(add(m_actions.renameColumn = makeAction(this, "actionRenameColumn", tr("Re&name Column…"),
                    QKeySequence(tr("F2")), tr("Rename the current column and set its unit"))),
        &QAction::triggered, m_table, &DataTableView::renameCurrentColumn);
    m_table->setContextActions({ m_actions.copy, m_actions.paste, m_actions.clear, nullptr, m_actions.insertRow,
        m_actions.removeRows, nullptr, m_actions.insertColumn, m_actions.removeColumn, m_actions.renameColumn });

    connect(add(m_actions.resetZoom = makeAction(
                    this, "actionResetZoom", tr("&Reset Zoom"), QKeySequence(tr("Ctrl+0")), tr("Show all data"))),
        &QAction::triggered, m_panes, &ChartPanes::resetZoom);
    auto* presentation
        = add(m_actions.presentation = makeAction(this, "actionPresentation", tr("&Presentation Mode"),
                  QKeySequence(tr("F11")), tr("Full screen, large fonts and thick lines for projectors")));
    presentation->setCheckable(true);
    connect(presentation, &QAction::toggled, this, &MainWindow::setPresentationMode);

    auto* edge1 = add(m_actions.edgeOrder1 = makeAction(this, "actionEdgeOrder1", tr("Edge Order &1"),
                          QKeySequence(tr("Ctrl+1")), tr("First-order differences at the ends (numpy's default)")));
    auto* edge2 = add(m_actions.edgeOrder2 = makeAction(this, "actionEdgeOrder2", tr("Edge Order &2"),
                          QKeySequence(tr("Ctrl+2")), tr("Second-order differences at the ends")));
    auto* edgeGroup = new QActionGroup(this);
    for (auto [a, order] : { std::pair { edge1, 1 }, std::pair { edge2, 2 } }) {
        a->setCheckable(true);
        edgeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, order = order] {
            DerivativeSettings s = m_document->settings();
            s.edgeOrder = order;
            m_document->setSettings(s);
        });
    }
    updateEdgeActions();

    connect(add(m_actions.about = makeAction(this, "actionAbout", tr("&About Tangent"), {}, tr("About Tangent"))),
        &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createSessionActions()
{
    m_sessions = new SessionController(*m_files, *this);
    const auto views = [this] { return SessionViews { m_panes, m_chart, m_table, m_explain, m_actions.tangent }; };
    m_sessions->setViewAccess([views] { return captureView(views()); },
        [this, views](const SessionView& view) { applyView(views(), view, m_document->rowCount()); });
    auto* save = m_actions.saveSession = makeAction(this, "actionSaveSession", tr("Save Sessio&n…"), {},
        tr("Save the data file's place (or the edited table), the settings, the zoom and the classroom state "
           "as a .tangent session"));
    addAction(save);
    connect(save, &QAction::triggered, m_sessions, &SessionController::saveSession);
    connect(m_files, &FileController::sessionRequested, m_sessions, &SessionController::openSession);
    // A session is opened (or not) as a file is: whoever waits for a load waits for it too.
    connect(m_sessions, &SessionController::finished, m_files, &FileController::loadFinished);
    connect(m_sessions, &SessionController::currentPathChanged, this, &MainWindow::updateTitle);
    connect(m_sessions, &SessionController::message, this,
        [this](const QString& text) { statusBar()->showMessage(text, 6000); });
}

void MainWindow::updateEdgeActions()
{
    // Under a smoothing method the edge order changes nothing (the Derivative dock says why).
    const bool numpy = m_document->settings().smoothing.method == SmoothingMethod::Numpy;
    m_actions.edgeOrder1->setEnabled(numpy);
    m_actions.edgeOrder2->setEnabled(numpy);
    m_actions.edgeOrder1->setChecked(m_document->settings().edgeOrder == 1);
    m_actions.edgeOrder2->setChecked(m_document->settings().edgeOrder == 2);
}

void MainWindow::createMenus()
{
    auto* residuals = m_actions.residuals = makeAction(this, "actionResiduals", tr("Show Resi&duals"),
        QKeySequence(tr("Ctrl+Shift+R")), tr("With a smoothing method: draw y − smoothed against an axis of its own"));
    residuals->setCheckable(true);
    connect(residuals, &QAction::toggled, m_chart->smoothing(), &ChartSmoothing::setShowResiduals);
    auto* band = new BandAction(m_tabs, this);
    connect(band, &BandAction::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    MenuParts parts;
    parts.figures = m_figures;
    parts.diagnostics = m_diagnostics;
    parts.panes = m_panes;
    parts.samples = sampleNames();
    parts.openSample = [this](const QString& name) { openSample(name); };
    parts.viewExtras = { residuals, band, BandNoiseDialog::makeAction(m_tabs, this) };
    const WindowMenus menus = buildMenus(*this, m_actions, parts);
    m_recentMenu = menus.recent;
    m_viewMenu = menus.view;
    m_classroomMenu = menus.classroom;
    rebuildRecentMenu();
    createClassroomMenu();
    createLabActions();
    createExplainActions();
}

BatchExportDialog* MainWindow::batchExportDialog()
{
    if (!m_batchDialog)
        m_batchDialog = new BatchExportDialog(this);
    return m_batchDialog;
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = FileController::recentFiles();
    for (const QString& path : files)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { m_tabControl->openPath(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!files.isEmpty());
}

QStringList MainWindow::sampleNames()
{
    QStringList names;
    for (const QString& file :
        QDir(QStringLiteral(":/samples")).entryList({ QStringLiteral("*.csv") }, QDir::Files, QDir::Name))
        names << QFileInfo(file).completeBaseName();
    return names;
}

void MainWindow::openSample(const QString& name)
{
    m_tabControl->openSample(QStringLiteral(":/samples/%1.csv").arg(name));
    m_sessions->forget();
    setWindowTitle(tr("%1 (sample) — Tangent").arg(name));
}

void MainWindow::enableRecovery(RecoveryStore* store)
{
    m_tabControl->enableRecovery(store);
}

DocumentRecovery* MainWindow::recovery() const
{
    return m_tabControl->recoveryFor(m_document);
}

void MainWindow::updateTitle()
{
    if (m_startScreen->showsStartPage()) {
        setWindowTitle(tr("Tangent"));
        setWindowModified(false);
        return;
    }
    const QString shown = m_document->displayName();
    const QString name = shown.isEmpty() ? tr("Untitled") : shown;
    const QString session = m_sessions->currentPath();
    if (session.isEmpty())
        setWindowTitle(tr("%1[*] — Tangent").arg(name));
    else
        setWindowTitle(tr("%1 (%2)[*] — Tangent").arg(QFileInfo(session).fileName(), name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    m_statusPoints->setText(tr("%n row(s)", nullptr, m_document->rowCount()));
    m_statusCall->setText(equivalentCall(*m_document).text);
}

void MainWindow::setPresentationMode(bool on)
{
    m_presentation = on;
    m_panes->setPresentationMode(on);
    m_settings->setPresentationMode(on);
    m_explain->setPresentationMode(on);
    QFont tableFont = m_table->font();
    tableFont.setPointSizeF(on ? 15 : QApplication::font().pointSizeF());
    m_table->setFont(tableFont);
    if (on)
        showFullScreen();
    else
        showNormal();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tangent"),
        tr("<h3>Tangent %1</h3><p>The derivative of tabular data, computed exactly as "
           "<code>numpy.gradient</code> computes it (bit for bit on float64).</p>"
           "<p>Open or type x/y data, choose the spacing and the edge order, and see the curve and its "
           "derivative together.</p>")
            .arg(QStringLiteral(TANGENT_VERSION)));
}

void MainWindow::restoreLayout()
{
    m_windowLayout = new WindowLayout(this, m_splitter, m_table);
    m_windowLayout->restore();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_tabControl->maybeSaveAll()) {
        event->ignore();
        return;
    }
    // Saved, or the user chose to discard: nothing is left to recover.
    m_tabControl->discardRecovery();
    m_startScreen->showHidden(); // the docks hidden for the start page are part of the layout saved
    m_windowLayout->save();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        m_tabControl->openPath(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

} // namespace tangent::ui
