// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fusion for the high-contrast palette. Fusion outlines its controls in a shade of the window
// colour; on a black window that shade is black too, so an unchecked radio button, a check box,
// the frame of a spin box or a slider's handle vanish. This style draws Fusion and then outlines
// each such control in the palette's text colour, which keeps WCAG's 3:1 for controls (1.4.11).

#include <QProxyStyle>

namespace tangent::ui {

class HighContrastStyle : public QProxyStyle {
    Q_OBJECT
public:
    /// Fusion, with the outlines above.
    HighContrastStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
        const QWidget* widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget = nullptr) const override;
};

} // namespace tangent::ui
