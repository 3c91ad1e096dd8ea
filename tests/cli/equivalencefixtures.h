// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The equivalence matrix's fixtures and recipes, shared by tangent-cli's front ends
// (tests/cli/test_equivalence.cpp) and the window's (tests/ui/files/test_frontendequivalence.cpp),
// so that every front end is held to the same cases.

#include <cmath>
#include <string>
#include <vector>

namespace tangent::equivalence {

struct Fixture {
    std::string name;
    std::string text;
    bool grouped = false;
    bool big = false; ///< only the fast recipes (numpy, savgol, spline with λ, kalman)
};

/// The methods whose parameters are searched for (cross-validation, likelihood, auto's trials).
inline bool searching(const std::vector<std::string>& recipe)
{
    if (recipe.size() < 2 || recipe[0] != "--method")
        return false;
    return recipe[1] == "tvr" || recipe[1] == "auto" || (recipe[1] == "spline" && recipe.size() == 2);
}

inline std::string uniform()
{
    std::string t = "t,y\n";
    for (int i = 0; i < 40; ++i)
        t += std::to_string(i) + "," + std::to_string(std::sin(i * 0.3) + (i % 3) * 0.01) + "\n";
    return t;
}

inline std::string uneven()
{
    std::string t = "x,y\n";
    double x = 0;
    for (int i = 0; i < 40; ++i) {
        x += 0.5 + (i % 4) * 0.25;
        t += std::to_string(x) + "," + std::to_string(x * x - 3 * x + (i % 5) * 0.02) + "\n";
    }
    return t;
}

inline std::string dailyDatesWithAGap()
{
    std::string t = "date,temp,wind\n";
    for (int d = 1; d <= 28; ++d) {
        if (d == 10 || d == 11)
            continue; // two days missing
        t += "2024-02-" + std::string(d < 10 ? "0" : "") + std::to_string(d) + "," + std::to_string(5 + d % 7) + ","
            + std::to_string(d * 0.5) + "\n";
    }
    return t;
}

/// Dates as a user types them, not ISO 8601: every front end writes them back as read.
inline std::string slashDates()
{
    std::string t = "date,temp_max\n";
    for (int d = 1; d <= 20; ++d)
        t += "2012/01/" + std::string(d < 10 ? "0" : "") + std::to_string(d) + "," + std::to_string(10 + (d * 7) % 5)
            + "\n";
    return t;
}

inline std::string textFirstColumn()
{
    std::string t = "site,x,level\n";
    for (int i = 0; i < 30; ++i)
        t += "north," + std::to_string(i) + "," + std::to_string(i * i % 17) + "\n";
    return t;
}

inline std::string interleavedGroups()
{
    std::string t = "g,x,y\n";
    for (int i = 0; i < 30; ++i) {
        t += "A," + std::to_string(i) + "," + std::to_string(i * 2 + i % 3) + "\n";
        t += "B," + std::to_string(i) + "," + std::to_string(100 - i + i % 4) + "\n";
    }
    t += "C,0,1\n"; // too short for any method
    return t;
}

inline std::string nanGaps()
{
    std::string t = "x,y\n";
    for (int i = 0; i < 40; ++i)
        t += std::to_string(i) + "," + (i % 9 == 4 ? std::string("NaN") : std::to_string(std::cos(i * 0.2))) + "\n";
    return t;
}

inline std::string rows(int count, const char* header)
{
    std::string t = std::string(header) + "\n";
    for (int i = 0; i < count; ++i)
        t += std::to_string(i) + "," + std::to_string(3 * i + (i * 7919 % 13)) + "\n";
    return t;
}

inline std::vector<Fixture> fixtures()
{
    return {
        { "uniform", uniform() },
        { "uneven", uneven() },
        { "dates", dailyDatesWithAGap() },
        { "slashdates", slashDates() },
        { "textfirst", textFirstColumn() },
        { "groups", interleavedGroups(), true },
        { "nangaps", nanGaps() },
        { "badcell", "x,a,b\n0,1,2\n1,2,oops\n2,4,6\n3,9,8\n4,16,10\n5,25,12\n6,36,14\n" },
        { "long", rows(3000, "t,y"), false, true },
        { "streamed", rows(90000, "t,y"), false, true },
    };
}

inline std::vector<std::vector<std::string>> recipes()
{
    return {
        {},
        { "--edge-order", "2" },
        { "--order", "2" },
        { "--method", "savgol", "--window", "5", "--polyorder", "2" },
        { "--method", "spline", "--lam", "0.5" },
        { "--method", "spline" },
        { "--method", "tvr", "--alpha", "0.1", "--iterations", "5" },
        { "--method", "kalman" },
        { "--method", "auto" },
    };
}

/// The recipes with an uncertainty band (docs/uncertainty.md): every method that has one.
inline std::vector<std::vector<std::string>> bandRecipes()
{
    return {
        { "--uncertainty" },
        { "--uncertainty", "--noise-sd", "0.1" },
        { "--uncertainty", "--y", "2", "--noise-sd", "2=0.1" },
        { "--method", "savgol", "--window", "5", "--polyorder", "2", "--uncertainty" },
        { "--method", "spline", "--lam", "0.5", "--uncertainty" },
        { "--method", "kalman", "--uncertainty" },
        { "--method", "auto", "--uncertainty" },
    };
}

/// Every recipe of the matrix: the plain ones, then the banded ones.
inline std::vector<std::vector<std::string>> allRecipes()
{
    std::vector<std::vector<std::string>> all = recipes();
    for (std::vector<std::string>& band : bandRecipes())
        all.push_back(std::move(band));
    return all;
}

} // namespace tangent::equivalence
