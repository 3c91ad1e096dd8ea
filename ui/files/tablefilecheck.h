// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks the window makes around the core's readers, so that a file it cannot show is refused
// with a message saying what is wrong and where, before anything replaces the open table. Each
// throws tangent::InputError naming the file (and the line where there is one). Plain C++: they
// run on the loading thread.

#include "core/io/csv.h"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace tangent::ui {

/// Longest line the window reads: far beyond any real table row, small enough that a file that is
/// not a table (one enormous line) is refused before the parser splits it into fields.
inline constexpr std::size_t kMaxLineBytes = std::size_t { 4 } << 20;

/// Refuses folders and things that are not regular files (a named pipe would block the reader
/// forever). A path that does not exist is left to the reader, which says so.
void checkOpenable(const std::string& path);

/// Refuses text the window cannot show faithfully: a zero byte (binary data), bytes that are not
/// UTF-8, or a line longer than kMaxLineBytes. `checked` (if set) hears now and then up to which
/// byte the text is checked, so that a mapped file can let those pages go.
void checkText(std::string_view text, const std::string& path, const std::function<void(std::size_t)>& checked = {});

/// Refuses a table with no data rows, or with no column of numbers or dates to differentiate.
void checkTable(const CsvTable& table, const std::string& path);

} // namespace tangent::ui
