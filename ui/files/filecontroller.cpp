// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/filecontroller.h"

#include "core/errors.h"
#include "core/gradient/derivativetable.h"
#include "core/io/atomicfile.h"
#include "core/io/fileio.h"
#include "core/io/npy.h"
#include "core/io/numberformat.h"
#include "core/time/datetime.h"
#include "core/time/timeunit.h"
#include "core/uncertainty/uncertainty.h"
#include "ui/document/document.h"
#include "ui/files/importdialog.h"
#include "ui/files/recentfiles.h"
#include "ui/files/session/session.h"
#include "ui/files/sheets/sheetchooser.h"
#include "ui/files/tablefilecheck.h"
#include "ui/i18n/coremessages.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <ostream>

namespace tangent::ui {
namespace {

constexpr int kMaxRecentFiles = 8;
const QString kRecentKey = QStringLiteral("recentFiles");
const QString kLastDirKey = QStringLiteral("lastDirectory");
const QString kEdgeOrderKey = QStringLiteral("derivative/edgeOrder");
const QString kTimeUnitKey = QStringLiteral("derivative/timeUnit");

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

bool isNpyPath(const QString& path)
{
    return path.endsWith(QStringLiteral(".npy"), Qt::CaseInsensitive);
}

} // namespace

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

std::string tableCsv(const Document& document)
{
    std::vector<std::vector<std::string>> textStore(static_cast<std::size_t>(document.columnCount()));
    std::vector<CsvOutColumn> columns;
    for (int c = 0; c < document.columnCount(); ++c) {
        const Column& column = document.column(c);
        textStore[static_cast<std::size_t>(c)] = columnText(column);
        columns.push_back(
            { document.columnTitle(c).toStdString(), column.values, textStore[static_cast<std::size_t>(c)] });
    }
    return writeCsvString(columns, ',');
}

FileController::FileController(Document* document, QWidget* window)
    : QObject(window), m_document(document), m_window(window)
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &FileController::finishLoad);
    connect(m_document, &Document::settingsChanged, this, &FileController::rememberSettings);
}

void FileController::setDocument(Document* document)
{
    disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    connect(m_document, &Document::settingsChanged, this, &FileController::rememberSettings);
}

FileController::~FileController()
{
    if (m_cancelLoad)
        m_cancelLoad->store(true);
    m_watcher.waitForFinished();
}

QStringList FileController::recentFiles()
{
    return QSettings().value(kRecentKey).toStringList();
}

bool FileController::isLoading() const
{
    // Also once the reader is done but its table not yet in the document (a small file can be
    // read before startLoad returns): a switch of document then would put it in the wrong one.
    return m_watcher.isRunning() || !m_loadingPath.isEmpty();
}

void FileController::open()
{
    const QString dir = QSettings().value(kLastDirKey).toString();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open data"), dir,
        tr("Data files and sessions (*.csv *.tsv *.txt *.dat *.npy *.xlsx *.ods *.tangent);;CSV files (*.csv);;"
           "Spreadsheets (*.xlsx *.ods);;numpy arrays (*.npy);;Tangent sessions (*.tangent);;All files (*)"));
    // Unsaved changes are asked about once the file is chosen (a session only after it was read).
    if (!path.isEmpty())
        openPath(path);
}

void FileController::openPath(const QString& path, const QString& sheet)
{
    if (isSessionPath(path)) {
        emit sessionRequested(path);
        return;
    }
    if (!maybeSave())
        return;
    startLoad(path, {}, true, sheet);
}

void FileController::openSample(const QString& resource)
{
    if (!maybeSave())
        return;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Open sample"), tr("The sample %1 is missing from this build.").arg(resource));
        return;
    }
    const QByteArray bytes = file.readAll();
    try {
        CsvTable table = readCsv(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), {},
            QFileInfo(resource).fileName().toStdString());
        const QString group = sampleGroupColumn(table.comments);
        applyTable(std::move(table), QString());
        m_document->setFilePath(QString());
        m_document->setUntitledName(QFileInfo(resource).fileName());
        groupByName(group);
        emit message(tr("Opened sample %1").arg(QFileInfo(resource).completeBaseName()));
    } catch (const std::exception& e) {
        showError(tr("Open sample"), translateException(e));
    }
}

QString FileController::sampleGroupColumn(const std::vector<std::string>& comments)
{
    // "long format: ... (group by symbol)": the column named last before the closing parenthesis.
    const QString marker = QStringLiteral("(group by ");
    for (const std::string& line : comments) {
        const QString comment = QString::fromStdString(line).trimmed();
        const qsizetype at = comment.lastIndexOf(marker);
        if (at >= 0 && comment.endsWith(QLatin1Char(')')))
            return comment.mid(at + marker.size(), comment.size() - at - marker.size() - 1).trimmed();
    }
    return {};
}

