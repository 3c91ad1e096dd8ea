// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/batchexport.h"

#include "core/batch/batchplan.h"
#include "core/engine/engine.h"
#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/i18n/coremessages.h"

#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>
#include <sstream>
#include <stdexcept>

namespace tangent::ui {
namespace {

/// The 1-based index of the column of `table` whose name (without its unit) is `name`.
std::optional<std::string> columnNamed(const CsvTable& table, const QString& name)
{
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        if (splitNameAndUnit(QString::fromStdString(table.columns[c].name)).first == name)
            return std::to_string(c + 1);
    return std::nullopt;
}

QString missingColumn(const QString& input, const QString& name, const QString& role)
{
    return QObject::tr("%1: there is no column named '%2' (%3 of the current table)").arg(input, name, role);
}

/// The recipe with its columns found by name in `table`. Returns what is missing.
QString resolveColumns(const BatchRecipe& batch, const CsvTable& table, const QString& input, Recipe& recipe)
{
    // Only the columns named are found by name; the others stay as the recipe gives them.
    recipe = batch.recipe;
    if (!batch.xName.isEmpty()) {
        recipe.xColumn = columnNamed(table, batch.xName);
        if (!recipe.xColumn)
            return missingColumn(input, batch.xName, QObject::tr("the x column"));
    }
    if (!batch.yNames.isEmpty())
        recipe.yColumns.clear();
    for (const QString& name : batch.yNames) {
        const auto column = columnNamed(table, name);
        if (!column)
            return missingColumn(input, name, QObject::tr("a y column"));
        recipe.yColumns.push_back(*column);
    }
    if (!batch.groupName.isEmpty()) {
        recipe.group = columnNamed(table, batch.groupName);
        if (!recipe.group)
            return missingColumn(input, batch.groupName, QObject::tr("the group column"));
    }
    return {};
}

} // namespace

BatchRecipe recipeFrom(const Document& document)
{
    BatchRecipe recipe;
    DerivativeSettings settings = document.settings();
    const int x = document.effectiveXColumn();
    settings.xColumn = x;
    recipe.recipe = recipeOf(settings);
    recipe.recipe.uncertainty = document.derivatives().uncertaintyBand(); // as the window's own export
    // Columns go by the names below, never by this table's indexes.
    recipe.recipe.xColumn.reset();
    recipe.recipe.yColumns.clear();
    recipe.recipe.group.reset();
    if (x >= 0)
        recipe.xName = document.column(x).name;
    for (int column : document.settings().yColumns)
        if (column >= 0 && column < document.columnCount())
            recipe.yNames.append(document.column(column).name);
    const int group = document.settings().groupColumn;
    if (group >= 0 && group < document.columnCount())
        recipe.groupName = document.column(group).name;
    return recipe;
}

BatchOutcome exportDerivativeOf(
    const QString& input, const QString& output, const BatchRecipe& recipe, const std::atomic<bool>& cancel)
{
    BatchOutcome outcome { input, output, false, {}, {} };
    if (input.endsWith(QStringLiteral(".npy"), Qt::CaseInsensitive)) {
        outcome.reason
            = QObject::tr("%1: a .npy array; tangent-cli exports those (as .npy), this export writes CSV").arg(input);
        return outcome;
    }
    CsvReadOptions options;
    options.progress = [&cancel](std::size_t, std::size_t) { return !cancel.load(); };
    LoadResult loaded = loadTableFile(input, options);
    if (cancel.load()) {
        outcome.reason = QObject::tr("%1: cancelled").arg(input);
        return outcome;
    }
    if (!loaded.error.isEmpty()) {
        outcome.reason = loaded.error;
        return outcome;
    }
    Recipe resolved;
    outcome.reason = resolveColumns(recipe, loaded.table, input, resolved);
    if (!outcome.reason.isEmpty())
        return outcome;
    std::string bytes;
    try {
        // Synchronously, here on the worker thread: the values written are the method's, never a
        // result still being computed.
        const EnginePlan plan = planDerivative(std::move(loaded.table), resolved, input.toStdString());
        const EngineResult result = computeDerivative(plan);
        for (const InputError& warning : plan.warnings)
            outcome.warnings << translateError(warning);
        for (const InputError& warning : result.warnings)
            outcome.warnings << translateError(warning);
        std::ostringstream csv;
        writeDerivativeCsv(csv, plan, result);
        bytes = std::move(csv).str();
    } catch (const std::exception& e) {
        outcome.reason = translateException(e);
        return outcome;
    }
    const QString error = writeAtomically(output, bytes);
    if (!error.isEmpty())
        outcome.reason = QObject::tr("%1 could not be written: %2").arg(output, error);
    outcome.written = error.isEmpty();
    return outcome;
}

BatchExport::BatchExport(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::vector<BatchOutcome>>::finished, this, [this] {
        m_outcomes = m_watcher.result();
        emit finished();
    });
}

BatchExport::~BatchExport()
{
    cancel();
    m_watcher.waitForFinished();
}

QString BatchExport::start(const QStringList& inputs, const QString& folder, const BatchRecipe& recipe)
{
    if (isRunning())
        return tr("An export is still running");
    std::vector<std::string> paths;
    for (const QString& input : inputs)
        paths.push_back(QFile::encodeName(input).toStdString());
    std::vector<std::string> planned;
    try {
        planned = planBatchOutputs(paths, QFile::encodeName(folder).toStdString());
        prepareBatchFolder(QFile::encodeName(folder).toStdString());
    } catch (const std::exception& e) {
        return translateException(e);
    }
    QStringList outputs;
    for (const std::string& output : planned)
        outputs.append(QFile::decodeName(output.c_str()));
    m_outcomes.clear();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_watcher.setFuture(QtConcurrent::run([this, inputs, outputs, recipe, cancel = m_cancel] {
        std::vector<BatchOutcome> outcomes;
        for (qsizetype i = 0; i < inputs.size() && !cancel->load(); ++i) {
            QMetaObject::invokeMethod(
                this,
                [this, i, total = inputs.size(), name = QFileInfo(inputs[i]).fileName()] {
                    emit progress(static_cast<int>(i), static_cast<int>(total), name);
                },
                Qt::QueuedConnection);
            outcomes.push_back(exportDerivativeOf(inputs[i], outputs[i], recipe, *cancel));
        }
        return outcomes;
    }));
    return {};
}

void BatchExport::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace tangent::ui
