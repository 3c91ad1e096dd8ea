// SPDX-License-Identifier: GPL-3.0-or-later
// FunctionLabController: the generated function's exact derivative, kept in step with the document.

#include "ui/classroom/functionlab.h"

#include "ui/classroom/labchart.h"
#include "ui/document/document.h"

#include <QColor>

#include <cmath>
#include <cstdlib>

namespace tangent::ui {
namespace {

/// The generated table's values are in the document unchanged (bit for bit).
bool documentHolds(const Document& document, const LabGeneration& generation)
{
    const SampledFunction& s = generation.samples;
    if (document.columnCount() != 2 || document.rowCount() != static_cast<int>(s.x.size()))
        return false;
    const auto same = [](const std::vector<double>& a, const std::vector<double>& b) {
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i]))))
                return false;
        return true;
    };
    return same(document.column(0).values, s.x) && same(document.column(1).values, s.y);
}

} // namespace

std::vector<Column> labColumns(const LabGeneration& generation)
{
    Column x;
    x.name = QStringLiteral("x");
    x.values = generation.samples.x;
    Column y;
    y.name = QStringLiteral("y");
    y.values = generation.samples.y;
    std::vector<Column> columns;
    columns.push_back(std::move(x));
    columns.push_back(std::move(y));
    return columns;
}

QString exactDerivativeText(const LabFunction& function)
{
    if (!function.exactDerivative)
        return FunctionLabController::tr("numerical");
    if (const auto preset = presetByName(function.name))
        return QString::fromUtf8(
            presetInfo(*preset).derivative.data(), static_cast<qsizetype>(presetInfo(*preset).derivative.size()));
    return FunctionLabController::tr("exact");
}

FunctionLabController::FunctionLabController(Document* document, ChartView* chart, QObject* parent)
    : QObject(parent), m_document(document), m_chart(chart)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &FunctionLabController::updateNow);
    connectDocument();
    updateNow();
}

void FunctionLabController::setDocument(Document* document)
{
    if (document == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    connectDocument();
    onTableReset();
}

void FunctionLabController::connectDocument()
{
    connect(m_document, &Document::tableReset, this, &FunctionLabController::onTableReset);
    // Edits, row changes and settings all end in derivativesChanged; columnsChanged covers renames.
    connect(m_document, &Document::derivativesChanged, this, &FunctionLabController::scheduleUpdate);
    connect(m_document, &Document::settingsChanged, this, &FunctionLabController::scheduleUpdate);
    connect(m_document, &Document::columnsChanged, this, &FunctionLabController::scheduleUpdate);
    connect(m_document, &Document::rowsInserted, this, &FunctionLabController::scheduleUpdate);
    connect(m_document, &Document::rowsRemoved, this, &FunctionLabController::scheduleUpdate);
}

std::vector<Column> FunctionLabController::prepare(const LabFunction& function, const SampleOptions& options)
{
    LabGeneration generation { function, options, sampleFunction(function, options) };
    std::vector<Column> columns = labColumns(generation);
    m_lastFunction = function;
    m_lastOptions = options;
    m_pending = std::move(generation);
    return columns;
}

LabGeneration FunctionLabController::subject() const
{
    if (m_active)
        return { m_active->function, m_active->options, {} };
    if (m_lastFunction)
        return { *m_lastFunction, m_lastOptions, {} };
    const PresetInfo& sin = presetInfo(Preset::Sin);
    SampleOptions options;
    options.from = sin.from;
    options.to = sin.to;
    return { presetFunction(Preset::Sin), options, {} };
}

void FunctionLabController::setShowExact(bool on)
{
    if (on == m_showExact)
        return;
    m_showExact = on;
    updateNow();
}

void FunctionLabController::setShowError(bool on)
{
    if (on == m_showError)
        return;
    m_showError = on;
    updateNow();
}

void FunctionLabController::onTableReset()
{
    if (!m_document)
        return;
    const bool wasActive = m_active.has_value();
    // A reset that keeps the generated values (e.g. a sort that changed nothing) keeps the overlays.
    if (m_active && !documentHolds(*m_document, *m_active))
        m_active.reset();
    if (m_pending && documentHolds(*m_document, *m_pending)) {
        m_active = std::move(m_pending);
        m_pending.reset();
    }
    if (wasActive != m_active.has_value() || m_active)
        emit activeChanged();
    scheduleUpdate();
}

void FunctionLabController::scheduleUpdate()
{
    m_timer.start();
}

QString FunctionLabController::mismatch(int* yColumn) const
{
    const Document& d = *m_document;
    const auto n = static_cast<int>(m_active->samples.x.size());
    if (d.rowCount() != n)
        return tr("Overlays removed: the table has %1 rows now, the generated data had %2.").arg(d.rowCount()).arg(n);
    const int x = d.effectiveXColumn();
    if (x < 0 || d.column(x).kind != ColumnKind::Number)
        return tr("Overlays removed: the derivative no longer uses the generated x column.");
    if (d.settings().order != 1)
        return tr("Overlays hidden: the exact derivative is a first derivative, the derivative order is %1.")
            .arg(d.settings().order);
    const DerivativeResult* result = d.derivatives().resultFor(x == 0 ? 1 : 0);
    if (!result && !d.derivatives().results().empty())
        result = &d.derivatives().results().front();
    if (!result)
        return tr("Overlays hidden: no y column is differentiated.");
    if (!result->error.isEmpty())
        return tr("Overlays hidden: %1").arg(result->error);
    *yColumn = result->yColumn;
    return {};
}

void FunctionLabController::computeError(int yColumn)
{
    const Document& d = *m_document;
    const SampledFunction& s = m_active->samples;
    const std::vector<double>& numeric = d.derivatives().resultFor(yColumn)->values;
    m_x = d.derivatives().xValues();
    const std::size_t n = m_x.size();
    m_exact.resize(n);
    m_error.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        // An edited x moves the point: the exact derivative is then taken where it now is.
        m_exact[i] = m_x[i] == s.x[i] ? s.exactDerivative[i] : m_active->function.derivative(m_x[i]);
        m_error[i] = numeric[i] - m_exact[i];
    }
}

