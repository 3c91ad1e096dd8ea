// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/batchexport.h"

#include "core/batch/batchplan.h"
#include "ui/files/filecontroller.h"

#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <stdexcept>

namespace tangent::ui {
namespace {

int columnNamed(const Document& document, const QString& name)
{
    for (int c = 0; c < document.columnCount(); ++c)
        if (document.column(c).name == name)
            return c;
    return -1;
}

QString missingColumn(const QString& input, const QString& name, const QString& role)
{
    return QObject::tr("%1: there is no column named '%2' (%3 of the current table)").arg(input, name, role);
}

/// Puts the recipe's settings into `document`, found by column name. Returns what is missing.
QString applyRecipe(Document& document, const BatchRecipe& recipe, const QString& input)
{
    DerivativeSettings settings = recipe.settings;
    settings.xColumn = -1;
    if (!recipe.xName.isEmpty()) {
        settings.xColumn = columnNamed(document, recipe.xName);
        if (settings.xColumn < 0)
            return missingColumn(input, recipe.xName, QObject::tr("the x column"));
    }
    settings.yColumns.clear();
    for (const QString& name : recipe.yNames) {
        const int column = columnNamed(document, name);
        if (column < 0)
            return missingColumn(input, name, QObject::tr("a y column"));
        settings.yColumns.append(column);
    }
    settings.groupColumn = -1;
    if (!recipe.groupName.isEmpty()) {
        settings.groupColumn = columnNamed(document, recipe.groupName);
        if (settings.groupColumn < 0)
            return missingColumn(input, recipe.groupName, QObject::tr("the group column"));
    }
    document.setSettings(settings);
    return {};
}

/// Why the derivative of `document` cannot be exported, or empty.
QString resultProblem(const Document& document, const QString& input)
{
    if (document.results().empty())
        return QObject::tr("%1: there is nothing to differentiate (no numeric column besides x)").arg(input);
    for (const DerivativeResult& result : document.results())
        if (!result.error.isEmpty())
            return QObject::tr("%1: column '%2': %3").arg(input, document.columnTitle(result.yColumn), result.error);
    return {};
}

} // namespace

BatchRecipe recipeFrom(const Document& document)
{
    BatchRecipe recipe;
    recipe.settings = document.settings();
    const int x = document.effectiveXColumn();
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
    BatchOutcome outcome { input, output, false, {} };
    if (input.endsWith(QStringLiteral(".npy"), Qt::CaseInsensitive)) {
        outcome.reason
            = QObject::tr("%1: a .npy array; tangent-cli exports those (as .npy), this export writes CSV").arg(input);
        return outcome;
    }
    CsvReadOptions options;
    options.progress = [&cancel](std::size_t, std::size_t) { return !cancel.load(); };
    const LoadResult loaded = loadTableFile(input, options);
    if (cancel.load()) {
        outcome.reason = QObject::tr("%1: cancelled").arg(input);
        return outcome;
    }
    if (!loaded.error.isEmpty()) {
        outcome.reason = loaded.error;
        return outcome;
    }
    // A document of its own, never shown: the window's conversions (dates, units) and its export.
    Document document;
    document.loadTable(loaded.table, QFileInfo(input).absoluteFilePath());
    outcome.reason = applyRecipe(document, recipe, input);
    if (outcome.reason.isEmpty())
        outcome.reason = resultProblem(document, input);
    if (!outcome.reason.isEmpty())
        return outcome;
    const QString error = writeAtomically(output, derivativeCsv(document));
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
        return QString::fromStdString(e.what());
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
