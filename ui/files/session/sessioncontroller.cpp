// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/session/sessioncontroller.h"

#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/files/session/sessionsettings.h"
#include "ui/files/session/sessionstate.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QUndoStack>

#include <memory>
#include <utility>

namespace tangent::ui {

SessionController::SessionController(FileController& files, QWidget& dialogParent)
    : QObject(&dialogParent), m_files(files), m_dialogParent(dialogParent)
{
    m_locate = [this](const QString& missing) {
        if (dialogsSuppressed())
            return QString();
        const QString name = QFileInfo(missing).fileName();
        return QFileDialog::getOpenFileName(&m_dialogParent, tr("Where is %1?").arg(name), QFileInfo(m_current).path(),
            tr("%1 (%1);;All files (*)").arg(name));
    };
    // Another table in the window ends the session it showed; the session's own load does not.
    connect(&files, &FileController::loadFinished, this, [this](bool ok) {
        if (ok && !m_opening)
            forget();
    });
}

void SessionController::setLocateData(LocateData locate)
{
    m_locate = std::move(locate);
}

void SessionController::setViewAccess(
    std::function<SessionView()> capture, std::function<void(const SessionView&)> apply)
{
    m_captureView = std::move(capture);
    m_applyView = std::move(apply);
}

Session SessionController::capture() const
{
    return captureSession(*m_files.document(), m_captureView ? m_captureView() : SessionView {});
}

bool SessionController::saveSession()
{
    // Beside the data file by default, named after it, so that its relative path stays short.
    const QString data = m_files.document()->filePath();
    const QString start = !m_current.isEmpty() ? m_current
        : data.isEmpty()                       ? QDir::home().filePath(tr("untitled") + QStringLiteral(".tangent"))
                         : QFileInfo(data).absolutePath() + QLatin1Char('/') + QFileInfo(data).completeBaseName()
            + QStringLiteral(".tangent");
    QString path
        = QFileDialog::getSaveFileName(&m_dialogParent, tr("Save session"), start, tr("Tangent sessions (*.tangent)"));
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
        m_files.showError(tr("Save session"), tr("%1 could not be written: %2").arg(path, error));
        return false;
    }
    setCurrent(QFileInfo(path).absoluteFilePath());
    m_files.addRecent(path);
    emit message(tr("Saved the session %1").arg(QFileInfo(path).fileName()));
    return true;
}

void SessionController::openSession(const QString& path)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        fail(path,
            tr("the file cannot be read: %1").arg(QFileInfo(path).isDir() ? tr("it is a folder") : file.errorString()));
        return;
    }
    QString error;
    std::optional<Session> session = decodeSession(file.readAll(), &error);
    if (!session) {
        fail(path, error);
        return;
    }
    if (session->table) {
        // Moved out: the session keeps has_value(), which is all restoreSession asks of it.
        std::vector<Column> table = std::move(*session->table);
        const QString dataPath = session->dataPath;
        restore(path, *session, std::move(table), dataPath);
        return;
    }
    const QString found = findDataFile(*session, path);
    if (found.isEmpty()) {
        fail(path, tr("its data file %1 was not found; the session was not opened").arg(session->dataPath));
        return;
    }
    // Read off the GUI thread as File → Open reads; the session goes on once the table is there,
    // and nothing of it reaches the window before then (Cancel leaves the window as it was).
    auto kept = std::make_shared<const Session>(std::move(*session));
    const QPointer<SessionController> self(this);
    // While another file is being read, readTable only says so: finished would end that load for
    // whoever waits for it.
    m_files.readTable(
        found, {}, {},
        [self, path, found, kept](LoadResult&& loaded) {
            if (!self)
                return;
            if (!loaded.error.isEmpty()) {
                self->fail(path, tr("its data file could not be read: %1").arg(loaded.error));
                return;
            }
            self->restore(path, *kept, columnsFromTable(std::move(loaded.table)), QFileInfo(found).absoluteFilePath());
        },
        [self, path] {
            if (!self)
                return;
            emit self->message(tr("Opening the session %1 was cancelled").arg(QFileInfo(path).fileName()));
            emit self->finished(false);
        });
}

void SessionController::restore(
    const QString& path, const Session& session, std::vector<Column> table, const QString& dataPath)
{
    if (const QString problem = settingsProblem(session.settings, static_cast<int>(table.size())); !problem.isEmpty()) {
        fail(path, tr("its settings do not fit the table: %1").arg(problem));
        return;
    }
    // Everything is read and checked: only now may the window's table be replaced.
    if (!m_files.maybeSave()) {
        emit finished(false);
        return;
    }
    m_opening = true;
    const Document& document = *m_files.document();
    restoreSession(*m_files.document(), std::move(table), dataPath, session);
    if (m_applyView)
        m_applyView(session.view);
    setCurrent(QFileInfo(path).absoluteFilePath());
    m_files.addRecent(path);
    if (!session.table && !session.dataColumns.isEmpty() && columnNames(document.columns()) != session.dataColumns)
        emit message(tr("Opened the session %1, but the columns of %2 are not those it was saved with (%3): "
                        "check the settings")
                         .arg(QFileInfo(path).fileName(), QFileInfo(dataPath).fileName(),
                             session.dataColumns.join(QStringLiteral(", "))));
    else
        emit message(tr("Opened the session %1").arg(QFileInfo(path).fileName()));
    emit finished(true);
    m_opening = false;
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

void SessionController::fail(const QString& path, const QString& text)
{
    m_files.showError(tr("Open session"), tr("%1: %2").arg(path, text));
    emit finished(false);
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
