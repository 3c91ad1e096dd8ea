// SPDX-License-Identifier: GPL-3.0-or-later
// The Function Lab as a user drives it through the main window: generating from presets and typed
// expressions, bad expressions, the exact-derivative and error overlays following edits and
// settings; and the Convergence view's slopes.

#include "ui/classroom/convergencedialog.h"
#include "ui/classroom/functionlab.h"
#include "ui/classroom/functionlabdialog.h"

#include "core/classroom/functionlab.h"
#include "tests/ui/uitestsupport.h"
#include "ui/chart/chartview.h"
#include "ui/chart/parts/chartreferences.h"
#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/mainwindow.h"
#include "ui/tabs/documenttabs.h"

#include <QAction>
#include <QChart>
#include <QLineEdit>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <cmath>

namespace tangent::ui {
namespace {

using testing::numberColumn;
using testing::sameBits;

const ReferenceCurve* curveNamed(const FunctionLabController& lab, const QString& start)
{
    for (const ReferenceCurve& curve : lab.curves())
        if (curve.name.startsWith(start))
            return &curve;
    return nullptr;
}

TEST(FunctionLabDialog, SinWithNoiseAndSeedIsReproducibleAndLoadsNRows)
{
    MainWindow window;
    FunctionLabDialog* dialog = window.functionLabDialog();
    dialog->setExpression(QStringLiteral("sin(x)"));
    dialog->setPoints(250);
    dialog->setNoise(0.05);
    dialog->setSeed(42);
    ASSERT_TRUE(dialog->generate());
    Document* doc = window.document();
    ASSERT_EQ(doc->rowCount(), 250);
    ASSERT_EQ(doc->columnCount(), 2);
    EXPECT_EQ(doc->column(0).name, QStringLiteral("x"));
    EXPECT_EQ(doc->column(1).name, QStringLiteral("y"));
    EXPECT_FALSE(doc->isModified());
    const std::vector<double> first = doc->column(1).values;

    // The same numbers as the core's sampling with the dialog's options, and again on a second run.
    const SampledFunction expected = sampleFunction(presetFunction(Preset::Sin), dialog->sampleOptions());
    EXPECT_TRUE(sameBits(first, expected.y));
    EXPECT_TRUE(sameBits(doc->column(0).values, expected.x));
    ASSERT_TRUE(dialog->generate());
    EXPECT_TRUE(sameBits(doc->column(1).values, first));
    // The noise is there, and another seed gives other noise.
    EXPECT_NE(first[10], std::sin(doc->column(0).values[10]));
    dialog->setSeed(43);
    ASSERT_TRUE(dialog->generate());
    EXPECT_FALSE(sameBits(doc->column(1).values, first)); // another seed, other noise
    // "sin(x)" is the preset, so the exact derivative is cos.
    ASSERT_NE(window.functionLab()->active(), nullptr);
    EXPECT_TRUE(window.functionLab()->active()->function.exactDerivative);
}

TEST(FunctionLabDialog, JitteredXIsUnevenButIncreasing)
{
    MainWindow window;
    FunctionLabDialog* dialog = window.functionLabDialog();
    dialog->setPreset(Preset::Cube);
    dialog->setPoints(50);
    dialog->setJitter(0.6);
    ASSERT_TRUE(dialog->generate());
    const std::vector<double>& x = window.document()->column(0).values;
    ASSERT_EQ(x.size(), 50U);
    EXPECT_EQ(x.front(), -2.0);
    EXPECT_EQ(x.back(), 2.0);
    bool uneven = false;
    for (std::size_t i = 1; i < x.size(); ++i) {
        EXPECT_LT(x[i - 1], x[i]);
        uneven = uneven || (i > 1 && x[i] - x[i - 1] != x[1] - x[0]);
    }
    EXPECT_TRUE(uneven);
}

TEST(FunctionLabDialog, BadExpressionPointsAtTheProblemAndGeneratesNothing)
{
    MainWindow window;
    FunctionLabDialog* dialog = window.functionLabDialog();
    QSignalSpy generated(dialog, &FunctionLabDialog::generated);
    const QString text = QStringLiteral("x^2 + 1)");
    dialog->setExpression(text);
    std::size_t corePosition = 0;
    try {
        Expression parsed(text.toStdString());
    } catch (const ExpressionError& e) {
        corePosition = e.position();
    }
    ASSERT_EQ(corePosition, 7U);
    ASSERT_TRUE(dialog->errorPosition().has_value());
    EXPECT_EQ(*dialog->errorPosition(), 7);
    EXPECT_EQ(dialog->expressionEdit()->cursorPosition(), 7);
    EXPECT_TRUE(dialog->expressionMessage().contains(QStringLiteral("position 7")))
        << dialog->expressionMessage().toStdString();
    EXPECT_TRUE(dialog->expressionEdit()->styleSheet().contains(QStringLiteral("border")));

    EXPECT_FALSE(dialog->generate());
    EXPECT_EQ(generated.count(), 0);
    EXPECT_EQ(window.document()->rowCount(), 0);

    // Other mistakes: unknown names, a missing operand, nothing at all. None crashes or generates.
    for (const char* bad : { "y*2", "2*", "", "sin(", "3x", "x, 2" }) {
        dialog->setExpression(QString::fromLatin1(bad));
        EXPECT_FALSE(dialog->expressionMessage().isEmpty()) << bad;
        EXPECT_FALSE(dialog->generate()) << bad;
    }
    EXPECT_EQ(generated.count(), 0);

    // Fixing it clears the message and the frame.
    dialog->setExpression(QStringLiteral("x^2 + 1"));
    EXPECT_TRUE(dialog->expressionMessage().isEmpty());
    EXPECT_FALSE(dialog->errorPosition().has_value());
    EXPECT_TRUE(dialog->expressionEdit()->styleSheet().isEmpty());
    EXPECT_TRUE(dialog->generate());
    EXPECT_EQ(generated.count(), 1);
}

TEST(FunctionLabDialog, TypedExpressionUsesNumericalDerivative)
{
    MainWindow window;
    FunctionLabDialog* dialog = window.functionLabDialog();
    dialog->setExpression(QStringLiteral("x^2 * exp(-x)"));
    dialog->setRange(0.0, 4.0);
    dialog->setPoints(41);
    ASSERT_TRUE(dialog->generate());
    FunctionLabController* lab = window.functionLab();
    ASSERT_NE(lab->active(), nullptr);
    EXPECT_FALSE(lab->active()->function.exactDerivative);
    lab->setShowExact(true);
    const ReferenceCurve* exact = curveNamed(*lab, QStringLiteral("exact derivative"));
    ASSERT_NE(exact, nullptr);
    EXPECT_TRUE(exact->name.contains(QStringLiteral("numerical")));
    for (std::size_t i = 0; i < exact->x.size(); ++i) {
        const double x = exact->x[i];
        EXPECT_NEAR(exact->y[i], (2.0 * x - x * x) * std::exp(-x), 1e-10) << x;
    }
}

TEST(FunctionLabDialog, GenerateKeepsUnsavedEditsAndOpensANewTab)
{
    MainWindow window;
    FunctionLabDialog* dialog = window.functionLabDialog();
    dialog->setPoints(20);
    ASSERT_TRUE(dialog->generate());
    Document* edited = window.document();
    edited->setValue(3, 1, 100.0);
    ASSERT_TRUE(edited->isModified());
    dialog->setPoints(30);
    ASSERT_TRUE(dialog->generate()); // nothing to ask: the edits stay in their tab
    EXPECT_EQ(window.tabs()->count(), 2);
    EXPECT_NE(window.document(), edited);
    EXPECT_EQ(window.document()->rowCount(), 30);
    EXPECT_EQ(edited->rowCount(), 20);
    EXPECT_EQ(edited->value(3, 1), 100.0);
    // The overlays belong to the tab shown: the 30 generated rows.
    ASSERT_NE(window.functionLab()->active(), nullptr);
    EXPECT_EQ(window.functionLab()->active()->samples.x.size(), 30U);
}

TEST(FunctionLabOverlays, ErrorIsDocumentDerivativeMinusExactAtEveryRow)
{
    MainWindow window;
    FunctionLabDialog* dialog = window.functionLabDialog();
    dialog->setPreset(Preset::Cube);
    dialog->setPoints(64);
    dialog->setJitter(0.5);
    dialog->setNoise(0.01);
    dialog->setSeed(3);
    dialog->setShowExact(true);
    dialog->setShowError(true);
    ASSERT_TRUE(dialog->generate());
    Document* doc = window.document();
    FunctionLabController* lab = window.functionLab();

    const auto check = [&](const char* when) {
        lab->updateNow();
        const ReferenceCurve* exact = curveNamed(*lab, QStringLiteral("exact derivative"));
        const ReferenceCurve* error = curveNamed(*lab, QStringLiteral("error"));
        ASSERT_NE(exact, nullptr) << when;
        ASSERT_NE(error, nullptr) << when;
        EXPECT_EQ(exact->axis, ReferenceCurve::Axis::Derivative);
        EXPECT_EQ(error->axis, ReferenceCurve::Axis::Own);
        const std::vector<double>& numeric = doc->derivatives().results().at(0).values;
        const std::vector<double> x = doc->derivatives().xValues();
        ASSERT_EQ(error->y.size(), numeric.size()) << when;
        EXPECT_TRUE(sameBits(error->x, x)) << when;
        for (std::size_t i = 0; i < numeric.size(); ++i) {
            const double truth = 3.0 * x[i] * x[i];
            EXPECT_EQ(exact->y[i], truth) << when << " row " << i;
            EXPECT_EQ(error->y[i], numeric[i] - truth) << when << " row " << i;
        }
    };
    check("after generating");
    window.chartView()->updateNow();
    ASSERT_NE(window.chartView()->references()->series(0), nullptr);
    ASSERT_NE(window.chartView()->references()->series(1), nullptr);

    doc->setValue(10, 1, doc->value(10, 1) + 0.5); // an edit moves the derivative at rows 9..11
    check("after editing y");
    DerivativeSettings settings = doc->settings();
    settings.edgeOrder = 2;
    doc->setSettings(settings);
    check("with edge order 2");
    doc->setValue(20, 0, doc->value(20, 0) + 0.01); // the exact derivative is taken where x now is
    check("after editing x");

    // Fewer rows than generated: no overlays, and the reason.
    doc->removeRows(5, 1);
    lab->updateNow();
    EXPECT_TRUE(lab->curves().isEmpty());
    EXPECT_TRUE(lab->status().contains(QStringLiteral("63"))) << lab->status().toStdString();
    EXPECT_TRUE(lab->status().contains(QStringLiteral("64"))) << lab->status().toStdString();
    doc->undoStack()->undo();
    check("after undoing the removal");

    // Off on demand.
    dialog->setShowExact(false);
    dialog->setShowError(false);
    EXPECT_TRUE(lab->curves().isEmpty());
    window.chartView()->updateNow();
    EXPECT_EQ(window.chartView()->references()->series(0), nullptr);
}

TEST(FunctionLabOverlays, AnotherTableEndsTheOverlays)
{
    MainWindow window;
    FunctionLabDialog* dialog = window.functionLabDialog();
    dialog->setShowError(true);
    ASSERT_TRUE(dialog->generate());
    FunctionLabController* lab = window.functionLab();
    lab->updateNow();
    ASSERT_EQ(lab->curves().size(), 1);
    window.document()->loadColumns(
        { numberColumn(QStringLiteral("a"), { 1, 2, 3 }), numberColumn(QStringLiteral("b"), { 1, 4, 9 }) }, {});
    lab->updateNow();
    EXPECT_EQ(lab->active(), nullptr);
    EXPECT_TRUE(lab->curves().isEmpty());
}

TEST(FunctionLabActions, InTheClassroomMenu)
{
    MainWindow window;
    QMenu* classroom = nullptr;
    for (QAction* menu : window.menuBar()->actions())
        if (menu->text() == QStringLiteral("&Classroom"))
            classroom = menu->menu();
    ASSERT_NE(classroom, nullptr);
    const WindowActions& actions = window.actions();
    for (QAction* a : { actions.functionLab, actions.convergence, actions.compareEdgeOrders, actions.compareMethods }) {
        ASSERT_NE(a, nullptr);
        EXPECT_TRUE(classroom->actions().contains(a)) << a->objectName().toStdString();
    }
    EXPECT_EQ(window.actions().functionLab->shortcut(), QKeySequence(QStringLiteral("Ctrl+L")));
    window.actions().functionLab->trigger();
    EXPECT_TRUE(window.functionLabDialog()->isVisible());
    EXPECT_FALSE(window.functionLabDialog()->isModal());
}

TEST(ConvergenceDialog, SlopesAreAboutMinusOneAndMinusTwo)
{
    Document doc;
    FunctionLabController lab(&doc, nullptr);
    ConvergenceDialog dialog(&lab); // sin on [0, 6] until something is generated
    const ConvergenceStudy& study = dialog.study();
    ASSERT_EQ(study.rows.size(), ConvergenceDialog::counts().size());
    EXPECT_NEAR(study.slopeEdge1, -1.0, 0.1);
    EXPECT_NEAR(study.slopeEdge2, -2.0, 0.1);

    // The chart shows the study: log axes, one point per count, the same slopes when fitted.
    for (QAbstractAxis* axis : dialog.chart()->axes())
        EXPECT_NE(qobject_cast<QLogValueAxis*>(axis), nullptr);
    for (int order : { 1, 2 }) {
        QLineSeries* series = dialog.errorSeries(order);
        ASSERT_NE(series, nullptr);
        std::vector<double> n;
        std::vector<double> e;
        for (const QPointF& p : series->points()) {
            n.push_back(p.x());
            e.push_back(p.y());
        }
        ASSERT_EQ(n.size(), study.rows.size());
        const double slope = logLogSlope(n, e);
        EXPECT_NEAR(slope, order == 1 ? -1.0 : -2.0, 0.1);
        EXPECT_TRUE(series->name().startsWith(QStringLiteral("edge order %1: slope −%1.").arg(order)))
            << series->name().toStdString();
        // The dashed reference line has exactly the textbook slope.
        const QList<QPointF> ref = dialog.referenceSeries(order)->points();
        ASSERT_EQ(ref.size(), 2);
        EXPECT_NEAR(std::log(ref[1].y() / ref[0].y()) / std::log(ref[1].x() / ref[0].x()), -order, 1e-12);
    }
}

TEST(ConvergenceDialog, ExactCasesShowRoundingNotASlope)
{
    MainWindow window;
    FunctionLabDialog* dialog = window.functionLabDialog();
    dialog->setPreset(Preset::Square);
    dialog->setJitter(0.5);
    ASSERT_TRUE(dialog->generate());
    window.actions().convergence->trigger();
    auto* convergence = window.findChild<ConvergenceDialog*>();
    ASSERT_NE(convergence, nullptr);
    // numpy.gradient is exact for a parabola with edge order 2, on uneven x too: no slope to fit.
    EXPECT_FALSE(convergence->exactFor(1));
    EXPECT_TRUE(convergence->exactFor(2));
    EXPECT_NEAR(convergence->study().slopeEdge1, -1.0, 0.1);
    EXPECT_TRUE(convergence->errorSeries(2)->name().contains(QStringLiteral("exact")));
    EXPECT_TRUE(convergence->referenceSeries(2)->points().isEmpty());
    EXPECT_EQ(convergence->referenceSeries(1)->points().size(), 2);
}

TEST(ConvergenceDialog, FollowsTheGeneratedFunction)
{
    MainWindow window;
    FunctionLabDialog* dialog = window.functionLabDialog();
    dialog->setExpression(QStringLiteral("exp(x/2)"));
    dialog->setRange(-1.0, 2.0);
    ASSERT_TRUE(dialog->generate());
    window.actions().convergence->trigger();
    auto* convergence = window.findChild<ConvergenceDialog*>();
    ASSERT_NE(convergence, nullptr);
    const LabGeneration subject = window.functionLab()->subject();
    const std::vector<std::size_t> counts = ConvergenceDialog::counts();
    const ConvergenceStudy expected = convergenceStudy(subject.function, -1.0, 2.0, counts);
    ASSERT_EQ(convergence->study().rows.size(), expected.rows.size());
    EXPECT_EQ(convergence->study().slopeEdge1, expected.slopeEdge1);
    EXPECT_EQ(convergence->study().slopeEdge2, expected.slopeEdge2);
    EXPECT_NEAR(expected.slopeEdge1, -1.0, 0.1);
    EXPECT_NEAR(expected.slopeEdge2, -2.0, 0.1);
}

} // namespace
} // namespace tangent::ui
