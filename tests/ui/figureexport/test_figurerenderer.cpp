// SPDX-License-Identifier: GPL-3.0-or-later
// The exported figure: every pane of the layout shown is in it, a PDF is drawn with vector paths
// on a page of the size asked for, and a PNG has the pixels and the DPI asked for.

#include "ui/chart/chartview.h"
#include "ui/chart/panes/chartpanes.h"
#include "ui/document/documenttypes.h"
#include "ui/figureexport/figurerenderer.h"
#include "ui/mainwindow.h"

#include <QChart>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <gtest/gtest.h>

namespace tangent::ui {
namespace {

/// The share of the image's x columns that hold a strongly coloured pixel between rows `top` and
/// `bottom` (fractions of the height): a curve runs across nearly all of them; axes, labels and
/// legend markers across few.
double colouredColumns(const QImage& image, double top, double bottom)
{
    int columns = 0;
    const int y0 = static_cast<int>(image.height() * top);
    const int y1 = static_cast<int>(image.height() * bottom);
    for (int x = 0; x < image.width(); ++x) {
        for (int y = y0; y < y1; ++y) {
            const QColor c = image.pixelColor(x, y);
            if (c.hsvSaturation() > 120 && c.value() > 60) {
                ++columns;
                break;
            }
        }
    }
    return static_cast<double>(columns) / image.width();
}

/// The decompressed content of every FlateDecode stream in `pdf`, one after another.
QByteArray pdfStreams(const QByteArray& pdf)
{
    QByteArray content;
    qsizetype at = 0;
    while ((at = pdf.indexOf("stream\n", at)) >= 0) {
        const qsizetype start = at + 7;
        const qsizetype end = pdf.indexOf("endstream", start);
        if (end < 0)
            break;
        const QByteArray dictionary = pdf.mid(pdf.lastIndexOf("<<", at), at - pdf.lastIndexOf("<<", at));
        QByteArray data = pdf.mid(start, end - start);
        if (dictionary.contains("/FlateDecode")) {
            // qUncompress wants zlib data behind a big-endian length hint.
            QByteArray framed(4, '\0');
            qToBigEndian<quint32>(64U << 20U, framed.data());
            data = qUncompress(framed + data);
        }
        content += data;
        at = end;
    }
    return content;
}

class FigureRenderer : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_window.resize(1280, 780);
        m_window.show();
        m_window.openSample(QStringLiteral("noisy-sine"));
        m_window.chartPanes()->useLayout(ChartLayout::Stacked);
        ASSERT_EQ(m_window.chartPanes()->panes().size(), 2);
        // Laid out in the window, as a user would see them before exporting.
        QTest::qWait(50);
    }

    MainWindow m_window;
    QTemporaryDir m_dir;
};

TEST_F(FigureRenderer, AStackedFigureHoldsTheCurvesPaneAndTheDerivativesPane)
{
    FigureSpec spec;
    spec.size = QSizeF(1200, 800);
    const QImage image = renderFigureImage(*m_window.chartPanes(), m_window.document(), spec);
    ASSERT_EQ(image.size(), QSize(1200, 800));
    // The curve in the upper half, its derivative in the lower half, each across the plot.
    EXPECT_GT(colouredColumns(image, 0.05, 0.45), 0.6);
    EXPECT_GT(colouredColumns(image, 0.55, 0.95), 0.6);
}

TEST_F(FigureRenderer, TheOverlayFigureIsOnePaneOverTheWholeFigure)
{
    m_window.chartPanes()->useLayout(ChartLayout::Overlay);
    const QList<FigurePane> figure = arrangeFigure(*m_window.chartPanes(), QSizeF(1000, 600));
    ASSERT_EQ(figure.size(), 1);
    EXPECT_EQ(figure.first().rect, QRectF(0, 0, 1000, 600));
    m_window.chartPanes()->useLayout(ChartLayout::Stacked);
    const QList<FigurePane> stacked = arrangeFigure(*m_window.chartPanes(), QSizeF(1000, 600));
    ASSERT_EQ(stacked.size(), 2);
    EXPECT_EQ(stacked[0].rect, QRectF(0, 0, 1000, 300));
    EXPECT_EQ(stacked[1].rect, QRectF(0, 300, 1000, 300));
}

TEST_F(FigureRenderer, TheWindowsPanesAreLeftAsTheyWere)
{
    const QList<ChartView*> panes = m_window.chartPanes()->panes();
    std::vector<QRectF> before;
    for (ChartView* pane : panes)
        before.push_back(pane->chart()->geometry());
    const QPalette palette = panes.first()->palette();
    FigureSpec spec;
    spec.size = QSizeF(900, 500);
    spec.theme = FigureTheme::Dark;
    (void)renderFigureImage(*m_window.chartPanes(), m_window.document(), spec);
    for (qsizetype i = 0; i < panes.size(); ++i)
        EXPECT_EQ(panes[i]->chart()->geometry(), before[static_cast<std::size_t>(i)]);
    EXPECT_EQ(panes.first()->palette().color(QPalette::Window), palette.color(QPalette::Window));
}

