// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/stream/rowwriter.h"

#include "app/cli/stream/blockreader.h"
#include "core/errors.h"
#include "core/io/csv.h"
#include "core/io/numberformat.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ostream>

namespace tangent {
namespace {

/// Below this many rows a window is formatted on one thread.
constexpr std::size_t kParallelRows = 2048;

/// Output is handed to the stream in pieces of about this size.
constexpr std::size_t kFlushBytes = std::size_t { 1 } << 20;

/// What quoteCsvField would quote, with ',' as the delimiter.
bool needsQuotes(std::string_view text)
{
    return text.find_first_of("\",\r\n") != std::string_view::npos || text.starts_with('#')
        || (!text.empty()
            && (text.front() == ' ' || text.front() == '\t' || text.back() == ' ' || text.back() == '\t'));
}

/// The window's columns to format: its derivatives and their bands (empty without).
struct Computed {
    const std::vector<std::vector<double>>& derivatives;
    const std::vector<std::vector<double>>& bands;
};

void formatRows(const StreamLayout& layout, const RowBlock& rows, Computed computed, std::size_t first,
    std::size_t last, TextBuffer& out)
{
    const std::vector<std::vector<double>>& derivatives = computed.derivatives;
    const bool band = !computed.bands.empty();
    const std::size_t numbers = (layout.x && !layout.xIsDate ? 1 : 0) + (band ? 3 : 2) * rows.ys.size();
    const std::size_t width = numbers * (kMaxDoubleChars + 1) + 1;
    for (std::size_t r = first; r < last; ++r) {
        if (layout.xIsDate) {
            const std::string_view text = rows.xTextAt(r);
            if (needsQuotes(text))
                out.append(quoteCsvField(text));
            else
                out.append(text);
            out.append(",");
        }
        char* p = out.reserveTail(width);
        if (layout.x && !layout.xIsDate) {
            p = toChars(p, rows.x[r]);
            *p++ = ',';
        }
        for (std::size_t j = 0; j < rows.ys.size(); ++j) {
            p = toChars(p, rows.ys[j][r]);
            *p++ = ',';
            p = toChars(p, derivatives[j][r]);
            *p++ = ',';
            if (band) {
                p = toChars(p, computed.bands[j][r]);
                *p++ = ',';
            }
        }
        p[-1] = '\n';
        out.setEnd(p);
    }
}

} // namespace

char* TextBuffer::reserveTail(std::size_t bytes)
{
    if (m_capacity - m_size < bytes) {
        const std::size_t capacity = std::max(m_size + bytes, 2 * m_capacity);
        auto grown = std::make_unique_for_overwrite<char[]>(capacity);
        if (m_size > 0)
            std::memcpy(grown.get(), m_data.get(), m_size);
        m_data = std::move(grown);
        m_capacity = capacity;
    }
    return m_data.get() + m_size;
}

void TextBuffer::append(std::string_view text)
{
    char* p = reserveTail(text.size());
    std::memcpy(p, text.data(), text.size());
    m_size += text.size();
}

void RowWriter::header(const std::vector<std::string>& comments, const std::vector<std::string>& names)
{
    for (const std::string& comment : comments) {
        // As writeCsv writes them: a comment with line breaks becomes several comment lines.
        std::size_t start = 0;
        for (;;) {
            const std::size_t end = comment.find('\n', start);
            std::string_view line = std::string_view(comment).substr(start, end - start);
            if (line.ends_with('\r'))
                line.remove_suffix(1);
            m_text.append("# ");
            m_text.append(line);
            m_text.append("\n");
            if (end == std::string::npos)
                break;
            start = end + 1;
        }
    }
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            m_text.append(",");
        m_text.append(quoteCsvField(names[i]));
    }
    m_text.append("\n");
}

void RowWriter::rows(const RowBlock& rows, const std::vector<std::vector<double>>& derivatives,
    const std::vector<std::vector<double>>& bands, std::size_t first, std::size_t last)
{
    const Computed computed { derivatives, bands };
    if (last - first < kParallelRows) {
        formatRows(m_layout, rows, computed, first, last, m_text);
        if (m_text.size() > kFlushBytes)
            flush();
        return;
    }
    // Formatting is the larger part of the work: the helper formats the rows after `middle` while
    // this thread formats those before and writes them, after the previous window's part the
    // helper formatted (m_ready), so that the writing overlaps the helper's formatting too.
    // This thread also computes the derivatives and writes: it formats two fifths (measured on
    // m1.csv: the helper idled a quarter of the time with halves).
    const std::size_t middle = first + (last - first) * 2 / 5;
    HelperTask tail(m_helper, [&] { formatRows(m_layout, rows, computed, middle, last, m_tail); });
    formatRows(m_layout, rows, computed, first, tail.taken() ? middle : last, m_text);
    if (!tail.taken()) {
        if (m_text.size() > kFlushBytes)
            flush();
        return;
    }
    flush();
    tail.wait();
    std::swap(m_ready, m_tail); // m_tail was written by flush(): empty
}

void RowWriter::flush()
{
    write(m_ready);
    write(m_text);
}

void RowWriter::write(TextBuffer& text)
{
    m_out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!m_out)
        throw InputError("<output>", 0, 0, std::string("cannot write the output: ") + std::strerror(errno));
    text.clear();
}

} // namespace tangent
