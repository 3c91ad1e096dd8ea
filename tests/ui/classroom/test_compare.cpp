// SPDX-License-Identifier: GPL-3.0-or-later
// The Compare dialog: edge order 1 against 2 (only the end rows differ, bit for bit elsewhere), and
// numpy against MATLAB/Octave and the average of slopes (the residuals are the core's).

#include "ui/classroom/compare/comparedialog.h"

#include "core/classroom/functionlab.h"
#include "core/classroom/methods.h"
#include "core/gradient/gradient.h"
#include "tests/ui/uitestsupport.h"
#include "ui/classroom/compare/edgeorderpage.h"
#include "ui/classroom/compare/methodspage.h"
#include "ui/classroom/compare/residualtablemodel.h"
#include "ui/document/document.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineSeries>
#include <QScatterSeries>

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>

namespace tangent::ui {
namespace {

using testing::numberColumn;
using testing::sameBits;

std::uint64_t bits(double v)
{
    return std::bit_cast<std::uint64_t>(v);
}

/// Loads n samples of sin on [0, 6], x jittered when `jitter` > 0, with a little noise.
void loadSine(Document& doc, std::size_t n, double jitter)
{
    SampleOptions options;
    options.from = 0.0;
    options.to = 6.0;
    options.points = n;
    options.jitter = jitter;
    options.noise = 0.001;
    const SampledFunction s = sampleFunction(presetFunction(Preset::Sin), options);
    doc.loadColumns({ numberColumn(QStringLiteral("x"), s.x), numberColumn(QStringLiteral("y"), s.y) }, {});
}

/// Collects the warnings of QAbstractItemModelTester (category "qt.modeltest").
class ModelTestWarnings {
public:
    ModelTestWarnings() : m_previous(qInstallMessageHandler(&ModelTestWarnings::handle)) { s_messages.clear(); }
    ~ModelTestWarnings() { qInstallMessageHandler(m_previous); }
    ModelTestWarnings(const ModelTestWarnings&) = delete;
    ModelTestWarnings& operator=(const ModelTestWarnings&) = delete;
    [[nodiscard]] static QStringList messages() { return s_messages; }

private:
    static void handle(QtMsgType, const QMessageLogContext& context, const QString& message)
    {
        if (context.category && QByteArray(context.category).startsWith("qt.modeltest"))
            s_messages.append(message);
    }
    static inline QStringList s_messages;
    QtMessageHandler m_previous;
};

TEST(CompareEdgeOrders, OnlyTheEndRowsDifferBitForBit)
{
    for (double jitter : { 0.0, 0.5 }) {
        Document doc;
        loadSine(doc, 80, jitter);
        CompareDialog dialog(&doc);
        dialog.updateNow();
        const EdgeOrderComparison& c = dialog.edgeOrders();
        ASSERT_TRUE(c.error.isEmpty()) << c.error.toStdString();
        ASSERT_EQ(c.order1.size(), 80U);
        // Each is exactly numpy.gradient with that edge order.
        const std::vector<double>& y = doc.column(1).values;
        EXPECT_TRUE(sameBits(c.order1, gradient(y, doc.column(0).values, 1)));
        EXPECT_TRUE(sameBits(c.order2, gradient(y, doc.column(0).values, 2)));
        EXPECT_TRUE(sameBits(c.order1, doc.derivatives().results().at(0).values)); // the document's own edge order 1
        for (std::size_t i = 1; i + 1 < 80; ++i) {
            EXPECT_EQ(bits(c.order1[i]), bits(c.order2[i])) << "row " << i;
            EXPECT_EQ(bits(c.difference[i]), bits(0.0)) << "row " << i;
        }
        EXPECT_NE(bits(c.order1.front()), bits(c.order2.front()));
        EXPECT_NE(bits(c.order1.back()), bits(c.order2.back()));
        EXPECT_EQ(c.difference.front(), c.order2.front() - c.order1.front());
        EXPECT_EQ(c.difference.back(), c.order2.back() - c.order1.back());
        EXPECT_EQ(c.differingRows, (std::vector<std::size_t> { 0, 79 }));

        const EdgeOrderPage* page = dialog.edgeOrderPage();
        EXPECT_EQ(page->markerSeries()->count(), 4); // both values at both ends
        EXPECT_EQ(page->differenceSeries()->count(), 80);
        EXPECT_TRUE(page->summary().startsWith(QStringLiteral("Only the end rows differ: row 1 by")))
            << page->summary().toStdString();
        EXPECT_TRUE(page->summary().contains(QStringLiteral("row 80 by")));
    }
}

TEST(CompareEdgeOrders, SecondDerivativeSpreadsTheEndsOneRowIn)
{
    Document doc;
    loadSine(doc, 40, 0.3);
    DerivativeSettings settings = doc.settings();
    settings.order = 2;
    doc.setSettings(settings);
    CompareDialog dialog(&doc);
    dialog.updateNow();
    const EdgeOrderComparison& c = dialog.edgeOrders();
    EXPECT_EQ(c.derivativeOrder, 2);
    EXPECT_EQ(c.differingRows, (std::vector<std::size_t> { 0, 1, 38, 39 }));
    for (std::size_t i = 2; i + 2 < 40; ++i)
        EXPECT_EQ(bits(c.order1[i]), bits(c.order2[i])) << "row " << i;
    EXPECT_TRUE(dialog.edgeOrderPage()->summary().contains(QStringLiteral("1–2, 39–40")))
        << dialog.edgeOrderPage()->summary().toStdString();
}

TEST(CompareEdgeOrders, TooFewPointsIsAMessage)
{
    Document doc;
    doc.loadColumns({ numberColumn(QStringLiteral("x"), { 0, 1 }), numberColumn(QStringLiteral("y"), { 3, 5 }) }, {});
    CompareDialog dialog(&doc);
    dialog.updateNow();
    EXPECT_FALSE(dialog.edgeOrders().error.isEmpty());
    EXPECT_EQ(dialog.edgeOrderPage()->summary(), dialog.edgeOrders().error);
}

TEST(CompareEdgeOrders, FollowsEdits)
{
    Document doc;
    loadSine(doc, 30, 0.0);
    CompareDialog dialog(&doc);
    dialog.updateNow();
    const double before = dialog.edgeOrders().order2.front();
    doc.setValue(1, 1, 2.0);
    dialog.updateNow();
    EXPECT_NE(dialog.edgeOrders().order2.front(), before);
    EXPECT_EQ(dialog.edgeOrders().order1, gradient(doc.column(1).values, doc.column(0).values, 1));
}

TEST(CompareMethods, ResidualsAreTheCores)
{
    const ModelTestWarnings warnings;
    Document doc;
    CompareDialog dialog(&doc); // empty: the table model is watched before it is filled
    const QAbstractItemModelTester tester(
        dialog.methodsPage()->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    for (int edgeOrder : { 1, 2 }) {
        loadSine(doc, 60, 0.6);
        DerivativeSettings settings = doc.settings();
        settings.edgeOrder = edgeOrder;
        doc.setSettings(settings);
        dialog.showPage(CompareDialog::Page::Methods);
        dialog.updateNow();
        const MethodsComparison& c = dialog.methods();
        ASSERT_TRUE(c.error.isEmpty()) << c.error.toStdString();
        EXPECT_FALSE(c.evenlySpaced);
        ASSERT_EQ(c.methods.size(), 3U);
        const std::vector<double>& y = doc.column(1).values;
        const Spacing spacing = Spacing::coordinates(doc.column(0).values);
        const ResidualTableModel* model = dialog.methodsPage()->model();
        ASSERT_EQ(model->rowCount(), 3);
        for (int k = 0; k < 3; ++k) {
            const auto method = static_cast<DerivativeMethod>(k);
            const MethodComparison expected = compareWithNumpy(method, y, spacing, edgeOrder);
            const MethodComparison& shown = c.methods[static_cast<std::size_t>(k)];
            EXPECT_EQ(shown.method, method);
            EXPECT_TRUE(sameBits(shown.values, expected.values)) << k;
            EXPECT_TRUE(sameBits(shown.residuals, expected.residuals)) << k;
            EXPECT_EQ(model->data(model->index(k, ResidualTableModel::MaxColumn), ResidualTableModel::RawValueRole),
                QVariant(expected.maxAbsResidual));
            // The residual chart draws exactly those numbers (60 points: no reduction).
            if (QLineSeries* series = dialog.methodsPage()->residualSeries(method)) {
                const QList<QPointF> points = series->points();
                ASSERT_EQ(points.size(), 60);
                for (std::size_t i = 0; i < 60; ++i) {
                    EXPECT_EQ(points[static_cast<qsizetype>(i)].x(), doc.column(0).values[i]);
                    EXPECT_EQ(points[static_cast<qsizetype>(i)].y(), expected.residuals[i]);
                }
            }
        }
        // numpy is the reference; on uneven x the others differ inside.
        EXPECT_EQ(c.methods[0].maxAbsResidual, 0.0);
        EXPECT_GT(c.methods[1].maxAbsResidual, 1e-4);
        EXPECT_GT(c.methods[2].maxAbsResidual, 1e-4);
        EXPECT_EQ(dialog.methodsPage()->residualSeries(DerivativeMethod::Numpy), nullptr);
        EXPECT_TRUE(dialog.methodsPage()->caption().contains(QStringLiteral("unevenly")));
        EXPECT_TRUE(dialog.methodsPage()->caption().contains(QStringLiteral("MATLAB/Octave gradient(y, x)")));
    }
    EXPECT_TRUE(ModelTestWarnings::messages().isEmpty()) << ModelTestWarnings::messages().join('\n').toStdString();
}

TEST(CompareMethods, EvenSpacingAgreesWithNumpyUpToRounding)
{
    Document doc;
    loadSine(doc, 101, 0.0);
    CompareDialog dialog(&doc);
    dialog.updateNow();
    const MethodsComparison& c = dialog.methods();
    ASSERT_EQ(c.methods.size(), 3U);
    EXPECT_TRUE(c.evenlySpaced);
    for (const MethodComparison& m : c.methods)
        EXPECT_LT(m.maxAbsResidual, 1e-12) << static_cast<int>(m.method);
    EXPECT_TRUE(dialog.methodsPage()->caption().contains(QStringLiteral("evenly spaced")));
}

TEST(CompareActions, OpenTheRightTab)
{
    MainWindow window;
    window.document()->loadColumns(
        { numberColumn(QStringLiteral("x"), { 0, 1, 2, 4 }), numberColumn(QStringLiteral("y"), { 0, 1, 4, 16 }) }, {});
    window.actions().compareMethods->trigger();
    auto* dialog = window.findChild<CompareDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->currentPage(), CompareDialog::Page::Methods);
    EXPECT_EQ(dialog->yColumn(), 1);
    window.actions().compareEdgeOrders->trigger();
    EXPECT_EQ(window.findChildren<CompareDialog*>().size(), 1);
    EXPECT_EQ(dialog->currentPage(), CompareDialog::Page::EdgeOrders);
    EXPECT_EQ(dialog->edgeOrders().differingRows, (std::vector<std::size_t> { 0, 3 }));
}

} // namespace
} // namespace tangent::ui