TEST_F(FigureRenderer, ADarkFigureHasADarkBackground)
{
    FigureSpec spec;
    spec.size = QSizeF(600, 400);
    spec.theme = FigureTheme::Dark;
    const QImage dark = renderFigureImage(*m_window.chartPanes(), m_window.document(), spec);
    EXPECT_LT(dark.pixelColor(2, 2).lightness(), 100);
    spec.theme = FigureTheme::Light;
    const QImage light = renderFigureImage(*m_window.chartPanes(), m_window.document(), spec);
    EXPECT_GT(light.pixelColor(2, 2).lightness(), 180);
}

TEST_F(FigureRenderer, APdfIsDrawnWithVectorPathsOnAPageOfTheSizeAskedFor)
{
    FigureSpec spec;
    spec.format = FigureFormat::Pdf;
    ASSERT_TRUE(parseFigureSize(QStringLiteral("16x9cm"), spec, nullptr));
    spec.dpi = 300;
    const QString path = m_dir.filePath(QStringLiteral("figure.pdf"));
    ASSERT_EQ(writeFigure(*m_window.chartPanes(), m_window.document(), spec, path), QString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    ASSERT_TRUE(pdf.startsWith("%PDF"));

    // 16 cm × 9 cm = 453.5 × 255.1 points.
    const QRegularExpressionMatch box
        = QRegularExpression(QStringLiteral(R"(/MediaBox \[0 0 ([\d.]+) ([\d.]+)\])")).match(QString::fromLatin1(pdf));
    ASSERT_TRUE(box.hasMatch());
    EXPECT_NEAR(box.captured(1).toDouble(), 16 / 2.54 * 72, 0.5);
    EXPECT_NEAR(box.captured(2).toDouble(), 9 / 2.54 * 72, 0.5);

    // Lines and curves as path operators, and no picture of the chart.
    const QByteArray content = pdfStreams(pdf);
    EXPECT_GT(content.count(" l\n"), 500) << "the curves are line segments";
    EXPECT_GT(content.count(" re\n") + content.count(" c\n"), 0);
    EXPECT_FALSE(pdf.contains("/Subtype /Image"));
}

TEST_F(FigureRenderer, AnSvgDrawsBothPanesLegendsWithLines)
{
    FigureSpec spec;
    spec.format = FigureFormat::Svg;
    spec.size = QSizeF(1000, 700);
    const QString path = m_dir.filePath(QStringLiteral("figure.svg"));
    ASSERT_EQ(writeFigure(*m_window.chartPanes(), m_window.document(), spec, path), QString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(svg.contains(QStringLiteral("width=\"")));
    EXPECT_TRUE(svg.contains(QStringLiteral("viewBox=\"0 0 1000 700\"")));
    // Each pane has its legend: the curve's name in one, its derivative's in the other.
    EXPECT_TRUE(svg.contains(QStringLiteral(">signal [V]<"))) << "the curves pane's legend";
    EXPECT_TRUE(svg.contains(QStringLiteral(">d(signal)/d(t) [V/s]<"))) << "the derivatives pane's legend";
    // Drawn as lines, not as a picture.
    EXPECT_GT(svg.count(QStringLiteral("<polyline")), 50);
    EXPECT_FALSE(svg.contains(QStringLiteral("<image")));
}

TEST_F(FigureRenderer, APngHasThePixelsAndTheDpiAskedFor)
{
    FigureSpec spec;
    spec.format = FigureFormat::Png;
    ASSERT_TRUE(parseFigureSize(QStringLiteral("4x3in"), spec, nullptr));
    spec.dpi = 150;
    const QString path = m_dir.filePath(QStringLiteral("figure.png"));
    ASSERT_EQ(writeFigure(*m_window.chartPanes(), m_window.document(), spec, path), QString());
    const QImage image(path);
    EXPECT_EQ(image.size(), QSize(600, 450));
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 150, 0.5);
}

TEST_F(FigureRenderer, AFigureThatCannotBeWrittenLeavesNoFileAndSaysWhy)
{
    FigureSpec spec;
    spec.format = FigureFormat::Png;
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/figure.png"));
    EXPECT_FALSE(writeFigure(*m_window.chartPanes(), m_window.document(), spec, path).isEmpty());
    EXPECT_FALSE(QFile::exists(path));
    spec.size = QSizeF(4, 4);
    const QString tiny = m_dir.filePath(QStringLiteral("tiny.png"));
    EXPECT_FALSE(writeFigure(*m_window.chartPanes(), m_window.document(), spec, tiny).isEmpty());
    EXPECT_FALSE(QFile::exists(tiny));
}

} // namespace
} // namespace tangent::ui
