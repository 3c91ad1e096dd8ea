// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "ui/makeaction.h"

#include "ui/chart/chartsmoothing.h"
#include "ui/chart/chartview.h"
#include "ui/chart/panes/chartpanes.h"
#include "ui/classroom/explainpanel.h"
#include "ui/document/document.h"
#include "ui/document/equivalentcall.h"
#include "ui/figureexport/figureactions.h"
#include "ui/files/batchexportdialog.h"
#include "ui/files/filecontroller.h"
#include "ui/files/recentfiles.h"
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
#include "ui/window/classroomactions.h"
#include "ui/window/currentdocument.h"
#include "ui/window/sessionview.h"
#include "ui/window/windowlayout.h"
#include "ui/window/windowmenus.h"

#include <QAction>
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
#include <QVBoxLayout>

namespace tangent::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tangent.svg")));
    setAcceptDrops(true);

    m_tabs = new DocumentTabs(this);
    m_current = new CurrentDocument(m_tabs->current(), this);
    m_model = new TableModel(document(), this);
    m_current->follow(m_model);
    m_table = new DataTableView(document(), this);
    m_current->follow(m_table);
    m_table->setModel(m_model);
    m_panes = new ChartPanes(document(), this);
    m_current->follow(m_panes);
    m_chart = m_panes->primary();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_chartArea = new ChartArea(document(), m_panes, this);
    m_current->follow(m_chartArea);
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

    m_files = new FileController(document(), this);
    m_current->follow(m_files);
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
    // The views follow the relay (each was bound as it was made); the window's own links are to it too.
    connect(m_tabs, &DocumentTabs::currentChanged, m_current, &CurrentDocument::setDocument);
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
    connect(m_current, &CurrentDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_current, &CurrentDocument::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_current, &CurrentDocument::tableReset, this, &MainWindow::updateStatus);
    connect(m_current, &CurrentDocument::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_current, &CurrentDocument::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_current, &CurrentDocument::settingsChanged, this, &MainWindow::updateStatus);
    connect(m_current, &CurrentDocument::diagnosticsChanged, this, &MainWindow::updateStatus);
    connect(m_current, &CurrentDocument::documentChanged, this, [this] {
        updateTitle();
        updateStatus();
    });
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
    // The page lists what it is given: the recent files, as ui/files keeps them.
    const auto listRecent = [start] {
        QList<StartPage::Recent> recent;
        for (const RecentFile& entry : recentFileEntries())
            recent.append({ entry.path, entry.rows });
        start->setRecentFiles(recent);
    };
    connect(m_files, &FileController::recentFilesChanged, start, listRecent);
    connect(start, &StartPage::recentFilesWanted, start, listRecent);
    listRecent();
    connect(m_startScreen, &StartScreen::startPageShown, this, [this] {
        updateTitle();
        updateStatus();
    });
    connect(m_figures, &FigureActions::message, this,
        [this](const QString& text) { statusBar()->showMessage(text, 6000); });
}

Document* MainWindow::document() const
{
    return m_current->document();
}

MainWindow::~MainWindow()
{
    // The undo stack emits cleanChanged while it is destroyed; the recovery writers (the tab
    // controller's) must not take that for a save and delete the files a next start may need.
    delete m_tabControl;
    // The children (the documents and their undo stacks first) are destroyed after this
    // destructor has run; their last signals must not reach slots of a MainWindow that no longer
    // exists, nor, through the relay, slots of views destroyed already.
    QObject::disconnect(m_current, nullptr, nullptr, nullptr);
    for (QObject* child : findChildren<QObject*>())
        QObject::disconnect(child, nullptr, this, nullptr);
}

