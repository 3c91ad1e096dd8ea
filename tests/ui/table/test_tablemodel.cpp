// SPDX-License-Identifier: GPL-3.0-or-later
// TableModel: a thin adapter over Document. A QAbstractItemModelTester watches every model from
// before it is filled; its complaints fail the test.

#include "tests/ui/uitestsupport.h"
#include "ui/table/tablemodel.h"

#include "core/time/datetime.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <memory>

namespace tangent::ui {
namespace {

using namespace tangent::ui::testing;

/// Collects what QAbstractItemModelTester reports (it warns in the "qt.modeltest" category).
class ModelTestMessages {
public:
    ModelTestMessages()
    {
        s_messages.clear();
        m_previous = qInstallMessageHandler(&ModelTestMessages::handle);
    }
    ~ModelTestMessages() { qInstallMessageHandler(m_previous); }
    ModelTestMessages(const ModelTestMessages&) = delete;
    ModelTestMessages& operator=(const ModelTestMessages&) = delete;

    [[nodiscard]] const QStringList& messages() const { return s_messages; }

private:
    static void handle(QtMsgType, const QMessageLogContext& context, const QString& message)
    {
        if (context.category && QByteArray(context.category).startsWith("qt.modeltest"))
            s_messages.append(message);
    }
    static inline QStringList s_messages;
    QtMessageHandler m_previous = nullptr;
};

/// A document and its model, watched by the tester from before the document is filled.
class ModelFixture : public ::testing::Test {
protected:
    void attach(int rowsPerFetch = TableModel::kRowsPerFetch)
    {
        model = std::make_unique<TableModel>(&document, nullptr, rowsPerFetch);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Warning);
    }

    void TearDown() override
    {
        EXPECT_TRUE(messages.messages().isEmpty()) << messages.messages().join('\n').toStdString();
    }

