// SPDX-License-Identifier: GPL-3.0-or-later
// Document's texts: its name, time units, "name [unit]" headers, derivative titles and the numpy
// call.

#include "ui/document/document.h"

#include "core/gradient/derivativetable.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace tangent::ui {
namespace {

QString superscript(int k)
{
    static const char16_t digits[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString text;
    for (QChar c : QString::number(k))
        text += c.isDigit() ? QChar(digits[c.digitValue()]) : c;
    return text;
}

} // namespace

QString timeUnitLabel(TimeUnit unit)
{
    const std::string_view symbol = tangent::timeUnitSymbol(unit);
    return QString::fromUtf8(symbol.data(), static_cast<qsizetype>(symbol.size()));
}

std::pair<QString, QString> splitNameAndUnit(const QString& header)
{
    const QString text = header.trimmed();
    if (text.size() < 3)
        return { text, {} };
    const QChar close = text.back();
    if (close != u']' && close != u')')
        return { text, {} };
    const QChar open = close == u']' ? u'[' : u'(';
    // Find the bracket that opens the last group, allowing nested ones: "speed (m/(s))".
    int depth = 0;
    int start = -1;
    for (int i = static_cast<int>(text.size()) - 1; i >= 0; --i) {
        if (text[i] == close)
            ++depth;
        else if (text[i] == open && --depth == 0) {
            start = i;
            break;
        }
    }
    if (start <= 0)
        return { text, {} };
    // "f(x)" is a name, "f (x)" a name and a unit; square brackets are always a unit.
    if (open == u'(' && !text[start - 1].isSpace())
        return { text, {} };
    const QString name = text.left(start).trimmed();
    const QString unit = text.mid(start + 1, text.size() - start - 2).trimmed();
    if (name.isEmpty())
        return { text, {} };
    return { name, unit };
}

QString Document::columnTitle(int column) const
{
    const Column& c = this->column(column);
    return c.unit.isEmpty() ? c.name : QStringLiteral("%1 [%2]").arg(c.name, c.unit);
}

QString Document::derivativeTitle(int yColumn) const
{
    if (yColumn < 0 || yColumn >= columnCount())
        return {};
    const Column& y = column(yColumn);
    const int x = effectiveXColumn();
    const QString xName = x < 0 ? QStringLiteral("x") : column(x).name;
    QString xUnit;
    if (x >= 0)
        xUnit = column(x).kind == ColumnKind::DateTime ? timeUnitLabel(m_settings.timeUnit) : column(x).unit;
    const int k = m_settings.order;
    QString name = QString::fromStdString(derivativeColumnName(y.name.toStdString(), xName.toStdString(), k));
    if (xUnit.isEmpty() && y.unit.isEmpty())
        return name;
    QString per = xUnit;
    if (per.contains(u'/') || per.contains(u' ') || per.contains(u'·'))
        per = QStringLiteral("(%1)").arg(per);
    if (k > 1 && !per.isEmpty())
        per += superscript(k);
    QString unit;
    if (per.isEmpty())
        unit = y.unit;
    else if (y.unit.isEmpty())
        unit = QStringLiteral("1/") + per;
    else
        unit = y.unit + u'/' + per;
    return QStringLiteral("%1 [%2]").arg(name, unit);
}

QString Document::numpyCall() const
{
    QString arguments = effectiveXColumn() < 0 ? QString::number(m_settings.dx, 'g', QLocale::FloatingPointShortest)
                                               : QStringLiteral("x");
    if (m_settings.edgeOrder != 1)
        arguments += QStringLiteral(", edge_order=%1").arg(m_settings.edgeOrder);
    QString call = QStringLiteral("y");
    for (int k = 0; k < std::max(1, m_settings.order); ++k)
        call = QStringLiteral("numpy.gradient(%1, %2)").arg(call, arguments);
    return call;
}

QString Document::displayName() const
{
    return m_filePath.isEmpty() ? m_untitledName : QFileInfo(m_filePath).fileName();
}

void Document::setUntitledName(const QString& name)
{
    if (name == m_untitledName)
        return;
    m_untitledName = name;
    emit filePathChanged(m_filePath);
}

} // namespace tangent::ui
