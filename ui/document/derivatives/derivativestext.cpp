// SPDX-License-Identifier: GPL-3.0-or-later
// DocumentDerivatives' texts: derivative titles, the numpy call and the method of each derivative.

#include "ui/document/derivatives/documentderivatives.h"

#include "ui/document/document.h"
#include "ui/document/methodtext.h"

#include "core/gradient/derivativetable.h"

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

QString DocumentDerivatives::derivativeTitle(int yColumn) const
{
    if (yColumn < 0 || yColumn >= m_document.columnCount())
        return {};
    const Column& y = m_document.column(yColumn);
    const int x = m_document.effectiveXColumn();
    const QString xName = x < 0 ? QStringLiteral("x") : m_document.column(x).name;
    QString xUnit;
    if (x >= 0)
        xUnit = m_document.column(x).kind == ColumnKind::DateTime ? timeUnitLabel(m_document.settings().timeUnit)
                                                                  : m_document.column(x).unit;
    const int k = m_document.settings().order;
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

QString DocumentDerivatives::numpyCall() const
{
    const DerivativeSettings& settings = m_document.settings();
    QString arguments = m_document.effectiveXColumn() < 0
        ? QString::number(settings.dx, 'g', QLocale::FloatingPointShortest)
        : QStringLiteral("x");
    if (settings.edgeOrder != 1)
        arguments += QStringLiteral(", edge_order=%1").arg(settings.edgeOrder);
    QString call = QStringLiteral("y");
    for (int k = 0; k < std::max(1, settings.order); ++k)
        call = QStringLiteral("numpy.gradient(%1, %2)").arg(call, arguments);
    return call;
}

QString DocumentDerivatives::methodLabel(int yColumn) const
{
    const DerivativeResult* result = resultFor(yColumn);
    if (!result || !result->used)
        return {};
    const QString summary = methodSummary(*result->used);
    return m_document.settings().smoothing.method == SmoothingMethod::Auto ? Document::tr("%1 (auto)").arg(summary)
                                                                           : summary;
}

} // namespace tangent::ui