    ModelTestMessages messages;
    Document document;
    std::unique_ptr<TableModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

class TableModelTest : public ModelFixture {
protected:
    void SetUp() override
    {
        attach();
        document.loadColumns({ numberColumn("time", { 0, 1, 2, 3, 4, 5, 6, 7 }, QStringLiteral("s")),
                                 numberColumn("temp", { 1.0 / 3.0, 2, kNaN, 4, 5, 6, 7, 8 }, QStringLiteral("°C")),
                                 numberColumn("p", { 8, 7, 6, 5, 4, 3, 2, 1 }) },
            {});
    }
};

TEST_F(TableModelTest, TesterAcceptsEveryKindOfChange)
{
    document.setValue(2, 1, 3.0);
    document.setBlock(6, 1, { { 1, 2 }, { 3, 4 }, { 5, 6 }, { 7, 8 } }); // grows by 2 rows
    document.insertRows(0, 2);
    document.removeRows(3, 4);
    document.insertColumn(1, QStringLiteral("v [m/s]"));
    document.renameColumn(1, QStringLiteral("speed"), QStringLiteral("m/s"));
    DerivativeSettings s = document.settings();
    s.edgeOrder = 2;
    s.order = 2;
    document.setSettings(s);
    s.yColumns = { 2 };
    document.setSettings(s);
    document.setValue(0, 0, 100.0);
    document.sortByX();
    document.removeColumn(0);
    EXPECT_EQ(model->columnCount(), document.columnCount() + static_cast<int>(document.derivatives().results().size()));
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    EXPECT_EQ(model->rowCount(), 8);
    EXPECT_EQ(model->columnCount(), 5);
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    EXPECT_EQ(model->rowCount(), document.rowCount());
    document.loadColumns({}, {});
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_EQ(model->columnCount(), 0);
}

TEST_F(TableModelTest, ColumnsAndHeaders)
{
    ASSERT_EQ(model->rowCount(), 8);
    ASSERT_EQ(model->columnCount(), 5); // time, temp, p, d(temp), d(p)
    EXPECT_EQ(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("time [s]"));
    EXPECT_EQ(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("temp [°C]"));
    EXPECT_EQ(model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("d(temp)/d(time) [°C/s]"));
    EXPECT_EQ(model->headerData(4, Qt::Horizontal).toString(), QStringLiteral("d(p)/d(time) [1/s]"));
    EXPECT_TRUE(model->headerData(3, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("numpy.gradient(y, x)")));
    EXPECT_EQ(model->headerData(0, Qt::Vertical).toInt(), 1);
    EXPECT_EQ(model->headerData(7, Qt::Vertical).toInt(), 8);

    EXPECT_FALSE(model->isDerivativeColumn(2));
    EXPECT_TRUE(model->isDerivativeColumn(3));
    EXPECT_EQ(model->derivativeColumnFor(4), 1);
    EXPECT_EQ(model->derivativeColumnFor(1), -1);
    EXPECT_EQ(model->modelColumnForDerivative(2), 4);
    EXPECT_EQ(model->modelColumnForDerivative(0), -1);
}

TEST_F(TableModelTest, DisplayEditAndToolTipTexts)
{
    EXPECT_EQ(model->data(model->index(0, 1)).toString(), QStringLiteral("0.3333333333"));
    EXPECT_EQ(model->data(model->index(0, 1), Qt::EditRole).toString(), QStringLiteral("0.3333333333333333"));
    EXPECT_EQ(model->data(model->index(0, 1), Qt::EditRole).toString().toDouble(), 1.0 / 3.0);
    EXPECT_EQ(model->data(model->index(2, 1)).toString(), QString());
    EXPECT_EQ(model->data(model->index(2, 1), Qt::ToolTipRole).toString(), QStringLiteral("gap (NaN)"));

    const DerivativeResult* dTemp = document.derivatives().resultFor(1);
    ASSERT_NE(dTemp, nullptr);
    EXPECT_EQ(model->data(model->index(0, 3)).toString(), QString::number(dTemp->values[0], 'g', 10));
    EXPECT_EQ(model->data(model->index(0, 3), Qt::EditRole).toString().toDouble(), dTemp->values[0]);
    EXPECT_EQ(model->data(model->index(5, 4)).toString(), QStringLiteral("-1"));
    EXPECT_EQ(model->data(model->index(1, 3)).toString(), QString()) << "next to the gap";
}

TEST_F(TableModelTest, DatesAreShownAsIso)
{
    Column date;
    date.name = QStringLiteral("date");
    date.kind = ColumnKind::DateTime;
    date.values = { *parseDateTime("2024-01-31"), *parseDateTime("2024-02-01T06:30:00") };
    document.loadColumns({ date, numberColumn("y", { 1, 2 }) }, {});
    EXPECT_EQ(model->data(model->index(0, 0)).toString(), QStringLiteral("2024-01-31"));
    EXPECT_EQ(model->data(model->index(1, 0)).toString(), QStringLiteral("2024-02-01T06:30:00"));
    EXPECT_EQ(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("d(y)/d(date) [1/d]"));

    EXPECT_TRUE(model->setData(model->index(1, 0), QStringLiteral("2024-02-03")));
    EXPECT_EQ(document.value(1, 0), *parseDateTime("2024-02-03"));

    QSignalSpy invalid(model.get(), &TableModel::invalidInput);
    EXPECT_FALSE(model->setData(model->index(0, 0), QStringLiteral("tomorrow")));
    ASSERT_EQ(invalid.count(), 1);
    EXPECT_TRUE(invalid[0][0].toString().startsWith(QStringLiteral("'tomorrow' is not a date (row 1, column 'date')")))
        << invalid[0][0].toString().toStdString();
}

TEST_F(TableModelTest, SetDataParsesNumbersAndGaps)
{
    EXPECT_TRUE(model->setData(model->index(3, 1), QStringLiteral(" 2.5 ")));
    EXPECT_EQ(document.value(3, 1), 2.5);
    EXPECT_EQ(document.undoStack()->count(), 1);

    EXPECT_TRUE(model->setData(model->index(3, 1), QStringLiteral("")));
    EXPECT_TRUE(std::isnan(document.value(3, 1)));
    EXPECT_EQ(document.undoStack()->count(), 2);

    EXPECT_TRUE(model->setData(model->index(3, 1), QStringLiteral(""))); // gap to gap: nothing to undo
    EXPECT_EQ(document.undoStack()->count(), 2);

    EXPECT_TRUE(model->setData(model->index(4, 1), QStringLiteral("1e-3")));
    EXPECT_EQ(document.value(4, 1), 1e-3);
}

TEST_F(TableModelTest, SetDataUsesTheUsersLocaleFirst)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_TRUE(model->setData(model->index(0, 2), QStringLiteral("2,5")));
    EXPECT_EQ(document.value(0, 2), 2.5);
    EXPECT_TRUE(model->setData(model->index(1, 2), QStringLiteral("0.125"))); // C locale fallback
    EXPECT_EQ(document.value(1, 2), 0.125);
    QLocale::setDefault(previous);

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSignalSpy invalid(model.get(), &TableModel::invalidInput);
    EXPECT_FALSE(model->setData(model->index(1, 2), QStringLiteral("1,500"))); // 1.5 or 1500?
    EXPECT_EQ(invalid.count(), 1);
    QLocale::setDefault(previous);
}

TEST_F(TableModelTest, InvalidInputIsRefusedAndExplained)
{
    QSignalSpy invalid(model.get(), &TableModel::invalidInput);
    EXPECT_FALSE(model->setData(model->index(2, 1), QStringLiteral("abc")));
    ASSERT_EQ(invalid.count(), 1);
    EXPECT_EQ(invalid[0][0].toString(), QStringLiteral("'abc' is not a number (row 3, column 'temp')"));
    EXPECT_TRUE(std::isnan(document.value(2, 1)));
    EXPECT_EQ(document.undoStack()->count(), 0);
}

TEST_F(TableModelTest, DerivativeColumnsAreReadOnlyAndLookDifferent)
{
    EXPECT_TRUE(model->flags(model->index(0, 1)).testFlag(Qt::ItemIsEditable));
    EXPECT_FALSE(model->flags(model->index(0, 3)).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(model->flags(model->index(0, 3)).testFlag(Qt::ItemIsSelectable));
    const std::vector<double> before = document.derivatives().resultFor(1)->values;
    EXPECT_FALSE(model->setData(model->index(0, 3), QStringLiteral("5")));
    EXPECT_EQ(document.derivatives().resultFor(1)->values[0], before[0]);
    EXPECT_EQ(document.undoStack()->count(), 0);

    const QVariant background = model->data(model->index(0, 3), Qt::BackgroundRole);
    ASSERT_TRUE(background.canConvert<QColor>());
    EXPECT_NE(background.value<QColor>(), QPalette().color(QPalette::Base));
    EXPECT_FALSE(model->data(model->index(0, 1), Qt::BackgroundRole).isValid());
    EXPECT_TRUE(model->data(model->index(0, 3), Qt::FontRole).value<QFont>().italic());
}

TEST_F(TableModelTest, EditSignalsOnlyTheCellAndTheAffectedDerivativeRows)
{
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    ASSERT_TRUE(model->setData(model->index(5, 1), QStringLiteral("60")));
    EXPECT_EQ(reset.count(), 0);
    ASSERT_EQ(changed.count(), 2);
    const auto topLeft = [&](int i) { return changed[i][0].value<QModelIndex>(); };
    const auto bottomRight = [&](int i) { return changed[i][1].value<QModelIndex>(); };
    EXPECT_EQ(topLeft(0), model->index(5, 1));
    EXPECT_EQ(bottomRight(0), model->index(5, 1));
    EXPECT_EQ(topLeft(1), model->index(4, 3));
    EXPECT_EQ(bottomRight(1), model->index(6, 4));
    EXPECT_EQ(model->data(model->index(5, 3)).toString(),
        QString::number(document.derivatives().resultFor(1)->values[5], 'g', 10));
}

TEST_F(TableModelTest, StructuralChangesSignalRowsOrReset)
{
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    document.insertRows(2, 3);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted[0][1].toInt(), 2);
    EXPECT_EQ(inserted[0][2].toInt(), 4);
    EXPECT_EQ(model->rowCount(), 11);
    document.removeRows(0, 1);
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(model->rowCount(), 10);
    EXPECT_EQ(reset.count(), 0);

    DerivativeSettings s = document.settings();
    s.yColumns = { 1 };
    document.setSettings(s);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model->columnCount(), 4);
    document.insertColumn(3, QStringLiteral("q"));
    EXPECT_GE(reset.count(), 2);
    EXPECT_EQ(model->columnCount(), 5);
}

