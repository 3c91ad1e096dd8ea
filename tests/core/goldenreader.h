// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The golden files written by tests/golden/make_*_golden.py share one layout: records from
// "case NAME" to "end", one "TAG values..." line per field, numbers as float.hex(), "#" comments.
// One reader for the tests that use it.

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace tangent::test {

/// "N v1 ... vN" as doubles (hex floats read exactly).
inline std::vector<double> readGoldenValues(std::istringstream& tokens)
{
    std::size_t count = 0;
    tokens >> count;
    std::vector<double> values(count);
    std::string token;
    for (double& v : values) {
        tokens >> token;
        v = std::strtod(token.c_str(), nullptr);
    }
    return values;
}

/// One number (a hex float or decimal).
inline double readGoldenDouble(std::istringstream& tokens)
{
    std::string token;
    tokens >> token;
    return std::strtod(token.c_str(), nullptr);
}

/// Every case of TANGENT_GOLDEN_DIR/`relativePath`: a Case with a `name` member, each field line
/// read by readField(tag, tokens, case). A missing file is a test failure.
template <typename Case, typename ReadField>
std::vector<Case> readGoldenCases(const std::string& relativePath, ReadField readField)
{
    std::ifstream in(std::string(TANGENT_GOLDEN_DIR) + "/" + relativePath);
    EXPECT_TRUE(in.good()) << "cannot read " << relativePath;
    std::vector<Case> cases;
    std::string line;
    Case current {};
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        std::istringstream tokens(line);
        std::string tag;
        tokens >> tag;
        if (tag == "case") {
            current = Case {};
            tokens >> current.name;
        } else if (tag == "end") {
            cases.push_back(current);
        } else {
            readField(tag, tokens, current);
        }
    }
    return cases;
}

} // namespace tangent::test
