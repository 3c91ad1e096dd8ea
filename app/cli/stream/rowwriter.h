// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The streaming path's output: finished rows formatted as tangent-cli writes them (x as read for
// dates, numbers in their shortest round-trip form), large windows on two threads (HelperThread), written in
// large pieces.

#include "app/cli/stream/blockparser.h"

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace tangent {

class HelperThread;

/// Text built in place without zero-filling (the formatters write every byte they keep).
class TextBuffer {
public:
    /// Room for `bytes` more at end(); moves the text if it must grow.
    char* reserveTail(std::size_t bytes);
    void setEnd(const char* end) { m_size = static_cast<std::size_t>(end - m_data.get()); }
    void append(std::string_view text);
    [[nodiscard]] const char* data() const { return m_data.get(); }
    [[nodiscard]] std::size_t size() const { return m_size; }
    void clear() { m_size = 0; }

private:
    std::unique_ptr<char[]> m_data;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

/// Writes the header and then rows of windows to a stream; throws InputError if it fails.
class RowWriter {
public:
    /// `helper`: formats part of each large window (none: all on this thread).
    RowWriter(std::ostream& out, const StreamLayout& layout, HelperThread* helper = nullptr)
        : m_out(out), m_layout(layout), m_helper(helper)
    {
    }

    /// `comments` as "# " lines, then the header.
    void header(const std::vector<std::string>& comments, const std::vector<std::string>& names);

    /// Rows [first, last) of `rows` with their `derivatives`: x, then each y and its derivative,
    /// and its sd from `bands` when given (empty: no band).
    void rows(const RowBlock& rows, const std::vector<std::vector<double>>& derivatives,
        const std::vector<std::vector<double>>& bands, std::size_t first, std::size_t last);

    /// Writes what is formatted and not yet written.
    void flush();

private:
    void write(TextBuffer& text);

    std::ostream& m_out;
    const StreamLayout& m_layout;
    HelperThread* m_helper;
    TextBuffer m_text;
    /// The second part of a large window, formatted on the helper thread, and moved to m_ready to
    /// be written (before m_text) with the next window's first part.
    TextBuffer m_tail;
    TextBuffer m_ready;
};

} // namespace tangent
