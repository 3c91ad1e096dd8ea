// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/recovery/documentrecovery.h"

#include "ui/document/document.h"
#include "ui/files/recovery/recoverysnapshot.h"
#include "ui/files/recovery/recoverystore.h"

#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace tangent::ui {

DocumentRecovery::DocumentRecovery(Document* document, RecoveryStore* store, QObject* parent)
    : QObject(parent), m_document(document), m_store(store)
{
    m_writer.setMaxThreadCount(1);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kWriteDelayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const int generation = m_generation + 1;
        queueSync().then(this, [this, generation](const QString& error) { finished(generation, error); });
    });
    // Every edit, data and settings alike, moves the undo stack's index; saving, undoing back to
    // the saved state and loading a file make it clean.
    QUndoStack* stack = m_document->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &DocumentRecovery::documentChanged);
    connect(stack, &QUndoStack::cleanChanged, this, &DocumentRecovery::documentChanged);
}

// Destroyed without discard() (the process is ending without a clean close): the file stays for
// the next start; the slot's lock is released so that start can claim it.
DocumentRecovery::~DocumentRecovery()
{
    m_writer.waitForDone(); // the queued work uses m_slot
}

QString DocumentRecovery::filePath() const
{
    return m_hasFile && m_slot ? m_slot->path() : QString();
}

void DocumentRecovery::documentChanged()
{
    if (!m_document->isModified()) {
        syncNow(); // saved or back to the saved state: the file goes at once
        return;
    }
    m_lastEdit = QDateTime::currentDateTime();
    if (!m_timer.isActive())
        m_timer.start();
}

QFuture<QString> DocumentRecovery::queueSync()
{
    m_timer.stop();
    ++m_generation;
    if (!m_document->isModified()) {
        queueRemoval();
        return QtFuture::makeReadyFuture(QString());
    }
    QString error;
    if (!m_slot)
        m_slot = m_store->createSlot(&error);
    if (!m_slot)
        return QtFuture::makeReadyFuture(error);
    if (!m_lastEdit.isValid())
        m_lastEdit = QDateTime::currentDateTime();
    return QtConcurrent::run(&m_writer, [slot = m_slot.get(), snapshot = snapshotOf(*m_document, m_lastEdit)] {
        return slot->write(encodeSnapshot(snapshot));
    });
}

void DocumentRecovery::queueRemoval()
{
    m_hasFile = false;
    if (m_slot)
        m_writer.start([slot = m_slot.get()] { slot->remove(); });
}

bool DocumentRecovery::syncNow()
{
    QFuture<QString> result = queueSync();
    m_writer.waitForDone();
    finished(m_generation, result.result());
    return result.result().isEmpty();
}

void DocumentRecovery::finished(int generation, const QString& error)
{
    if (generation != m_generation)
        return; // a later write or removal has been queued since
    if (!error.isEmpty()) {
        if (!m_failureReported)
            emit writeFailed(tr("Unsaved changes could not be backed up for crash recovery: %1").arg(error));
        m_failureReported = true;
        return;
    }
    m_failureReported = false;
    m_hasFile = m_document->isModified();
}

void DocumentRecovery::discard()
{
    m_timer.stop();
    ++m_generation;
    queueRemoval();
    m_writer.waitForDone();
}

} // namespace tangent::ui
