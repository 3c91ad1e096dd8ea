// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File → Save Session and opening .tangent files: captures the current document and what the
// window shows (a SessionView the window fills) into a Session and writes it; reads one back, finds
// its data file (asking the user when it has moved), restores the table, the settings and the band,
// and hands the view back to the window. A session that cannot be opened leaves the window's
// document, edits included, as it was.

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
    /// Opens the session at `path`; false (with a message naming the file) when it cannot.
    bool openSession(const QString& path);
    /// The window no longer shows the session (another table was loaded).
    void forget();

signals:
    void currentPathChanged();
    /// An openSession ended: the session is in the window (ok) or was not opened.
    void finished(bool ok);
    void message(const QString& text);

private:
    /// The table of `session`: its copy, or its data file read from wherever it is now. nullopt,
    /// with the error reported, when it cannot be had; `dataPath` receives the file read.
    std::optional<std::vector<Column>> sessionTable(const Session& session, const QString& path, QString* dataPath);
    /// The data file: at its path relative to the session, at its absolute path, or where the user says.
    [[nodiscard]] QString findDataFile(const Session& session, const QString& path) const;
    bool fail(const QString& path, const QString& text);
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
