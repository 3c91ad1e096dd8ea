// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Compare dialog's table of residuals: one row per derivative method with its largest
// |method − numpy|, the row where it occurs and the root mean square.

#include "core/classroom/methods.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace tangent::ui {

class ResidualTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { MethodColumn, MaxColumn, RowColumn, RmsColumn, ColumnCount };
    /// The unformatted number behind a numeric cell (a double; the row is 1-based).
    static constexpr int RawValueRole = Qt::UserRole;

    explicit ResidualTableModel(QObject* parent = nullptr);

    /// Shows the summaries of `methods` (their value and residual arrays are not kept).
    void setComparisons(const std::vector<MethodComparison>& methods);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        DerivativeMethod method = DerivativeMethod::Numpy;
        double maxAbs = 0.0;
        std::optional<std::size_t> maxRow;
        double rms = 0.0;
    };
    std::vector<Row> m_rows;
};

} // namespace tangent::ui
