// SPDX-License-Identifier: GPL-3.0-or-later
// The Function Lab's Methods view: opened from the Classroom menu, it shows every method's RMSE,
// which must equal an RMSE computed here from the core's samples and methods; the noise sweep
// draws one line per method; a new generation while a computation runs shows the new one.

#include "ui/classroom/methodslessondialog.h"

#include "core/classroom/functionlab.h"
#include "core/gradient/gradient.h"
#include "core/smoothing/smoothing.h"
#include "core/uncertainty/uncertainty.h"
#include "ui/classroom/functionlabdialog.h"
#include "ui/classroom/methodtext.h"
#include "ui/mainwindow.h"
#include "ui/startupoptions.h"

#include <QAction>
#include <QAreaSeries>
#include <QCommandLineParser>
#include <QImage>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

namespace tangent::ui {
namespace {

/// The RMSE written out here, apart from the core's interiorRmse: rows [k, n − k) with
/// k = round(n/40), where the exact derivative is finite.
double independentRmse(const std::vector<double>& d, const std::vector<double>& truth)
{
    const auto n = static_cast<long>(truth.size());
    const long k = std::lround(static_cast<double>(n) / 40.0);
    double sum = 0.0;
    long count = 0;
    for (long i = k; i < n - k; ++i) {
        const auto u = static_cast<std::size_t>(i);
        if (std::isfinite(truth[u])) {
            sum += (d[u] - truth[u]) * (d[u] - truth[u]);
            ++count;
        }
    }
    return std::sqrt(sum / static_cast<double>(count));
}

std::vector<double> independentDerivative(SmoothingMethod method, const SampledFunction& s)
{
    if (method == SmoothingMethod::Numpy)
        return gradient(s.y, s.x, 1);
    SmoothingOptions o;
    o.method = method;
    return smoothDerivative(Series { s.y, s.x }, o).derivative;
}

MethodsLessonDialog* openLesson(MainWindow& window)
{
    auto* action = window.findChild<QAction*>(QStringLiteral("actionNoiseMethods"));
    EXPECT_NE(action, nullptr);
    action->trigger();
    auto* dialog = window.findChild<MethodsLessonDialog*>();
    EXPECT_NE(dialog, nullptr);
    if (dialog)
        dialog->finishNow();
    return dialog;
}

TEST(MethodsLesson, RmseTableEqualsAnIndependentComputation)
{
    MainWindow window;
    MethodsLessonDialog* dialog = openLesson(window);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    const SampleOptions options = dialog->options();
    ASSERT_GT(options.noise, 0.0); // the lab has none by default: the lesson adds some

    const SampledFunction sample = sampleFunction(presetFunction(Preset::Sin), options);
    QTableWidget* table = dialog->table();
    ASSERT_EQ(table->rowCount(), 6);
    for (int row = 0; row < table->rowCount(); ++row) {
        const SmoothingMethod method = lessonMethods()[static_cast<std::size_t>(row)];
        SCOPED_TRACE(row);
        const double expected = independentRmse(independentDerivative(method, sample), sample.exactDerivative);
        const double shown = table->item(row, 2)->data(Qt::UserRole).toDouble();
        EXPECT_NEAR(shown, expected, 1e-12 * expected);
        EXPECT_EQ(table->item(row, 0)->text(), methodTitle(method));
    }
    // The lesson itself: on noisy data every smoothing method beats numpy.gradient.
    const double numpy = table->item(0, 2)->data(Qt::UserRole).toDouble();
    for (int row = 1; row < table->rowCount(); ++row)
        EXPECT_LT(table->item(row, 2)->data(Qt::UserRole).toDouble(), numpy) << row;
}

/// The band's coverage written out here: the share of rows [k, n − k), k = round(n/40), with a
/// finite exact derivative where it lies within derivative ± 1.96 sd.
double independentCoverage(
    const std::vector<double>& d, const std::vector<double>& sd, const std::vector<double>& truth)
{
    const auto n = static_cast<long>(truth.size());
    const long k = std::lround(static_cast<double>(n) / 40.0);
    long inside = 0;
    long count = 0;
    for (long i = k; i < n - k; ++i) {
        const auto u = static_cast<std::size_t>(i);
        if (!std::isfinite(truth[u]))
            continue;
        ++count;
        if (d[u] - 1.96 * sd[u] <= truth[u] && truth[u] <= d[u] + 1.96 * sd[u])
            ++inside;
    }
    return static_cast<double>(inside) / static_cast<double>(count);
}

TEST(MethodsLesson, BandsAndTheirCoverageOfTheExactDerivative)
{
    MainWindow window;
    MethodsLessonDialog* dialog = openLesson(window);
    ASSERT_NE(dialog, nullptr);
    const SampledFunction sample = sampleFunction(presetFunction(Preset::Sin), dialog->options());
    QTableWidget* table = dialog->table();
    ASSERT_EQ(table->columnCount(), 5);
    EXPECT_EQ(dialog->shownBand(), -1) << "every method's band at first";
    for (int row = 0; row < table->rowCount(); ++row) {
        const SmoothingMethod method = lessonMethods()[static_cast<std::size_t>(row)];
        SCOPED_TRACE(methodName(method));
        QAreaSeries* band = dialog->bandSeries(row);
        ASSERT_NE(band, nullptr);
        const double shown = table->item(row, 4)->data(Qt::UserRole).toDouble();
        if (method == SmoothingMethod::Tvr) {
            EXPECT_FALSE(band->isVisible()) << "no band is made up for total variation";
            EXPECT_TRUE(std::isnan(shown));
            EXPECT_FALSE(table->item(row, 4)->toolTip().isEmpty()) << "says why";
            continue;
        }
        EXPECT_TRUE(band->isVisible());
        EXPECT_EQ(band->upperSeries()->count(), static_cast<int>(dialog->options().points));
        // The band the lesson computes is the core's for what ran, σ estimated from the sample.
        SmoothingOptions used;
        used.method = SmoothingMethod::Numpy;
        std::vector<double> d = gradient(sample.y, sample.x, 1);
        if (method != SmoothingMethod::Numpy) {
            SmoothingOptions o;
            o.method = method;
            const SmoothingResult r = smoothDerivative(Series { sample.y, sample.x }, o);
            used = r.used;
            d = r.derivative;
        }
        const std::vector<double> sd = derivativeBand(Series { sample.y, sample.x }, used, 1, std::nullopt).sd;
        EXPECT_DOUBLE_EQ(shown, independentCoverage(d, sd, sample.exactDerivative));
        // The benchmark's floor (bench/uncertainty.py): no band covers less than 60%, even where a
        // wide automatic window's bias is not in it.
        EXPECT_GE(shown, 0.6);
        EXPECT_EQ(table->item(row, 4)->text(), QStringLiteral("%1%").arg(std::lround(100.0 * shown)));
    }
    dialog->showBand(1);
    EXPECT_FALSE(dialog->bandSeries(0)->isVisible());
    EXPECT_TRUE(dialog->bandSeries(1)->isVisible());
    dialog->showBand(-2);
    EXPECT_FALSE(dialog->bandSeries(1)->isVisible());
}

TEST(MethodsLesson, ChartsDrawEveryMethodAndTheSweep)
{
    MainWindow window;
    MethodsLessonDialog* dialog = openLesson(window);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->derivativeSeries(-1)->count(), static_cast<int>(dialog->options().points));
    for (int m = 0; m < 6; ++m) {
        SCOPED_TRACE(m);
        EXPECT_EQ(dialog->derivativeSeries(m)->count(), static_cast<int>(dialog->options().points));
        EXPECT_EQ(dialog->sweepSeries(m)->count(), 9);
    }
    // numpy's error grows in proportion to σ once the noise dominates: slope 1 on log-log axes.
    const QList<QPointF> numpy = dialog->sweepSeries(0)->points();
    const double slope = std::log(numpy[8].y() / numpy[6].y()) / std::log(numpy[8].x() / numpy[6].x());
    EXPECT_NEAR(slope, 1.0, 0.05);
}

TEST(MethodsLesson, FollowsANewGenerationEvenWhileComputing)
{
    MainWindow window;
    MethodsLessonDialog* dialog = openLesson(window);
    ASSERT_NE(dialog, nullptr);
    FunctionLabDialog* lab = window.functionLabDialog();
    lab->setPreset(Preset::Cube);
    lab->setPoints(151);
    lab->setNoise(0.05);
    lab->setSeed(7);
    ASSERT_TRUE(lab->generate());
    // Generated again at once: the first computation may still run; only the last one is shown.
    lab->setSeed(8);
    ASSERT_TRUE(lab->generate());
    dialog->finishNow();
    EXPECT_EQ(dialog->options().points, 151U);
    EXPECT_EQ(dialog->options().noiseSeed, lab->sampleOptions().noiseSeed);
    EXPECT_EQ(dialog->options().noise, 0.05);
    const SampledFunction sample = sampleFunction(presetFunction(Preset::Cube), dialog->options());
    EXPECT_EQ(dialog->trial().sample.y, sample.y);
    EXPECT_EQ(dialog->derivativeSeries(0)->count(), 151);
}

TEST(MethodsLesson, ClosedViewCatchesUpWhenShownAgain)
{
    MainWindow window;
    MethodsLessonDialog* dialog = openLesson(window);
    ASSERT_NE(dialog, nullptr);
    const double before = dialog->options().noise;
    dialog->close();
    FunctionLabDialog* lab = window.functionLabDialog();
    lab->setPreset(Preset::Exp);
    lab->setNoise(0.02);
    ASSERT_TRUE(lab->generate());
    EXPECT_EQ(dialog->options().noise, before) << "a closed view computed";
    dialog->show();
    dialog->finishNow();
    EXPECT_EQ(dialog->options().noise, 0.02);
    const SampledFunction sample = sampleFunction(presetFunction(Preset::Exp), dialog->options());
    EXPECT_EQ(dialog->trial().sample.y, sample.y);
}

TEST(MethodsLesson, ShowMethodsScreenshotWaitsForBothComputations)
{
    QTemporaryDir dir;
    const QString shot = dir.filePath(QStringLiteral("lesson.png"));
    QCommandLineParser parser;
    StartupOptions::declare(parser);
    ASSERT_TRUE(parser.parse({ "tangent", "--function-lab", "sin(x)", "--points", "201", "--noise", "0.05", "--show",
        "methods", "--screenshot", shot }));
    MainWindow window;
    StartupOptions options(parser);
    // What the view held when it was grabbed.
    std::size_t methods = 0;
    std::size_t levels = 0;
    QObject::connect(&options, &StartupOptions::screenshotDone, &window, [&] {
        if (const auto* dialog = window.findChild<MethodsLessonDialog*>()) {
            methods = dialog->trial().methods.size();
            levels = dialog->sweep().sigmas.size();
        }
    });
    QSignalSpy done(&options, &StartupOptions::screenshotDone);
    QString error;
    ASSERT_TRUE(options.apply(window, &error)) << error.toStdString();
    ASSERT_TRUE(done.wait(30000));
    EXPECT_TRUE(done.first().first().toBool());
    auto* dialog = window.findChild<MethodsLessonDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->options().noise, 0.05);
    EXPECT_EQ(dialog->options().points, 201U);
    EXPECT_EQ(methods, 6U);
    EXPECT_EQ(levels, 9U);
    EXPECT_FALSE(QImage(dir.filePath(QStringLiteral("lesson-dialog.png"))).isNull());
}

} // namespace
} // namespace tangent::ui
