// SPDX-License-Identifier: GPL-3.0-or-later
// Office Open XML spreadsheets (.xlsx): the workbook, its relationships, shared strings, the
// number formats that mark dates, and the sheets' cells (ECMA-376 part 1, section 18).

#include "core/errors.h"
#include "core/io/numberformat.h"
#include "core/sheets/sheetgrid.h"
#include "core/sheets/xmlparts.h"
#include "core/sheets/zipparts.h"
#include "core/time/datetime.h"

#include <cctype>
#include <charconv>
#include <cstring>
#include <map>
#include <set>

namespace tangent {
namespace {

bool isTrue(const char* value)
{
    return value != nullptr && (std::strcmp(value, "1") == 0 || std::strcmp(value, "true") == 0);
}

std::size_t parseIndex(const char* value)
{
    std::size_t n = 0;
    if (value == nullptr)
        return n;
    const char* end = value + std::strlen(value);
    std::from_chars(value, end, n);
    return n;
}

/// workbook.xml: the sheets in order with their relationship ids, and the date system.
class WorkbookHandler : public XmlHandler {
public:
    struct Sheet {
        std::string name;
        std::string relationship;
    };
    std::vector<Sheet> sheets;
    bool date1904 = false;

    bool start(std::string_view name, const char** attributes) override
    {
        if (name == "workbookPr") {
            date1904 = isTrue(xmlAttribute(attributes, "date1904"));
        } else if (name == "sheet") {
            const char* sheetName = xmlAttribute(attributes, "name");
            const char* id = xmlAttribute(attributes, "id");
            sheets.push_back({ sheetName != nullptr ? sheetName : "", id != nullptr ? id : "" });
        }
        return true;
    }
    bool end(std::string_view name) override { return name != "sheets"; }
};

/// A .rels part: relationship id to target.
class RelationshipsHandler : public XmlHandler {
public:
    std::map<std::string, std::string> targets;

    bool start(std::string_view name, const char** attributes) override
    {
        if (name == "Relationship") {
            const char* id = xmlAttribute(attributes, "Id");
            const char* target = xmlAttribute(attributes, "Target");
            if (id != nullptr && target != nullptr)
                targets[id] = target;
        }
        return true;
    }
    bool end(std::string_view /*name*/) override { return true; }
};

/// sharedStrings.xml: each <si>'s text, its runs joined, phonetic runs (<rPh>) left out.
class SharedStringsHandler : public XmlHandler {
public:
    std::vector<std::string> strings;

