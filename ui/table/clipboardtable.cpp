// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/table/clipboardtable.h"

#include "core/io/pasteblock.h"

#include <QCoreApplication>

#include <memory>

namespace tangent::ui {
namespace {

// tr() for code outside a QObject; lupdate reads the context from the macro.
class Clipboard {
    Q_DECLARE_TR_FUNCTIONS(tangent::ui::Clipboard)
};

/// The core's view of `locale`: its decimal separator, and QLocale's own reading of a number.
PasteLocale pasteLocale(const QLocale& locale)
{
    PasteLocale paste;
    paste.decimalComma = locale.decimalPoint() == QStringLiteral(",");
    // Where the group separator is C's decimal point (German "1.234,5"), grouping counts only
    // beside the locale's decimal separator: Tangent copies cells in C format, and its "1.234"
    // must paste back as 1.234, not 1234.
    const bool pointGroups = locale.groupSeparator() == QStringLiteral(".");
    QLocale ungrouped = locale;
    ungrouped.setNumberOptions(locale.numberOptions() | QLocale::RejectGroupSeparator);
    paste.localeNumber = [locale, ungrouped, pointGroups](std::string_view text) -> std::optional<double> {
        const QString cell = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
        const bool grouped = !pointGroups || cell.contains(locale.decimalPoint());
        bool ok = false;
        const double value = (grouped ? locale : ungrouped).toDouble(cell, &ok);
        return ok ? std::optional<double>(value) : std::nullopt;
    };
    return paste;
}

} // namespace

QList<QStringList> splitClipboardText(const QString& text)
{
    const std::string utf8 = text.toStdString();
    QList<QStringList> rows;
    for (const auto& cells : splitPastedText(utf8)) {
        QStringList row;
        row.reserve(static_cast<qsizetype>(cells.size()));
        for (const std::string_view cell : cells)
            row.append(QString::fromUtf8(cell.data(), static_cast<qsizetype>(cell.size())));
        rows.append(row);
    }
    return rows;
}

std::optional<double> parseClipboardNumber(const QString& cell, const QLocale& locale)
{
    return parsePastedNumber(cell.toStdString(), pasteLocale(locale));
}

ClipboardBlock parseClipboardTable(const QString& text, const QList<ColumnKind>& kinds, const QLocale& locale)
{
    const auto dateColumns = std::make_unique<bool[]>(static_cast<std::size_t>(kinds.size()));
    for (qsizetype c = 0; c < kinds.size(); ++c)
        dateColumns[static_cast<std::size_t>(c)] = kinds[c] == ColumnKind::DateTime;
    PastedBlock pasted = parsePastedBlock(
        text.toStdString(), { dateColumns.get(), static_cast<std::size_t>(kinds.size()) }, pasteLocale(locale));
    ClipboardBlock block;
    block.rows = std::move(pasted.rows);
    if (pasted.ok())
        return block;
    block.errorRow = static_cast<int>(pasted.errorRow);
    block.errorColumn = static_cast<int>(pasted.errorColumn);
    block.error = (pasted.errorIsDate ? Clipboard::tr("'%1' is not a date (row %2, column %3 of the pasted block)")
                                      : Clipboard::tr("'%1' is not a number (row %2, column %3 of the pasted block)"))
                      .arg(QString::fromStdString(pasted.errorCell))
                      .arg(block.errorRow + 1)
                      .arg(block.errorColumn + 1);
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