void FileController::groupByName(const QString& name)
{
    if (name.isEmpty())
        return;
    for (int c = 0; c < m_document->columnCount(); ++c) {
        if (m_document->column(c).name == name) {
            m_loadingTable = true; // part of opening, not the user's choice of settings
            m_document->restoreColumns(
                m_document->columns(), m_document->filePath(), m_document->derivatives().groupedSettings(c));
            m_loadingTable = false;
            return;
        }
    }
}

void FileController::startLoad(const QString& path, const CsvReadOptions& options, bool preview, const QString& sheet)
{
    if (isLoading()) {
        emit message(tr("Still reading %1").arg(m_loadingPath));
        return;
    }
    m_loadingPath = path;
    m_loadingOptions = options;
    m_loadingSheet = sheet;
    m_previewIfUnsure = preview;
    // The reader reports how far it is (CSV only; .npy shows a busy bar) and stops when asked.
    m_cancelLoad = std::make_shared<std::atomic<bool>>(false);
    CsvReadOptions reading = options;
    reading.progress
        = [this, cancel = m_cancelLoad, shown = std::make_shared<int>(-1)](std::size_t done, std::size_t total) {
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
    // The result is handed over in a slot of its own rather than as the future's result, which
    // QFuture could only copy (hundreds of MB for a big file) or take, leaving a future that
    // never reports finished again.
    m_loaded = std::make_shared<LoadResult>();
    m_watcher.setFuture(
        QtConcurrent::run([path, reading, sheet, slot = m_loaded] { *slot = loadTableFile(path, reading, sheet); }));
    // Loading runs off the GUI thread; a progress dialog appears if it takes noticeable time.
    delete m_progress;
    m_progress = new QProgressDialog(
        tr("Reading %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, isNpyPath(path) ? 0 : 1000, m_window);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoReset(false); // stays until the table is in the window, not just read
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        // The reader stops at its next report; its result is discarded when it arrives.
        m_cancelLoad->store(true);
        m_loadingPath.clear();
        emit message(tr("Loading cancelled"));
        emit loadFinished(false);
    });
}

void FileController::finishLoad()
{
    if (m_progress) {
        m_progress->blockSignals(true);
        m_progress->reset();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const QString path = m_loadingPath;
    if (path.isEmpty())
        return; // cancelled
    m_loadingPath.clear();
    LoadResult result = std::move(*m_loaded);
    m_loaded.reset();
    if (!result.error.isEmpty()) {
        showError(tr("Open %1").arg(QFileInfo(path).fileName()), result.error);
        emit loadFinished(false);
        return;
    }
    if (!result.sheets.empty()) {
        chooseSheet(path, result.sheets);
        return;
    }
    CsvTable& t = result.table;
    // Without dialogs (tests, scripts) the reader's best guess is taken.
    if (m_previewIfUnsure && !dialogsSuppressed() && !isNpyPath(path) && !isWorkbookPath(path.toStdString())
        && (!t.delimiterCertain || !t.headerCertain)) {
        std::string text;
        try {
            // The preview shows the first lines only; a big file is not read whole for them.
            const MappedFile mapped(path.toStdString(), path.toStdString());
            text = std::string(mapped.text().substr(0, kMaxLineBytes + (std::size_t { 1 } << 20)));
        } catch (const std::exception& e) {
            showError(tr("Open"), translateException(e));
            emit loadFinished(false);
            return;
        }
        ImportDialog dialog(QFileInfo(path).fileName(), std::move(text), t, m_window);
        if (dialog.exec() != QDialog::Accepted) {
            emit loadFinished(false);
            return;
        }
        startLoad(path, dialog.options(), false);
        return;
    }
    applyTable(std::move(t), path);
    rememberRecentRows(path, m_document->rowCount()); // before the list changes: the start page reads both
    addRecent(path);
    QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    const QString name = QFileInfo(path).fileName();
    const QString shown = m_loadingSheet.isEmpty() ? name : tr("%1 (sheet %2)").arg(name, m_loadingSheet);
    emit message(tr("Opened %1: %n row(s)", nullptr, m_document->rowCount()).arg(shown));
    emit loadFinished(true);
}

void FileController::chooseSheet(const QString& path, const std::vector<SheetInfo>& sheets)
{
    QString sheet = QString::fromStdString(sheets.front().name);
    if (dialogsSuppressed()) {
        emit message(tr("%1 has %n sheet(s); reading the first, %2", nullptr, static_cast<int>(sheets.size()))
                         .arg(QFileInfo(path).fileName(), sheet));
    } else {
        SheetChooser dialog(QFileInfo(path).fileName(), sheets, m_window);
        if (dialog.exec() != QDialog::Accepted) {
            emit loadFinished(false);
            return;
        }
        sheet = dialog.sheet();
    }
    startLoad(path, {}, false, sheet);
}

void FileController::applyTable(CsvTable table, const QString& path)
{
    QSettings settings;
    const int edgeOrder = settings.value(kEdgeOrderKey, 1).toInt() == 2 ? 2 : 1;
    const int timeUnit = std::clamp(
        settings.value(kTimeUnitKey, static_cast<int>(TimeUnit::Day)).toInt(), 0, static_cast<int>(TimeUnit::Year));
    m_loadingTable = true;
    // The last edge order and time unit the user chose carry over to the next file; this is part
    // of loading, not an edit, so it is not an undo step.
    m_document->loadTable(std::move(table), path, { edgeOrder, static_cast<TimeUnit>(timeUnit) });
    m_loadingTable = false;
}

void FileController::rememberSettings()
{
    if (m_loadingTable)
        return;
    QSettings settings;
    settings.setValue(kEdgeOrderKey, m_document->settings().edgeOrder);
    settings.setValue(kTimeUnitKey, static_cast<int>(m_document->settings().timeUnit));
}

bool FileController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    if (dialogsSuppressed()) {
        // Nobody can be asked, so nothing is discarded.
        emit message(tr("The table has unsaved changes; save them first"));
        return false;
    }
    const auto answer
        = QMessageBox::warning(m_window, tr("Unsaved changes"), tr("The table has unsaved changes. Save them first?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool FileController::save()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || isNpyPath(path))
        return saveAs();
    return writeTable(path);
}

bool FileController::saveAs()
{
    const QString path = askPath(tr("Save table"), tr("CSV files (*.csv)"), QStringLiteral("csv"));
    return !path.isEmpty() && writeTable(path);
}

QString FileController::askPath(
    const QString& caption, const QString& filter, const QString& suffix, const QString& nameSuffix)
{
    const QString dir = QSettings().value(kLastDirKey).toString();
    const QString base
        = m_document->filePath().isEmpty() ? tr("untitled") : QFileInfo(m_document->filePath()).completeBaseName();
    QString path
        = QFileDialog::getSaveFileName(m_window, caption, QDir(dir).filePath(base + nameSuffix + "." + suffix), filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += "." + suffix;
    if (!path.isEmpty())
        QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    return path;
}

QString writeAtomically(const QString& path, const std::string& bytes)
{
    // Absolute, so that a file really named "-" is never taken for standard output.
    const std::string target = QFile::encodeName(QFileInfo(path).absoluteFilePath()).toStdString();
    try {
        writeFileAtomically(target,
            [&bytes](std::ostream& out) { out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); });
    } catch (const InputError& e) {
        return translateMessage(e.userMessage());
    } catch (const std::exception& e) {
        return translateException(e);
    }
    return {};
}

bool FileController::writeTable(const QString& path)
{
    const QString error = writeAtomically(path, tableCsv(*m_document));
    if (!error.isEmpty()) {
        showError(tr("Save table"), tr("%1 could not be written: %2").arg(path, error));
        return false;
    }
    m_document->setFilePath(path);
    m_document->undoStack()->setClean();
    rememberRecentRows(path, m_document->rowCount());
    addRecent(path);
    emit message(tr("Saved %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool FileController::writeDerivative(const QString& path)
{
    // A method still computing in the background: export what it computes, never the previous
    // values shown meanwhile.
    m_document->derivatives().finishComputing();
    if (m_document->derivatives().results().empty()) {
        showError(tr("Export derivative"), tr("There is no derivative to export: choose at least one y column."));
        return false;
    }
    std::string csv;
    try {
        csv = derivativeCsv(*m_document); // the engine, as tangent-cli and the batch export
    } catch (const UncertaintyError& e) {
        showError(tr("Export derivative"),
            tr("%1\nTurn View → Uncertainty Band off to export the derivative alone.").arg(translateException(e)));
        return false;
    } catch (const std::exception& e) {
        showError(tr("Export derivative"), translateException(e));
        return false;
    }
    // .xlsx: the workbook tangent-cli -o FILE.xlsx writes from the same CSV text.
    const QString error = path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) ? writeWorkbook(path, csv)
                                                                                      : writeAtomically(path, csv);
    if (!error.isEmpty()) {
        showError(tr("Export derivative"), tr("%1 could not be written: %2").arg(path, error));
        return false;
    }
    emit message(tr("Exported the derivative to %1").arg(QFileInfo(path).fileName()));
    return true;
}

void FileController::exportDerivative()
{
    const QString path = askPath(tr("Export derivative CSV"), tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"),
        QStringLiteral("csv"), tr("-derivative"));
    if (!path.isEmpty())
        writeDerivative(path);
}

void FileController::addRecent(const QString& path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    emit recentFilesChanged();
}

void FileController::showError(const QString& title, const QString& text)
{
    emit message(text);
    if (dialogsSuppressed())
        return;
    QMessageBox::warning(m_window, title, text);
}

} // namespace tangent::ui
