// SPDX-License-Identifier: GPL-3.0-or-later
// The window's recipe options (ui/startuprecipe.h) and --export-derivatives (ui/derivativecommand.h):
// every tangent-cli recipe option is taken (or refused by name), read by tangent-cli's own parser
// with its messages, and the table starts with that recipe; the export writes what File → Export
// Derivative CSV writes, and for several files runs Export Derivatives of Several Files. In
// process: a hidden MainWindow, tangent-cli through runCli.

#include "ui/startuprecipe.h"

#include "app/cli/cli.h"
#include "ui/derivativecommand.h"
#include "ui/document/document.h"
#include "ui/figureexport/figurecommand.h"
#include "ui/files/derivativeexport.h"
#include "ui/mainwindow.h"
#include "ui/startupoptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace tangent::ui {
namespace {

/// Declares what tangent's main() declares and parses `args` (without the program name).
bool parse(QCommandLineParser& parser, QStringList args)
{
    StartupOptions::declare(parser);
    FigureCommand::declare(parser);
    DerivativeCommand::declare(parser);
    args.prepend(QStringLiteral("tangent"));
    const bool ok = parser.parse(args);
    EXPECT_TRUE(ok) << parser.errorText().toStdString();
    return ok;
}

QStringList toQt(const std::vector<std::string>& words)
{
    QStringList list;
    for (const std::string& word : words)
        list << QString::fromStdString(word);
    return list;
}

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

/// tangent-cli run in process on `args`: its standard output, or its message after "tangent-cli: ".
std::pair<int, std::string> tangentCli(const std::vector<std::string>& args)
{
    std::ostringstream out;
    std::ostringstream err;
    const int status = runCli(args, out, err);
    std::string message = err.str();
    if (message.starts_with("tangent-cli: "))
        message = message.substr(13);
    if (message.ends_with('\n'))
        message.pop_back();
    return { status, status == 0 ? out.str() : message };
}

/// A recipe with every field away from its default that the window shows.
Recipe windowRecipe()
{
    Recipe r;
    r.xColumn = "t";
    r.yColumns = { "a", "3" };
    r.timeUnit = TimeUnit::Hour;
    r.group = "g";
    r.order = 2;
    r.smoothing.order = 2;
    r.smoothing.method = SmoothingMethod::Savgol;
    r.smoothing.window = 7;
    r.smoothing.polyorder = 3;
    r.uncertainty = true;
    return r;
}

TEST(StartupRecipe, EveryRecipeOptionOfTangentCliIsTakenOrRefusedByName)
{
    // formatRecipe writes every option the recipe has: each one must be declared by the window.
    Recipe every = windowRecipe();
    every.xColumn.reset();
    every.dx = 0.25;
    every.edgeOrder = 2;
    every.smoothing.lam = 0.5;
    every.smoothing.alpha = 0.1;
    every.smoothing.iterations = 4;
    every.smoothing.ratio = -1.5;
    every.smoothed = true;
    every.strict = true;
    every.noiseSd = 0.1;
    const std::vector<std::string> words = formatRecipe(every);
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (!words[i].starts_with("--"))
            continue;
        QStringList one { QString::fromStdString(words[i]) };
        if (i + 1 < words.size() && !words[i + 1].starts_with("--"))
            one << QString::fromStdString(words[i + 1]);
        QCommandLineParser parser;
        ASSERT_TRUE(parse(parser, one)) << words[i];
        const StartupRecipe read = StartupRecipe::read(parser);
        if (words[i] == "--smoothed" || words[i] == "--strict") {
            // What the window cannot show is refused with a message, never ignored.
            EXPECT_TRUE(read.problem.contains(QString::fromStdString(words[i]))) << read.problem.toStdString();
            EXPECT_TRUE(read.problem.contains(QStringLiteral("tangent-cli"))) << read.problem.toStdString();
        } else {
            // Taken (a method's parameter alone is refused as tangent-cli refuses it, for the method).
            EXPECT_FALSE(read.problem.contains(QStringLiteral("tangent-cli"))) << read.problem.toStdString();
            EXPECT_TRUE(read.given) << words[i];
        }
    }
}

TEST(StartupRecipe, WindowRefusesEachFlagOfTheOneListByName)
{
    // The flags themselves, not the recipe's words: each option of the list refused alone, named.
    ASSERT_EQ(cliOnlyOptions().size(), 2U);
    EXPECT_TRUE(windowRefuses(Recipe {}).isEmpty());
    for (const CliOnlyOption& option : cliOnlyOptions()) {
        Recipe recipe;
        recipe.*option.flag = true;
        const QString refused = windowRefuses(recipe);
        EXPECT_TRUE(refused.contains(QStringLiteral("--") + QString::fromLatin1(option.name))) << refused.toStdString();
    }
    Recipe smoothed;
    smoothed.smoothed = true;
    EXPECT_TRUE(windowRefuses(smoothed).startsWith(QStringLiteral("--smoothed is tangent-cli's")));
    Recipe strict;
    strict.strict = true;
    EXPECT_TRUE(windowRefuses(strict).startsWith(QStringLiteral("--strict is tangent-cli's")));
}

