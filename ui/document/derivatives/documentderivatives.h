// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The derivatives of a document's table: computed with its settings after every change (at once,
// or off the GUI thread for a smoothing method on a large table and for numpy.gradient on a very
// large one, which would freeze the window), with their uncertainty band, the
// noise estimated on each y column, the groups of a long-format table and the diagnostics in
// words. It reads the table through the document and never changes it; the document owns one and
// re-emits its signals, so views connect to the document only.

#include "core/gradient/gradient.h"
#include "core/gradient/groups.h"
#include "core/gradient/spacing.h"
#include "core/smoothing/noise.h"
#include "core/smoothing/smoothing.h"
#include "ui/document/documenttypes.h"
#include "ui/document/smoothingrunner.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tangent::ui {

class Document;

/// With the band on: fills result.sd and result.bandSigma (or result.bandError) for the derivative
/// that `used` computed on `series` (the method that ran, never Auto; Numpy with `edgeOrder` for
/// numpy.gradient), σ estimated from the series (core/uncertainty/uncertainty.h). Called where the
/// derivative is computed, on the same thread, so the band never lags the line.
/// `noiseSd`: σ given for this column (--noise-sd), or nullopt to estimate it.
void addBand(DerivativeResult& result, const Series& series, const SmoothingOptions& used, int edgeOrder,
    std::optional<double> noiseSd = std::nullopt);

class DocumentDerivatives : public QObject {
    Q_OBJECT
public:
    /// Reads the table and settings of `document`, which outlives it (the document owns it).
    explicit DocumentDerivatives(const Document& document, QObject* parent = nullptr);

    // ---- The settings resolved against the table ----
    /// The y columns actually differentiated (settings.yColumns resolved against the table).
    [[nodiscard]] QList<int> effectiveYColumns() const;
    /// x values used for the derivative (the x column, converted to the time unit for dates, or
    /// i * dx). Same length as the table.
    [[nodiscard]] std::vector<double> xValues() const;
    /// The spacing the derivatives are computed with: the uniform dx, or xValues() as coordinates.
    [[nodiscard]] Spacing xSpacing() const;
    /// xSpacing() after numpy's uniform test, as of the last change; nullptr when it cannot be
    /// resolved (then every result has an error).
    [[nodiscard]] const ResolvedSpacing* resolvedSpacing() const { return m_spacing ? &*m_spacing : nullptr; }

    // ---- The derivatives ----
    [[nodiscard]] const std::vector<DerivativeResult>& results() const { return m_results; }
    /// The result for y column `column`, or nullptr if it is not differentiated.
    [[nodiscard]] const DerivativeResult* resultFor(int column) const;
    /// The derivatives are being computed off the GUI thread; results() still hold the previous
    /// derivatives (or gaps) until they land (derivativesChanged then), and resolvedSpacing() is
    /// nullptr meanwhile.
    [[nodiscard]] bool isComputing() const { return m_runner.isBusy(); }
    /// numpy.gradient is computed off the GUI thread on tables with more points (rows × y columns)
    /// than this; a smoothing method on more than SmoothingRunner::kBackgroundPoints.
    static constexpr std::size_t kNumpyBackgroundPoints = 1'000'000;
    /// Lowers (or raises) that threshold for this document: for tests, which need not build
    /// million-row tables to reach the background path.
    void setNumpyBackgroundPoints(std::size_t points) { m_numpyBackgroundPoints = points; }
    /// Blocks until a computation in the background has landed and the diagnostics of a long
    /// table are worded (before an export, in tests).
    void finishComputing();
    /// The noise estimated on y column `yColumn` at the last full recompute (see
    /// core/smoothing/noise.h), or nullopt.
    [[nodiscard]] std::optional<NoiseLevel> noiseLevel(int yColumn) const;
    [[nodiscard]] QList<Diagnostic> diagnostics() const { return m_diagnostics; }

    // ---- Texts (derivativestext.cpp) ----
    /// Title of the derivative of `yColumn`, e.g. "d(temp)/d(time) [°C/h]".
    [[nodiscard]] QString derivativeTitle(int yColumn) const;
    /// The numpy call that computes the same thing, e.g. "numpy.gradient(y, x, edge_order=2)".
    [[nodiscard]] QString numpyCall() const;
    /// For a smoothing method: what the derivative of `yColumn` was computed with, as the legend
    /// names it ("Savitzky–Golay 21/3"); empty for numpy.gradient.
    [[nodiscard]] QString methodLabel(int yColumn) const;

    // ---- Uncertainty band (derivativesband.cpp) ----
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

    // ---- Groups (derivativesgroups.cpp) ----
    /// settings().groupColumn if it names a column other than x, else -1 (not grouped).
    [[nodiscard]] int effectiveGroupColumn() const;
    /// Each row's group key: the group column's text (or its number written out).
    [[nodiscard]] std::vector<std::string> groupKeys() const;
    /// The groups of the last recompute (no names when the table is not grouped).
    [[nodiscard]] const RowGroups& groups() const { return m_groups; }
    /// The settings with `column` as the group column (-1: none). An x that is the group column or
    /// other text moves to the first number or date column, as a long-format file needs.
    [[nodiscard]] DerivativeSettings groupedSettings(int column) const;

