// SPDX-License-Identifier: GPL-3.0-or-later
// The method chooser in the window (ui/panels/methodpanel.h), the chart's smoothed curve, legend and
// residuals, the derivative CSV's provenance, and `tangent --method` at start.

#include "document/smoothingtestsupport.h"

#include "app/cli/smoothingcli.h"
#include "core/io/csv.h"
#include "ui/chart/chartsmoothing.h"
#include "ui/chart/chartview.h"
#include "ui/chart/panes/chartpanes.h"
#include "ui/files/filecontroller.h"
#include "ui/mainwindow.h"
#include "ui/panels/diagnosticspanel.h"
#include "ui/panels/methodpanel.h"
#include "ui/startupoptions.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QLineSeries>
#include <QSlider>
#include <QSpinBox>
#include <QUndoStack>
#include <QValueAxis>

#include <limits>
#include <sstream>

namespace tangent::ui {
namespace {

using namespace testing;

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return found;
}

void choose(QComboBox* box, SmoothingMethod method)
{
    box->setCurrentIndex(box->findData(static_cast<int>(method)));
    emit box->activated(box->currentIndex());
}

struct PanelFixture : ::testing::Test {
    PanelFixture() { document.loadColumns(noisySine(201, 0.02), {}); }
    Document document;
    MethodPanel panel { &document };
};

TEST_F(PanelFixture, ChoosingAMethodIsOneUndoStepWithItsParameterAutomatic)
{
    auto* method = child<QComboBox>(panel, "methodChooser");
    EXPECT_EQ(method->currentData().toInt(), static_cast<int>(SmoothingMethod::Numpy));
    const SmoothingMethod methods[] = { SmoothingMethod::Savgol, SmoothingMethod::Spline, SmoothingMethod::Tvr,
        SmoothingMethod::Kalman, SmoothingMethod::Auto, SmoothingMethod::Numpy };
    int steps = 0;
    for (const SmoothingMethod m : methods) {
        choose(method, m);
        EXPECT_EQ(document.undoStack()->count(), ++steps);
        EXPECT_EQ(document.settings().smoothing.method, m);
    }
    for (int i = 0; i < steps; ++i)
        document.undoStack()->undo();
    EXPECT_EQ(document.settings().smoothing.method, SmoothingMethod::Numpy);
    EXPECT_EQ(method->currentData().toInt(), static_cast<int>(SmoothingMethod::Numpy));
}

TEST(SettingsPanelTest, EdgeOrderIsDisabledUnderASmoothingMethodAndSaysWhy)
{
    MainWindow window;
    window.document()->loadColumns(noisySine(201, 0.02), {});
    auto* edge1 = child<QWidget>(window, "edgeOrder1");
    auto* edge2 = child<QWidget>(window, "edgeOrder2");
    EXPECT_TRUE(edge1->isEnabled());
    EXPECT_TRUE(edge2->isEnabled());
    EXPECT_TRUE(window.actions().edgeOrder2->isEnabled());
    SmoothingOptions savgol;
    savgol.method = SmoothingMethod::Savgol;
    window.document()->setSmoothing(savgol);
    EXPECT_FALSE(edge1->isEnabled());
    EXPECT_FALSE(edge2->isEnabled());
    EXPECT_TRUE(edge2->toolTip().contains(QStringLiteral("numpy.gradient only")));
    EXPECT_FALSE(window.actions().edgeOrder1->isEnabled());
    EXPECT_FALSE(window.actions().edgeOrder2->isEnabled());
    window.document()->undoStack()->undo();
    EXPECT_TRUE(edge1->isEnabled());
    EXPECT_TRUE(window.actions().edgeOrder2->isEnabled());
}

TEST_F(PanelFixture, AutomaticShowsTheValueTheCoreChose)
{
    choose(child<QComboBox>(panel, "methodChooser"), SmoothingMethod::Savgol);
    auto* automatic = child<QCheckBox>(panel, "savgolWindowAutomatic");
    auto* slider = child<QSlider>(panel, "savgolWindow");
    EXPECT_TRUE(automatic->isChecked());
    EXPECT_FALSE(slider->isEnabled());
    const int chosen = *document.derivatives().resultFor(1)->used->window;
    EXPECT_EQ(2 * slider->value() + 1, chosen);

    // Unticking keeps the chosen window, now set: one more undo step, the same numbers.
    const std::vector<double> before = document.derivatives().resultFor(1)->values;
    automatic->setChecked(false);
    EXPECT_EQ(document.settings().smoothing.window, chosen);
    EXPECT_EQ(document.undoStack()->count(), 2);
    EXPECT_TRUE(sameBits(document.derivatives().resultFor(1)->values, before));
}

TEST_F(PanelFixture, ASliderDragIsOneUndoStepAndThePreviewFollows)
{
    choose(child<QComboBox>(panel, "methodChooser"), SmoothingMethod::Savgol);
    child<QCheckBox>(panel, "savgolWindowAutomatic")->setChecked(false);
    const int stepsBefore = document.undoStack()->count();
    auto* slider = child<QSlider>(panel, "savgolWindow");
    slider->setSliderDown(true);
    for (int position : { 5, 8, 12 }) {
        slider->setValue(position);
        // Live: the document already computed with the slider's window.
        EXPECT_EQ(document.derivatives().resultFor(1)->used->window, 2 * position + 1);
    }
    slider->setSliderDown(false);
    EXPECT_EQ(document.undoStack()->count(), stepsBefore + 1);
    document.undoStack()->undo();
    EXPECT_NE(document.settings().smoothing.window, 25);
    document.undoStack()->redo();
    EXPECT_EQ(document.settings().smoothing.window, 25);
}

TEST_F(PanelFixture, EveryParameterIsUndoable)
{
    auto* method = child<QComboBox>(panel, "methodChooser");
    choose(method, SmoothingMethod::Savgol);
    child<QSpinBox>(panel, "savgolPolyorder")->setValue(2);
    EXPECT_EQ(document.settings().smoothing.polyorder, 2);
    choose(method, SmoothingMethod::Spline);
    child<QCheckBox>(panel, "splineLamAutomatic")->setChecked(false);
    child<QSlider>(panel, "splineLam")->setValue(-20);
    EXPECT_EQ(document.settings().smoothing.lam, 0.01);
    choose(method, SmoothingMethod::Tvr);
    child<QCheckBox>(panel, "tvrAlphaAutomatic")->setChecked(false);
    child<QSlider>(panel, "tvrAlpha")->setValue(-10);
    EXPECT_EQ(document.settings().smoothing.alpha, 0.1);
    choose(method, SmoothingMethod::Kalman);
    child<QCheckBox>(panel, "kalmanRatioAutomatic")->setChecked(false);
    child<QSlider>(panel, "kalmanRatio")->setValue(-25);
    EXPECT_EQ(document.settings().smoothing.ratio, -2.5);
    // Each of those was its own step; undoing them all returns to numpy, one by one.
    std::vector<SmoothingOptions> seen;
    while (document.undoStack()->canUndo()) {
        seen.push_back(document.settings().smoothing);
        document.undoStack()->undo();
    }
    EXPECT_EQ(seen.size(), 11U);
    EXPECT_EQ(document.settings().smoothing.method, SmoothingMethod::Numpy);
    EXPECT_TRUE(document.derivatives().resultFor(1)->error.isEmpty());
}

// ---- The window: chart, diagnostics, export ----

TEST(MethodWindow, ChartDrawsTheSmoothedCurveAndNamesTheMethod)
{
    MainWindow window;
    window.document()->loadColumns(noisySine(201, 0.02), {});
    window.document()->setSmoothing(savgol(21, 3));
    window.chartView()->updateNow();
    QLineSeries* derivative = window.chartView()->seriesFor(PlotKey::derivativeOf(1));
    ASSERT_NE(derivative, nullptr);
    EXPECT_TRUE(derivative->name().endsWith(QStringLiteral("· Savitzky–Golay 21/3")))
        << derivative->name().toStdString();
    QLineSeries* smoothed = window.chartView()->smoothing()->smoothedSeries(1);
    ASSERT_NE(smoothed, nullptr);
    EXPECT_GT(smoothed->count(), 100);
    EXPECT_EQ(window.chartView()->smoothing()->residualSeries(1), nullptr);

    window.actions().residuals->setChecked(true);
    window.chartView()->updateNow();
    QLineSeries* residual = window.chartView()->smoothing()->residualSeries(1);
    ASSERT_NE(residual, nullptr);
    // y − smoothed at the first row, as drawn.
    const DerivativeResult* result = window.document()->derivatives().resultFor(1);
    EXPECT_DOUBLE_EQ(residual->at(0).y(), window.document()->value(0, 1) - result->smoothed[0]);
    ASSERT_NE(window.chartView()->smoothing()->residualAxis(), nullptr);

    // Back to numpy: no smoothed line, the plain title.
    window.document()->undoStack()->undo();
    window.chartView()->updateNow();
    EXPECT_EQ(window.chartView()->smoothing()->smoothedSeries(1), nullptr);
    EXPECT_EQ(window.chartView()->smoothing()->residualAxis(), nullptr);
    EXPECT_EQ(window.chartView()->seriesFor(PlotKey::derivativeOf(1))->name(),
        window.document()->derivatives().derivativeTitle(1));
}

/// Two groups "a" and "b" of `perGroup` rows each, rows alternating: a's at x = 0, 1, ... with y =
/// a(i), b's at x = 0.5, 1.5, ... with y = b(i); grouped by the text column "site", smoothed by
/// Savitzky–Golay 5/2.
template <typename A, typename B> void loadTwoGroups(Document& document, int perGroup, A a, B b)
{
    std::vector<double> x;
    std::vector<double> y;
    Column site;
    site.name = QStringLiteral("site");
    site.fromText = true;
    for (int i = 0; i < perGroup; ++i) {
        x.insert(x.end(), { static_cast<double>(i), i + 0.5 });
        y.insert(y.end(), { a(i), b(i) });
        site.text.insert(site.text.end(), { QStringLiteral("a"), QStringLiteral("b") });
    }
    site.values.assign(x.size(), std::numeric_limits<double>::quiet_NaN());
    document.loadColumns({ numberColumn("x", std::move(x)), numberColumn("y", std::move(y)), site }, {});
    DerivativeSettings settings = document.settings();
    settings.xColumn = 0;
    settings.yColumns = { 1 };
    settings.groupColumn = 2;
    settings.smoothing = savgol(5, 2);
    document.setSettings(settings);
}

double alternating(int i)
{
    return i % 2 == 0 ? 1.0 : -1.0;
}

TEST(MethodWindow, EachGroupHasItsOwnFittedLine)
{
    // A line through both groups' rows in x order would zigzag between them. Group a is y = x²,
    // which a quadratic Savitzky–Golay fit reproduces; group b is y = 100 − 2x ± 0.5 alternating,
    // whose interior fit with weights (−3, 12, 17, 12, −3)/35 is 100 − 2x ∓ 0.5·13/35.
    constexpr int kPerGroup = 10;
    MainWindow window;
    Document& document = *window.document();
    loadTwoGroups(
        document, kPerGroup, [](int i) { return static_cast<double>(i * i); },
        [](int i) { return 100.0 - 2.0 * (i + 0.5) + 0.5 * alternating(i); });
    window.chartView()->updateNow();
    ASSERT_EQ(document.derivatives().groups().names, (std::vector<std::string> { "a", "b" }));
    const DerivativeResult* result = document.derivatives().resultFor(1);
    ASSERT_NE(result, nullptr);
    ASSERT_EQ(result->smoothed.size(), 2U * kPerGroup);

    ChartSmoothing* smoothing = window.chartView()->smoothing();
    for (int group = 0; group < 2; ++group) {
        QLineSeries* fitted = smoothing->smoothedSeries(1, group);
        ASSERT_NE(fitted, nullptr) << group;
        // Exactly the group's rows, in x order: never a point of the other group in between.
        ASSERT_EQ(fitted->count(), kPerGroup) << group;
        for (int i = 0; i < kPerGroup; ++i) {
            const auto row = static_cast<std::size_t>(2 * i + group);
            const QPointF p = fitted->at(i);
            EXPECT_EQ(p.x(), i + 0.5 * group) << group << ' ' << i;
            EXPECT_EQ(p.y(), result->smoothed[row]) << group << ' ' << i;
            if (group == 0) {
                EXPECT_NEAR(p.y(), i * i, 1e-9) << i;
            } else if (i >= 2 && i < kPerGroup - 2) {
                EXPECT_NEAR(p.y(), 100.0 - 2.0 * p.x() - 0.5 * 13.0 / 35.0 * alternating(i), 1e-9) << i;
            }
        }
        // Each in its group's colour: the two fits are told apart as their curves are.
        EXPECT_NE(fitted->color(), smoothing->smoothedSeries(1, 1 - group)->color());
    }
    EXPECT_EQ(smoothing->smoothedSeries(1), nullptr);

    // Ungrouped again: one fitted line over every row, and no group's line is left.
    DerivativeSettings settings = document.settings();
    settings.groupColumn = -1;
    document.setSettings(settings);
    window.chartView()->updateNow();
    ASSERT_NE(smoothing->smoothedSeries(1), nullptr);
    EXPECT_EQ(smoothing->smoothedSeries(1)->count(), 2 * kPerGroup);
    EXPECT_EQ(smoothing->smoothedSeries(1, 0), nullptr);
}

TEST(MethodWindow, GroupResidualsFollowTheirGroup)
{
    // y − smoothed of each group over the group's rows alone. Group a is quadratic: nothing is
    // left. Group b alternates ±1, its interior fit ∓13/35: residuals ±48/35.
    MainWindow window;
    loadTwoGroups(
        *window.document(), 8, [](int i) { return static_cast<double>(i * i); }, alternating);
    window.actions().residuals->setChecked(true);
    window.chartView()->updateNow();
    for (int group = 0; group < 2; ++group) {
        QLineSeries* residual = window.chartView()->smoothing()->residualSeries(1, group);
        ASSERT_NE(residual, nullptr) << group;
        ASSERT_EQ(residual->count(), 8) << group;
        for (int i = 0; i < 8; ++i) {
            EXPECT_EQ(residual->at(i).x(), i + 0.5 * group);
            if (group == 0) {
                EXPECT_NEAR(residual->at(i).y(), 0.0, 1e-9) << i;
            } else if (i >= 2 && i < 6) {
                EXPECT_NEAR(residual->at(i).y(), alternating(i) * 48.0 / 35.0, 1e-9) << i;
            }
        }
    }
}

TEST(MethodWindow, GroupFittedLinesInEveryLayout)
{
    // Stacked: the curves pane draws each group's fit over its curve; the derivatives pane, which
    // has no curves, shows none. Small multiples: the column's curves pane, as stacked.
    Document document;
    loadTwoGroups(
        document, 6, [](int i) { return static_cast<double>(i * i); }, alternating);
    for (const ChartLayout layout : { ChartLayout::Stacked, ChartLayout::Multiples }) {
        ChartPanes panes(&document);
        panes.useLayout(layout);
        panes.updateNow();
        int shown = 0;
        for (ChartView* pane : panes.panes()) {
            for (int group = 0; group < 2; ++group) {
                const QLineSeries* fitted = pane->smoothing()->smoothedSeries(1, group);
                const bool curves = pane->content().shows(PlotKey::curveOf(1, group));
                EXPECT_EQ(fitted && fitted->isVisible(), curves) << group;
                if (fitted && fitted->isVisible()) {
                    EXPECT_EQ(fitted->count(), 6);
                    ++shown;
                }
            }
        }
        EXPECT_EQ(shown, 2) << static_cast<int>(layout);
    }
}

std::string commentLines(const std::string& csv, const std::string& prefix)
{
    std::istringstream in(csv);
    std::string line;
    std::string kept;
    while (std::getline(in, line))
        if (line.rfind(prefix, 0) == 0)
            kept += line + '\n';
    return kept;
}

std::string dataLines(const std::string& csv)
{
    std::istringstream in(csv);
    std::string line;
    std::string kept;
    bool header = true;
    while (std::getline(in, line)) {
        if (line.rfind('#', 0) == 0)
            continue;
        if (!header)
            kept += line + '\n';
        header = false;
    }
    return kept;
}

TEST(MethodExport, ProvenanceAndValuesAsTangentCliWritesThem)
{
    std::string csv = "t [s],signal [V],other\n";
    const std::vector<Column> columns = noisySine(120, 0.02);
    for (std::size_t i = 0; i < 120; ++i)
        csv += std::to_string(columns[0].values[i]) + ',' + std::to_string(columns[1].values[i]) + ','
            + std::to_string(std::cos(columns[0].values[i])) + '\n';
    Document document;
    document.loadTable(readCsv(csv, {}, "data.csv"), QStringLiteral("data.csv"));
    document.setSmoothing(savgol(21, 3));
    const std::string window = derivativeCsv(document);

    SmoothingCliOptions cli;
    cli.options = savgol(21, 3);
    SmoothingCliJob job;
    job.source = "data.csv";
    std::ostringstream out;
    std::ostringstream err;
    runSmoothingCli(cli, job, csv, out, err);
    const std::string methods = commentLines(out.str(), "# method:");
    EXPECT_EQ(methods,
        "# method: savgol window=21 polyorder=3 for column 'signal [V]'\n"
        "# method: savgol window=21 polyorder=3 for column 'other'\n");
    EXPECT_EQ(commentLines(window, "# method:"), methods);
    EXPECT_EQ(commentLines(window, "# numpy"), "");
    // The numbers too: every line after the comments and the header.
    EXPECT_EQ(dataLines(window), dataLines(out.str()));
    EXPECT_GT(dataLines(window).size(), 1000U);
}

// ---- tangent --method ----

QString startProblem(QStringList args)
{
    QCommandLineParser parser;
    StartupOptions::declare(parser);
    args.prepend(QStringLiteral("tangent"));
    EXPECT_TRUE(parser.parse(args)) << parser.errorText().toStdString();
    return StartupOptions(parser).problem();
}

TEST(StartupMethodOption, SetsTheMethodOnTheSampleWithoutAnUndoStep)
{
    QCommandLineParser parser;
    StartupOptions::declare(parser);
    ASSERT_TRUE(parser.parse(
        { "tangent", "--sample", "noisy-sine", "--method", "savgol", "--window", "21", "--polyorder", "3" }));
    MainWindow window;
    StartupOptions options(parser);
    QString error;
    ASSERT_TRUE(options.apply(window, &error)) << error.toStdString();
    Document* document = window.document();
    ASSERT_TRUE(
        QTest::qWaitFor([document] { return document->settings().smoothing.method == SmoothingMethod::Savgol; }, 5000));
    EXPECT_EQ(document->settings().smoothing.window, 21);
    EXPECT_EQ(document->settings().smoothing.polyorder, 3);
    EXPECT_EQ(document->undoStack()->count(), 0);
    EXPECT_FALSE(document->isModified());
    EXPECT_EQ(document->derivatives().resultFor(1)->provenance, QStringLiteral("savgol window=21 polyorder=3"));
}

TEST(StartupMethodOption, BadValuesAreRefusedWithTangentCliWording)
{
    EXPECT_EQ(startProblem({ "--method", "magic" }),
        QStringLiteral("--method expects numpy, savgol, spline, tvr, kalman or auto, not 'magic'"));
    EXPECT_EQ(startProblem({ "--method", "savgol", "--window", "2.5" }),
        QStringLiteral("--window expects a whole number, not '2.5'"));
    EXPECT_EQ(
        startProblem({ "--method", "spline", "--lam", "much" }), QStringLiteral("--lam expects a number, not 'much'"));
    // The core's own checks of the options alone (those that need the data, such as an even
    // window, are the document's errors once the table is there).
    EXPECT_TRUE(startProblem({ "--method", "savgol", "--polyorder", "-1" }).contains(QStringLiteral("--polyorder")));
    EXPECT_TRUE(startProblem({ "--method", "tvr", "--alpha", "0" }).contains(QStringLiteral("--alpha")));
    EXPECT_TRUE(startProblem({ "--method", "savgol", "--lam", "0.1" }).contains(QStringLiteral("lam")));
    EXPECT_TRUE(startProblem({ "--method", "kalman", "--ratio", "-2" }).isEmpty());
    EXPECT_TRUE(startProblem({}).isEmpty());
}

} // namespace
} // namespace tangent::ui
