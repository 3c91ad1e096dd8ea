// SPDX-License-Identifier: GPL-3.0-or-later
// Export Derivatives of Several Files: the current settings applied by column name to other files,
// one derivative CSV per file named as tangent-cli names them, failures with their reasons, Cancel,
// and the same table as tangent-cli writes.

#include "app/cli/cli.h"
#include "core/io/csv.h"
#include "ui/document/document.h"
#include "ui/files/batchexport.h"
#include "ui/files/batchexportdialog.h"
#include "ui/files/filecontroller.h"
#include "ui/mainwindow.h"
#include "ui/tabs/tabcontroller.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace tangent::ui {
namespace {

QString writeFile(const QString& path, const std::string& text)
{
    std::ofstream(path.toStdString(), std::ios::binary) << text;
    return path;
}

std::string readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

/// The lines of `text` that are not "# ..." comments.
std::string withoutComments(const std::string& text)
{
    std::istringstream in(text);
    std::string line;
    std::string kept;
    while (std::getline(in, line))
        if (!line.starts_with('#'))
            kept += line + '\n';
    return kept;
}

/// A document holding `columns` with `settings`, as the window's current table.
std::unique_ptr<Document> tableWith(std::vector<Column> columns, const DerivativeSettings& settings)
{
    auto document = std::make_unique<Document>();
    document->restoreColumns(std::move(columns), {}, settings);
    return document;
}

Column column(const QString& name, std::vector<double> values)
{
    Column c;
    c.name = name;
    c.values = std::move(values);
    return c;
}

class BatchExportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("in"));
        m_out = m_dir.filePath(QStringLiteral("out"));
        // Columns in another order than the current table's, and an extra one: found by name.
        m_uneven = writeFile(in("uneven.csv"), "note,y,time\n1,0,0\n2,1,0.5\n3,4,2\n4,9,2.25\n5,16,4\n");
        m_dates = writeFile(in("dates.csv"), "time,y\n2024-01-01,1\n2024-01-02,3\n2024-01-04,9\n");
        m_missing = writeFile(in("missing.csv"), "t,y\n0,1\n1,2\n");
        m_ragged = writeFile(in("ragged.csv"), "time,y\n0,1\n1,2,3\n2,3\n");
        // The current table: x "time", y "y", edge order 2.
        DerivativeSettings settings;
        settings.xColumn = 0;
        settings.yColumns = { 1 };
        settings.edgeOrder = 2;
        m_current = tableWith({ column("time", { 0, 1, 2 }), column("y", { 0, 1, 4 }) }, settings);
    }

    QString in(const QString& name) const { return m_dir.filePath(QStringLiteral("in/") + name); }
    QString out(const QString& name) const { return QDir(m_out).filePath(name); }

    /// Runs the export to its end.
    std::vector<BatchOutcome> exportAll(const QStringList& inputs)
    {
        BatchExport job;
        QSignalSpy finished(&job, &BatchExport::finished);
        EXPECT_EQ(job.start(inputs, m_out, recipeFrom(*m_current)), QString());
        EXPECT_TRUE(finished.wait(20000));
        return job.outcomes();
    }

    QTemporaryDir m_dir;
    QString m_out;
    QString m_uneven;
    QString m_dates;
    QString m_missing;
    QString m_ragged;
    std::unique_ptr<Document> m_current;
};

