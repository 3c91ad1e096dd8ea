// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Paints the whole figure (every pane of the layout shown, each with its axes and legend) into any
// painter at any size: an image, an SVG drawing or a PDF page. The panes are laid out again at the
// figure's size and painted as vector graphics, not grabbed from the screen, so a figure can be
// made without a window on screen and a PDF or SVG stays sharp at any zoom.

#include "ui/figureexport/figurespec.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace tangent::ui {

class ChartPanes;
class ChartView;
class Document;

/// One pane's place in a figure, in layout pixels; panes with the same `stack` share their x
/// axis and are aligned so that their plot areas have the same left and right edges.
struct FigurePane {
    ChartView* view = nullptr;
    QRectF rect;
    int stack = 0;
};

/// Where each of `panes`' panes goes in a figure of `size` layout pixels: the whole figure for the
/// overlay; curves over derivatives, half and half, when stacked; the small multiples' pairs in a
/// grid of at most two per row, each a curve over its derivative.
[[nodiscard]] QList<FigurePane> arrangeFigure(const ChartPanes& panes, QSizeF size);

/// Paints the figure into `painter` over (0, 0, `size`) in layout pixels (scale the painter for
/// other devices), in `theme`'s colours. Waits for `document`'s background computation first, so
/// the figure shows its result, never the previous one. The panes are put back as they were.
void paintFigure(ChartPanes& panes, Document* document, QPainter& painter, QSizeF size, FigureTheme theme);

/// The figure as an image of `spec.pixelSize()` pixels with `spec.dpi` recorded in it.
[[nodiscard]] QImage renderFigureImage(ChartPanes& panes, Document* document, const FigureSpec& spec);

/// Writes the figure to `path` in `spec.format`: the whole file, or (on failure) none and the
/// previous file kept. Returns the problem in words, or an empty string.
QString writeFigure(ChartPanes& panes, Document* document, const FigureSpec& spec, const QString& path);

} // namespace tangent::ui
