// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers shared by the CSV reader and writer tests.

#include "core/io/csv.h"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace tangent::test {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
inline constexpr double kInf = std::numeric_limits<double>::infinity();

/// The column names of `table`, in order.
inline std::vector<std::string> names(const tangent::CsvTable& table)
{
    std::vector<std::string> result;
    for (const auto& column : table.columns)
        result.push_back(column.name);
    return result;
}

/// Compares values bit for bit, treating every NaN as equal to every other.
inline void expectValues(const std::vector<double>& actual, const std::vector<double>& expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (std::isnan(expected[i]))
            EXPECT_TRUE(std::isnan(actual[i])) << "index " << i << ": " << actual[i];
        else
            EXPECT_EQ(std::bit_cast<std::uint64_t>(actual[i]), std::bit_cast<std::uint64_t>(expected[i]))
                << "index " << i << ": " << actual[i] << " != " << expected[i];
    }
}

} // namespace tangent::test
