// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/accessibility/highcontraststyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace tangent::ui {
namespace {

/// The colour the outlines are drawn in: the text's, dimmed for a disabled control.
QColor outlineColor(const QStyleOption* option)
{
    const bool enabled = option->state.testFlag(QStyle::State_Enabled);
    return option->palette.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::WindowText);
}

void outline(QPainter* painter, const QStyleOption* option, const QRectF& rect, bool round)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(outlineColor(option), 1.0));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    if (round)
        painter->drawEllipse(r);
    else
        painter->drawRoundedRect(r, 2.0, 2.0);
    painter->restore();
}

} // namespace

HighContrastStyle::HighContrastStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) { }

void HighContrastStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    switch (element) {
    case PE_IndicatorRadioButton:
        outline(painter, option, option->rect, true);
        break;
    case PE_IndicatorCheckBox:
    case PE_FrameLineEdit:
    case PE_PanelButtonCommand:
        outline(painter, option, option->rect, false);
        break;
    default:
        break;
    }
}

void HighContrastStyle::drawComplexControl(
    ComplexControl control, const QStyleOptionComplex* option, QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    switch (control) {
    case CC_SpinBox:
    case CC_ComboBox:
        outline(painter, option, option->rect, false);
        break;
    case CC_Slider:
        outline(painter, option, subControlRect(control, option, SC_SliderGroove, widget), false);
        outline(painter, option, subControlRect(control, option, SC_SliderHandle, widget), false);
        break;
    default:
        break;
    }
}

void HighContrastStyle::drawControl(
    ControlElement element, const QStyleOption* option, QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element == CE_ProgressBarGroove)
        outline(painter, option, option->rect, false);
}

} // namespace tangent::ui
