// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/startupoptions.h"

#include "core/sheets/workbook.h"
#include "ui/chart/chartview.h"
#include "ui/chart/panes/chartlayout.h"
#include "ui/chart/panes/chartpanes.h"
#include "ui/classroom/compare/comparedialog.h"
#include "ui/classroom/functionlabdialog.h"
#include "ui/classroom/methodslessondialog.h"
#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/mainwindow.h"
#include "ui/table/datatableview.h"
#include "ui/tabs/documenttabs.h"
#include "ui/tabs/tabcontroller.h"
#include "ui/uncertainty/bandaction.h"

#include <QAction>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDialog>
#include <QEvent>
#include <QFileInfo>
#include <QHash>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace tangent::ui {
namespace {

constexpr int kLoadPatience = 20000; // ms

const QString kSample = QStringLiteral("sample");
const QString kScreenshot = QStringLiteral("screenshot");
const QString kSize = QStringLiteral("size");
const QString kSheet = QStringLiteral("sheet");
const QString kTangentRow = QStringLiteral("tangent-row");
const QString kSelectRow = QStringLiteral("select-row");
const QString kFunctionLab = QStringLiteral("function-lab");
const QString kPoints = QStringLiteral("points");
const QString kNoise = QStringLiteral("noise");
const QString kSeed = QStringLiteral("seed");
const QString kJitter = QStringLiteral("jitter");
const QString kShow = QStringLiteral("show");
const QString kLayout = QStringLiteral("layout");
const QString kBand = QStringLiteral("band");

std::optional<int> intOption(const QCommandLineParser& parser, const QString& name)
{
    return parser.isSet(name) ? std::optional<int>(parser.value(name).toInt()) : std::nullopt;
}

std::optional<double> doubleOption(const QCommandLineParser& parser, const QString& name)
{
    return parser.isSet(name) ? std::optional<double>(parser.value(name).toDouble()) : std::nullopt;
}

/// The action behind each --show name.
QAction* WindowActions::*dialogAction(const QString& name)
{
    static const QHash<QString, QAction * WindowActions::*> actions { { QStringLiteral("convergence"),
                                                                          &WindowActions::convergence },
        { QStringLiteral("compare-edges"), &WindowActions::compareEdgeOrders },
        { QStringLiteral("methods"), &WindowActions::noiseMethods },
        { QStringLiteral("compare-methods"), &WindowActions::compareMethods },
        { QStringLiteral("whole-computation"), &WindowActions::wholeComputation } };
    return actions.value(name, nullptr);
}

/// Saves each open dialog beside the window's screenshot `path`: FILE-dialog.png, FILE-dialog2.png,
/// ..., the Function Lab last so that a --show dialog is FILE-dialog.png.
bool grabDialogs(const QWidget& window, const QString& path)
{
    QList<QDialog*> dialogs;
    for (QDialog* dialog : window.findChildren<QDialog*>())
        if (dialog->isVisible())
            dialogs.append(dialog);
    std::stable_partition(dialogs.begin(), dialogs.end(),
        [](const QDialog* d) { return d->objectName() != QStringLiteral("FunctionLabDialog"); });
    const QFileInfo info(path);
    bool ok = true;
    for (qsizetype i = 0; i < dialogs.size(); ++i) {
        const QString suffix = i == 0 ? QStringLiteral("-dialog") : QStringLiteral("-dialog%1").arg(i + 1);
        const QString file = info.path() + QLatin1Char('/') + info.completeBaseName() + suffix + QStringLiteral(".png");
        ok = dialogs[i]->grab().save(file, "PNG") && ok;
    }
    return ok;
}

} // namespace