TEST_F(BatchExportTest, WritesWhatTangentCliWritesWithTheSameSettings)
{
    const std::vector<BatchOutcome> outcomes = exportAll({ m_uneven, m_dates });
    ASSERT_EQ(outcomes.size(), 2u);
    for (const BatchOutcome& outcome : outcomes)
        EXPECT_TRUE(outcome.written) << outcome.reason.toStdString();
    // Named as tangent-cli INPUT... -o DIR/ names them.
    EXPECT_EQ(outcomes[0].output, out("uneven.csv"));
    EXPECT_EQ(outcomes[1].output, out("dates.csv"));

    for (const QString& name : { QStringLiteral("uneven"), QStringLiteral("dates") }) {
        const std::string written = readFile(out(name + ".csv"));
        // tangent-cli's file, provenance lines and table, byte for byte.
        EXPECT_NE(written.find("# edge order: 2"), std::string::npos) << written;
        std::ostringstream cliOut;
        std::ostringstream cliErr;
        ASSERT_EQ(
            runCli({ in(name + ".csv").toStdString(), "--x", "time", "--y", "y", "--edge-order", "2" }, cliOut, cliErr),
            0)
            << cliErr.str();
        EXPECT_EQ(written, cliOut.str()) << name.toStdString();
    }
}

TEST_F(BatchExportTest, ASmoothingMethodOnALongFileWritesTheMethodsValues)
{
    // Over the window's background threshold (2,000 values): the export must wait for the
    // method, not write numpy.gradient's values under a "not computed" label.
    std::string text = "time,y\n";
    for (int r = 0; r < 3000; ++r)
        text += std::to_string(r) + "," + std::to_string(3 * r + (r * 7919 % 13)) + "\n";
    const QString input = writeFile(in("long.csv"), text);
    DerivativeSettings settings = m_current->settings();
    settings.edgeOrder = 1;
    settings.smoothing.method = SmoothingMethod::Savgol;
    settings.smoothing.window = 11;
    settings.smoothing.polyorder = 2;
    m_current->setSettings(settings);
    const std::vector<BatchOutcome> outcomes = exportAll({ input });
    ASSERT_EQ(outcomes.size(), 1u);
    ASSERT_TRUE(outcomes[0].written) << outcomes[0].reason.toStdString();
    const std::string written = readFile(out("long.csv"));
    EXPECT_EQ(written.find("not computed"), std::string::npos);
    EXPECT_NE(written.find("# method: savgol window=11 polyorder=2"), std::string::npos) << written.substr(0, 600);
    std::ostringstream cliOut;
    std::ostringstream cliErr;
    ASSERT_EQ(runCli({ input.toStdString(), "--x", "time", "--y", "y", "--method", "savgol", "--window", "11",
                         "--polyorder", "2" },
                  cliOut, cliErr),
        0)
        << cliErr.str();
    EXPECT_EQ(withoutComments(written), withoutComments(cliOut.str()));
    // And the values are not numpy's: the first derivative value differs from numpy.gradient's.
    const CsvTable table = readCsv(written);
    ASSERT_EQ(table.columns.size(), 3u);
    EXPECT_NE(table.columns[2].values[0], 5.0); // numpy: y[1] - y[0] = (3 + 7919 % 13) - 0
}

TEST_F(BatchExportTest, ReportsEachFailureWithItsReasonAndWritesTheOthers)
{
    const QString npy = writeFile(in("array.npy"), "not really");
    const std::vector<BatchOutcome> outcomes = exportAll({ m_missing, m_uneven, m_ragged, npy });
    ASSERT_EQ(outcomes.size(), 4u);

    EXPECT_FALSE(outcomes[0].written);
    EXPECT_TRUE(outcomes[0].reason.contains(m_missing)) << outcomes[0].reason.toStdString();
    EXPECT_TRUE(outcomes[0].reason.contains(QStringLiteral("no column named 'time'")))
        << outcomes[0].reason.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out("missing.csv")));

    EXPECT_TRUE(outcomes[1].written);
    EXPECT_TRUE(QFileInfo::exists(out("uneven.csv")));

    // The reader's own message: the file and the line.
    EXPECT_FALSE(outcomes[2].written);
    EXPECT_TRUE(outcomes[2].reason.contains(QStringLiteral("ragged.csv"))) << outcomes[2].reason.toStdString();
    EXPECT_TRUE(outcomes[2].reason.contains(QStringLiteral("3"))) << outcomes[2].reason.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out("ragged.csv")));

    EXPECT_FALSE(outcomes[3].written);
    EXPECT_TRUE(outcomes[3].reason.contains(QStringLiteral(".npy"))) << outcomes[3].reason.toStdString();
    // Nothing half-written is left beside the results.
    EXPECT_EQ(QDir(m_out).entryList(QDir::Files), QStringList { QStringLiteral("uneven.csv") });
}

