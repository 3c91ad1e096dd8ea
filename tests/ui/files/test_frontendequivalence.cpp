// SPDX-License-Identifier: GPL-3.0-or-later
// The equivalence matrix, the window's remaining front ends, on tangent-cli's fixtures and recipes
// (tests/cli/equivalencefixtures.h): the window started with the recipe (tangent FILE RECIPE,
// startWithRecipe) and exported (derivativeCsv) writes tangent-cli's file, "# " lines and table,
// byte for byte (dates as read: a fixture writes them 2012/01/01); a session saved,
// reopened and exported writes that export byte for byte (the "# " lines too); and the
// equivalent call the window shows, when it is a tangent-cli line, run through tangent-cli gives
// tangent-cli's table for that column. In process: Documents and runCli, no window.

#include "app/cli/cli.h"
#include "core/io/csv.h"
#include "tests/cli/equivalencefixtures.h"
#include "ui/document/document.h"
#include "ui/document/equivalentcall.h"
#include "ui/files/derivativeexport.h"
#include "ui/files/filecontroller.h"
#include "ui/files/session/session.h"
#include "ui/files/session/sessionsettings.h"
#include "ui/files/session/sessionstate.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace tangent::ui {
namespace {

std::string withoutComments(const std::string& text)
{
    std::istringstream in(text);
    std::string kept;
    for (std::string line; std::getline(in, line);)
        if (!line.starts_with('#'))
            kept += line + '\n';
    return kept;
}

struct CliRun {
    int status = -1;
    std::string output; ///< standard output, or the message
};

CliRun tangentCli(std::vector<std::string> args)
{
    args.emplace_back("--quiet");
    std::ostringstream out;
    std::ostringstream err;
    CliRun run;
    run.status = runCli(args, out, err);
    run.output = run.status == 0 ? out.str() : err.str();
    return run;
}

/// The words of a shell line as the shell reads them: separated by spaces, '...' quoted, with
/// '\'' for a quote inside (the form the equivalent call writes).
std::vector<std::string> shellWords(const std::string& line)
{
    std::vector<std::string> words;
    std::string word;
    bool inWord = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == ' ') {
            if (inWord)
                words.push_back(word);
            word.clear();
            inWord = false;
        } else if (c == '\'') {
            inWord = true;
            const std::size_t close = line.find('\'', i + 1);
            word += line.substr(i + 1, close - i - 1);
            i = close;
        } else if (c == '\\' && i + 1 < line.size()) {
            inWord = true;
            word += line[++i];
        } else {
            inWord = true;
            word += c;
        }
    }
    if (inWord)
        words.push_back(word);
    return words;
}

/// File → Save Session of `document` (its data file referenced, the band kept), the session
/// opened again as SessionController::openSession opens it, and File → Export Derivative CSV.
std::string reopenedExport(const Document& document, const QString& sessionPath)
{
    const Session saved = captureSession(document, {});
    EXPECT_FALSE(saved.table) << "an unedited file is referenced, not copied";
    QString error;
    const std::optional<Session> session = decodeSession(encodeSession(saved, sessionPath), &error);
    EXPECT_TRUE(session) << error.toStdString();
    if (!session)
        return {};
    LoadResult loaded = loadTableFile(session->dataPath, {});
    EXPECT_TRUE(loaded.error.isEmpty()) << loaded.error.toStdString();
    std::vector<Column> columns = columnsFromTable(std::move(loaded.table));
    EXPECT_EQ(settingsProblem(session->settings, static_cast<int>(columns.size())), QString());
    Document reopened;
    restoreSession(reopened, std::move(columns), session->dataPath, *session);
    reopened.derivatives().finishComputing();
    return derivativeCsv(reopened);
}

TEST(FrontEndEquivalence, WindowSessionAndEquivalentCallAgreeWithTangentCli)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString sessionPath = dir.filePath(QStringLiteral("matrix.tangent"));
    int exported = 0;
    int calls = 0;
    for (const equivalence::Fixture& fixture : equivalence::fixtures()) {
        if (fixture.big)
            continue; // size is tangent-cli's streaming concern; test_exportequivalence.cpp exports 2,500 rows
        const QString input = QFileInfo(dir.filePath(QString::fromStdString(fixture.name + ".csv"))).absoluteFilePath();
        std::ofstream(input.toStdString(), std::ios::binary) << fixture.text;
        for (const std::vector<std::string>& recipe : equivalence::allRecipes()) {
            for (int grouped = 0; grouped <= (fixture.grouped ? 1 : 0); ++grouped) {
                std::vector<std::string> args = recipe;
                if (grouped)
                    args.insert(args.end(), { "--group", "g" });
                std::string label = fixture.name;
                for (const std::string& a : args)
                    label += " " + a;
                SCOPED_TRACE(label);
                std::vector<std::string> cliArgs { input.toStdString() };
                cliArgs.insert(cliArgs.end(), args.begin(), args.end());
                const CliRun cli = tangentCli(cliArgs);

                // tangent FILE RECIPE, then File → Export Derivative CSV.
                Document document;
                document.loadTable(readCsv(fixture.text, {}, input.toStdString()), input);
                std::string window;
                try {
                    startWithRecipe(document, parseRecipe(args));
                    document.derivatives().finishComputing();
                    window = derivativeCsv(document);
                } catch (const std::exception& e) {
                    EXPECT_NE(cli.status, 0) << "the window refused: " << e.what();
                    continue;
                }
                ASSERT_EQ(cli.status, 0) << "the window exported what tangent-cli refused: " << cli.output;
                // The same bytes: the table and the "# " provenance lines (one writer for both).
                // Not yet for σ given with --noise-sd: the window keeps σ per column, so its band
                // line says "sigma per column" where tangent-cli's "--noise-sd S" says "sigma=S".
                if (std::ranges::find(args, std::string("--noise-sd")) == args.end())
                    EXPECT_EQ(window, cli.output);
                else
                    EXPECT_EQ(withoutComments(window), withoutComments(cli.output));

                // A session saved, reopened and exported: the same bytes, "# " lines included.
                EXPECT_EQ(reopenedExport(document, sessionPath), window);
                ++exported;

                // The equivalent call, when it is tangent-cli's line, for the column it names.
                const QString call = equivalentCall(document).text;
                if (!call.startsWith(QStringLiteral("tangent-cli ")))
                    continue;
                SCOPED_TRACE(call.toStdString());
                std::vector<std::string> words = shellWords(call.toStdString());
                words.erase(words.begin());
                words[0] = input.toStdString(); // the call names the file without its folder
                const CliRun called = tangentCli(words);
                ASSERT_EQ(called.status, 0) << called.output;
                // tangent-cli's table for the column the call names (band and σ included).
                std::vector<std::string> forColumn = cliArgs;
                const int y = document.derivatives().results().front().yColumn;
                forColumn.insert(forColumn.end(), { "--y", document.columnTitle(y).toStdString() });
                const CliRun reference = tangentCli(forColumn);
                ASSERT_EQ(reference.status, 0) << reference.output;
                EXPECT_EQ(withoutComments(called.output), withoutComments(reference.output));
                ++calls;
            }
        }
    }
    EXPECT_GE(exported, 90);
    EXPECT_GE(calls, 20);
}

} // namespace
} // namespace tangent::ui