TEST(StartupRecipe, TheWholeRecipeReadsBackAsTangentCliReadsIt)
{
    const Recipe recipe = windowRecipe();
    QCommandLineParser parser;
    ASSERT_TRUE(parse(parser, toQt(formatRecipe(recipe))));
    const StartupRecipe read = StartupRecipe::read(parser);
    EXPECT_TRUE(read.problem.isEmpty()) << read.problem.toStdString();
    EXPECT_EQ(read.recipe, recipe);
    // The band is the window's --band.
    QCommandLineParser none;
    ASSERT_TRUE(parse(none, {}));
    EXPECT_FALSE(StartupRecipe::read(none).given);
}

TEST(StartupRecipe, BadValuesGetTangentCliMessages)
{
    const std::vector<std::vector<std::string>> bad {
        { "--edge-order", "3" },
        { "--order", "0" },
        { "--time-unit", "fortnight" },
        { "--dx", "wide" },
        { "--method", "magic" },
        { "--window", "2.5" },
        { "--lam", "much" },
        { "--iterations", "x" },
        { "--method", "savgol", "--polyorder", "-1" },
        { "--method", "tvr", "--alpha", "0" },
    };
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("in.csv"));
    std::ofstream(input.toStdString()) << "t,y\n0,1\n1,2\n2,4\n3,8\n4,16\n";
    for (const std::vector<std::string>& args : bad) {
        QCommandLineParser parser;
        ASSERT_TRUE(parse(parser, toQt(args)));
        std::vector<std::string> cli { input.toStdString() };
        cli.insert(cli.end(), args.begin(), args.end());
        const auto [status, message] = tangentCli(cli);
        EXPECT_EQ(status, kCliErrorStatus) << args[0];
        EXPECT_EQ(StartupRecipe::read(parser).problem.toStdString(), message) << args[0];
    }
}

class WindowRecipe : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_input = m_dir.filePath(QStringLiteral("long.csv"));
        // Two interleaved groups, each long enough for the band to estimate its noise level.
        std::ofstream table(m_input.toStdString());
        table << "site,g,t,a,b\n";
        for (int i = 0; i < 24; ++i)
            table << "n,A," << i << ',' << i * 2 + i * 7919 % 5 << ',' << i * i << "\nn,B," << i << ','
                  << 50 - i + i * 104729 % 7 << ',' << i % 4 << '\n';
    }

    /// The export tangent FILE ARGS --export-derivatives OUT writes, run as main() runs it.
    int exportOne(const std::vector<std::string>& args, const QString& output)
    {
        QCommandLineParser parser;
        QStringList all { m_input };
        all << toQt(args) << QStringLiteral("--export-derivatives") << output;
        if (!parse(parser, all))
            return -1;
        StartupOptions options(parser);
        DerivativeCommand command(parser);
        EXPECT_TRUE(options.problem().isEmpty()) << options.problem().toStdString();
        EXPECT_TRUE(command.problem().isEmpty()) << command.problem().toStdString();
        EXPECT_FALSE(command.several());
        MainWindow window;
        window.setAttribute(Qt::WA_DontShowOnScreen);
        options.openWindow(window);
        return command.run(window, options.recipe());
    }

    QTemporaryDir m_dir;
    QString m_input;
};

TEST_F(WindowRecipe, TheTableStartsWithTheRecipeWithoutAnUndoStep)
{
    QCommandLineParser parser;
    ASSERT_TRUE(parse(parser,
        { m_input, "--x", "t", "--y", "4", "--group", "g", "--method", "savgol", "--window", "3", "--polyorder",
            "1" }));
    StartupOptions options(parser);
    MainWindow window;
    QString error;
    ASSERT_TRUE(options.apply(window, &error)) << error.toStdString();
    Document* document = window.document();
    ASSERT_TRUE(QTest::qWaitFor([document] { return document->derivatives().effectiveGroupColumn() == 1; }, 5000));
    EXPECT_EQ(document->settings().xColumn, 2);
    EXPECT_EQ(document->settings().yColumns, QList<int> { 3 });
    EXPECT_EQ(document->settings().smoothing.method, SmoothingMethod::Savgol);
    EXPECT_EQ(document->settings().smoothing.window, 3);
    EXPECT_EQ(document->undoStack()->count(), 0);
    EXPECT_FALSE(document->isModified());
}

