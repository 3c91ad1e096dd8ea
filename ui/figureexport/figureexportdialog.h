// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File → Export Figure…: the format, the size in pixels or in centimetres or inches with a DPI,
// and a light or dark theme. Remembers the last choice.

#include "ui/figureexport/figurespec.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

namespace tangent::ui {

class FigureExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit FigureExportDialog(QWidget* parent = nullptr);

    /// The figure as chosen.
    [[nodiscard]] FigureSpec spec() const;
    void setSpec(const FigureSpec& spec);

    /// The last spec accepted (or the defaults), and remembering one.
    [[nodiscard]] static FigureSpec rememberedSpec();
    static void rememberSpec(const FigureSpec& spec);

private:
    void unitChanged();
    void updateSummary();

    QComboBox* m_format;
    QDoubleSpinBox* m_width;
    QDoubleSpinBox* m_height;
    QComboBox* m_unit;
    QDoubleSpinBox* m_dpi;
    QComboBox* m_theme;
    QLabel* m_summary;
    FigureUnit m_shownUnit = FigureUnit::Pixels;
};

} // namespace tangent::ui
