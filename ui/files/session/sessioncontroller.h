// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File → Save Session and opening .tangent files: captures the current document and what the
// window shows (a SessionView the window fills) into a Session and writes it; reads one back, finds
// its data file (asking the user when it has moved) and reads it off the GUI thread, restores the
// table, the settings and the band, and hands the view back to the window. A session that cannot
// be opened, or whose reading is cancelled, leaves the window's document, edits included, as it was.

#include "ui/files/session/session.h"

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace tangent::ui {

class FileController;

class SessionController : public QObject {
    Q_OBJECT
public:
    /// Asked where the data file is when it is at neither of its recorded paths: gets the recorded
    /// absolute path, returns the file chosen, or an empty string to give up. The default shows a
    /// file dialog (and gives up when dialogs are suppressed).
    using LocateData = std::function<QString(const QString& missingPath)>;

    /// Works on `files`' document (the window's current tab), reports errors and keeps the recent
    /// files through it; `dialogParent` parents the file dialogs.
    SessionController(FileController& files, QWidget& dialogParent);

    /// The session file the window shows (opened or last saved); empty when none.
    [[nodiscard]] QString currentPath() const { return m_current; }
    void setLocateData(LocateData locate);
    /// How the window tells what it shows (zoom, layout, row, tangent, secant, Explain) and shows
    /// what a session held. Without them a session stores none of it and ignores what it holds.
    void setViewAccess(std::function<SessionView()> capture, std::function<void(const SessionView&)> apply);

    /// The window's state as a session: the data file, a copy of the table when it has unsaved
    /// edits or no file, the settings and the view (captureSession).
    [[nodiscard]] Session capture() const;

public slots:
    /// Asks where to save (a dialog) and writes the session there.
    bool saveSession();
    /// Writes the session to `path` atomically. Marks nothing as saved: the table's own unsaved
    /// edits stay unsaved (they are in the session, not in the data file).
    bool writeSession(const QString& path);
    /// Opens the session at `path`. Its data file is read off the GUI thread as File → Open reads
    /// (progress, Cancel); `finished` tells when the session is in the window, or that it could not
    /// be opened (with a message naming the file) or was cancelled. Right away for a session that
    /// holds its table or cannot be read. While another file is being read, only a message says so.
    void openSession(const QString& path);
    /// The window no longer shows the session (another table was loaded).
    void forget();

signals:
    void currentPathChanged();
    /// An openSession ended: the session is in the window (ok) or was not opened.
    void finished(bool ok);
    void message(const QString& text);

private:
    /// Puts `session` (read from `path`) with its table `table` (from `dataPath`) in the window,
    /// once its settings fit the table and the window's unsaved changes are dealt with.
    void restore(const QString& path, const Session& session, std::vector<Column> table, const QString& dataPath);
    /// The data file: at its path relative to the session, at its absolute path, or where the user says.
    [[nodiscard]] QString findDataFile(const Session& session, const QString& path) const;
    /// Reports that the session at `path` was not opened, and why; emits finished(false).
    void fail(const QString& path, const QString& text);
    void setCurrent(const QString& path);

    FileController& m_files;
    QWidget& m_dialogParent;
    LocateData m_locate;
    std::function<SessionView()> m_captureView;
    std::function<void(const SessionView&)> m_applyView;
    QString m_current;
    bool m_opening = false; // while a session replaces the table: that load is the session's own
};

} // namespace tangent::ui
