// SPDX-License-Identifier: GPL-3.0-or-later
// Document diagnostics: what is wrong with the data or settings, in words a user can act on (the
// x-column facts come from core/gradient/spacing.h), and signalled only when they change.

#include "core/io/csv.h"
#include "tests/ui/uitestsupport.h"
#include "ui/document/document.h"
#include "ui/panels/diagnosticspanel.h"

#include <QCoreApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace tangent::ui {
namespace {

using namespace tangent::ui::testing;

// ---- Diagnostics ----

TEST(DocumentDiagnostics, CleanDataHasNone)
{
    Document document;
    document.loadColumns({ numberColumn("x", { 0, 1, 2, 4 }), numberColumn("y", { 0, 1, 4, 16 }) }, {});
    EXPECT_TRUE(document.derivatives().diagnostics().isEmpty()) << allDiagnostics(document).toStdString();
}

TEST(DocumentDiagnostics, XNotIncreasingOffersSort)
{
    Document document;
    document.loadColumns({ numberColumn("t", { 0, 1, 2, 1.5, 3 }), numberColumn("y", { 0, 1, 2, 3, 4 }) }, {});
    Diagnostic::Severity severity {};
    Diagnostic::Action action {};
    ASSERT_TRUE(hasDiagnostic(document, QStringLiteral("decreases at row 4 (1.5 after 2)"), &severity, &action))
        << allDiagnostics(document).toStdString();
    EXPECT_EQ(severity, Diagnostic::Severity::Warning);
    EXPECT_EQ(action, Diagnostic::Action::SortByX);

    QSignalSpy spy(&document, &Document::diagnosticsChanged);
    document.sortByX();
    EXPECT_EQ(spy.count(), 1);
    EXPECT_TRUE(document.derivatives().diagnostics().isEmpty()) << allDiagnostics(document).toStdString();
}

TEST(DocumentDiagnostics, LongFormatDataAreOfferedTheirGroupColumn)
{
    // x steps back where the next symbol's rows begin: sorting would interleave the series, so the
    // text column is offered to group by (as tangent-cli offers --group), one undo step.
    Document document;
    document.loadTable(readCsv("symbol,t,price\nA,0,1\nA,1,2\nA,2,4\nB,0,5\nB,1,6\nB,2,8\n", {}, "p.csv"), {});
    ASSERT_EQ(document.settings().xColumn, 1);
    Diagnostic::Severity severity {};
    Diagnostic::Action action {};
    ASSERT_TRUE(
        hasDiagnostic(document, QStringLiteral("if the file holds one series per 'symbol'"), &severity, &action))
        << allDiagnostics(document).toStdString();
    EXPECT_EQ(severity, Diagnostic::Severity::Warning);
    EXPECT_EQ(action, Diagnostic::Action::GroupBy);
    const auto& list = document.derivatives().diagnostics();
    const auto offer = std::ranges::find(list, Diagnostic::Action::GroupBy, &Diagnostic::action);
    ASSERT_NE(offer, list.end());
    EXPECT_EQ(offer->column, 0);

    DiagnosticsPanel panel(&document);
    auto* button = panel.findChild<QPushButton*>(QStringLiteral("groupByButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isHidden());
    EXPECT_EQ(button->text(), QStringLiteral("&Group by symbol"));
    button->click();
    EXPECT_EQ(document.derivatives().effectiveGroupColumn(), 0);
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_TRUE(button->isHidden()) << allDiagnostics(document).toStdString();
    // Each symbol's rows on their own: B's slopes are 1, 1.5, 2, with nothing across the groups.
    EXPECT_EQ(document.derivatives().resultFor(2)->values, (std::vector<double> { 1, 1.5, 2, 1, 1.5, 2 }));
}

TEST(DocumentDiagnostics, XDecreasingThroughoutIsOnlyInfo)
{
    Document document;
    document.loadColumns({ numberColumn("t", { 4, 3, 1, 0 }), numberColumn("y", { 0, 1, 2, 3 }) }, {});
    Diagnostic::Severity severity {};
    Diagnostic::Action action {};
    ASSERT_TRUE(hasDiagnostic(document, QStringLiteral("decreases throughout"), &severity, &action));
    EXPECT_EQ(severity, Diagnostic::Severity::Info);
    EXPECT_EQ(action, Diagnostic::Action::SortByX);
}

TEST(DocumentDiagnostics, RepeatedXNamesTheRows)
{
    Document document;
    document.loadColumns(
        { numberColumn("t", { 0, 1, 2, 2, 3, 4, 4 }), numberColumn("y", { 0, 1, 2, 3, 4, 5, 6 }) }, {});
    EXPECT_TRUE(hasDiagnostic(document, QStringLiteral("repeats at rows 3 and 4 (x = 2) and 1 more place")))
        << allDiagnostics(document).toStdString();
    EXPECT_TRUE(hasDiagnostic(document, QStringLiteral("infinite")));
    EXPECT_TRUE(std::isinf(document.derivatives().resultFor(1)->values[3])
        || std::isnan(document.derivatives().resultFor(1)->values[3]));
}

TEST(DocumentDiagnostics, GapsInXAndYAreCountedWithTheirRows)
{
    Document document;
    document.loadColumns(
        { numberColumn("t", { 0, 1, kNaN, 3, 4, 5 }), numberColumn("y", { 0, kNaN, 2, 3, kNaN, 5 }) }, {});
    EXPECT_TRUE(hasDiagnostic(document, QStringLiteral("x ('t') has 1 gap (empty cells), at row 3")))
        << allDiagnostics(document).toStdString();
    EXPECT_TRUE(hasDiagnostic(document, QStringLiteral("'y' has 2 gaps (empty cells), at rows 2 and 5")));

    Document many;
    std::vector<double> y(20, 1.0);
    for (std::size_t i = 0; i < 20; i += 2)
        y[i] = kNaN;
    many.loadColumns({ numberColumn("y", y) }, {});
    EXPECT_TRUE(hasDiagnostic(many, QStringLiteral("'y' has 10 gaps (empty cells), at rows 1, 3, 5, 7, 9, …")))
        << allDiagnostics(many).toStdString();
}

TEST(DocumentDiagnostics, ALongTablesDiagnosticsFollowOnTheNextPass)
{
    // Over a million rows the window draws the derivatives before it words the diagnostics: they
    // arrive on the next pass of the event loop (or, when the derivatives are computed in the
    // background, on the pass after they land), or when finishComputing is asked for them.
    constexpr std::size_t rows = 1'000'001;
    std::vector<double> x(rows);
    std::vector<double> y(rows);
    for (std::size_t i = 0; i < rows; ++i) {
        x[i] = static_cast<double>(i);
        y[i] = static_cast<double>(i % 7);
    }
    x[10] = kNaN;
    for (const bool background : { false, true }) {
        for (const bool finish : { false, true }) {
            Document document;
            if (!background)
                document.derivatives().setNumpyBackgroundPoints(rows);
            QSignalSpy changed(&document, &Document::diagnosticsChanged);
            document.loadColumns({ numberColumn("x", x), numberColumn("y", y) }, {});
            EXPECT_EQ(document.derivatives().isComputing(), background);
            EXPECT_TRUE(document.derivatives().diagnostics().isEmpty());
            EXPECT_TRUE(changed.isEmpty());
            if (finish)
                document.derivatives().finishComputing();
            else if (background)
                EXPECT_TRUE(QTest::qWaitFor([&changed] { return !changed.isEmpty(); }, 20000));
            else
                QCoreApplication::processEvents();
            EXPECT_TRUE(hasDiagnostic(document, QStringLiteral("x ('x') has 1 gap (empty cells), at row 11")))
                << allDiagnostics(document).toStdString();
            EXPECT_EQ(changed.size(), 1);
            QCoreApplication::processEvents(); // a flushed pass is not worded again
            EXPECT_EQ(changed.size(), 1);
        }
    }
}

TEST(DocumentDiagnostics, TooFewPointsSaysHowManyAreNeeded)
{
    Document document;
    document.loadColumns({ numberColumn("x", { 0, 1 }), numberColumn("y", { 0, 1 }) }, {});
    EXPECT_TRUE(document.derivatives().diagnostics().isEmpty());
    DerivativeSettings s = document.settings();
    s.edgeOrder = 2;
    document.setSettings(s);
    Diagnostic::Severity severity {};
    ASSERT_TRUE(
        hasDiagnostic(document, QStringLiteral("Edge order 2 needs at least 3 rows; the table has 2"), &severity))
        << allDiagnostics(document).toStdString();
    EXPECT_EQ(severity, Diagnostic::Severity::Error);
    EXPECT_EQ(document.derivatives().diagnostics().size(), 1) << "the derivative error is not repeated";

    document.loadColumns({ numberColumn("x", { 0 }), numberColumn("y", { 0 }) }, {});
    EXPECT_TRUE(hasDiagnostic(document, QStringLiteral("Edge order 1 needs at least 2 rows; the table has 1")));
}

TEST(DocumentDiagnostics, NearlyUniformSpacingIsExplained)
{
    std::vector<double> x;
    std::vector<double> y;
    for (int i = 0; i <= 10; ++i) {
        x.push_back(i * 0.1); // 0.30000000000000004 - 0.2 != 0.1: not exactly uniform
        y.push_back(i * i);
    }
    Document document;
    document.loadColumns({ numberColumn("x", x), numberColumn("y", y) }, {});
    Diagnostic::Severity severity {};
    ASSERT_TRUE(hasDiagnostic(document, QStringLiteral("non-uniform formula"), &severity))
        << allDiagnostics(document).toStdString();
    EXPECT_EQ(severity, Diagnostic::Severity::Info);
    EXPECT_TRUE(hasDiagnostic(document, QStringLiteral("last bits")));

    // Exactly uniform coordinates say nothing.
    for (int i = 0; i <= 10; ++i)
        x[static_cast<std::size_t>(i)] = i * 0.25;
    document.loadColumns({ numberColumn("x", x), numberColumn("y", y) }, {});
    EXPECT_TRUE(document.derivatives().diagnostics().isEmpty()) << allDiagnostics(document).toStdString();
}

TEST(DocumentDiagnostics, DerivativeErrorsAreShown)
{
    Document document;
    document.loadColumns({ numberColumn("x", { 0, 1, 2, 3 }), numberColumn("y", { 0, 1, 2, 3 }) }, {});
    DerivativeSettings s = document.settings();
    s.edgeOrder = 3;
    document.setSettings(s);
    ASSERT_FALSE(document.derivatives().resultFor(1)->error.isEmpty());
    Diagnostic::Severity severity {};
    EXPECT_TRUE(hasDiagnostic(document,
        QStringLiteral("The derivative cannot be computed: ") + document.derivatives().resultFor(1)->error, &severity));
    EXPECT_EQ(severity, Diagnostic::Severity::Error);
}

TEST(DocumentDiagnostics, ABadCellLeavesItsColumnOutWithTangentCliWarning)
{
    // tangent-cli: "column 'b' is left out: 'oops' is not a number (...)" at file line 3, which is
    // the table's row 2.
    Document document;
    document.loadTable(readCsv("x,a,b\n0,1,2\n1,2,oops\n2,4,6\n3,9,8\n", {}, "in.csv"), {});
    Diagnostic::Severity severity {};
    ASSERT_TRUE(hasDiagnostic(document,
        QStringLiteral("Row 2: column 'b' is left out: 'oops' is not a number (fix the cell, or --strict to make this "
                       "an error)"),
        &severity))
        << allDiagnostics(document).toStdString();
    EXPECT_EQ(severity, Diagnostic::Severity::Warning);
    EXPECT_FALSE(hasDiagnostic(document, QStringLiteral("Column 'b' holds text")));
    // A label column stays what it was: text that can group the rows.
    Document labels;
    labels.loadTable(readCsv("x,a,b\n0,1,north\n1,2,south\n2,4,east\n", {}, "in.csv"), {});
    EXPECT_TRUE(hasDiagnostic(labels, QStringLiteral("Column 'b' holds text")));
    EXPECT_FALSE(hasDiagnostic(labels, QStringLiteral("left out")));
}

TEST(DocumentDiagnostics, ZeroDxIsAnError)
{
    Document document;
    document.loadColumns({ numberColumn("y", { 0, 1, 2 }) }, {});
    DerivativeSettings s = document.settings();
    s.dx = 0.0;
    document.setSettings(s);
    EXPECT_TRUE(hasDiagnostic(document, QStringLiteral("The spacing dx is 0")));
}

TEST(DocumentDiagnostics, EditsUpdateThemAndSignalOnlyOnChange)
{
    Document document;
    document.loadColumns({ numberColumn("x", { 0, 1, 2, 3 }), numberColumn("y", { 0, 1, 2, 3 }) }, {});
    QSignalSpy spy(&document, &Document::diagnosticsChanged);
    document.setValue(2, 1, kNaN);
    EXPECT_EQ(spy.count(), 1);
    EXPECT_TRUE(hasDiagnostic(document, QStringLiteral("'y' has 1 gap")));
    document.setValue(1, 1, 5.0); // still one gap: the list is the same
    EXPECT_EQ(spy.count(), 1);
    document.undoStack()->undo();
    document.undoStack()->undo();
    EXPECT_EQ(spy.count(), 2);
    EXPECT_TRUE(document.derivatives().diagnostics().isEmpty());
}

} // namespace
} // namespace tangent::ui
