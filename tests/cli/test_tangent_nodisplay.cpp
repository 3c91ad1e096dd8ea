// SPDX-License-Identifier: GPL-3.0-or-later
// The window's executable answers --help and --version on a machine without any display (no X
// server, no Wayland, no QT_QPA_PLATFORM), as on a server or in a fresh container.

#include "clitestsupport.h"

namespace tangent::clitest {
namespace {

using TangentWithoutDisplay = CliTest;

/// `tangent ARGS` with every way of reaching a display removed from the environment.
std::string withoutDisplay()
{
    std::string command = "env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= ";
    command += shellQuote(TANGENT_GUI_PATH);
    return command;
}

TEST_F(TangentWithoutDisplay, HelpListsTheOptions)
{
    for (const char* flag : { "--help", "-h" }) {
        const CliRun run = runCommand(withoutDisplay(), { flag });
        EXPECT_EQ(run.status, 0) << flag << ": " << run.err;
        EXPECT_EQ(run.err, "") << flag;
        EXPECT_EQ(run.out.rfind("Usage: ", 0), 0U) << flag << ": " << run.out;
        for (const char* option : { "--version", "--sample <name>", "--screenshot <file>", "--function-lab <expr>" })
            EXPECT_NE(run.out.find(option), std::string::npos)
                << flag << ": '" << option << "' missing from " << run.out;
    }
}

TEST_F(TangentWithoutDisplay, HelpFollowsTheLanguage)
{
    // The descriptions are the German translation's (resources/translations/tangent_de.ts), the
    // option names stay as they are typed.
    const CliRun run = runCommand(withoutDisplay(), { "--lang", "de", "--help" });
    EXPECT_EQ(run.status, 0) << run.err;
    EXPECT_NE(run.out.find("--lang <code>"), std::string::npos) << run.out;
    // (Qt wraps the descriptions, so only the first words are looked for.)
    EXPECT_NE(run.out.find("Die Sprache CODE"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("Use the language CODE"), std::string::npos) << run.out;
}

TEST_F(TangentWithoutDisplay, VersionPrintsNameAndVersion)
{
    for (const char* flag : { "--version", "-v" }) {
        const CliRun run = runCommand(withoutDisplay(), { flag });
        EXPECT_EQ(run.status, 0) << flag << ": " << run.err;
        EXPECT_EQ(run.err, "") << flag;
        EXPECT_EQ(run.out, std::string("Tangent ") + TANGENT_VERSION + "\n") << flag;
    }
}

TEST_F(TangentWithoutDisplay, HelpAfterAFileArgument)
{
    const CliRun run = runCommand(withoutDisplay(), { (kSamples / "noisy-sine.csv").string(), "--help" });
    EXPECT_EQ(run.status, 0) << run.err;
    EXPECT_NE(run.out.find("--screenshot <file>"), std::string::npos) << run.out;
}

TEST_F(TangentWithoutDisplay, UnknownOptionIsAMessageNotACrash)
{
    const CliRun run = runCommand(withoutDisplay(), { "--bogus" });
    EXPECT_EQ(run.status, 2) << run.err;
    EXPECT_EQ(run.out, "");
    EXPECT_NE(run.err.find("Unknown option 'bogus'"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("tangent --help"), std::string::npos) << run.err;
}

TEST_F(TangentWithoutDisplay, MissingOptionValueIsAMessageNotACrash)
{
    const CliRun run = runCommand(withoutDisplay(), { "--sample" });
    EXPECT_EQ(run.status, 2) << run.err;
    EXPECT_NE(run.err.find("sample"), std::string::npos) << run.err;
}

} // namespace
} // namespace tangent::clitest

namespace tangent::clitest {
namespace {

using TangentBadStartOptions = CliTest;

TEST_F(TangentBadStartOptions, ABadMethodExitsTwoWithTangentCliWording)
{
    // These are checked once the application exists: on the offscreen platform, no window shown.
    const std::string tangent = "env QT_QPA_PLATFORM=offscreen TANGENT_NO_DIALOGS=1 " + shellQuote(TANGENT_GUI_PATH);
    const CliRun run = runCommand(tangent, { "--method", "magic" });
    EXPECT_EQ(run.status, 2) << run.err;
    EXPECT_NE(run.err.find("tangent: --method expects numpy, savgol, spline, tvr, kalman or auto, not 'magic'"),
        std::string::npos)
        << run.err;
    const CliRun lam = runCommand(tangent, { "--method", "savgol", "--lam", "0.5" });
    EXPECT_EQ(lam.status, 2) << lam.err;
    EXPECT_NE(lam.err.find("--lam"), std::string::npos) << lam.err;
}

} // namespace
} // namespace tangent::clitest