TEST_F(TableModelTest, HighlightedRowsPaintTheirYCellsAndTheDerivativeCell)
{
    const auto background
        = [&](int row, int column) { return model->data(model->index(row, column), Qt::BackgroundRole); };
    const QColor derivativeTint = background(0, 3).value<QColor>();
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    const auto signalledRows = [&] {
        QList<int> rows;
        for (const QList<QVariant>& args : changed) {
            const auto topLeft = args[0].value<QModelIndex>();
            const auto bottomRight = args[1].value<QModelIndex>();
            EXPECT_EQ(topLeft.row(), bottomRight.row());
            EXPECT_EQ(args[2].value<QList<int>>(), QList<int> { Qt::BackgroundRole });
            rows << topLeft.row();
        }
        changed.clear();
        return rows;
    };

    // The central difference at row 4 of temp reads rows 3 and 5.
    model->setHighlightedRows({ 3, 5 }, 1, 4);
    EXPECT_EQ(model->highlightedRows(), (QList<int> { 3, 5 }));
    EXPECT_EQ(signalledRows(), (QList<int> { 3, 4, 5 }));
    ASSERT_TRUE(background(3, 1).canConvert<QColor>());
    const QColor used = background(3, 1).value<QColor>();
    EXPECT_EQ(background(5, 1).value<QColor>(), used);
    EXPECT_NE(used, QPalette().color(QPalette::Base));
    EXPECT_FALSE(background(4, 1).isValid()); // the row itself does not enter its central difference
    EXPECT_FALSE(background(3, 0).isValid()); // x
    EXPECT_FALSE(background(3, 2).isValid()); // another y column
    const QColor result = background(4, 3).value<QColor>();
    EXPECT_NE(result, derivativeTint);
    EXPECT_NE(result, used);
    EXPECT_EQ(background(3, 3).value<QColor>(), derivativeTint);
    EXPECT_EQ(background(4, 4).value<QColor>(), derivativeTint); // p's derivative

    model->setHighlightedRows({ 3, 5 }, 1, 4); // no change, no signal
    EXPECT_TRUE(signalledRows().isEmpty());

    // Old and new rows only.
    model->setHighlightedRows({ 6, 7 }, 1, 7);
    EXPECT_EQ(signalledRows(), (QList<int> { 3, 4, 5, 6, 7 }));
    EXPECT_FALSE(background(3, 1).isValid());
    EXPECT_TRUE(background(6, 1).isValid());

    // Without a column: every differentiated y column, and no derivative cell.
    model->setHighlightedRows({ 2 });
    EXPECT_EQ(signalledRows(), (QList<int> { 2, 6, 7 }));
    EXPECT_TRUE(background(2, 1).isValid());
    EXPECT_TRUE(background(2, 2).isValid());
    EXPECT_FALSE(background(2, 0).isValid());
    EXPECT_EQ(background(2, 3).value<QColor>(), derivativeTint);

    // Rows that no longer exist are not signalled (the tester would reject their indexes).
    model->setHighlightedRows({ 6, 7 }, 2, 7);
    document.removeRows(4, 4);
    changed.clear();
    model->setHighlightedRows({});
    EXPECT_TRUE(signalledRows().isEmpty());
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_FALSE(background(row, 1).isValid());
}

