// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/i18n/coremessages.h"

#include "core/errors.h"

#include <QCoreApplication>
#include <QLocale>

namespace tangent::ui {
namespace {

QString translated(const char* source)
{
    return QCoreApplication::translate(kCoreMessageContext, source);
}

/// `text` with %1 ... %9 replaced by `values`, each inserted as it is (QString::arg would read a
/// "%1" inside a file name or cell as a placeholder of its own).
QString fill(const QString& text, const QStringList& values)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('%') && i + 1 < text.size() && text[i + 1] >= QLatin1Char('1')
            && text[i + 1] <= QLatin1Char('9')) {
            const qsizetype n = text[i + 1].unicode() - '1';
            if (n < values.size()) {
                out += values[n];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

QString localizedArgument(const MessageArg& arg)
{
    QString text = QString::fromStdString(arg.text);
    // No group separators, as the table and the error's row and column numbers.
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    if (arg.kind == MessageArg::Kind::Integer) {
        bool ok = false;
        const qlonglong value = text.toLongLong(&ok);
        return ok ? locale.toString(value) : text;
    }
    if (arg.kind != MessageArg::Kind::Real)
        return text;
    // The core's digits as they are, in the language's symbols: the same number, written as the
    // core chose to write it (shortest, or with the digits it kept), "nan" and "inf" as they are.
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool exponentSign = i > 0 && (text[i - 1] == QLatin1Char('e') || text[i - 1] == QLatin1Char('E'));
        if (c == QLatin1Char('.'))
            out += locale.decimalPoint();
        else if (c == QLatin1Char('-'))
            out += locale.negativeSign();
        else if (c == QLatin1Char('+') && exponentSign)
            out += locale.positiveSign();
        else if ((c == QLatin1Char('e') || c == QLatin1Char('E')) && i + 1 < text.size()
            && (text[i + 1].isDigit() || text[i + 1] == QLatin1Char('-') || text[i + 1] == QLatin1Char('+')))
            out += locale.exponential();
        else
            out += c;
    }
    return out;
}

QString translateMessage(const Message& message)
{
    QStringList values;
    for (const MessageArg& arg : message.args)
        values << localizedArgument(arg);
    for (const Message& inner : message.nested)
        values << translateMessage(inner);
    return fill(translated(englishTemplate(message.id)), values);
}

QString translateError(const InputError& error)
{
    // The same parts as core/errors.cpp joins, each in the installed language.
    QString text = QString::fromStdString(error.file());
    const auto add = [&text](const QString& part) {
        if (!text.isEmpty() && text != part)
            text += QStringLiteral(": ");
        text += part;
    };
    const auto row = static_cast<qulonglong>(error.row());
    const auto column = static_cast<qulonglong>(error.column());
    if (row > 0 && column > 0)
        add(QCoreApplication::translate("CoreMessage", "row %1, column %2").arg(row).arg(column));
    else if (row > 0)
        add(QCoreApplication::translate("CoreMessage", "row %1").arg(row));
    else if (column > 0)
        add(QCoreApplication::translate("CoreMessage", "column %1").arg(column));
    add(translateMessage(error.userMessage()));
    return text;
}

QString translateException(const std::exception& error)
{
    if (const auto* input = dynamic_cast<const InputError*>(&error))
        return translateError(*input);
    if (const auto* carrier = dynamic_cast<const MessageCarrier*>(&error))
        return translateMessage(carrier->userMessage());
    return QString::fromUtf8(error.what());
}

} // namespace tangent::ui