void FunctionLabController::buildCurves()
{
    m_curves.clear();
    if (m_showExact) {
        ReferenceCurve exact;
        exact.name = m_active->function.exactDerivative
            ? tr("exact derivative: %1").arg(exactDerivativeText(m_active->function))
            : tr("exact derivative (computed numerically)");
        exact.x = m_x;
        exact.y = m_exact;
        exact.axis = ReferenceCurve::Axis::Derivative;
        exact.color = QColor(0x2e, 0x7d, 0x32);
        m_curves.append(exact);
    }
    if (m_showError) {
        ReferenceCurve error;
        error.name = tr("error (numeric − exact)");
        error.x = m_x;
        error.y = m_error;
        error.axis = ReferenceCurve::Axis::Own;
        error.color = QColor(0xc6, 0x28, 0x28);
        m_curves.append(error);
    }
}

void FunctionLabController::updateNow()
{
    m_timer.stop();
    m_curves.clear();
    m_x.clear();
    m_exact.clear();
    m_error.clear();
    setStatus(rebuild());
    if (m_chart && (!m_curves.isEmpty() || m_chartHasCurves)) {
        m_chart->references()->setCurves(m_curves);
        m_chartHasCurves = !m_curves.isEmpty();
    }
    emit curvesChanged();
}

QString FunctionLabController::rebuild()
{
    if (!m_document || !m_active)
        return tr("Generate data to compare numpy.gradient with the exact derivative.");
    int y = -1;
    if (QString why = mismatch(&y); !why.isEmpty())
        return why;
    computeError(y);
    buildCurves();
    double worst = -1.0;
    std::size_t at = 0;
    for (std::size_t i = 0; i < m_error.size(); ++i) {
        if (std::isfinite(m_error[i]) && std::abs(m_error[i]) > worst) {
            worst = std::abs(m_error[i]);
            at = i;
        }
    }
    if (worst < 0.0)
        return tr("The exact derivative is undefined at every point.");
    return tr("Largest |numeric − exact| = %1 at x = %2 (row %3).")
        .arg(labchart::formatNumber(worst), labchart::formatNumber(m_x[at]))
        .arg(at + 1);
}

void FunctionLabController::setStatus(const QString& status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}

} // namespace tangent::ui