/// A big table in miniature: 250 rows shown 100 at a time.
class TableModelFetchTest : public ModelFixture {
protected:
    static constexpr int kRows = 250;
    static constexpr int kPerFetch = 100;

    void SetUp() override
    {
        attach(kPerFetch);
        std::vector<double> x(kRows);
        std::vector<double> y(kRows);
        for (int i = 0; i < kRows; ++i) {
            x[static_cast<std::size_t>(i)] = i;
            y[static_cast<std::size_t>(i)] = 2.0 * i;
        }
        document.loadColumns({ numberColumn("x", x), numberColumn("y", y) }, {});
    }
};

TEST_F(TableModelFetchTest, ShowsTheRowsAFetchAtATime)
{
    EXPECT_EQ(model->rowCount(), kPerFetch);
    ASSERT_TRUE(model->canFetchMore({}));
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 2 * kPerFetch);
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), kRows);
    EXPECT_FALSE(model->canFetchMore({}));
    EXPECT_EQ(model->data(model->index(kRows - 1, 1)).toString(), QStringLiteral("498"));
    // The derivative column is there for the fetched rows too.
    EXPECT_EQ(model->data(model->index(kRows - 1, 2)).toString(), QStringLiteral("2"));
}

TEST_F(TableModelFetchTest, ShowRowsThroughReachesARowAndNoFurther)
{
    model->showRowsThrough(130);
    EXPECT_EQ(model->rowCount(), 131);
    model->showRowsThrough(10);
    EXPECT_EQ(model->rowCount(), 131);
    model->showRowsThrough(kRows + 50);
    EXPECT_EQ(model->rowCount(), kRows);
}

