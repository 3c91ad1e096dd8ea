// SPDX-License-Identifier: GPL-3.0-or-later
// The equivalence matrix, the window's part: for fixtures × recipes, File → Export Derivative CSV
// (a Document and derivativeCsv), Export Derivatives of Several Files (exportDerivativeOf) and
// tangent-cli run in process with the document's recipe in its canonical text write the same
// table; the two exports write the same provenance lines too.

#include "app/cli/cli.h"
#include "core/io/csv.h"
#include "ui/document/document.h"
#include "ui/files/batchexport.h"
#include "ui/files/derivativeexport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace tangent::ui {
namespace {

std::string readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

std::string withoutComments(const std::string& text)
{
    std::istringstream in(text);
    std::string kept;
    for (std::string line; std::getline(in, line);)
        if (!line.starts_with('#'))
            kept += line + '\n';
    return kept;
}

struct Case {
    const char* name;
    std::string text;
    int x; ///< the x column, -1 for dx 1
    int group = -1;
};

std::string rowsOf(int count)
{
    std::string text = "t,y,z\n";
    for (int i = 0; i < count; ++i)
        text += std::to_string(i) + "," + std::to_string(3 * i + (i * 7919 % 13)) + "," + std::to_string(i % 5) + "\n";
    return text;
}

/// Two interleaved groups long enough for each to estimate its own noise level (the band's σ).
std::string groupsOf(int count)
{
    std::string text = "g,x,y\n";
    for (int i = 0; i < count; ++i) {
        text += "A," + std::to_string(i) + "," + std::to_string(i * 2 + i * 7919 % 5) + "\n";
        text += "B," + std::to_string(i) + "," + std::to_string(50 - i + i * 104729 % 7) + "\n";
    }
    return text;
}

std::vector<Case> cases()
{
    return {
        { "uniform", rowsOf(30), 0 },
        { "uneven", "x,y\n0,0\n0.5,0.25\n2,4\n2.25,5.0625\n4,16\n5,25\n7,49\n8,64\n9.5,90.25\n10,100\n", 0 },
        { "spacing", "y\n1\n4\n9\n16\n25\n36\n49\n64\n81\n100\n", -1 },
        { "groups", "g,x,y\nA,0,0\nB,0,5\nA,1,1\nB,1,7\nA,2,4\nB,2,8\nA,3,9\nB,3,12\nA,4,16\nB,4,13\nC,0,1\n", 1, 0 },
        { "long", rowsOf(2500), 0 },
        { "groups25", groupsOf(25), 1, 0 },
    };
}

std::vector<SmoothingOptions> methods()
{
    std::vector<SmoothingOptions> list;
    SmoothingOptions numpy;
    numpy.method = SmoothingMethod::Numpy;
    list.push_back(numpy);
    SmoothingOptions savgol;
    savgol.method = SmoothingMethod::Savgol;
    savgol.window = 5;
    savgol.polyorder = 2;
    list.push_back(savgol);
    SmoothingOptions spline;
    spline.method = SmoothingMethod::Spline;
    spline.lam = 0.5;
    list.push_back(spline);
    SmoothingOptions kalman;
    kalman.method = SmoothingMethod::Kalman;
    kalman.ratio = -1.0;
    list.push_back(kalman);
    return list;
}

TEST(ExportEquivalence, WindowExportBatchExportAndTangentCliAgree)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    int compared = 0;
    for (const Case& c : cases()) {
        const QString input = dir.filePath(QString::fromLatin1(c.name) + QStringLiteral(".csv"));
        std::ofstream(input.toStdString(), std::ios::binary) << c.text;
        const QString path = QFileInfo(input).absoluteFilePath();
        for (const SmoothingOptions& method : methods()) {
            for (int variant = 0; variant < 4; ++variant) {
                const int edgeOrder = 1 + variant % 2;
                const bool band = variant >= 2; // View → Uncertainty Band: --uncertainty
                if (edgeOrder == 2 && method.method != SmoothingMethod::Numpy)
                    continue;
                SCOPED_TRACE(std::string(c.name) + " " + std::string(methodName(method.method)) + " edge "
                    + std::to_string(edgeOrder) + (band ? " band" : ""));
                Document document;
                document.loadTable(readCsv(c.text, {}, path.toStdString()), path);
                DerivativeSettings settings = document.settings();
                settings.xColumn = c.x;
                settings.dx = 1.0;
                settings.groupColumn = c.group;
                settings.edgeOrder = edgeOrder;
                settings.smoothing = method;
                document.setSettings(settings);
                document.derivatives().setUncertaintyBand(band);
                document.derivatives().finishComputing();
                std::vector<std::string> args { input.toStdString(), "--quiet" };
                for (const std::string& word : formatRecipe(documentRecipe(document)))
                    args.push_back(word);
                std::ostringstream out;
                std::ostringstream err;
                const QString output = dir.filePath(QStringLiteral("batch.csv"));
                QFile::remove(output);
                const std::atomic<bool> cancel { false };
                if (runCli(args, out, err) != 0) {
                    // Too few rows to estimate σ for the band: every front end refuses.
                    ASSERT_TRUE(band) << err.str();
                    EXPECT_THROW((void)derivativeCsv(document), std::exception);
                    EXPECT_FALSE(exportDerivativeOf(input, output, recipeFrom(document), cancel).written);
                    EXPECT_FALSE(QFile::exists(output));
                    continue;
                }
                const std::string window = derivativeCsv(document);
                EXPECT_EQ(band, window.find(",sd[") != std::string::npos);

                const BatchOutcome outcome = exportDerivativeOf(input, output, recipeFrom(document), cancel);
                ASSERT_TRUE(outcome.written) << outcome.reason.toStdString();
                EXPECT_EQ(readFile(output), window);

                EXPECT_EQ(withoutComments(out.str()), withoutComments(window));
                ++compared;
            }
        }
    }
    EXPECT_GE(compared, 45);
}

TEST(ExportEquivalence, AShortGroupsCellsAreEmptyInTheWindowsExport)
{
    Document document;
    document.loadTable(readCsv("g,x,y\nA,0,0\nA,1,1\nA,2,4\nB,5,9\n"), {});
    DerivativeSettings settings = document.settings();
    settings.xColumn = 1;
    settings.groupColumn = 0;
    document.setSettings(settings);
    const std::string csv = derivativeCsv(document);
    EXPECT_NE(csv.find("\nB,5,9,\n"), std::string::npos) << csv;
    EXPECT_EQ(csv.find("nan"), std::string::npos) << csv;
}

} // namespace
} // namespace tangent::ui
