// SPDX-License-Identifier: GPL-3.0-or-later
// The method chooser in the window (ui/panels/methodpanel.h), the chart's smoothed curve, legend and
// residuals, the derivative CSV's provenance, and `tangent --method` at start.

#include "document/smoothingtestsupport.h"

#include "app/cli/smoothingcli.h"
#include "core/io/csv.h"
#include "ui/chart/chartsmoothing.h"
#include "ui/chart/chartview.h"
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

TEST(MethodWindow, NoFittedLineJumpsBetweenGroups)
{
    // Two groups over the same x range, rows alternating: a single smoothed line through both
    // would zigzag between them, so none is drawn while the table is grouped, and it comes back
    // when grouping is off.
    MainWindow window;
    window.document()->loadColumns(noisySine(200, 0.02), {});
    window.document()->insertColumn(2, QStringLiteral("site"));
    for (int row = 0; row < 200; ++row)
        window.document()->setValue(row, 2, row % 2);
    DerivativeSettings settings = window.document()->settings();
    settings.groupColumn = 2;
    settings.yColumns = { 1 };
    settings.smoothing = savgol(21, 3);
    window.document()->setSettings(settings);
    window.chartView()->updateNow();
    ASSERT_EQ(window.document()->derivatives().resultFor(1)->smoothed.size(), 200U);
    EXPECT_EQ(window.chartView()->smoothing()->smoothedSeries(1), nullptr);
    settings.groupColumn = -1;
    window.document()->setSettings(settings);
    window.chartView()->updateNow();
    EXPECT_NE(window.chartView()->smoothing()->smoothedSeries(1), nullptr);
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
