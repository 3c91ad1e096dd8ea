// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The document: the table's columns, the derivative settings, the computed derivatives and the undo
// stack. Every change goes through an undo command; views observe the signals and never keep copies.

#include "core/gradient/gradient.h"
#include "core/gradient/groups.h"
#include "core/gradient/spacing.h"
#include "core/io/csv.h"
#include "core/smoothing/noise.h"
#include "core/smoothing/smoothing.h"
#include "core/time/timeunit.h"
#include "ui/document/smoothingrunner.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUndoStack>

#include <functional>
#include <map>
#include <optional>
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
    enum class Action { None, SortByX, UseAutomatic };
    Severity severity = Severity::Warning;
    QString text;
    Action action = Action::None;

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
    /// With the uncertainty band on (Document::uncertaintyBand()): the standard deviation of each
    /// value (same length; NaN where there is none), or empty with `bandError` saying why the
    /// method has no band (total variation). Both empty while the band is off.
    std::vector<double> sd;
    double bandSigma = 0.0; ///< the noise σ on y the band propagates (grouped: the largest group's)
    QString bandError;
};

/// With the band on: fills result.sd and result.bandSigma (or result.bandError) for the derivative
/// that `used` computed on `series` (the method that ran, never Auto; Numpy with `edgeOrder` for
/// numpy.gradient), σ estimated from the series (core/uncertainty/uncertainty.h). Called where the
/// derivative is computed, on the same thread, so the band never lags the line.
/// `noiseSd`: σ given for this column (--noise-sd), or nullopt to estimate it.
void addBand(DerivativeResult& result, const Series& series, const SmoothingOptions& used, int edgeOrder,
    std::optional<double> noiseSd = std::nullopt);

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);

    // ---- Reading ----
    [[nodiscard]] int rowCount() const;
    [[nodiscard]] int columnCount() const { return static_cast<int>(m_columns.size()); }
    [[nodiscard]] const Column& column(int index) const { return m_columns.at(static_cast<std::size_t>(index)); }
    [[nodiscard]] const std::vector<Column>& columns() const { return m_columns; }
    [[nodiscard]] double value(int row, int column) const;
    /// The header as shown: "name [unit]" or "name".
    [[nodiscard]] QString columnTitle(int column) const;
    [[nodiscard]] const DerivativeSettings& settings() const { return m_settings; }
    /// The x column in use: settings().xColumn if it names a column, else -1 (uniform dx).
    [[nodiscard]] int effectiveXColumn() const;
    /// Columns loaded from text that is neither numbers nor dates (shown empty; see Column::fromText).
    [[nodiscard]] QList<int> textColumns() const;
    /// The y columns actually differentiated (settings.yColumns resolved against the table).
    [[nodiscard]] QList<int> effectiveYColumns() const;
    [[nodiscard]] const std::vector<DerivativeResult>& results() const { return m_results; }
    /// The result for y column `column`, or nullptr if it is not differentiated.
    [[nodiscard]] const DerivativeResult* resultFor(int column) const;
    /// x values used for the derivative (the x column, converted to the time unit for dates, or
    /// i * dx). Same length as the table.
    [[nodiscard]] std::vector<double> xValues() const;
    /// The spacing the derivatives are computed with: the uniform dx, or xValues() as coordinates.
    [[nodiscard]] Spacing xSpacing() const;
    /// xSpacing() after numpy's uniform test, as of the last change; nullptr when it cannot be
    /// resolved (then every result has an error).
    [[nodiscard]] const ResolvedSpacing* resolvedSpacing() const { return m_spacing ? &*m_spacing : nullptr; }
    /// Title of the derivative of `yColumn`, e.g. "d(temp)/d(time) [°C/h]".
    [[nodiscard]] QString derivativeTitle(int yColumn) const;
    [[nodiscard]] QList<Diagnostic> diagnostics() const { return m_diagnostics; }
    /// The numpy call that computes the same thing, e.g. "numpy.gradient(y, x, edge_order=2)".
    [[nodiscard]] QString numpyCall() const;
    /// For a smoothing method: what the derivative of `yColumn` was computed with, as the legend
    /// names it ("Savitzky–Golay 21/3"); empty for numpy.gradient.
    [[nodiscard]] QString methodLabel(int yColumn) const;
    /// The noise estimated on y column `yColumn` at the last full recompute (see
    /// core/smoothing/noise.h), or nullopt.
    [[nodiscard]] std::optional<NoiseLevel> noiseLevel(int yColumn) const;
    /// A smoothing method is being computed off the GUI thread; results() still hold the previous
    /// derivatives until it is done (derivativesChanged then).
    [[nodiscard]] bool isComputing() const { return m_runner.isBusy(); }
    /// Blocks until a computation in the background has landed (before an export, in tests).
    void finishComputing();

    // ---- Uncertainty band (documentband.cpp) ----
    /// Whether each derivative carries its standard deviation (View → Uncertainty Band): a view
    /// setting, not an edit (no undo step, the document stays unmodified), that export and
    /// sessions follow.
    [[nodiscard]] bool uncertaintyBand() const { return m_band; }
    /// Turns the band on or off: the derivatives are recomputed with (or without) it.
    void setUncertaintyBand(bool on);
    /// The band's noise σ given for column `column` (tangent-cli's --noise-sd NAME=S), or nullopt:
    /// estimated from the data. Kept in sessions, written by the export and the equivalent call.
    [[nodiscard]] std::optional<double> bandNoiseSd(int column) const;
    [[nodiscard]] const std::map<int, double>& bandNoiseSds() const { return m_bandNoise; }
    /// Gives (a finite σ > 0) or clears (nullopt) column `column`'s σ, and recomputes the bands.
    void setBandNoiseSd(int column, std::optional<double> sd);

    // ---- Groups (documentgroups.cpp) ----
    /// settings().groupColumn if it names a column other than x, else -1 (not grouped).
    [[nodiscard]] int effectiveGroupColumn() const;
    /// Each row's group key: the group column's text (or its number written out).
    [[nodiscard]] std::vector<std::string> groupKeys() const;
    /// The groups of the last recompute (no names when the table is not grouped).
    [[nodiscard]] const RowGroups& groups() const { return m_groups; }
    /// The settings with `column` as the group column (-1: none). An x that is the group column or
    /// other text moves to the first number or date column, as a long-format file needs.
    [[nodiscard]] DerivativeSettings groupedSettings(int column) const;
    /// Text of cell (row, column) of a fromText column, or empty.
    [[nodiscard]] QString cellText(int row, int column) const;

    [[nodiscard]] QString filePath() const { return m_filePath; }
    void setFilePath(const QString& path);
    [[nodiscard]] QUndoStack* undoStack() { return &m_undoStack; }
    [[nodiscard]] bool isModified() const { return !m_undoStack.isClean(); }

    // ---- Whole-document operations (not undoable: they start a new history) ----
    /// Replaces everything with `table` (from the core's CSV reader). Text columns that parse as
    /// dates become DateTime columns; other text columns become gaps with their name kept.
    void loadTable(const CsvTable& table, const QString& path, const LoadPreferences& preferences = {});
    /// As above, taking the numeric columns' values over rather than copying them.
    void loadTable(CsvTable&& table, const QString& path, const LoadPreferences& preferences = {});
    /// Replaces everything with the given columns and the default settings adjusted by
    /// `preferences`, computing the derivatives once.
    void loadColumns(std::vector<Column> columns, const QString& path, const LoadPreferences& preferences = {});
    /// Replaces everything with `columns` and exactly `settings` (a document restored after a
    /// crash), computing the derivatives once. loadColumns and loadTable end here.
    void restoreColumns(std::vector<Column> columns, const QString& path, const DerivativeSettings& settings);

    // ---- Edits: each pushes one undo command; no-op edits push nothing ----
    void setValue(int row, int column, double value);
    /// Pastes a block of values at (row, column), growing the table as needed; one undo step.
    void setBlock(int row, int column, const std::vector<std::vector<double>>& rows);
    void insertRows(int row, int count);
    void removeRows(int row, int count);
    void insertColumn(int column, const QString& name);
    void removeColumn(int column);
    void renameColumn(int column, const QString& name, const QString& unit);
    void setSettings(const DerivativeSettings& settings);
    /// Sets how the derivative is computed (its order is kept equal to settings().order). Changes
    /// pushed with the same non-zero `gesture` one after the other are one undo step (a slider
    /// drag); 0 makes every change its own step.
    void setSmoothing(const SmoothingOptions& options, int gesture = 0);
    /// Sorts every column by the x column, as one undo step.
    void sortByX();

