// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/figureexport/figurerenderer.h"

#include "ui/accessibility/palettes.h"
#include "ui/chart/chartview.h"
#include "ui/chart/panes/chartpanes.h"
#include "ui/document/document.h"

#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace tangent::ui {
namespace {

constexpr int kPairsPerRow = 2; // as the window's small multiples

/// A pane as the window had it, to be put back after the figure is painted.
struct SavedPane {
    ChartView* view;
    QRectF geometry;
    QMargins margins;
    bool ownPalette;
    QPalette palette;
};

void activate(QChart* chart)
{
    if (QGraphicsLayout* layout = chart->layout()) {
        layout->invalidate();
        layout->activate();
    }
}

/// Lays `view`'s chart out at `size` and redraws it there: ticks and the reduction to pixels
/// follow the figure's size, the fonts keep theirs.
void layOut(ChartView* view, const QRectF& geometry)
{
    view->chart()->setGeometry(geometry);
    activate(view->chart());
    view->updateNow();
    activate(view->chart()); // new ticks may have changed the labels' widths
}

/// The number of stacks in `figure`.
int stackCount(const QList<FigurePane>& figure)
{
    int stacks = 0;
    for (const FigurePane& pane : figure)
        stacks = std::max(stacks, pane.stack + 1);
    return stacks;
}

/// The margins of each pane without the window's alignment padding: the pane of a stack that
/// needed the most room beside its plot was padded by nothing, so the least margin is the base.
std::vector<QMargins> baseMargins(const QList<FigurePane>& figure, const std::vector<SavedPane>& saved)
{
    std::vector<QMargins> base(saved.size());
    for (int stack = 0; stack < stackCount(figure); ++stack) {
        int left = std::numeric_limits<int>::max();
        int right = std::numeric_limits<int>::max();
        for (qsizetype i = 0; i < figure.size(); ++i) {
            if (figure[i].stack == stack) {
                left = std::min(left, saved[static_cast<std::size_t>(i)].margins.left());
                right = std::min(right, saved[static_cast<std::size_t>(i)].margins.right());
            }
        }
        for (qsizetype i = 0; i < figure.size(); ++i) {
            if (figure[i].stack == stack) {
                QMargins margins = saved[static_cast<std::size_t>(i)].margins;
                margins.setLeft(left);
                margins.setRight(right);
                base[static_cast<std::size_t>(i)] = margins;
            }
        }
    }
    return base;
}

/// Pads the panes of each stack so that their plot areas share left and right edges, as the
/// window's panes are (ChartPanes::alignPlotAreas), at the figure's size. The panes are laid out
/// with their `base` margins.
void alignStacks(const QList<FigurePane>& figure, const std::vector<QMargins>& base)
{
    for (int stack = 0; stack < stackCount(figure); ++stack) {
        std::vector<std::pair<qsizetype, std::pair<int, int>>> needs;
        int left = 0;
        int right = 0;
        for (qsizetype i = 0; i < figure.size(); ++i) {
            if (figure[i].stack != stack)
                continue;
            QChart* chart = figure[i].view->chart();
            const QRectF area = chart->plotArea();
            const int l = qRound(area.left()) - chart->margins().left();
            const int r = qRound(chart->size().width() - area.right()) - chart->margins().right();
            needs.push_back({ i, { l, r } });
            left = std::max(left, l);
            right = std::max(right, r);
        }
        if (needs.size() < 2)
            continue;
        for (const auto& [i, need] : needs) {
            QChart* chart = figure[i].view->chart();
            QMargins margins = base[static_cast<std::size_t>(i)];
            margins.setLeft(margins.left() + left - need.first);
            margins.setRight(margins.right() + right - need.second);
            chart->setMargins(margins);
            layOut(figure[i].view, chart->geometry());
        }
    }
}

} // namespace

QList<FigurePane> arrangeFigure(const ChartPanes& panes, QSizeF size)
{
    const QList<ChartView*> views = panes.panes();
    const double w = size.width();
    const double h = size.height();
    if (panes.chartLayout() == ChartLayout::Overlay || views.size() < 2)
        return { FigurePane { views.first(), QRectF(0, 0, w, h), 0 } };
    if (panes.chartLayout() == ChartLayout::Stacked) {
        QList<FigurePane> figure;
        const double each = h / static_cast<double>(views.size());
        for (qsizetype i = 0; i < views.size(); ++i)
            figure.append({ views[i], QRectF(0, each * static_cast<double>(i), w, each), 0 });
        return figure;
    }
    // Small multiples: the panes come as curve, derivative, curve, derivative...
    const auto pairs = static_cast<int>((views.size() + 1) / 2);
    const int columns = std::min(pairs, kPairsPerRow);
    const int rows = (pairs + columns - 1) / columns;
    const double cellWidth = w / columns;
    const double cellHeight = h / rows;
    QList<FigurePane> figure;
    for (qsizetype i = 0; i < views.size(); ++i) {
        const auto pair = static_cast<int>(i / 2);
        const double x = cellWidth * (pair % columns);
        const int row = pair / columns; // whole rows of pairs
        const double y = cellHeight * row + (i % 2 == 0 ? 0.0 : cellHeight / 2);
        figure.append({ views[i], QRectF(x, y, cellWidth, cellHeight / 2), pair });
    }
    return figure;
}

