// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FunctionLabController: remembers the function the table was generated from, with its exact
// derivative, and turns them into the chart's reference curves (exact derivative; error = the
// document's derivative − exact) that follow the document's edits and settings.

#include "core/classroom/functionlab.h"
#include "ui/chart/chartview.h"
#include "ui/chart/parts/chartreferences.h"
#include "ui/document/documenttypes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <optional>
#include <vector>

namespace tangent::ui {

class Document;

/// What the function lab generated: the function, how it was sampled, and the samples.
struct LabGeneration {
    LabFunction function;
    SampleOptions options;
    SampledFunction samples;
};

/// The table a generation becomes: columns "x" and "y" (y with the noise).
std::vector<Column> labColumns(const LabGeneration& generation);

/// The exact derivative's description for legends: "cos(x)" for a preset, "numerical" otherwise.
QString exactDerivativeText(const LabFunction& function);

class FunctionLabController : public QObject {
    Q_OBJECT
public:
    /// `chart` may be null (no overlays drawn, curves() still built).
    FunctionLabController(Document* document, ChartView* chart, QObject* parent = nullptr);
    /// Follows `document` from now on (the window's current tab).
    void setDocument(Document* document);

    /// Samples `function` with `options` (throws std::invalid_argument for unusable options) and
    /// returns the table to load. The generation becomes the active one when the document is next
    /// reset to exactly these columns; any other table clears it.
    std::vector<Column> prepare(const LabFunction& function, const SampleOptions& options);

    /// A prepared generation is waiting for the document to hold it (it was not loaded, e.g. the
    /// user kept unsaved edits).
    [[nodiscard]] bool hasPending() const { return m_pending.has_value(); }
    /// The generation the document currently holds, or null.
    [[nodiscard]] const LabGeneration* active() const { return m_active ? &*m_active : nullptr; }
    /// The function and sampling a convergence study should use (samples left empty): the active
    /// or last prepared generation, else sin on its preset range.
    [[nodiscard]] LabGeneration subject() const;

    [[nodiscard]] bool showExact() const { return m_showExact; }
    [[nodiscard]] bool showError() const { return m_showError; }
    void setShowExact(bool on);
    void setShowError(bool on);

    /// The overlays as last built (see updateNow()).
    [[nodiscard]] const QList<ReferenceCurve>& curves() const { return m_curves; }
    /// The exact derivative at the document's x and the error, per row, as last computed (empty
    /// when there are no overlays).
    [[nodiscard]] const std::vector<double>& exact() const { return m_exact; }
    [[nodiscard]] const std::vector<double>& error() const { return m_error; }
    /// What the overlays show, or why there are none.
    [[nodiscard]] QString status() const { return m_status; }

    /// Rebuilds the overlays now instead of on the next event-loop pass.
    void updateNow();

signals:
    void statusChanged(const QString& status);
    void curvesChanged();
    /// The active generation started or ended.
    void activeChanged();

private:
    void connectDocument();
    void onTableReset();
    void scheduleUpdate();
    /// Why the document's derivative cannot be compared with the exact one; empty if it can.
    [[nodiscard]] QString mismatch(int* yColumn) const;
    void computeError(int yColumn);
    /// Recomputes the overlays; returns the status text.
    QString rebuild();
    void buildCurves();
    void setStatus(const QString& status);

    QPointer<Document> m_document;
    QPointer<ChartView> m_chart;
    std::optional<LabGeneration> m_pending;
    std::optional<LabGeneration> m_active;
    std::optional<LabFunction> m_lastFunction; // the last prepared, kept for subject()
    SampleOptions m_lastOptions;
    bool m_showExact = false;
    bool m_showError = false;
    bool m_chartHasCurves = false;
    std::vector<double> m_x;
    std::vector<double> m_exact;
    std::vector<double> m_error;
    QList<ReferenceCurve> m_curves;
    QString m_status;
    QTimer m_timer;
};

} // namespace tangent::ui
