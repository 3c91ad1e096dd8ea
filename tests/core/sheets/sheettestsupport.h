// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Comparing two tables cell for cell: what a workbook reads as against what a CSV reads as.

#include "core/io/csv.h"

#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <string>

namespace tangent::test {

inline std::string sheetsGolden(const std::string& name)
{
    return std::string(TANGENT_GOLDEN_DIR) + "/sheets/" + name;
}

/// The expected-values CSV the golden script writes (a header row, then the rows).
inline CsvTable readExpectedCsv(const std::string& path)
{
    CsvReadOptions options;
    options.delimiter = ',';
    options.hasHeader = true;
    options.decimalComma = false;
    return readCsvFile(path, options);
}

/// Same names, kinds, numbers (bit for bit, NaN for NaN) and text.
inline void expectSameTable(const CsvTable& actual, const CsvTable& expected)
{
    ASSERT_EQ(actual.columns.size(), expected.columns.size());
    ASSERT_EQ(actual.rowCount, expected.rowCount);
    for (std::size_t c = 0; c < expected.columns.size(); ++c) {
        const CsvColumn& a = actual.columns[c];
        const CsvColumn& e = expected.columns[c];
        SCOPED_TRACE("column " + e.name);
        EXPECT_EQ(a.name, e.name);
        ASSERT_EQ(a.numeric, e.numeric);
        if (e.numeric) {
            ASSERT_EQ(a.values.size(), e.values.size());
            for (std::size_t r = 0; r < e.values.size(); ++r)
                EXPECT_EQ(std::bit_cast<std::uint64_t>(a.values[r]), std::bit_cast<std::uint64_t>(e.values[r]))
                    << "row " << r << ": " << a.values[r] << " vs " << e.values[r];
        } else {
            EXPECT_EQ(a.text, e.text);
        }
    }
}

} // namespace tangent::test
