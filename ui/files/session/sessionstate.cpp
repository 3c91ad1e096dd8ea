// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/session/sessionstate.h"

#include "core/sheets/workbook.h"
#include "ui/document/commands.h"
#include "ui/document/document.h"

#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>

namespace tangent::ui {
namespace {

/// True when the table differs from what was loaded or last saved: some command between the clean
/// state and now changes data. Settings alone live in the session, not in the data file.
bool tableEdited(const Document& document)
{
    const QUndoStack& stack = *const_cast<Document&>(document).undoStack();
    const int clean = stack.cleanIndex();
    if (clean < 0)
        return true; // the clean state is gone (a recovered document)
    for (int i = std::min(clean, stack.index()); i < std::max(clean, stack.index()); ++i)
        if (dynamic_cast<const SetSettingsCommand*>(stack.command(i)) == nullptr)
            return true;
    return false;
}

} // namespace

QStringList columnNames(const std::vector<Column>& columns)
{
    QStringList names;
    for (const Column& column : columns)
        names.append(column.name);
    return names;
}

Session captureSession(const Document& document, SessionView view)
{
    Session session;
    session.dataPath = document.filePath();
    // The file alone restores the table only when it holds exactly what is shown. A workbook's
    // sheet is not part of the session format, and reading the file again would give its first
    // sheet, so a workbook's table is kept in the session.
    if (tableEdited(document) || session.dataPath.isEmpty() || !QFileInfo(session.dataPath).isFile()
        || isWorkbookPath(session.dataPath.toStdString()))
        session.table = document.columns();
    else
        session.dataColumns = columnNames(document.columns());
    session.settings = document.settings();
    session.view = std::move(view);
    session.view.uncertaintyBand = document.derivatives().uncertaintyBand();
    session.view.bandNoiseSd = document.derivatives().bandNoiseSds();
    return session;
}

void restoreSession(Document& document, std::vector<Column> table, const QString& dataPath, const Session& session)
{
    document.restoreColumns(std::move(table), dataPath, session.settings);
    if (session.table)
        document.undoStack()->resetClean();
    // The View menu's action follows the document (Document::uncertaintyBandChanged).
    for (const auto& [column, sd] : session.view.bandNoiseSd)
        document.derivatives().setBandNoiseSd(column, sd);
    document.derivatives().setUncertaintyBand(session.view.uncertaintyBand);
}

} // namespace tangent::ui
