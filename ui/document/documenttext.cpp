// SPDX-License-Identifier: GPL-3.0-or-later
// Document's texts: its name, time units and "name [unit]" headers.

#include "ui/document/document.h"

#include <QFileInfo>

namespace tangent::ui {

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
