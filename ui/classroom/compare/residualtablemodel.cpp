// SPDX-License-Identifier: GPL-3.0-or-later
// The Compare dialog's table of residuals per method.

#include "ui/classroom/compare/residualtablemodel.h"

#include "ui/classroom/labchart.h"

namespace tangent::ui {

ResidualTableModel::ResidualTableModel(QObject* parent) : QAbstractTableModel(parent) { }

void ResidualTableModel::setComparisons(const std::vector<MethodComparison>& methods)
{
    beginResetModel();
    m_rows.clear();
    for (const MethodComparison& m : methods)
        m_rows.push_back({ m.method, m.maxAbsResidual, m.maxRow, m.rmsResidual });
    endResetModel();
}

int ResidualTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ResidualTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResidualTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const bool numpy = row.method == DerivativeMethod::Numpy;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MethodColumn: {
            const std::string_view name = methodName(row.method);
            return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
        }
        case MaxColumn:
            return numpy ? tr("0 (the reference)") : labchart::formatNumber(row.maxAbs, 4);
        case RowColumn:
            return row.maxRow && !numpy && row.maxAbs > 0.0 ? QVariant(static_cast<qulonglong>(*row.maxRow + 1))
                                                            : QVariant(QStringLiteral("—"));
        case RmsColumn:
            return numpy ? QStringLiteral("0") : labchart::formatNumber(row.rms, 4);
        default:
            return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case MaxColumn:
            return row.maxAbs;
        case RowColumn:
            return row.maxRow ? QVariant(static_cast<double>(*row.maxRow + 1)) : QVariant();
        case RmsColumn:
            return row.rms;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return static_cast<int>(
            index.column() == MethodColumn ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ResidualTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MethodColumn:
        return tr("Method");
    case MaxColumn:
        return tr("max |method − numpy|");
    case RowColumn:
        return tr("at row");
    case RmsColumn:
        return tr("RMS residual");
    default:
        return {};
    }
}

} // namespace tangent::ui
