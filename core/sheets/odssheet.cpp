// SPDX-License-Identifier: GPL-3.0-or-later
// OpenDocument spreadsheets (.ods): the tables of content.xml, their rows and cells with the
// repeat counts that stand for runs of equal rows and cells (OpenDocument 1.3 part 3, 9.1).

#include "core/errors.h"
#include "core/io/numberformat.h"
#include "core/sheets/sheetgrid.h"
#include "core/sheets/xmlparts.h"
#include "core/sheets/zipparts.h"
#include "core/time/datetime.h"

#include <charconv>
#include <cstring>

namespace tangent {
namespace {

std::size_t repeatCount(const char** attributes, std::string_view name)
{
    const char* value = xmlAttribute(attributes, name);
    std::size_t n = 1;
    if (value != nullptr) {
        const auto [ptr, ec] = std::from_chars(value, value + std::strlen(value), n);
        if (ec != std::errc() || n == 0)
            n = 1;
    }
    return n;
}

class ContentHandler : public XmlHandler {
public:
    ContentHandler(const SheetRequest& request, std::string source)
        : m_request(request), m_source(std::move(source)) { }

    std::vector<SheetGrid> grids;

    bool start(std::string_view name, const char** attributes) override
    {
        if (m_annotation > 0) {
            ++m_annotation;
            return true;
        }
        if (m_ignored > 0) {
            m_ignored += name == "table" || name == "shapes" ? 1 : 0;
            return true;
        }
        if (name == "table" && !m_inTable) {
            m_inTable = true;
            SheetGrid& grid = grids.emplace_back();
            const char* sheetName = xmlAttribute(attributes, "name");
            grid.name = sheetName != nullptr ? sheetName : "";
            m_keep = m_request.wants(grids.size() - 1, grid.name);
            m_row = 0;
        } else if (!m_inTable) {
            return true;
        } else if (name == "table-row") {
            m_rowRepeat = repeatCount(attributes, "number-rows-repeated");
            m_column = 0;
            m_rowCells.clear();
        } else if (name == "table-cell" || name == "covered-table-cell") {
            startCell(attributes);
        } else if (name == "annotation") {
            m_annotation = 1;
        } else if (m_inCell && name == "p") {
            if (m_paragraphs++ > 0)
                m_text += '\n';
            m_inParagraph = true;
        } else if (m_inParagraph && name == "s") {
            m_text.append(std::min<std::size_t>(repeatCount(attributes, "c"), 1024), ' ');
        } else if (m_inParagraph && name == "tab") {
            m_text += '\t';
        } else if (m_inParagraph && name == "line-break") {
            m_text += '\n';
        } else if (name == "table" || name == "shapes") {
            ++m_ignored; // a table inside a cell, or drawings: not the sheet's cells
        }
        return true;
    }

    bool end(std::string_view name) override
    {
        if (m_annotation > 0) {
            --m_annotation;
            return true;
        }
        if (!m_inTable)
            return true;
        if (m_ignored > 0) {
            m_ignored -= name == "table" || name == "shapes" ? 1 : 0;
        } else if (name == "table") {
            m_inTable = false;
        } else if (name == "table-row") {
            finishRow();
        } else if (name == "table-cell" || name == "covered-table-cell") {
            finishCell();
        } else if (name == "p") {
            m_inParagraph = false;
        }
        return true;
    }

    void text(std::string_view text) override
    {
        if (m_inParagraph && m_annotation == 0 && m_ignored == 0)
            m_text.append(text);
    }

private:
    [[nodiscard]] SheetGrid& grid() { return grids.back(); }

    void startCell(const char** attributes)
    {
        m_inCell = true;
        m_cellRepeat = repeatCount(attributes, "number-columns-repeated");
        m_text.clear();
        m_paragraphs = 0;
        const char* type = xmlAttribute(attributes, "value-type");
        m_type = type != nullptr ? type : "";
        const char* value = nullptr;
        if (m_type == "date")
            value = xmlAttribute(attributes, "date-value");
        else if (m_type == "time")
            value = xmlAttribute(attributes, "time-value");
        else if (m_type == "boolean")
            value = xmlAttribute(attributes, "boolean-value");
        else
            value = xmlAttribute(attributes, "value");
        m_value = value != nullptr ? value : "";
    }

    void finishCell()
    {
        m_inCell = false;
        const std::size_t first = m_column;
        m_column += m_cellRepeat;
        if (m_column > kMaxSheetColumns && (!m_type.empty() || !m_text.empty()))
            checkCellPlace(m_row, m_column - 1, 0, m_request.maxCells, m_source, grid().name);
        SheetCell cell;
        if (m_type == "float" || m_type == "percentage" || m_type == "currency") {
            const std::optional<double> number = parseDouble(m_value);
            if (!number)
                throw InputError(m_source, m_row + 1, first + 1,
                    Message { MessageId::SheetCellNotANumber, { grid().name, m_value }, {} });
            cell.number = *number;
        } else if (m_type == "boolean") {
            cell.number = m_value == "true" ? 1.0 : 0.0;
        } else if (m_type == "date") {
            const std::optional<double> seconds = parseDateTime(m_value);
            cell.kind = SheetCellKind::Date;
            cell.text = seconds ? formatDateTime(*seconds) : m_value;
        } else if (m_type.empty() && m_text.empty()) {
            return; // an empty cell (or a run of them)
        } else {
            cell.kind = SheetCellKind::Text; // string, and time as written (PT12H30M00S)
            cell.text = m_type == "string" || m_type.empty() || m_value.empty() ? m_text : m_value;
            if (cell.text.empty())
                return;
        }
        for (std::size_t c = first; c < m_column; ++c) {
            cell.column = c;
            m_rowCells.push_back(cell);
        }
    }

    void finishRow()
    {
        const std::size_t first = m_row;
        m_row += m_rowRepeat;
        if (m_rowCells.empty())
            return;
        checkCellPlace(m_row - 1, 0, 0, m_request.maxCells, m_source, grid().name);
        grid().rows = m_row;
        if (!m_keep)
            return;
        for (std::size_t r = first; r < m_row; ++r) {
            for (SheetCell cell : m_rowCells) {
                checkCellPlace(r, cell.column, grid().cells.size(), m_request.maxCells, m_source, grid().name);
                cell.row = r;
                grid().cells.push_back(std::move(cell));
            }
        }
    }

    const SheetRequest& m_request;
    std::string m_source;
    bool m_inTable = false;
    bool m_keep = false;
    int m_annotation = 0;
    int m_ignored = 0;
    std::size_t m_row = 0;
    std::size_t m_rowRepeat = 1;
    std::size_t m_column = 0;
    std::size_t m_cellRepeat = 1;
    std::vector<SheetCell> m_rowCells;
    bool m_inCell = false;
    bool m_inParagraph = false;
    std::size_t m_paragraphs = 0;
    std::string m_type;
    std::string m_value;
    std::string m_text;
};

} // namespace

std::vector<SheetGrid> readOdsSheets(const ZipParts& parts, const SheetRequest& request, const std::string& source)
{
    const std::optional<std::string> content = parts.read("content.xml");
    if (!content)
        throw InputError(source, 0, 0, Message { MessageId::NotAnOds, {}, {} });
    ContentHandler handler(request, source);
    parseXml(*content, handler, source, "content.xml");
    return std::move(handler.grids);
}

} // namespace tangent