TEST_F(WindowRecipe, ExportDerivativesWritesTheWindowsExportAndTangentCliTable)
{
    const std::vector<std::vector<std::string>> recipes {
        {},
        { "--y", "a", "--edge-order", "2" },
        { "--group", "g", "--method", "savgol", "--window", "3", "--polyorder", "1" },
        { "--x", "t", "--y", "a,b", "--order", "2" },
        { "--dx", "0.5", "--y", "5", "--method", "kalman", "--ratio", "-1" },
        { "--group", "2", "--uncertainty", "--method", "spline", "--lam", "0.5" },
    };
    for (const std::vector<std::string>& recipe : recipes) {
        std::string label;
        for (const std::string& word : recipe)
            label += word + " ";
        SCOPED_TRACE(label);
        const QString output = m_dir.filePath(QStringLiteral("out.csv"));
        QFile::remove(output);
        ASSERT_EQ(exportOne(recipe, output), 0);
        const std::string written = readFile(output);

        // What File → Export Derivative CSV writes for a document started with the recipe.
        Document document;
        document.loadTable(readCsv(readFile(m_input), {}, m_input.toStdString()), m_input);
        startWithRecipe(document, parseRecipe(recipe));
        document.derivatives().finishComputing();
        EXPECT_EQ(written, derivativeCsv(document));

        std::vector<std::string> cli { m_input.toStdString(), "--quiet" };
        cli.insert(cli.end(), recipe.begin(), recipe.end());
        const auto [status, table] = tangentCli(cli);
        ASSERT_EQ(status, 0) << table;
        EXPECT_EQ(withoutComments(written), withoutComments(table));
    }
}

TEST_F(WindowRecipe, ARecipeThatDoesNotFitTheTableWritesNothing)
{
    const QString output = m_dir.filePath(QStringLiteral("none.csv"));
    EXPECT_EQ(exportOne({ "--x", "nope" }, output), 2);
    EXPECT_EQ(exportOne({ "--method", "tvr", "--uncertainty" }, output), 2);
    EXPECT_FALSE(QFile::exists(output));
}

TEST_F(WindowRecipe, SeveralFilesRunTheBatchExportAndFailWhenOneFails)
{
    const QString other = m_dir.filePath(QStringLiteral("other.csv"));
    std::ofstream(other.toStdString()) << "t,a\n0,1\n1,4\n2,9\n";
    const QString folder = m_dir.filePath(QStringLiteral("out")) + QLatin1Char('/');
    const std::vector<std::string> recipe { "--y", "a", "--edge-order", "2" };

    QCommandLineParser parser;
    ASSERT_TRUE(
        parse(parser, QStringList { m_input, other, QStringLiteral("--export-derivatives"), folder } << toQt(recipe)));
    StartupOptions options(parser);
    DerivativeCommand command(parser);
    ASSERT_TRUE(command.several());
    EXPECT_EQ(command.runSeveral(options.recipe().recipe), 0);
    for (const QString& input : { m_input, other }) {
        std::vector<std::string> cli { input.toStdString(), "--quiet" };
        cli.insert(cli.end(), recipe.begin(), recipe.end());
        const auto [status, table] = tangentCli(cli);
        ASSERT_EQ(status, 0) << table;
        EXPECT_EQ(
            withoutComments(readFile(QDir(folder).filePath(QFileInfo(input).fileName()))), withoutComments(table));
    }

    // A file without the column asked for fails; the other is still written, and the status is 2.
    QCommandLineParser failing;
    const QString folder2 = m_dir.filePath(QStringLiteral("out2")) + QLatin1Char('/');
    ASSERT_TRUE(parse(failing, { m_input, other, "--export-derivatives", folder2, "--y", "b" }));
    DerivativeCommand second(failing);
    EXPECT_EQ(second.runSeveral(StartupOptions(failing).recipe().recipe), 2);
    EXPECT_TRUE(QFile::exists(QDir(folder2).filePath(QStringLiteral("long.csv"))));
    EXPECT_FALSE(QFile::exists(QDir(folder2).filePath(QStringLiteral("other.csv"))));
}

TEST_F(WindowRecipe, SeveralFilesNeedAFolder)
{
    QCommandLineParser parser;
    ASSERT_TRUE(parse(parser, { m_input, m_input, "--export-derivatives", m_dir.filePath(QStringLiteral("x.csv")) }));
    const DerivativeCommand command(parser);
    EXPECT_TRUE(command.problem().contains(QStringLiteral("FOLDER/"))) << command.problem().toStdString();
}

} // namespace
} // namespace tangent::ui
