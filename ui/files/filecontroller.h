// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything that moves data between files and the document: open (dialog, recent files, drop,
// command line, bundled samples) with loading off the GUI thread, the import preview, saving the
// table, and exporting the derivative CSV (figures are ui/figureexport's).

#include "core/io/csv.h"
#include "core/sheets/workbook.h"
#include "ui/dialogs.h"
#include "ui/files/derivativeexport.h"
#include "ui/files/tableloader.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <string>
#include <vector>

class QWidget;

namespace tangent::ui {

class Document;

/// Writes `bytes` to `path` with the core's atomic write (the one tangent-cli's -o uses): a
/// temporary renamed over the target, so a failure leaves the old file as it was. Returns the
/// error in words, or an empty string.
QString writeAtomically(const QString& path, const std::string& bytes);

/// The table as CSV (dates as ISO 8601 text, gaps as empty cells, units in the headers).
std::string tableCsv(const Document& document);

class FileController : public QObject {
    Q_OBJECT
public:
    FileController(Document* document, QWidget* window);
    ~FileController() override;

    /// Opens into, saves and exports `document` from now on (the window's current tab). Not while
    /// a file is loading: the load would land in the new document.
    void setDocument(Document* document);
    [[nodiscard]] Document* document() const { return m_document; }

    [[nodiscard]] static QStringList recentFiles();
    /// True from the start of a load (a file's, or a session's data file) until its table is
    /// handed over, and while a cancelled reader is still stopping.
    [[nodiscard]] bool isLoading() const;
    /// Reads `path` off the GUI thread as File → Open does (TableLoader: progress dialog, Cancel)
    /// and hands the result to `done`; `cancelled` runs if the user cancels. False, with a message,
    /// while another file is being read.
    bool readTable(const QString& path, const CsvReadOptions& options, const QString& sheet, TableLoader::Done done,
        std::function<void()> cancelled);

public slots:
    void open();
    /// Opens `path` (after asking about unsaved changes). Loads in the background. Of a workbook,
    /// sheet `sheet` (a name or 1-based position), or the one the user chooses when it has several.
    void openPath(const QString& path, const QString& sheet = {});
    /// Opens the bundled sample with resource path `resource` (e.g. ":/samples/noisy-sine.csv"); a
    /// long-format sample whose comment ends "(group by COLUMN)" opens grouped by that column.
    void openSample(const QString& resource);
    /// The column a sample's comment line names as "(group by COLUMN)" at its end; empty if none.
    [[nodiscard]] static QString sampleGroupColumn(const std::vector<std::string>& comments);
    bool save();
    bool saveAs();
    void exportDerivative();
    /// Asks whether to save unsaved changes. Returns false if the user cancelled.
    bool maybeSave();
    /// Writes files without dialogs (used by tests and the command line).
    bool writeTable(const QString& path);
    bool writeDerivative(const QString& path);
    /// Puts `path` first in the recent files (a data file or a session).
    void addRecent(const QString& path);
    /// Reports an error: in the status bar, and in a dialog unless dialogs are suppressed.
    void showError(const QString& title, const QString& text);

signals:
    void recentFilesChanged();
    void loadFinished(bool ok);
    void message(const QString& text);
    /// A session file (.tangent) was asked to be opened; the window's SessionController opens it.
    void sessionRequested(const QString& path);

private:
    void startLoad(const QString& path, const CsvReadOptions& options, bool preview, const QString& sheet = {});
    void chooseSheet(const QString& path, const std::vector<SheetInfo>& sheets);
    void finishLoad(const QString& path, const QString& sheet, bool preview, LoadResult&& result);
    void applyTable(CsvTable table, const QString& path);
    /// Groups the rows by the column named `name` (nothing when empty or not a column), as opened.
    void groupByName(const QString& name);
    void rememberSettings();
    QString askPath(
        const QString& caption, const QString& filter, const QString& suffix, const QString& nameSuffix = {});

    Document* m_document;
    QWidget* m_window;
    TableLoader m_loader;
    bool m_loadingTable = false;
};

} // namespace tangent::ui
