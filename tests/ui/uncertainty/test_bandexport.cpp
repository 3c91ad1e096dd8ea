// SPDX-License-Identifier: GPL-3.0-or-later
// Export Derivative CSV with the uncertainty band on (the engine through ui/files/derivativeexport.h,
// the recipe's uncertainty set from View → Uncertainty Band): sd[NAME] after each derivative column
// holding σ·√Σw², the provenance line, both as tangent-cli --uncertainty writes them for the same
// file, grouped rows included; refused, with the reason, where the method has no band.

#include "ui/files/derivativeexport.h"

#include "app/cli/cli.h"
#include "core/io/csv.h"
#include "core/io/numberformat.h"
#include "core/uncertainty/uncertainty.h"
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
    document.loadTable(CsvTable(loaded.table), path);
}

TEST(BandExport, SdColumnsFollowEachDerivative)
{
    QTemporaryDir dir;
    Document document;
    writeAndLoad(document, dir.filePath(QStringLiteral("sine.csv")));
    EXPECT_EQ(linesStartingWith(derivativeCsv(document), "t,"), "t,y,d(y)/d(t)\n") << "off: no band";

    document.derivatives().setUncertaintyBand(true);
    const std::string csv = derivativeCsv(document);
    EXPECT_EQ(linesStartingWith(csv, "t,"), "t,y,d(y)/d(t),sd[d(y)/d(t)]\n");
    const CsvTable read = readCsv(table(csv), {}, "export.csv");
    ASSERT_EQ(read.columns.size(), 4U);
    const double sigma = document.derivatives().resultFor(1)->bandSigma;
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
        document.derivatives().setUncertaintyBand(true);
        document.derivatives().finishComputing();
        const std::string window = derivativeCsv(document);
        std::ostringstream out;
        std::ostringstream err;
        ASSERT_EQ(runCli(args, out, err), 0) << err.str();
        EXPECT_EQ(table(window), table(out.str()));
        EXPECT_EQ(linesStartingWith(window, "# uncertainty:"), linesStartingWith(out.str(), "# uncertainty:"));
        EXPECT_NE(linesStartingWith(window, "# uncertainty:"), "");
    }
}

TEST(BandExport, SigmaGivenPerColumnEqualsTangentCliNoiseSd)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sines.csv"));
    Document document;
    writeAndLoad(document, path, 2);
    document.derivatives().setUncertaintyBand(true);
    document.derivatives().setBandNoiseSd(2, 0.5); // y2's σ given; y's estimated
    const std::string window = derivativeCsv(document);
    std::ostringstream out;
    std::ostringstream err;
    ASSERT_EQ(runCli({ path.toStdString(), "--x", "t", "--uncertainty", "--noise-sd", "y2=0.5" }, out, err), 0)
        << err.str();
    EXPECT_EQ(table(window), table(out.str()));
    const std::string line = linesStartingWith(window, "# uncertainty:");
    EXPECT_EQ(line, linesStartingWith(out.str(), "# uncertainty:"));
    EXPECT_NE(line.find("'y2' 0.5 (given by --noise-sd)"), std::string::npos) << line;
}

TEST(BandExport, GroupedRowsEqualTangentCliUncertainty)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("groups.csv"));
    std::string text = "g,t,y\n";
    for (int i = 0; i < 30; ++i) {
        text += "A," + std::to_string(i) + "," + formatDouble(std::sin(0.2 * i) + 0.01 * (i * 7919 % 13)) + "\n";
        text += "B," + std::to_string(i) + "," + formatDouble(std::cos(0.3 * i) + 0.02 * (i * 104729 % 11)) + "\n";
    }
    std::ofstream(path.toStdString(), std::ios::binary) << text;
    const LoadResult loaded = loadTableFile(path, {});
    ASSERT_TRUE(loaded.error.isEmpty()) << loaded.error.toStdString();
    Document document;
    document.loadTable(CsvTable(loaded.table), path);
    DerivativeSettings settings = document.settings();
    settings.xColumn = 1;
    settings.groupColumn = 0;
    settings.yColumns = { 2 };
    document.setSettings(settings);
    document.derivatives().setUncertaintyBand(true);
    document.derivatives().finishComputing();
    const std::string window = derivativeCsv(document);
    std::ostringstream out;
    std::ostringstream err;
    ASSERT_EQ(runCli({ path.toStdString(), "--x", "t", "--y", "y", "--group", "g", "--uncertainty" }, out, err), 0)
        << err.str();
    EXPECT_EQ(table(window), table(out.str()));
    EXPECT_EQ(linesStartingWith(window, "# uncertainty:"), linesStartingWith(out.str(), "# uncertainty:"));
    EXPECT_NE(linesStartingWith(window, "g,t,y,d(y)/d(t),sd[d(y)/d(t)]"), "");
}

TEST(BandExport, TotalVariationIsRefusedWithTheReason)
{
    Document document;
    loadNoisySine(document);
    document.derivatives().setUncertaintyBand(true);
    SmoothingOptions tvr;
    tvr.method = SmoothingMethod::Tvr;
    document.setSmoothing(tvr);
    document.derivatives().finishComputing();
    try {
        (void)derivativeCsv(document);
        ADD_FAILURE() << "exported a band tvr does not have";
    } catch (const UncertaintyError& e) {
        EXPECT_NE(std::string(e.what()).find("tvr"), std::string::npos) << e.what();
    }
    document.derivatives().setUncertaintyBand(false);
    EXPECT_NO_THROW((void)derivativeCsv(document)) << "the derivative alone still exports";
}

} // namespace
} // namespace tangent::ui