    bool start(std::string_view name, const char** /*attributes*/) override
    {
        if (name == "si")
            strings.emplace_back();
        else if (name == "rPh")
            ++m_phonetic;
        else if (name == "t")
            m_inText = m_phonetic == 0 && !strings.empty();
        return true;
    }
    bool end(std::string_view name) override
    {
        if (name == "rPh" && m_phonetic > 0)
            --m_phonetic;
        else if (name == "t")
            m_inText = false;
        return true;
    }
    void text(std::string_view text) override
    {
        if (m_inText)
            strings.back().append(text);
    }

private:
    int m_phonetic = 0;
    bool m_inText = false;
};

/// True for a number format code that shows a date or time: one with d, m, y, h or s outside
/// quoted text, escapes and [colour]/[locale] brackets (openpyxl's is_date_format does the same).
bool isDateFormatCode(std::string_view code)
{
    bool quoted = false;
    int bracket = 0;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (quoted) {
            quoted = c != '"';
        } else if (c == '"') {
            quoted = true;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i; // the next character is shown as it is
        } else if (c == '[') {
            // [h], [mm] and [ss] are elapsed times; other brackets are colours and locales.
            const std::size_t close = code.find(']', i);
            const std::string_view inside = code.substr(i + 1, close == std::string_view::npos ? 0 : close - i - 1);
            if (!inside.empty() && inside.find_first_not_of("hHmMsS") == std::string_view::npos)
                return true;
            ++bracket;
        } else if (c == ']') {
            bracket = std::max(0, bracket - 1);
        } else if (bracket == 0 && std::strchr("dDmMyYhHsS", c) != nullptr) {
            return true;
        }
    }
    return false;
}

/// The built-in number formats that are dates or times (ECMA-376 18.8.30).
bool isBuiltinDateFormat(std::size_t id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/// styles.xml: which cell formats (the s attribute of a cell) show dates.
class StylesHandler : public XmlHandler {
public:
    std::vector<bool> dateStyles;

    bool start(std::string_view name, const char** attributes) override
    {
        if (name == "numFmt") {
            const char* code = xmlAttribute(attributes, "formatCode");
            if (code != nullptr && isDateFormatCode(code))
                m_dateFormats.insert(parseIndex(xmlAttribute(attributes, "numFmtId")));
        } else if (name == "cellXfs") {
            m_inCellFormats = true;
        } else if (name == "xf" && m_inCellFormats) {
            const std::size_t id = parseIndex(xmlAttribute(attributes, "numFmtId"));
            dateStyles.push_back(m_dateFormats.contains(id) || isBuiltinDateFormat(id));
        }
        return true;
    }
    bool end(std::string_view name) override
    {
        if (name == "cellXfs")
            m_inCellFormats = false;
        return true;
    }

private:
    std::set<std::size_t> m_dateFormats;
    bool m_inCellFormats = false;
};

/// "BC12" -> column 54, row 11 (0-based); false when `ref` is not a cell reference.
bool parseCellReference(const char* ref, std::size_t& row, std::size_t& column)
{
    std::size_t col = 0;
    const char* p = ref;
    while (std::isalpha(static_cast<unsigned char>(*p)) != 0 && col <= kMaxSheetColumns) {
        col = col * 26 + static_cast<std::size_t>(std::toupper(static_cast<unsigned char>(*p)) - 'A' + 1);
        ++p;
    }
    std::size_t r = 0;
    const char* end = p + std::strlen(p);
    const auto [ptr, ec] = std::from_chars(p, end, r);
    if (col == 0 || ec != std::errc() || ptr != end || r == 0)
        return false;
    row = r - 1;
    column = col - 1;
    return true;
}

struct XlsxContext {
    const std::vector<std::string>* sharedStrings;
    const std::vector<bool>* dateStyles;
    bool date1904 = false;
    std::string source;
};

/// One worksheet: its cells, or only how many rows it has.
class SheetHandler : public XmlHandler {
public:
    SheetHandler(const XlsxContext& context, SheetGrid& grid, bool keep, std::size_t maxCells)
        : m_context(context), m_grid(grid), m_keep(keep), m_maxCells(maxCells)
    {
    }

    bool start(std::string_view name, const char** attributes) override
    {
        if (name == "row") {
            const std::size_t r = parseIndex(xmlAttribute(attributes, "r"));
            m_row = r > 0 ? r - 1 : m_nextRow;
            m_nextRow = m_row + 1;
            m_nextColumn = 0;
        } else if (name == "c") {
            m_type = attribute(attributes, "t");
            m_style = parseIndex(xmlAttribute(attributes, "s"));
            const char* ref = xmlAttribute(attributes, "r");
            std::size_t row = m_row;
            std::size_t column = m_nextColumn;
            if (ref != nullptr && !parseCellReference(ref, row, column))
                throw InputError(m_context.source, 0, 0,
                    Message { MessageId::SheetBadCellReference, { m_grid.name, std::string(ref) }, {} });
            m_cellRow = row;
            m_cellColumn = column;
            m_nextColumn = column + 1;
            m_value.clear();
            m_inline.clear();
            m_hasValue = false;
        } else if (name == "v") {
            m_inValue = true;
            m_hasValue = true;
        } else if (name == "is") {
            m_inInline = true;
        } else if (name == "rPh") {
            m_inPhonetic = true;
        } else if (name == "t" && m_inInline && !m_inPhonetic) {
            m_inInlineText = true;
            m_hasValue = true;
        }
        return true;
    }

    bool end(std::string_view name) override
    {
        if (name == "v") {
            m_inValue = false;
        } else if (name == "is") {
            m_inInline = false;
        } else if (name == "rPh") {
            m_inPhonetic = false;
        } else if (name == "t") {
            m_inInlineText = false;
        } else if (name == "c") {
            finishCell();
        }
        return true;
    }

    void text(std::string_view text) override
    {
        if (m_inValue)
            m_value.append(text);
        else if (m_inInlineText)
            m_inline.append(text);
    }

private:
    static std::string attribute(const char** attributes, std::string_view name)
    {
        const char* value = xmlAttribute(attributes, name);
        return value != nullptr ? value : "";
    }

    /// A cell that cannot be read: `id` with the cell's value as its one argument.
    [[noreturn]] void badCell(MessageId id) const
    {
        throw InputError(m_context.source, m_cellRow + 1, m_cellColumn + 1,
            Message { MessageId::SheetPrefix, { m_grid.name }, { Message { id, { m_value }, {} } } });
    }

    void finishCell()
    {
        if (!m_hasValue)
            return; // formatted but empty, or a formula without a cached value: a gap
        SheetCell cell;
        cell.row = m_cellRow;
        cell.column = m_cellColumn;
        if (m_type == "s") {
            const std::size_t index = parseIndex(m_value.c_str());
            if (index >= m_context.sharedStrings->size())
                badCell(MessageId::SheetNoSharedString);
            cell.kind = SheetCellKind::Text;
            cell.text = (*m_context.sharedStrings)[index];
        } else if (m_type == "inlineStr") {
            cell.kind = SheetCellKind::Text;
            cell.text = m_inline;
        } else if (m_type == "str" || m_type == "e") {
            cell.kind = SheetCellKind::Text; // a formula's text result, or an error such as #DIV/0!
            cell.text = m_value;
        } else if (m_type == "d") {
            const std::optional<double> seconds = parseDateTime(m_value);
            if (!seconds)
                badCell(MessageId::SheetNotIsoDate);
            cell.kind = SheetCellKind::Date;
            cell.text = formatDateTime(*seconds);
        } else {
            const std::optional<double> number = parseDouble(m_value);
            if (!number)
                badCell(MessageId::SheetNotANumber);
            cell.number = *number;
            const bool isDate
                = m_type != "b" && m_style < m_context.dateStyles->size() && (*m_context.dateStyles)[m_style];
            if (isDate) {
                cell.kind = SheetCellKind::Date;
                cell.text = formatDateTime(excelSerialToSeconds(*number, m_context.date1904));
                if (cell.text.empty())
                    badCell(MessageId::SheetDateOutOfRange);
            }
        }
        if (cell.kind == SheetCellKind::Text && cell.text.empty())
            return;
        m_grid.rows = std::max(m_grid.rows, cell.row + 1);
        if (!m_keep)
            return;
        checkCellPlace(cell.row, cell.column, m_grid.cells.size(), m_maxCells, m_context.source, m_grid.name);
        m_grid.cells.push_back(std::move(cell));
    }

    const XlsxContext& m_context;
    SheetGrid& m_grid;
    bool m_keep;
    std::size_t m_maxCells;
    std::size_t m_row = 0;
    std::size_t m_nextRow = 0;
    std::size_t m_nextColumn = 0;
    std::size_t m_cellRow = 0;
    std::size_t m_cellColumn = 0;
    std::string m_type;
    std::size_t m_style = 0;
    std::string m_value;
    std::string m_inline;
    bool m_hasValue = false;
    bool m_inValue = false;
    bool m_inInline = false;
    bool m_inInlineText = false;
    bool m_inPhonetic = false;
};

/// The part a relationship target names, relative to the folder of xl/workbook.xml.
std::string partPath(const std::string& target)
{
    if (!target.empty() && target[0] == '/')
        return target.substr(1);
    std::string path = "xl/" + target;
    // "../" steps out of xl/ (rare, but allowed).
    while (path.find("/../") != std::string::npos) {
        const std::size_t up = path.find("/../");
        const std::size_t parent = path.rfind('/', up == 0 ? 0 : up - 1);
        path.erase(
            parent == std::string::npos ? 0 : parent + 1, up + 4 - (parent == std::string::npos ? 0 : parent + 1));
    }
    return path;
}

} // namespace

std::vector<SheetGrid> readXlsxSheets(const ZipParts& parts, const SheetRequest& request, const std::string& source)
{
    const std::optional<std::string> workbookXml = parts.read("xl/workbook.xml");
    if (!workbookXml)
        throw InputError(source, 0, 0, Message { MessageId::NotAnXlsx, {}, {} });
    WorkbookHandler workbook;
    parseXml(*workbookXml, workbook, source, "xl/workbook.xml");
    RelationshipsHandler relationships;
    if (const auto rels = parts.read("xl/_rels/workbook.xml.rels"))
        parseXml(*rels, relationships, source, "xl/_rels/workbook.xml.rels");
    SharedStringsHandler sharedStrings;
    std::string sharedPath = "xl/sharedStrings.xml";
    StylesHandler styles;
    std::string stylesPath = "xl/styles.xml";
    for (const auto& [id, target] : relationships.targets) {
        if (target.ends_with("sharedStrings.xml"))
            sharedPath = partPath(target);
        else if (target.ends_with("styles.xml"))
            stylesPath = partPath(target);
    }
    if (const auto xml = parts.read(sharedPath))
        parseXml(*xml, sharedStrings, source, sharedPath);
    if (const auto xml = parts.read(stylesPath))
        parseXml(*xml, styles, source, stylesPath);
    const XlsxContext context { &sharedStrings.strings, &styles.dateStyles, workbook.date1904, source };

    std::vector<SheetGrid> grids;
    for (std::size_t i = 0; i < workbook.sheets.size(); ++i) {
        SheetGrid& grid = grids.emplace_back();
        grid.name = workbook.sheets[i].name;
        const auto target = relationships.targets.find(workbook.sheets[i].relationship);
        const std::string path = target != relationships.targets.end()
            ? partPath(target->second)
            : "xl/worksheets/sheet" + std::to_string(i + 1) + ".xml";
        const std::optional<std::string> xml = parts.read(path);
        if (!xml)
            throw InputError(source, 0, 0, Message { MessageId::SheetPartMissing, { grid.name, path }, {} });
        SheetHandler handler(context, grid, request.wants(i, grid.name), request.maxCells);
        parseXml(*xml, handler, source, path);
    }
    return grids;
}

} // namespace tangent
