// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The undo command of a change of derivative method or of one of its parameters. Unlike the other
// commands it merges: the changes of one slider drag (one gesture) are one undo step.

#include "ui/document/document.h"

#include <QUndoCommand>

namespace tangent::ui {

class SetSmoothingCommand : public QUndoCommand {
public:
    /// `gesture` 0 never merges; equal non-zero gestures pushed one after the other merge.
    SetSmoothingCommand(Document* document, DerivativeSettings settings, int gesture, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Document* m_document;
    DerivativeSettings m_old;
    DerivativeSettings m_new;
    int m_gesture;
};

} // namespace tangent::ui