void paintFigure(ChartPanes& panes, Document* document, QPainter& painter, QSizeF size, FigureTheme theme)
{
    if (document)
        document->derivatives().finishComputing();
    const QPalette palette = theme == FigureTheme::Dark ? darkPalette() : lightPalette();
    const QList<FigurePane> figure = arrangeFigure(panes, size);
    std::vector<SavedPane> saved;
    saved.reserve(static_cast<std::size_t>(figure.size()));
    for (const FigurePane& pane : figure) {
        ChartView* view = pane.view;
        saved.push_back({ view, view->chart()->geometry(), view->chart()->margins(),
            view->testAttribute(Qt::WA_SetPalette), view->palette() });
        // The chart takes its colours from its palette (ChartView::applyTheme).
        view->setPalette(palette);
        view->showLinkedHover(-1); // the mouse's read-out is no part of a figure
        view->updateNow();
    }
    const std::vector<QMargins> base = baseMargins(figure, saved);
    for (qsizetype i = 0; i < figure.size(); ++i) {
        const auto k = static_cast<std::size_t>(i);
        figure[i].view->chart()->setMargins(base[k]);
        layOut(figure[i].view, QRectF(saved[k].geometry.topLeft(), figure[i].rect.size()));
    }
    alignStacks(figure, base);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(), size), palette.window());
    for (const FigurePane& pane : figure) {
        const QRectF source(pane.view->chart()->geometry().topLeft(), pane.rect.size());
        pane.view->scene()->render(&painter, pane.rect, source, Qt::IgnoreAspectRatio);
    }
    painter.restore();

    for (const SavedPane& pane : saved) {
        pane.view->chart()->setMargins(pane.margins);
        if (pane.ownPalette)
            pane.view->setPalette(pane.palette);
        else
            pane.view->setPalette(QPalette()); // inherit the window's again
        layOut(pane.view, pane.geometry);
    }
}

QImage renderFigureImage(ChartPanes& panes, Document* document, const FigureSpec& spec)
{
    const QSize pixels = spec.pixelSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const int dotsPerMeter = static_cast<int>(std::lround(spec.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    painter.scale(spec.scale(), spec.scale());
    paintFigure(panes, document, painter, QSizeF(pixels) / spec.scale(), spec.theme);
    painter.end();
    return image;
}

QString writeFigure(ChartPanes& panes, Document* document, const FigureSpec& spec, const QString& path)
{
    if (QString problem = spec.problem(); !problem.isEmpty())
        return problem;
    // Written to a temporary beside the target and renamed over it once whole.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const QSize pixels = spec.pixelSize();
    const QSizeF layoutSize = QSizeF(pixels) / spec.scale();
    bool painted = true;
    switch (spec.format) {
    case FigureFormat::Png:
        painted = renderFigureImage(panes, document, spec).save(&file, "PNG");
        break;
    case FigureFormat::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(pixels);
        generator.setViewBox(QRectF(QPointF(), layoutSize));
        generator.setResolution(static_cast<int>(std::lround(spec.dpi)));
        generator.setTitle(QCoreApplication::translate("FigureRenderer", "Tangent figure"));
        QPainter painter;
        painted = painter.begin(&generator);
        if (painted) {
            paintFigure(panes, document, painter, layoutSize, spec.theme);
            painted = painter.end();
        }
        break;
    }
    case FigureFormat::Pdf: {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Tangent"));
        writer.setTitle(QCoreApplication::translate("FigureRenderer", "Tangent figure"));
        writer.setResolution(static_cast<int>(std::lround(spec.dpi)));
        writer.setPageLayout(
            QPageLayout(QPageSize(spec.pointSize(), QPageSize::Point, QString(), QPageSize::ExactMatch),
                QPageLayout::Portrait, QMarginsF()));
        QPainter painter;
        painted = painter.begin(&writer);
        if (painted) {
            // The writer's device pixels are 1/dpi inch; the layout's are 1/96 inch.
            const double scale = static_cast<double>(painter.device()->width()) / layoutSize.width();
            painter.scale(scale, scale);
            paintFigure(panes, document, painter, layoutSize, spec.theme);
            painted = painter.end();
        }
        break;
    }
    }
    if (!painted) {
        file.cancelWriting();
        return QCoreApplication::translate("FigureRenderer", "The figure could not be drawn.");
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace tangent::ui