    // ---- Called by the document after each change of its table or settings ----
    /// After a change that may touch every derivative: recompute them, emit `emitChange` (the
    /// change's own signals), then the derivatives and the diagnostics (of a table over a million
    /// rows, on the next pass of the event loop: diagnosticsChanged tells).
    void recomputeAndNotify(const std::function<void()>& emitChange);
    /// Recomputes the derivatives that depend on y cells [firstRow, lastRow] x [firstColumn,
    /// lastColumn] and emits derivativesChanged for the rows recomputed.
    void recomputeRows(int firstRow, int lastRow, int firstColumn, int lastColumn);
    /// Rewords the diagnostics (derivativesdiagnostics.cpp); diagnosticsChanged if they changed.
    void updateDiagnostics();
    /// Before any change of the table's columns (the document calls it): a job in the background
    /// may be reading them (SmoothingRunner::releaseSources).
    void releaseColumns();
    /// Before a new table: forgets the derivatives of the previous one (and supersedes a job still
    /// computing them), so that none of its values is shown on the new rows meanwhile.
    void dropResults();

signals:
    /// Derivatives were recomputed for rows [firstRow, lastRow] (all rows after a full recompute;
    /// lastRow < firstRow when the table is empty).
    void derivativesChanged(int firstRow, int lastRow);
    void diagnosticsChanged();
    /// A computation in the background started (true) or landed or was superseded (false).
    void computingChanged(bool computing);
    /// setUncertaintyBand changed the setting (derivativesChanged follows).
    void uncertaintyBandChanged(bool on);

private:
    /// Recomputes every derivative (and the cached spacing) without emitting anything: at once,
    /// or started in the background (computeInBackground).
    void recomputeAll();
    /// What recomputeAll computes for `yColumns` (runDerivativeJob): the columns copied out of the
    /// document now, or with `gatherOnWorker` by the job on its worker.
    [[nodiscard]] SmoothingJob derivativeJob(const QList<int>& yColumns, bool gatherOnWorker = false) const;
    /// Updates the diagnostics now, or for a table over a million rows on the next pass of the
    /// event loop (diagnosticsChanged tells).
    void notifyDiagnostics();
    void emitAllDerivativesChanged();
    /// recomputeAll for a grouped table: every group on its own rows (core/gradient/groups.h).
    void recomputeGrouped();
    /// Short groups and group errors, in words (derivativesgroups.cpp).
    void addGroupDiagnostics(QList<Diagnostic>& list) const;

    // derivativessmoothing.cpp: the derivatives of a smoothing method and the noise diagnostics.
    [[nodiscard]] bool smoothingActive() const;
    /// Starts the job for `yColumns` in the background, the results keeping the previous values
    /// (resized to the table) meanwhile.
    void computeInBackground(const QList<int>& yColumns);
    /// Keeps a computation's results, spacing and facts about x.
    void install(SmoothingOutput output);
    /// Takes the output the runner finished with.
    void installOutput();
    void updateNoiseLevels();
    void addNoiseDiagnostics(QList<Diagnostic>& list) const;
    /// numpy.gradient as the options of the method that ran (for the band), at the settings' order.
    [[nodiscard]] SmoothingOptions numpyOptions() const;
    /// derivativesband.cpp: each group's band on its own rows (its own σ), into result.sd; short
    /// groups' rows NaN. `x` as the groups were differentiated with (empty: uniform dx).
    void addGroupBands(DerivativeResult& result, const GroupedDerivative& grouped, const std::vector<double>& x,
        const GroupOptions& options) const;
    /// derivativesband.cpp: the columns the band cannot be drawn for, and why.
    void addBandDiagnostics(QList<Diagnostic>& list) const;

    const Document& m_document;
    // The spacing of the last full recompute, kept so that one edited cell recomputes only its
    // neighbours with exactly the formulas (uniform or not) the full computation chose. Empty when
    // it cannot be resolved (too few rows); the results then carry the error.
    std::optional<ResolvedSpacing> m_spacing;
    std::vector<DerivativeResult> m_results;
    RowGroups m_groups;
    QStringList m_groupWarnings; ///< one per short group, as of the last recompute
    QList<Diagnostic> m_diagnostics;
    SmoothingRunner m_runner;
    std::vector<std::pair<int, NoiseLevel>> m_noise; // by y column, from the last full recompute
    bool m_band = false; // the uncertainty band is on
    bool m_diagnosticsPending = false; // a long table's diagnostics are due
    bool m_diagnosticsScheduled = false; // and a pass of the event loop is to word them
    // spacingFacts of the x the last full recompute used (the diagnostics' facts), while they hold.
    std::optional<SpacingFacts> m_xFacts;
    std::map<int, double> m_bandNoise; // σ given per column for the band
    std::size_t m_numpyBackgroundPoints = kNumpyBackgroundPoints;
};

} // namespace tangent::ui
