// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/tableloader.h"

#include "core/errors.h"
#include "core/io/fileio.h"
#include "core/io/npy.h"
#include "ui/files/sheets/sheetchooser.h"
#include "ui/files/tablefilecheck.h"
#include "ui/i18n/coremessages.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <string>
#include <utility>

namespace tangent::ui {
namespace {

CsvTable tableFromNpy(const NdArray& array, const std::string& source)
{
    CsvTable table;
    table.hasHeader = false;
    if (array.rank() == 1) {
        table.columns.push_back(CsvColumn { "y", true, array.data, {}, 0 });
        table.rowCount = array.shape[0];
        return table;
    }
    if (array.rank() != 2)
        throw InputError(source, 0, 0,
            "the table can show 1-D or 2-D arrays (rows x columns); this one has " + std::to_string(array.rank())
                + " dimensions: use tangent-cli --axis for N-D arrays");
    const std::size_t rows = array.shape[0];
    const std::size_t cols = array.shape[1];
    for (std::size_t c = 0; c < cols; ++c) {
        CsvColumn column { "column " + std::to_string(c + 1), true, std::vector<double>(rows), {}, 0 };
        for (std::size_t r = 0; r < rows; ++r)
            column.values[r] = array.data[r * cols + c];
        table.columns.push_back(std::move(column));
    }
    table.rowCount = rows;
    return table;
}

} // namespace

bool isNpyPath(const QString& path)
{
    return path.endsWith(QStringLiteral(".npy"), Qt::CaseInsensitive);
}

LoadResult loadTableFile(const QString& path, const CsvReadOptions& options, const QString& sheet)
{
    LoadResult result;
    const std::string file = path.toStdString();
    try {
        checkOpenable(file);
        if (isNpyPath(path)) {
            result.table = tableFromNpy(readNpyFile(file), file);
        } else if (isWorkbookPath(file)) {
            result.table = readWorkbookSheet(file, sheet.toStdString(), result.sheets);
            if (!result.sheets.empty())
                return result; // the chooser asks which
        } else {
            // Mapped, not copied, and each page let go once the checks or the parser have passed
            // it, so a big file's text never sits in memory beside its columns.
            const MappedFile mapped(file, file);
            std::size_t checked = 0;
            checkText(mapped.text(), file, [&mapped, &checked](std::size_t done) {
                mapped.release(checked, done);
                checked = done;
            });
            CsvReadOptions reading = options;
            reading.finished = [&mapped](std::size_t begin, std::size_t end) { mapped.release(begin, end); };
            result.table = readCsv(mapped.text(), reading, file);
        }
        checkTable(result.table, file);
    } catch (const std::bad_alloc&) {
        result.error = QObject::tr("%1: there is not enough memory to read this file").arg(path);
    } catch (const std::exception& e) {
        result.error = translateException(e);
    }
    return result;
}

TableLoader::TableLoader(QWidget* window) : m_window(window)
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &TableLoader::finish);
}

TableLoader::~TableLoader()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

bool TableLoader::isBusy() const
{
    // Also once the reader is done but its result not yet handed over (a small file can be read
    // before start returns): the result is on its way.
    return m_watcher.isRunning() || m_done;
}

void TableLoader::start(const QString& path, const CsvReadOptions& options, const QString& sheet, Done done,
    std::function<void()> cancelled)
{
    m_path = path;
    m_done = std::move(done);
    // The reader reports how far it is (CSV only; .npy shows a busy bar) and stops when asked.
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    CsvReadOptions reading = options;
    reading.progress
        = [this, cancel = m_cancel, shown = std::make_shared<int>(-1)](std::size_t done, std::size_t total) {
              const int permille = total == 0 ? 1000 : static_cast<int>(done * 1000 / total);
              if (permille != *shown) {
                  *shown = permille;
                  QMetaObject::invokeMethod(
                      this,
                      [this, permille] {
                          if (m_progress)
                              m_progress->setValue(permille);
                      },
                      Qt::QueuedConnection);
              }
              return !cancel->load();
          };
    // The result is handed over through a slot of its own rather than as the future's result,
    // which QFuture could only copy (hundreds of MB for a big file) or take, leaving a future
    // that never reports finished again.
    m_result = std::make_shared<LoadResult>();
    m_watcher.setFuture(
        QtConcurrent::run([path, reading, sheet, slot = m_result] { *slot = loadTableFile(path, reading, sheet); }));
    // A progress dialog appears if reading takes noticeable time.
    delete m_progress;
    m_progress = new QProgressDialog(
        tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, isNpyPath(path) ? 0 : 1000, m_window);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoReset(false); // stays until the result is handed over, not just read
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this, cancelled = std::move(cancelled)] {
        // The reader stops at its next report; its result is dropped when it arrives.
        m_cancel->store(true);
        m_done = nullptr;
        if (cancelled)
            cancelled();
    });
}

void TableLoader::finish()
{
    if (m_progress) {
        m_progress->blockSignals(true);
        m_progress->reset();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (!m_done)
        return; // cancelled
    // Taken before the call: `done` may start the next read.
    const Done done = std::exchange(m_done, nullptr);
    LoadResult result = std::move(*m_result);
    m_result.reset();
    done(std::move(result));
}

} // namespace tangent::ui