TEST_F(TableModelFetchTest, ChangesBeyondTheShownRowsAreSeenOnceFetched)
{
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    document.setValue(200, 1, -1.0);
    for (const QList<QVariant>& signal : changed)
        EXPECT_LT(signal.at(1).toModelIndex().row(), kPerFetch) << "told the views of a row they do not have";
    model->showRowsThrough(200);
    EXPECT_EQ(model->data(model->index(200, 1)).toString(), QStringLiteral("-1"));
}

TEST_F(TableModelFetchTest, InsertsAndRemovesTrackTheShownRows)
{
    document.removeRows(10, 5); // shown rows
    EXPECT_EQ(model->rowCount(), kPerFetch - 5);
    EXPECT_EQ(document.rowCount(), kRows - 5);
    document.insertRows(200, 3); // past the shown rows: the views learn of them by fetching
    EXPECT_EQ(model->rowCount(), kPerFetch - 5);
    document.insertRows(0, 2);
    EXPECT_EQ(model->rowCount(), kPerFetch - 3);
    EXPECT_EQ(model->data(model->index(2, 0)).toString(), QStringLiteral("0"));
    document.removeRows(90, 50); // straddles the end of the shown rows
    EXPECT_EQ(model->rowCount(), 90);
    model->showRowsThrough(document.rowCount());
    EXPECT_EQ(model->rowCount(), document.rowCount());
    document.insertRows(document.rowCount(), 4); // everything shown: new rows at the end are shown
    EXPECT_EQ(model->rowCount(), document.rowCount());
}

TEST_F(TableModelFetchTest, ReloadShowsTheFirstRowsAgain)
{
    model->fetchMore({});
    document.undoStack()->clear();
    document.loadColumns({ numberColumn("x", std::vector<double>(kRows, 1.0)) }, {});
    EXPECT_EQ(model->rowCount(), kPerFetch);
}

} // namespace
} // namespace tangent::ui
