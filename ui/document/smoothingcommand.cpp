// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/smoothingcommand.h"

#include "ui/document/methodtext.h"

#include <QCoreApplication>

#include <utility>

namespace tangent::ui {
namespace {

constexpr int kSmoothingId = 0x736d; // any id of our own; QUndoStack merges equal ids only

QString commandText(const SmoothingOptions& options)
{
    return QCoreApplication::translate("tangent::ui::Commands", "Derivative by %1").arg(methodSummary(options));
}

} // namespace

SetSmoothingCommand::SetSmoothingCommand(
    Document* document, DerivativeSettings settings, int gesture, QUndoCommand* parent)
    : QUndoCommand(commandText(settings.smoothing), parent),
      m_document(document),
      m_old(document->settings()),
      m_new(std::move(settings)),
      m_gesture(gesture)
{
}

void SetSmoothingCommand::redo()
{
    m_document->applySettings(m_new);
}

void SetSmoothingCommand::undo()
{
    m_document->applySettings(m_old);
}

int SetSmoothingCommand::id() const
{
    return m_gesture != 0 ? kSmoothingId : -1;
}

bool SetSmoothingCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const SetSmoothingCommand*>(other);
    if (!next || next->m_gesture != m_gesture)
        return false;
    m_new = next->m_new;
    setText(next->text());
    // A drag back to where it started changes nothing: the stack then drops the step.
    setObsolete(m_new == m_old);
    return true;
}

} // namespace tangent::ui
