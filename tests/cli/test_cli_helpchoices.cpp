// SPDX-License-Identifier: GPL-3.0-or-later
// The choices tangent-cli --help writes as A|B|C (which the man page and the bash completion take
// from it, resources/completion/make-completion.sh) are exactly the values the options accept.

#include "app/cli/cli.h"
#include "core/smoothing/smoothing.h"
#include "core/time/timeunit.h"

#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>

namespace tangent {
namespace {

/// The words of "  OPTION A|B|C" on the help's option line for `option`; empty if there is none.
std::set<std::string> helpChoices(const std::string& option)
{
    std::istringstream lines(cliUsage());
    std::string line;
    const std::string prefix = "  " + option + " ";
    while (std::getline(lines, line)) {
        if (line.rfind(prefix, 0) != 0)
            continue;
        std::string spec = line.substr(prefix.size());
        spec = spec.substr(0, spec.find("  "));
        std::set<std::string> choices;
        std::istringstream words(spec);
        for (std::string word; std::getline(words, word, '|');)
            choices.insert(word);
        return choices;
    }
    return {};
}

TEST(CliHelpChoices, MethodChoicesAreEveryMethodAndOnlyThose)
{
    const std::set<std::string> choices = helpChoices("--method");
    std::set<std::string> methods;
    for (int m = 0; m <= static_cast<int>(SmoothingMethod::Auto); ++m)
        methods.insert(std::string(methodName(static_cast<SmoothingMethod>(m))));
    EXPECT_EQ(choices, methods) << cliUsage();
    for (const std::string& choice : choices)
        EXPECT_TRUE(parseMethodName(choice).has_value()) << choice;
}

TEST(CliHelpChoices, TimeUnitChoicesNameEveryUnitOnce)
{
    const std::set<std::string> choices = helpChoices("--time-unit");
    EXPECT_EQ(choices.size(), 5U) << cliUsage();
    std::set<TimeUnit> units;
    for (const std::string& choice : choices) {
        const auto unit = parseTimeUnit(choice);
        ASSERT_TRUE(unit.has_value()) << choice;
        units.insert(*unit);
    }
    EXPECT_EQ(units,
        (std::set<TimeUnit> { TimeUnit::Second, TimeUnit::Minute, TimeUnit::Hour, TimeUnit::Day, TimeUnit::Year }));
}

TEST(CliHelpChoices, EdgeOrderChoicesAreOneAndTwo)
{
    EXPECT_EQ(helpChoices("--edge-order"), (std::set<std::string> { "1", "2" }));
}

} // namespace
} // namespace tangent
