// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's actions are made alike: a name to find them by in tests, the text, a shortcut, the
// tip as tool tip and status tip, and an optional standard icon.

#include <QKeySequence>
#include <QString>
#include <QStyle>

class QAction;
class QObject;

namespace tangent::ui {

QAction* makeAction(QObject* parent, const QString& name, const QString& text, const QKeySequence& shortcut,
    const QString& tip, QStyle::StandardPixmap icon = QStyle::SP_CustomBase);

} // namespace tangent::ui
