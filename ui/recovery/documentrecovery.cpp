#include "ui/recovery/documentrecovery.h"

#include "ui/document.h"
#include "ui/recovery/recoverysnapshot.h"
#include "ui/recovery/recoverystore.h"

#include <QUndoStack>

namespace tangent::ui {

DocumentRecovery::DocumentRecovery(Document* document, RecoveryStore* store, QObject* parent)
    : QObject(parent), m_document(document), m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kWriteDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DocumentRecovery::syncNow);
    // Every edit, data and settings alike, moves the undo stack's index; saving, undoing back to
    // the saved state and loading a file make it clean.
    QUndoStack* stack = m_document->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &DocumentRecovery::documentChanged);
    connect(stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean)
            syncNow(); // saved: the file goes at once
        else
            documentChanged();
    });
}

// Destroyed without discard() (the process is ending without a clean close): the file stays for
// the next start; the slot's lock is released so that start can claim it.
DocumentRecovery::~DocumentRecovery() = default;

QString DocumentRecovery::filePath() const
{
    return m_hasFile && m_slot ? m_slot->path() : QString();
}

void DocumentRecovery::documentChanged()
{
    if (!m_document->isModified()) {
        syncNow();
        return;
    }
    m_lastEdit = QDateTime::currentDateTime();
    if (!m_timer.isActive())
        m_timer.start();
}

bool DocumentRecovery::syncNow()
{
    m_timer.stop();
    if (!m_document->isModified()) {
        if (m_hasFile)
            m_slot->remove();
        m_hasFile = false;
        return true;
    }
    QString error;
    if (!m_slot)
        m_slot = m_store->createSlot(&error);
    if (m_slot) {
        if (!m_lastEdit.isValid())
            m_lastEdit = QDateTime::currentDateTime();
        error = m_slot->write(encodeSnapshot(snapshotOf(*m_document, m_lastEdit)));
    }
    if (!error.isEmpty()) {
        if (!m_failureReported)
            emit writeFailed(tr("Unsaved changes could not be backed up for crash recovery: %1").arg(error));
        m_failureReported = true;
        return false;
    }
    m_hasFile = true;
    m_failureReported = false;
    return true;
}

void DocumentRecovery::discard()
{
    m_timer.stop();
    if (m_slot)
        m_slot->remove();
    m_hasFile = false;
}

} // namespace tangent::ui