void StartupOptions::declare(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("file"),
        tr("A table (*.csv *.tsv *.txt *.dat), a workbook (*.xlsx *.ods), an array (*.npy) or a session "
           "(*.tangent) to open; several files open in tabs"),
        QStringLiteral("[file...]"));
    parser.addOption({ kSample, tr("Open the bundled sample NAME (without a file or a sample, the start page shows)."),
        QStringLiteral("name") });
    parser.addOption(
        { kScreenshot, tr("Render the window to the PNG FILE once shown, then quit."), QStringLiteral("file") });
    parser.addOption({ kSize,
        tr("Window size WxH, e.g. 1280x780; with --export-figure the figure's size, in pixels or with cm, mm or in."),
        QStringLiteral("size") });
    parser.addOption({ kSheet, tr("The sheet of an .xlsx or .ods file to open, by name or 1-based position."),
        QStringLiteral("name") });
    parser.addOption({ kTangentRow, tr("Show the tangent at row N (0-based) once loaded."), QStringLiteral("row") });
    parser.addOption(
        { kSelectRow, tr("Select row N (0-based) in the table once loaded (the Explain panel explains it)."),
            QStringLiteral("row") });
    parser.addOption({ kFunctionLab,
        tr("Generate data from EXPR (Function Lab) with the exact derivative and error shown, "
           "instead of opening a sample."),
        QStringLiteral("expr") });
    parser.addOption({ kPoints, tr("Function Lab: number of points."), QStringLiteral("n") });
    parser.addOption({ kNoise, tr("Function Lab: noise standard deviation."), QStringLiteral("sigma") });
    parser.addOption({ kSeed, tr("Function Lab: random seed."), QStringLiteral("k") });
    parser.addOption({ kJitter, tr("Function Lab: jitter x by up to J of a step (< 1)."), QStringLiteral("j") });
    parser.addOption({ kShow, tr("Open DIALOG: convergence, compare-edges, compare-methods or whole-computation."),
        QStringLiteral("dialog") });
    StartupRecipe::declare(parser);
    parser.addOption({ kLayout,
        tr("Chart layout: overlay, stacked or multiples (this window only; View > Layout remembers a choice)."),
        // The choices as the value's name, which the man page and shell completion read from --help.
        QStringList {
            layoutName(ChartLayout::Overlay), layoutName(ChartLayout::Stacked), layoutName(ChartLayout::Multiples) }
            .join(QLatin1Char('|')) });
    parser.addOption({ kBand,
        tr("Shade each derivative's 95% uncertainty band (this window only; View > Uncertainty Band remembers a "
           "choice).") });
}

StartupOptions::StartupOptions(const QCommandLineParser& parser, QObject* parent)
    : QObject(parent),
      m_sample(parser.isSet(kSample) ? parser.value(kSample) : QString()),
      m_tangentRow(intOption(parser, kTangentRow)),
      m_selectRow(intOption(parser, kSelectRow)),
      m_functionLab(parser.value(kFunctionLab)),
      m_points(intOption(parser, kPoints)),
      m_noise(doubleOption(parser, kNoise)),
      m_seed(intOption(parser, kSeed)),
      m_jitter(doubleOption(parser, kJitter)),
      m_dialog(parser.value(kShow)),
      m_screenshot(parser.value(kScreenshot)),
      m_recipe(StartupRecipe::read(parser)),
      m_layoutName(parser.value(kLayout)),
      m_sheet(parser.value(kSheet)),
      m_band(parser.isSet(kBand) || m_recipe.recipe.uncertainty)
{
    m_files = parser.positionalArguments();
    if (!m_files.isEmpty())
        m_file = m_files.first();
    const QStringList size = parser.value(kSize).split(QLatin1Char('x'));
    bool widthOk = false;
    bool heightOk = false;
    if (size.size() == 2)
        m_size = QSize(size[0].toInt(&widthOk), size[1].toInt(&heightOk));
    if (!widthOk || !heightOk)
        m_size.reset(); // a figure's size in cm or in (--export-figure) is no window size
}

QString StartupOptions::problem() const
{
    // Nothing silently ignored: --sheet needs exactly one workbook to apply to.
    if (!m_sheet.isEmpty() && (m_files.size() != 1 || !isWorkbookPath(m_file.toStdString())))
        return tr("--sheet applies to one .xlsx or .ods file to open");
    if (!m_dialog.isEmpty() && dialogAction(m_dialog) == nullptr)
        return tr("--show: unknown dialog '%1'").arg(m_dialog);
    if (!m_layoutName.isEmpty() && !parseLayout(m_layoutName))
        return tr("--layout: unknown layout '%1' (use overlay, stacked or multiples)").arg(m_layoutName);
    return m_recipe.problem;
}

void StartupOptions::openWindow(MainWindow& window)
{
    if (m_size)
        window.resize(*m_size);
    if (const auto layout = parseLayout(m_layoutName))
        window.chartPanes()->useLayout(*layout);
    if (auto* band = window.findChild<BandAction*>(); band && m_band)
        band->useForThisWindow();
    window.show();
    selectRowsOnLoad(window);
    m_recipe.applyOnLoad(window);
    // Armed before the file is opened, so that a load finishing at once is not missed.
    if (wantsScreenshot())
        armScreenshot(window, !m_file.isEmpty());
    if (m_files.size() > 1)
        window.tabControl()->openSeveral(m_files);
    else if (!m_file.isEmpty())
        window.files()->openPath(m_file, m_sheet);
    else if (!m_sample.isEmpty())
        window.openSample(m_sample);
    // Otherwise the start page shows (ui/startpage/startscreen.h).
    if (!m_functionLab.isEmpty())
        startFunctionLab(window);
}

