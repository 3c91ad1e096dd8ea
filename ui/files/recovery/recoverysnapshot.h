// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The unsaved state of one document as a crash-recovery file holds it: the table (names, units,
// kinds, values bit for bit), the derivative settings, the user's file path and the time of the
// last edit. Encoding and decoding are separate from the files so they can be checked alone.

#include "ui/document/documenttypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace tangent::ui {

class Document;

struct RecoverySnapshot {
    QString filePath; ///< the user's file (never written by recovery); empty for an untitled table
    QDateTime lastEdit;
    std::vector<Column> columns;
    DerivativeSettings settings;
};

/// The document's current state, stamped with `lastEdit`.
RecoverySnapshot snapshotOf(const Document& document, const QDateTime& lastEdit);

/// The snapshot as the bytes of a recovery file.
QByteArray encodeSnapshot(const RecoverySnapshot& snapshot);

/// Reads bytes written by encodeSnapshot. A truncated, foreign or inconsistent file gives nullopt
/// and, in `error`, what is wrong with it.
std::optional<RecoverySnapshot> decodeSnapshot(const QByteArray& bytes, QString* error);

/// Puts the snapshot's table and settings into `document` and marks it modified: the restored
/// edits are not in the user's file until they save.
void restoreSnapshot(Document& document, const RecoverySnapshot& snapshot);

/// "data.csv", or "Untitled" for a table that has never been saved.
QString recoveryDisplayName(const RecoverySnapshot& snapshot);

} // namespace tangent::ui
