// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/makeaction.h"

#include <QAction>
#include <QApplication>

namespace tangent::ui {

QAction* makeAction(QObject* parent, const QString& name, const QString& text, const QKeySequence& shortcut,
    const QString& tip, QStyle::StandardPixmap icon)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    if (icon != QStyle::SP_CustomBase)
        action->setIcon(QApplication::style()->standardIcon(icon));
    return action;
}

} // namespace tangent::ui
