// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A document's part of a session, taken and put back as plain functions: where its data are (or a
// copy of the table), its settings and its band. What the window shows arrives as a SessionView the
// window fills; nothing here knows the window or its views.

#include "ui/files/session/session.h"

namespace tangent::ui {

class Document;

/// The session of `document` with `view` (the window's part, as the window filled it): the data
/// file, a copy of the table when it has unsaved edits, no file or comes from a workbook, the
/// settings, and the band (view.uncertaintyBand and view.bandNoiseSd are taken from the document).
[[nodiscard]] Session captureSession(const Document& document, SessionView view);

/// Replaces `document`'s table with `table` (the session's copy or its data file, read from
/// `dataPath`) and the session's settings and band. A copied table is left modified, as after a
/// recovery: it holds edits the data file lacks. The window applies session.view itself.
void restoreSession(Document& document, std::vector<Column> table, const QString& dataPath, const Session& session);

/// The names of `columns`, as Session::dataColumns holds them.
[[nodiscard]] QStringList columnNames(const std::vector<Column>& columns);

} // namespace tangent::ui
