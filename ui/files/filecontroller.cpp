// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/filecontroller.h"

#include "core/errors.h"
#include "core/gradient/derivativetable.h"
#include "core/io/atomicfile.h"
#include "core/io/fileio.h"
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
#include <QSettings>
#include <QTimer>

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

} // namespace

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
    : QObject(window), m_document(document), m_window(window), m_loader(window)
{
    connect(m_document, &Document::settingsChanged, this, &FileController::rememberSettings);
}

void FileController::setDocument(Document* document)
{
    disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    connect(m_document, &Document::settingsChanged, this, &FileController::rememberSettings);
}

FileController::~FileController() = default;

QStringList FileController::recentFiles()
{
    return QSettings().value(kRecentKey).toStringList();
}

bool FileController::isLoading() const
{
    return m_loader.isBusy();
}

bool FileController::readTable(const QString& path, const CsvReadOptions& options, const QString& sheet,
    TableLoader::Done done, std::function<void()> cancelled)
{
    if (m_loader.isBusy()) {
        emit message(tr("Still reading %1").arg(m_loader.path()));
        return false;
    }
    m_loader.start(path, options, sheet, std::move(done), std::move(cancelled));
    return true;
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
    readTable(
        path, options, sheet,
        [this, path, sheet, preview](LoadResult&& result) { finishLoad(path, sheet, preview, std::move(result)); },
        [this] {
            emit message(tr("Loading cancelled"));
            emit loadFinished(false);
        });
}

void FileController::finishLoad(const QString& path, const QString& sheet, bool preview, LoadResult&& result)
{
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
    if (preview && !dialogsSuppressed() && !isNpyPath(path) && !isWorkbookPath(path.toStdString())
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
    const QString shown = sheet.isEmpty() ? name : tr("%1 (sheet %2)").arg(name, sheet);
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
