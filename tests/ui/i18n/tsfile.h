// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads a Qt Linguist .ts file into its messages, for the translation tests.

#include <QList>
#include <QString>
#include <QStringList>

namespace tangent::ui::testing {

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< the translation's type attribute: empty when finished
    QStringList translations; ///< one text, or one per numerus form
};

struct TsFile {
    QString language;
    QList<TsMessage> messages;
    QString error; ///< empty when the file was read
};

/// The messages of the .ts file at `path`.
TsFile readTsFile(const QString& path);

/// The placeholders (%1 ... %99, %n, %L1) in `text`, sorted, each once.
QStringList placeholders(const QString& text);

/// How many mnemonics ("&File") `text` has; "&&" is a literal ampersand.
qsizetype mnemonicCount(const QString& text);

} // namespace tangent::ui::testing