void StartupOptions::openDialog(MainWindow& window)
{
    if (QAction* WindowActions::*action = dialogAction(m_dialog))
        (window.actions().*action)->trigger();
}

bool StartupOptions::apply(MainWindow& window, QString* error)
{
    if (const QString text = problem(); !text.isEmpty()) {
        if (error)
            *error = text;
        return false;
    }
    openWindow(window);
    openDialog(window);
    return true;
}

void StartupOptions::selectRowsOnLoad(MainWindow& window) const
{
    // Files load in the background: select the row whenever a table arrives (a sample is there
    // by the next event-loop pass).
    MainWindow* target = &window;
    if (m_tangentRow) {
        const auto showTangent = [target, row = *m_tangentRow] {
            target->actions().tangent->setChecked(true);
            target->tableView()->selectDataRow(row);
        };
        connect(window.files(), &FileController::loadFinished, &window, showTangent);
        QTimer::singleShot(0, &window, showTangent);
    }
    if (m_selectRow) {
        const auto select = [target, row = *m_selectRow] { target->tableView()->selectDataRow(row); };
        connect(window.files(), &FileController::loadFinished, &window, select);
        QTimer::singleShot(0, &window, select);
    }
}

/// --function-lab EXPR [--points N] [--noise S] [--seed K] [--jitter J]: generates from EXPR with
/// the exact derivative and error overlays shown (a bad EXPR leaves the lab open with its message).
void StartupOptions::startFunctionLab(MainWindow& window) const
{
    FunctionLabDialog* lab = window.functionLabDialog();
    lab->setExpression(m_functionLab);
    if (m_points)
        lab->setPoints(*m_points);
    if (m_noise)
        lab->setNoise(*m_noise);
    if (m_seed)
        lab->setSeed(*m_seed);
    if (m_jitter)
        lab->setJitter(*m_jitter);
    lab->setShowExact(true);
    lab->setShowError(true);
    lab->show();
    if (!lab->generate())
        std::fprintf(stderr, "tangent: %s\n", qPrintable(lab->expressionMessage()));
}

void StartupOptions::armScreenshot(MainWindow& window, bool waitForLoad)
{
    m_window = &window;
    m_loaded = !waitForLoad;
    if (waitForLoad) {
        connect(window.files(), &FileController::loadFinished, this, [this] {
            if (m_window->tabControl()->isOpeningSeveral())
                return; // the picture shows every tab's file read
            m_loaded = true;
            // Paint once more with the loaded table; the paint event then triggers the grab.
            m_window->update();
        });
    }
    window.installEventFilter(this);
    window.update();
    // A load that never reports (a question nobody answers) must not hang a script: take the
    // picture of whatever is there after kLoadPatience.
    QTimer::singleShot(kLoadPatience, this, [this] {
        if (!m_loaded) {
            m_loaded = true;
            m_window->update();
        }
    });
}

bool StartupOptions::eventFilter(QObject* watched, QEvent* event)
{
    // The first paint after the data are in: the layout is done and the chart has its size. The
    // grab runs on the next pass, after the chart's deferred redraw that this paint may schedule.
    if (watched == m_window && event->type() == QEvent::Paint && m_loaded && !m_grabScheduled) {
        m_grabScheduled = true;
        QTimer::singleShot(0, this, &StartupOptions::grab);
    }
    return QObject::eventFilter(watched, event);
}

void StartupOptions::grab()
{
    m_window->removeEventFilter(this);
    // A method computing in the background is waited for: the picture shows its result, not the
    // chart as it stands meanwhile.
    for (Document* document : m_window->tabs()->documents())
        document->derivatives().finishComputing();
    // Views that redraw on a timer draw now, so that the picture shows what they will show; the
    // events between the passes lay out panes a layout change made (small multiples).
    // Qt Charts lets the graphics of a removed axis go with deleteLater, which processEvents()
    // leaves for the event loop: a chart rebuilt for a table that landed after the window was
    // shown would be pictured with its old axis (0 to 1, "row × 1") still under the new one.
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_window->chartPanes()->updateNow();
    }
    for (CompareDialog* dialog : m_window->findChildren<CompareDialog*>())
        if (dialog->isVisible())
            dialog->updateNow();
    for (MethodsLessonDialog* dialog : m_window->findChildren<MethodsLessonDialog*>())
        if (dialog->isVisible())
            dialog->finishNow();
    const bool ok = m_window->grab().save(m_screenshot, "PNG") && grabDialogs(*m_window, m_screenshot);
    emit screenshotDone(ok);
}

} // namespace tangent::ui