TEST_F(BatchExportTest, RefusesClashingOutputsBeforeWritingAnything)
{
    const QString other = writeFile(m_dir.filePath(QStringLiteral("uneven.tsv")), "time\ty\n0\t0\n1\t1\n");
    BatchExport job;
    const QString error = job.start({ m_uneven, other }, m_out, recipeFrom(*m_current));
    EXPECT_TRUE(error.contains(QStringLiteral("would both be written to"))) << error.toStdString();
    EXPECT_FALSE(job.isRunning());
    EXPECT_FALSE(QFileInfo::exists(out("uneven.csv")));

    // A folder where a file is: refused with the reason.
    const QString blocked = writeFile(m_dir.filePath(QStringLiteral("blocked")), "x");
    EXPECT_TRUE(job.start({ m_uneven }, blocked, recipeFrom(*m_current)).contains(QStringLiteral("blocked")));
}

TEST_F(BatchExportTest, CancelStopsBeforeTheRemainingFiles)
{
    QStringList inputs;
    for (int i = 0; i < 40; ++i) {
        std::string text = "time,y\n";
        for (int r = 0; r < 20000; ++r)
            text += std::to_string(r) + "," + std::to_string(r * r % 97) + "\n";
        inputs << writeFile(in(QStringLiteral("f%1.csv").arg(i)), text);
    }
    BatchExport job;
    QSignalSpy finished(&job, &BatchExport::finished);
    QSignalSpy progress(&job, &BatchExport::progress);
    ASSERT_EQ(job.start(inputs, m_out, recipeFrom(*m_current)), QString());
    ASSERT_TRUE(progress.wait(20000));
    job.cancel();
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_TRUE(job.wasCancelled());
    EXPECT_LT(job.outcomes().size(), 40u);
    // Every file reported written is complete; no other file is in the folder.
    std::size_t written = 0;
    for (const BatchOutcome& outcome : job.outcomes()) {
        if (!outcome.written)
            continue;
        ++written;
        const CsvTable table = readCsv(readFile(outcome.output));
        EXPECT_EQ(table.rowCount, 20000u) << outcome.output.toStdString();
    }
    EXPECT_EQ(static_cast<std::size_t>(QDir(m_out).entryList(QDir::Files).size()), written);
}

TEST_F(BatchExportTest, TheWindowsActionAsksForFilesAndFolderAndEndsWithASummary)
{
    MainWindow window;
    QSignalSpy loaded(window.files(), &FileController::loadFinished);
    window.tabControl()->openPath(m_uneven);
    ASSERT_TRUE(loaded.wait(10000));
    window.document()->setSettings([&] {
        DerivativeSettings s = window.document()->settings();
        s.xColumn = 2; // time
        s.yColumns = { 1 }; // y
        return s;
    }());
    BatchExportDialog* dialog = window.batchExportDialog();
    dialog->setPickers(
        [this](QWidget*) {
            return QStringList { m_dates, m_missing };
        },
        [this](QWidget*) { return m_out; });
    QSignalSpy finished(dialog, &BatchExportDialog::exportFinished);
    window.actions().exportSeveral->trigger();
    ASSERT_TRUE(finished.wait(20000));
    const QString summary = dialog->summaryText();
    EXPECT_TRUE(summary.contains(QStringLiteral("1 of 2 file(s) written"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("dates.csv → dates.csv"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("missing.csv: there is no column named 'time'")))
        << summary.toStdString();
    EXPECT_TRUE(QFileInfo::exists(out("dates.csv")));
}

} // namespace
} // namespace tangent::ui
