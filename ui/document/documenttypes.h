// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The document's value types: a column, the derivative settings, a result and a diagnostic. Views
// that show or edit these include this header, not the Document that holds them.

#include "core/smoothing/smoothing.h"
#include "core/time/timeunit.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace tangent::ui {

/// How a column's values are interpreted. Date columns hold seconds since 1970-01-01 UTC.
enum class ColumnKind { Number, DateTime };

/// Time unit a derivative over a date x column is expressed per (core/time/timeunit.h).
using tangent::secondsPer;
using tangent::TimeUnit;
/// "s", "min", "h", "d", "yr".
QString timeUnitLabel(TimeUnit unit);

/// One column of the table.
struct Column {
    QString name; ///< name without the unit, e.g. "temp"
    QString unit; ///< e.g. "°C"; empty if none
    ColumnKind kind = ColumnKind::Number;
    std::vector<double> values; ///< NaN marks a gap (empty cell)
    /// Loaded from a text column that is neither numbers nor dates: every value is a gap, the name
    /// is kept so the table still shows it, and it is not differentiated unless chosen as a y column.
    bool fromText = false;
    /// For a fromText column: each row's text (what the table shows, and what Group by groups
    /// on). For a date column read from a file: each cell as it was read, so that exports write
    /// the dates as tangent-cli does (empty for a cell edited since: written as ISO 8601). Empty
    /// for other columns.
    std::vector<QString> text;

    bool operator==(const Column&) const = default;
};

/// What to differentiate and how. Compared with == so no-op changes push nothing.
struct DerivativeSettings {
    int xColumn = 0; ///< index of the x column, or -1 for a uniform spacing dx
    double dx = 1.0;
    QList<int> yColumns; ///< columns to differentiate; empty means every numeric column but x
    int edgeOrder = 1; ///< 1 or 2, as numpy's edge_order
    int order = 1; ///< derivative order k >= 1
    TimeUnit timeUnit = TimeUnit::Day; ///< used when x is a date column
    /// How the derivative is computed: method Numpy (the default) is numpy.gradient with edgeOrder
    /// and order above; any other method is core/smoothing with these options (its `order` is kept
    /// equal to `order` above).
    SmoothingOptions smoothing = [] {
        SmoothingOptions numpy;
        numpy.method = SmoothingMethod::Numpy;
        return numpy;
    }();
    /// Column whose values split long-format rows into groups (each differentiated on its own), or
    /// -1 for none.
    int groupColumn = -1;

    bool operator==(const DerivativeSettings&) const = default;
};

/// A problem with the data or settings, shown in the window (never a crash or a silent wrong chart).
struct Diagnostic {
    enum class Severity { Info, Warning, Error };
    /// What a button beside the list offers: sort by x, use Automatic, group by `column`.
    enum class Action { None, SortByX, UseAutomatic, GroupBy };
    Severity severity = Severity::Warning;
    QString text;
    Action action = Action::None;
    int column = -1; ///< Action::GroupBy: the column to group by

    bool operator==(const Diagnostic&) const = default;
};

/// The settings a freshly loaded table starts with besides the defaults: what the user chose last
/// time carries over to the next file.
struct LoadPreferences {
    int edgeOrder = 1; ///< 2, or anything else for 1
    TimeUnit timeUnit = TimeUnit::Day;
};

/// The derivative of one y column.
struct DerivativeResult {
    int yColumn = -1;
    std::vector<double> values; ///< same length as the table; NaN where not computable
    QString error; ///< non-empty if the whole column could not be computed
    /// For a smoothing method: the smoothed curve (same length as the table; empty for numpy) and
    /// what was run, every parameter set (the core's SmoothingResult::used / provenance()).
    std::vector<double> smoothed;
    std::optional<SmoothingOptions> used;
    QString provenance;
    /// With the uncertainty band on (DocumentDerivatives::uncertaintyBand()): the standard deviation of each
    /// value (same length; NaN where there is none), or empty with `bandError` saying why the
    /// method has no band (total variation). Both empty while the band is off.
    std::vector<double> sd;
    double bandSigma = 0.0; ///< the noise σ on y the band propagates (grouped: the largest group's)
    QString bandError;
};

/// Splits "temp [°C]" or "temp (°C)" into name and unit; otherwise the whole text is the name.
std::pair<QString, QString> splitNameAndUnit(const QString& header);

} // namespace tangent::ui