void MainWindow::createDocks()
{
    auto* settingsDock = new QDockWidget(tr("Derivative"), this);
    settingsDock->setObjectName(QStringLiteral("settingsDock"));
    m_settings = new SettingsPanel(document(), settingsDock);
    m_current->follow(m_settings);
    // Scrolls rather than forcing a tall window: the method chooser made the panel long.
    auto* settingsScroll = new QScrollArea(settingsDock);
    settingsScroll->setWidget(m_settings);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);
    settingsDock->setWidget(settingsScroll);
    addDockWidget(Qt::RightDockWidgetArea, settingsDock);

    auto* diagnosticsDock = new QDockWidget(tr("Diagnostics"), this);
    diagnosticsDock->setObjectName(QStringLiteral("diagnosticsDock"));
    m_diagnostics = new DiagnosticsPanel(document(), diagnosticsDock);
    m_current->follow(m_diagnostics);
    diagnosticsDock->setWidget(m_diagnostics);
    addDockWidget(Qt::RightDockWidgetArea, diagnosticsDock);

    // Tabbed with the diagnostics and in front: the explanation is what a lecture projects.
    auto* explainDock = new QDockWidget(tr("Explain"), this);
    explainDock->setObjectName(QStringLiteral("explainDock"));
    m_explain = new ExplainPanel(document(), explainDock);
    m_current->follow(m_explain);
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
    ActionTargets targets;
    targets.undo = m_tabs->undoGroup();
    targets.tabs = m_tabControl;
    targets.files = m_files;
    targets.table = m_table;
    targets.panes = m_panes;
    targets.current = m_current;
    targets.exportSeveral = [this] {
        BatchExportDialog* dialog = batchExportDialog();
        if (dialog->job()->isRunning())
            dialog->raise();
        else
            dialog->chooseAndStart(recipeFrom(*document()), document()->derivatives().numpyCall());
    };
    targets.setPresentation = [this](bool on) { setPresentationMode(on); };
    targets.about = [this] { showAbout(); };
    createWindowActions(*this, m_actions, targets);
}

void MainWindow::createSessionActions()
{
    m_sessions = new SessionController(*m_files, *this);
    const auto views = [this] { return SessionViews { m_panes, m_chart, m_table, m_explain, m_actions.tangent }; };
    m_sessions->setViewAccess([views] { return captureView(views()); },
        [this, views](const SessionView& view) { applyView(views(), view, document()->rowCount()); });
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

void MainWindow::createMenus()
{
    auto* residuals = m_actions.residuals = makeAction(this, "actionResiduals", tr("Show Resi&duals"),
        QKeySequence(tr("Ctrl+Shift+R")), tr("With a smoothing method: draw y − smoothed against an axis of its own"));
    residuals->setCheckable(true);
    connect(residuals, &QAction::toggled, m_chart->smoothing(), &ChartSmoothing::setShowResiduals);
    auto* band = new BandAction(document(), this);
    m_current->follow(band);
    connect(band, &BandAction::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    MenuParts parts;
    parts.figures = m_figures;
    parts.diagnostics = m_diagnostics;
    parts.panes = m_panes;
    parts.samples = sampleNames();
    parts.openSample = [this](const QString& name) { openSample(name); };
    parts.viewExtras = { residuals, band, BandNoiseDialog::makeAction([this] { return document(); }, this) };
    const WindowMenus menus = buildMenus(*this, m_actions, parts);
    m_recentMenu = menus.recent;
    m_viewMenu = menus.view;
    rebuildRecentMenu();

    ClassroomActions::Parts classroom;
    classroom.window = this;
    classroom.menu = menus.classroom;
    classroom.current = m_current;
    classroom.chart = m_chart;
    classroom.table = m_table;
    classroom.model = m_model;
    classroom.explain = m_explain;
    classroom.openGenerated = [this](std::vector<Column> columns) {
        // Generated data never replace unsaved edits: they open in a new tab then, so nothing
        // needs asking about (TabController::tabForNewData); the views follow the tab shown.
        if (Document* document = m_tabControl->tabForNewData()) {
            document->loadColumns(std::move(columns), {});
            m_sessions->forget();
        }
    };
    m_classroom = new ClassroomActions(classroom, m_actions);
}

FunctionLabController* MainWindow::functionLab() const
{
    return m_classroom->functionLab();
}

FunctionLabDialog* MainWindow::functionLabDialog()
{
    return m_classroom->functionLabDialog();
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
    return m_tabControl->recoveryFor(document());
}

void MainWindow::updateTitle()
{
    if (m_startScreen->showsStartPage()) {
        setWindowTitle(tr("Tangent"));
        setWindowModified(false);
        return;
    }
    const QString shown = document()->displayName();
    const QString name = shown.isEmpty() ? tr("Untitled") : shown;
    const QString session = m_sessions->currentPath();
    if (session.isEmpty())
        setWindowTitle(tr("%1[*] — Tangent").arg(name));
    else
        setWindowTitle(tr("%1 (%2)[*] — Tangent").arg(QFileInfo(session).fileName(), name));
    setWindowModified(document()->isModified());
}

void MainWindow::updateStatus()
{
    // The start page has no document to describe: no row count, no equivalent call.
    const bool start = m_startScreen->showsStartPage();
    m_statusPoints->setVisible(!start);
    m_statusCall->setVisible(!start);
    if (start)
        return;
    m_statusPoints->setText(tr("%n row(s)", nullptr, document()->rowCount()));
    m_statusCall->setText(equivalentCall(*document()).text);
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