signals:
    /// Cells [firstRow, lastRow] x [firstColumn, lastColumn] changed value.
    void cellsChanged(int firstRow, int lastRow, int firstColumn, int lastColumn);
    void rowsInserted(int row, int count);
    void rowsRemoved(int row, int count);
    void columnsChanged(); ///< columns added, removed, renamed or replaced
    void tableReset(); ///< everything replaced (load, sort)
    void settingsChanged();
    /// Derivatives were recomputed for rows [firstRow, lastRow] (all rows after a full recompute;
    /// lastRow < firstRow when the table is empty).
    void derivativesChanged(int firstRow, int lastRow);
    void diagnosticsChanged();
    void filePathChanged(const QString& path);
    /// A computation in the background started (true) or landed or was superseded (false).
    void computingChanged(bool computing);
    /// setUncertaintyBand changed the setting (derivativesChanged follows).
    void uncertaintyBandChanged(bool on);
    // Emitted before the change, so models can call beginInsertRows/beginRemoveRows/beginResetModel
    // while the old data are still in place.
    void rowsAboutToBeInserted(int row, int count);
    void rowsAboutToBeRemoved(int row, int count);
    /// Emitted before a change that ends in columnsChanged(), tableReset() or settingsChanged().
    void aboutToReset();

private:
    // The undo commands are the only writers: each applies its change through these and emits the
    // signals, so a change can never skip the undo stack.
    friend class SetValuesCommand;
    friend class InsertRowsCommand;
    friend class RemoveRowsCommand;
    friend class InsertColumnCommand;
    friend class RemoveColumnCommand;
    friend class RenameColumnCommand;
    friend class SetSettingsCommand;
    friend class SortByXCommand;
    friend class SetSmoothingCommand;

    void applyValues(int row, int column, const std::vector<std::vector<double>>& rows);
    /// `textByColumn` (empty, or one list per column) restores the text of fromText columns.
    void applyInsertRows(int row, const std::vector<std::vector<double>>& rowsByColumn,
        const std::vector<std::vector<QString>>& textByColumn = {});
    /// `removedText`, when given, receives the removed text of every column (empty lists for
    /// columns without text).
    std::vector<std::vector<double>> applyRemoveRows(
        int row, int count, std::vector<std::vector<QString>>* removedText = nullptr);
    void applyInsertColumn(int column, const Column& data);
    Column applyRemoveColumn(int column);
    void applyRename(int column, const QString& name, const QString& unit);
    void applySettings(const DerivativeSettings& settings);
    /// Reorders every column's rows: row i becomes the old row order[i].
    void applyRowOrder(const std::vector<std::size_t>& order);

    /// After a change that may touch every derivative: recompute them, emit `emitChange` (the
    /// change's own signals), then the derivatives and the diagnostics.
    void recomputeAndNotify(const std::function<void()>& emitChange);
    /// Recomputes every derivative (and the cached spacing) without emitting anything.
    void recomputeAll();
    /// Recomputes the derivatives that depend on y cells [firstRow, lastRow] x [firstColumn,
    /// lastColumn] and emits derivativesChanged for the rows recomputed.
    void recomputeRows(int firstRow, int lastRow, int firstColumn, int lastColumn);
    void emitAllDerivativesChanged();
    void updateDiagnostics();
    /// recomputeAll for a grouped table: every group on its own rows (core/gradient/groups.h).
    void recomputeGrouped();
    /// Short groups and group errors, in words (documentgroups.cpp).
    void addGroupDiagnostics(QList<Diagnostic>& list) const;

    // documentsmoothing.cpp: the derivatives of a smoothing method and the noise diagnostics.
    [[nodiscard]] bool smoothingActive() const;
    /// Computes the smoothing method's derivatives: at once for a small table, else in the
    /// background, the results keeping the previous values (resized to the table) meanwhile.
    void recomputeSmoothing();
    /// Takes the results the runner finished with.
    void installSmoothing();
    void updateNoiseLevels();
    void addNoiseDiagnostics(QList<Diagnostic>& list) const;
    /// numpy.gradient as the options of the method that ran (for the band), at the settings' order.
    [[nodiscard]] SmoothingOptions numpyOptions() const;
    /// documentband.cpp: each group's band on its own rows (its own σ), into result.sd; short
    /// groups' rows NaN. `x` as the groups were differentiated with (empty: uniform dx).
    void addGroupBands(DerivativeResult& result, const GroupedDerivative& grouped, const std::vector<double>& x,
        const GroupOptions& options) const;
    /// documentband.cpp: the columns the band cannot be drawn for, and why.
    void addBandDiagnostics(QList<Diagnostic>& list) const;

    std::vector<Column> m_columns;
    // The spacing of the last full recompute, kept so that one edited cell recomputes only its
    // neighbours with exactly the formulas (uniform or not) the full computation chose. Empty when
    // it cannot be resolved (too few rows); the results then carry the error.
    std::optional<ResolvedSpacing> m_spacing;
    DerivativeSettings m_settings;
    std::vector<DerivativeResult> m_results;
    RowGroups m_groups;
    QStringList m_groupWarnings; ///< one per short group, as of the last recompute
    QList<Diagnostic> m_diagnostics;
    QString m_filePath;
    QUndoStack m_undoStack;
    SmoothingRunner m_runner;
    std::vector<std::pair<int, NoiseLevel>> m_noise; // by y column, from the last full recompute
    bool m_band = false; // the uncertainty band is on
    std::map<int, double> m_bandNoise; // σ given per column for the band
};

/// The columns of `table` as the document holds them: text columns that parse as dates become
/// DateTime columns; other text columns become gaps with their name kept (Document::loadTable).
std::vector<Column> columnsFromTable(CsvTable&& table);

/// Splits "temp [°C]" or "temp (°C)" into name and unit; otherwise the whole text is the name.
std::pair<QString, QString> splitNameAndUnit(const QString& header);

} // namespace tangent::ui
