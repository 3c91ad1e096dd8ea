// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/session/sessioncontroller.h"

#include "core/sheets/workbook.h"
#include "ui/chart/chartoverlays.h"
#include "ui/chart/chartview.h"
#include "ui/classroom/explainpanel.h"
#include "ui/document/commands.h"
#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/files/session/sessionsettings.h"
#include "ui/mainwindow.h"
#include "ui/table/datatableview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>

namespace tangent::ui {

namespace {

/// True when the table differs from what was loaded or last saved: some command between the clean
/// state and now changes data. Settings alone live in the session, not in the data file.
bool tableEdited(const Document& document)
{
    const QUndoStack& stack = *const_cast<Document&>(document).undoStack();
    const int clean = stack.cleanIndex();
    if (clean < 0)
        return true; // the clean state is gone (a recovered document)
    for (int i = std::min(clean, stack.index()); i < std::max(clean, stack.index()); ++i)
        if (dynamic_cast<const SetSettingsCommand*>(stack.command(i)) == nullptr)
            return true;
    return false;
}

QStringList columnNames(const std::vector<Column>& columns)
{
    QStringList names;
    for (const Column& column : columns)
        names.append(column.name);
    return names;
}

} // namespace

SessionController::SessionController(MainWindow& window) : QObject(&window), m_window(window)
{
    m_locate = [this](const QString& missing) {
        if (dialogsSuppressed())
            return QString();
        const QString name = QFileInfo(missing).fileName();
        return QFileDialog::getOpenFileName(&m_window, tr("Where is %1?").arg(name), QFileInfo(m_current).path(),
            tr("%1 (%1);;All files (*)").arg(name));
    };
    // Another table in the window ends the session it showed; the session's own load does not.
    connect(window.files(), &FileController::loadFinished, this, [this](bool ok) {
        if (ok && !m_opening)
            forget();
    });
}

void SessionController::setLocateData(LocateData locate)
{
    m_locate = std::move(locate);
}

void SessionController::setLayoutAccess(std::function<QString()> get, std::function<void(const QString&)> set)
{
    m_getLayout = std::move(get);
    m_setLayout = std::move(set);
}

Session SessionController::capture() const
{
    const Document& document = *m_window.document();
    Session session;
    session.dataPath = document.filePath();
    // The file alone restores the table only when it holds exactly what is shown. A workbook's
    // sheet is not part of the session format, and reading the file again would give its first
    // sheet, so a workbook's table is kept in the session.
    if (tableEdited(document) || session.dataPath.isEmpty() || !QFileInfo(session.dataPath).isFile()
        || isWorkbookPath(session.dataPath.toStdString()))
        session.table = document.columns();
    else
        session.dataColumns = columnNames(document.columns());
    session.settings = document.settings();
    SessionView& view = session.view;
    const ChartView& chart = *m_window.chartView();
    if (chart.isZoomed())
        view.xRange = chart.visibleXRange();
    if (m_getLayout)
        view.layout = m_getLayout();
    view.selectedRow = chart.selectedRow();
    view.tangentShown = m_window.action(QStringLiteral("actionTangent"))->isChecked();
    view.tangentColumn = chart.overlays()->tangentColumn();
    view.secantRows = chart.overlays()->secantRows();
    view.explainRow = m_window.explainPanel()->row();
    view.explainColumn = m_window.explainPanel()->yColumn();
    view.uncertaintyBand = document.uncertaintyBand();
    view.bandNoiseSd = document.bandNoiseSds();
    return session;
}

bool SessionController::saveSession()
{
    // Beside the data file by default, named after it, so that its relative path stays short.
    const QString data = m_window.document()->filePath();
    const QString start = !m_current.isEmpty() ? m_current
        : data.isEmpty()                       ? QDir::home().filePath(tr("untitled") + QStringLiteral(".tangent"))
                         : QFileInfo(data).absolutePath() + QLatin1Char('/') + QFileInfo(data).completeBaseName()
            + QStringLiteral(".tangent");
    QString path
        = QFileDialog::getSaveFileName(&m_window, tr("Save session"), start, tr("Tangent sessions (*.tangent)"));
    if (path.isEmpty())
        return false;
    if (!isSessionPath(path))
        path += QStringLiteral(".tangent");
    return writeSession(path);
}

bool SessionController::writeSession(const QString& path)
{
    const QByteArray bytes = encodeSession(capture(), path);
    const QString error = writeAtomically(path, bytes.toStdString());
    if (!error.isEmpty()) {
        m_window.files()->showError(tr("Save session"), tr("%1 could not be written: %2").arg(path, error));
        return false;
    }
    setCurrent(QFileInfo(path).absoluteFilePath());
    m_window.files()->addRecent(path);
    emit message(tr("Saved the session %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool SessionController::openSession(const QString& path)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return fail(path,
            tr("the file cannot be read: %1").arg(QFileInfo(path).isDir() ? tr("it is a folder") : file.errorString()));
    QString error;
    const std::optional<Session> session = decodeSession(file.readAll(), &error);
    if (!session)
        return fail(path, error);
    QString dataPath;
    std::optional<std::vector<Column>> table = sessionTable(*session, path, &dataPath);
    if (!table)
        return false;
    if (const QString problem = settingsProblem(session->settings, static_cast<int>(table->size())); !problem.isEmpty())
        return fail(path, tr("its settings do not fit the table: %1").arg(problem));
    // Everything is read and checked: only now may the window's table be replaced.
    if (!m_window.files()->maybeSave()) {
        emit finished(false);
        return false;
    }
    m_opening = true;
    Document& document = *m_window.document();
    document.restoreColumns(std::move(*table), dataPath, session->settings);
    // A copied table holds edits the data file lacks: it is modified until saved, as after a recovery.
    if (session->table)
        document.undoStack()->resetClean();
    applyView(session->view);
    setCurrent(QFileInfo(path).absoluteFilePath());
    m_window.files()->addRecent(path);
    if (!session->table && !session->dataColumns.isEmpty() && columnNames(document.columns()) != session->dataColumns)
        emit message(tr("Opened the session %1, but the columns of %2 are not those it was saved with (%3): "
                        "check the settings")
                         .arg(QFileInfo(path).fileName(), QFileInfo(dataPath).fileName(),
                             session->dataColumns.join(QStringLiteral(", "))));
    else
        emit message(tr("Opened the session %1").arg(QFileInfo(path).fileName()));
    emit finished(true);
    m_opening = false;
    return true;
}

std::optional<std::vector<Column>> SessionController::sessionTable(
    const Session& session, const QString& path, QString* dataPath)
{
    *dataPath = session.dataPath;
    if (session.table)
        return session.table;
    const QString found = findDataFile(session, path);
    if (found.isEmpty()) {
        fail(path, tr("its data file %1 was not found; the session was not opened").arg(session.dataPath));
        return std::nullopt;
    }
    // Read here, not in the background as File → Open does: the session goes on only with the table.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    LoadResult loaded = loadTableFile(found, {});
    QApplication::restoreOverrideCursor();
    if (!loaded.error.isEmpty()) {
        fail(path, tr("its data file could not be read: %1").arg(loaded.error));
        return std::nullopt;
    }
    *dataPath = QFileInfo(found).absoluteFilePath();
    return columnsFromTable(std::move(loaded.table));
}

QString SessionController::findDataFile(const Session& session, const QString& path) const
{
    // Relative first: a folder moved or copied with its session keeps its own data, not the old ones.
    if (!session.dataRelativePath.isEmpty()) {
        const QString relative = QDir(QFileInfo(path).absolutePath()).filePath(session.dataRelativePath);
        if (QFileInfo(relative).isFile())
            return QDir::cleanPath(relative);
    }
    if (!session.dataPath.isEmpty() && QFileInfo(session.dataPath).isFile())
        return session.dataPath;
    return m_locate ? m_locate(session.dataPath.isEmpty() ? session.dataRelativePath : session.dataPath) : QString();
}

void SessionController::applyView(const SessionView& view)
{
    const int rows = m_window.document()->rowCount();
    const auto inTable = [rows](int row) { return row >= 0 && row < rows; };
    ChartView& chart = *m_window.chartView();
    if (!view.layout.isEmpty() && m_setLayout)
        m_setLayout(view.layout);
    // The View menu's action follows the document (Document::uncertaintyBandChanged).
    for (const auto& [column, sd] : view.bandNoiseSd)
        m_window.document()->setBandNoiseSd(column, sd);
    m_window.document()->setUncertaintyBand(view.uncertaintyBand);
    chart.overlays()->setTangentColumn(view.tangentColumn);
    m_window.action(QStringLiteral("actionTangent"))->setChecked(view.tangentShown);
    if (inTable(view.selectedRow))
        m_window.tableView()->selectDataRow(view.selectedRow);
    if (inTable(view.secantRows.first) && inTable(view.secantRows.second))
        chart.overlays()->setSecantRows(view.secantRows.first, view.secantRows.second);
    else
        chart.overlays()->clearSecant();
    if (view.explainColumn >= 0)
        m_window.explainPanel()->setYColumn(view.explainColumn);
    if (inTable(view.explainRow))
        m_window.explainPanel()->setRow(view.explainRow);
    // The axes are rebuilt for the new table on the chart's next refresh: build them now, so that
    // the zoom is set on the axis that stays.
    chart.updateNow();
    if (view.xRange)
        chart.setVisibleXRange(view.xRange->first, view.xRange->second);
}

bool SessionController::fail(const QString& path, const QString& text)
{
    m_window.files()->showError(tr("Open session"), tr("%1: %2").arg(path, text));
    emit finished(false);
    return false;
}

void SessionController::forget()
{
    setCurrent({});
}

void SessionController::setCurrent(const QString& path)
{
    if (path == m_current)
        return;
    m_current = path;
    emit currentPathChanged();
}

} // namespace tangent::ui
