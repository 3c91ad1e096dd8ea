// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading a table file off the GUI thread: the core's readers (.npy, .xlsx/.ods, delimited text)
// run in a thread of the pool while a progress dialog (after 300 ms, with Cancel) shows how far
// they are; the table is handed over without a copy. File → Open and opening a session's data
// file both read through it, so the window never freezes while a big file is read.

#include "core/io/csv.h"
#include "core/sheets/workbook.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QProgressDialog;
class QWidget;

namespace tangent::ui {

/// The outcome of reading a file off the GUI thread.
struct LoadResult {
    CsvTable table;
    QString error;
    /// A workbook of several sheets read without a sheet: its sheets, for the chooser (no table).
    std::vector<SheetInfo> sheets;
};

/// Reads and parses `path` with the core's readers (.npy, .xlsx/.ods, or delimited text); of a
/// workbook, sheet `sheet` (as readWorkbookSheet: empty for the chooser's list). Thread-safe.
LoadResult loadTableFile(const QString& path, const CsvReadOptions& options, const QString& sheet = {});

/// Whether `path` names a numpy array file (.npy).
[[nodiscard]] bool isNpyPath(const QString& path);

/// One background read at a time (loadTableFile), with its progress dialog and Cancel.
class TableLoader : public QObject {
    Q_OBJECT
public:
    /// Gets the result on the GUI thread; it may start the next read.
    using Done = std::function<void(LoadResult&& result)>;

    /// `window` parents the progress dialog.
    explicit TableLoader(QWidget* window);
    ~TableLoader() override;

    /// True from start() until its result has been handed to `done` (or the user cancelled), and
    /// while a cancelled reader is still stopping.
    [[nodiscard]] bool isBusy() const;
    /// The file of the last start().
    [[nodiscard]] QString path() const { return m_path; }

    /// Starts reading `path` (of a workbook, sheet `sheet`). `done` gets the result once it is
    /// read, unless the user cancels first: then `cancelled` runs at once and the result, when the
    /// reader has stopped, is dropped. Only when !isBusy().
    void start(const QString& path, const CsvReadOptions& options, const QString& sheet, Done done,
        std::function<void()> cancelled);

private:
    void finish();

    QWidget* m_window;
    QFutureWatcher<void> m_watcher;
    QString m_path;
    std::shared_ptr<LoadResult> m_result; ///< where the current read puts its result
    Done m_done; ///< set while a read's result is still to be handed over
    QProgressDialog* m_progress = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel; ///< set to stop the reader of the current read
};

} // namespace tangent::ui
