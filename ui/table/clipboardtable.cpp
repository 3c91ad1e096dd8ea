#include "ui/table/clipboardtable.h"

#include "core/io/datetime.h"
#include "core/io/numberformat.h"

#include <QCoreApplication>

#include <limits>

namespace tangent::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tangent::ui::Clipboard", text);
}

bool isNaLike(const QString& cell)
{
    static const QStringList na = { QStringLiteral("na"), QStringLiteral("n/a"), QStringLiteral("#n/a"),
        QStringLiteral("nan"), QStringLiteral("null") };
    return na.contains(cell.toLower());
}

/// "1,5" or "12,25": one comma, no point, and not exactly three digits after the comma (which
/// would read as a thousands separator, "1,500").
bool commaCanOnlyBeDecimal(const QString& cell)
{
    if (cell.count(u',') != 1 || cell.contains(u'.'))
        return false;
    int digits = 0;
    for (qsizetype i = cell.indexOf(u',') + 1; i < cell.size() && cell[i].isDigit(); ++i)
        ++digits;
    return digits != 3;
}

} // namespace

QList<QStringList> splitClipboardText(const QString& text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (normalized.endsWith(u'\n'))
        normalized.chop(1);
    QList<QStringList> rows;
    if (normalized.isEmpty())
        return rows;
    const QStringList lines = normalized.split(u'\n');
    rows.reserve(lines.size());
    for (const QString& line : lines)
        rows.append(line.split(u'\t'));
    return rows;
}

std::optional<double> parseClipboardNumber(const QString& cell, const QLocale& locale)
{
    const QString text = cell.trimmed();
    if (text.isEmpty() || isNaLike(text))
        return std::numeric_limits<double>::quiet_NaN();
    const std::string utf8 = text.toStdString();
    const bool localeComma = locale.decimalPoint() == QStringLiteral(",");
    if (localeComma) {
        if (auto value = parseDouble(utf8, true))
            return value;
    } else if (auto value = parseDouble(utf8, false)) {
        return value;
    }
    bool ok = false;
    const double value = locale.toDouble(text, &ok);
    if (ok)
        return value;
    if (localeComma)
        return parseDouble(utf8, false);
    if (commaCanOnlyBeDecimal(text))
        return parseDouble(utf8, true);
    return std::nullopt;
}

ClipboardBlock parseClipboardTable(const QString& text, const QList<ColumnKind>& kinds, const QLocale& locale)
{
    ClipboardBlock block;
    const QList<QStringList> cells = splitClipboardText(text);
    block.rows.reserve(static_cast<std::size_t>(cells.size()));
    for (int r = 0; r < cells.size(); ++r) {
        std::vector<double> row;
        row.reserve(static_cast<std::size_t>(cells[r].size()));
        for (int c = 0; c < cells[r].size(); ++c) {
            const QString& cell = cells[r][c];
            const bool date = c < kinds.size() && kinds[c] == ColumnKind::DateTime;
            std::optional<double> value;
            if (date && !cell.trimmed().isEmpty() && !isNaLike(cell.trimmed()))
                value = parseDateTime(cell.trimmed().toStdString());
            else
                value = parseClipboardNumber(cell, locale);
            if (!value) {
                block.rows.clear();
                block.errorRow = r;
                block.errorColumn = c;
                block.error = (date ? tr("'%1' is not a date (row %2, column %3 of the pasted block)")
                                    : tr("'%1' is not a number (row %2, column %3 of the pasted block)"))
                                  .arg(cell.trimmed())
                                  .arg(r + 1)
                                  .arg(c + 1);
                return block;
            }
            row.push_back(*value);
        }
        block.rows.push_back(std::move(row));
    }
    return block;
}

QString formatClipboardTable(const QList<QStringList>& rows)
{
    QStringList lines;
    lines.reserve(rows.size());
    for (const QStringList& row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (QString cell : row) {
            cell.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
            cell.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
            cells.append(cell);
        }
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n');
}

} // namespace tangent::ui
