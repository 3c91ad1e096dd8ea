// SPDX-License-Identifier: GPL-3.0-or-later
// Export Derivative CSV with the uncertainty band on (ui/uncertainty/bandexport.h): sd[NAME] after
// each derivative column holding σ·√Σw², the provenance line, both as tangent-cli --uncertainty
// writes them for the same file; refused, with the reason, where the band cannot be exported.

#include "ui/uncertainty/bandexport.h"

#include "app/cli/cli.h"
#include "core/io/csv.h"
#include "core/io/numberformat.h"
#include "tests/ui/uncertainty/bandtestsupport.h"
#include "ui/document/document.h"
#include "ui/files/filecontroller.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace tangent::ui {
namespace {

using namespace tangent::ui::testing;

/// The lines of `csv` that start with `prefix`.
std::string linesStartingWith(const std::string& csv, const std::string& prefix)
{
    std::istringstream in(csv);
    std::string line;
    std::string kept;
    while (std::getline(in, line))
        if (line.rfind(prefix, 0) == 0)
            kept += line + '\n';
    return kept;
}

/// The header and the data: every line that is not a comment.
std::string table(const std::string& csv)
{
    std::istringstream in(csv);
    std::string line;
    std::string kept;
    while (std::getline(in, line))
        if (line.rfind('#', 0) != 0)
            kept += line + '\n';
    return kept;
}

/// The noisy sine written to `path` as CSV, and loaded from there into `document`.
void writeAndLoad(Document& document, const QString& path, int columns = 1)
{
    loadNoisySine(document, 200, columns);
    std::vector<CsvOutColumn> out;
    for (int c = 0; c < document.columnCount(); ++c)
        out.push_back({ document.columnTitle(c).toStdString(), document.column(c).values, {} });
    std::ofstream(path.toStdString(), std::ios::binary) << writeCsvString(out, ',');
    const LoadResult loaded = loadTableFile(path, {});
    ASSERT_TRUE(loaded.error.isEmpty()) << loaded.error.toStdString();
    document.loadTable(loaded.table, path);
}

TEST(BandExport, SdColumnsFollowEachDerivative)
{
    QTemporaryDir dir;
    Document document;
    writeAndLoad(document, dir.filePath(QStringLiteral("sine.csv")));
    EXPECT_EQ(linesStartingWith(derivativeCsv(document), "t,"), "t,y,d(y)/d(t)\n") << "off: no band";

    document.setUncertaintyBand(true);
    const std::string csv = derivativeCsv(document);
    EXPECT_EQ(linesStartingWith(csv, "t,"), "t,y,d(y)/d(t),sd[d(y)/d(t)]\n");
    const CsvTable read = readCsv(table(csv), {}, "export.csv");
    ASSERT_EQ(read.columns.size(), 4U);
    const double sigma = document.resultFor(1)->bandSigma;
    for (std::size_t i = 0; i < 200; ++i)
        EXPECT_NEAR(read.columns[3].values[i], numpySd(sigma, i, 200), 1e-12) << "row " << i;
    const std::string provenance = linesStartingWith(csv, "# uncertainty:");
    EXPECT_NE(provenance.find("numpy.gradient's stencil weights"), std::string::npos) << provenance;
    EXPECT_NE(provenance.find("'y' " + formatDouble(sigma)), std::string::npos) << provenance;
}

TEST(BandExport, EqualsTangentCliUncertainty)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sines.csv"));
    for (const bool savgol : { false, true }) {
        SCOPED_TRACE(savgol ? "savgol" : "numpy");
        Document document;
        writeAndLoad(document, path, 2);
        std::vector<std::string> args { path.toStdString(), "--x", "t", "--uncertainty" };
        if (savgol) {
            SmoothingOptions options;
            options.method = SmoothingMethod::Savgol;
            options.window = 15;
            options.polyorder = 2;
            document.setSmoothing(options);
            args.insert(args.end(), { "--method", "savgol", "--window", "15", "--polyorder", "2" });
        }
        document.setUncertaintyBand(true);
        document.finishComputing();
        const std::string window = derivativeCsv(document);
        std::ostringstream out;
        std::ostringstream err;
        ASSERT_EQ(runCli(args, out, err), 0) << err.str();
        EXPECT_EQ(table(window), table(out.str()));
        EXPECT_EQ(linesStartingWith(window, "# uncertainty:"), linesStartingWith(out.str(), "# uncertainty:"));
        EXPECT_NE(linesStartingWith(window, "# uncertainty:"), "");
    }
}

TEST(BandExport, RefusesWhatItCannotWrite)
{
    Document document;
    loadNoisySine(document);
    EXPECT_EQ(bandExportProblem(document), QString()) << "off";
    document.setUncertaintyBand(true);
    EXPECT_EQ(bandExportProblem(document), QString());
    SmoothingOptions tvr;
    tvr.method = SmoothingMethod::Tvr;
    document.setSmoothing(tvr);
    document.finishComputing();
    const QString problem = bandExportProblem(document);
    EXPECT_TRUE(problem.contains(document.resultFor(1)->bandError)) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("Uncertainty Band off"))) << "says how to export anyway";
}

} // namespace
} // namespace tangent::ui
