// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Keeps one document's crash-recovery file in step with its unsaved state: written (atomically,
// never to the user's file) shortly after each edit, removed when the document is saved, returns
// to its saved state, is replaced by a load, or is closed cleanly.

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace tangent::ui {

class Document;
class RecoverySlot;
class RecoveryStore;

class DocumentRecovery : public QObject {
    Q_OBJECT
public:
    /// How long after an edit its state is on disk at the latest (the timer is not restarted by
    /// further edits, so a steady stream of edits is still written every interval).
    static constexpr int kWriteDelayMs = 1000;

    /// `store` must outlive this object, and this object must be destroyed before `document`
    /// (whose undo stack, as it is destroyed, looks like a save).
    DocumentRecovery(Document* document, RecoveryStore* store, QObject* parent = nullptr);
    ~DocumentRecovery() override;

    /// The recovery file once it has been written, or an empty string while there is none.
    [[nodiscard]] QString filePath() const;
    /// When the document was last edited (what the recovery file records).
    [[nodiscard]] QDateTime lastEdit() const { return m_lastEdit; }

    /// Brings the file in step with the document and waits: written if the document is modified,
    /// removed otherwise. Returns false if it could not be written.
    bool syncNow();
    /// Records `time` as the last edit, e.g. the original time of restored edits.
    void setLastEdit(const QDateTime& time) { m_lastEdit = time; }
    /// The window closed cleanly (saved, or the user chose to discard): the file goes.
    void discard();

signals:
    /// The recovery file could not be written (reported once until a write succeeds again).
    void writeFailed(const QString& message);

private:
    void documentChanged();
    /// Queues the write (of a copy of the table) or the removal on the writer thread.
    QFuture<QString> queueSync();
    void queueRemoval();
    void finished(int generation, const QString& error);

    Document* m_document;
    RecoveryStore* m_store;
    std::unique_ptr<RecoverySlot> m_slot;
    QTimer m_timer;
    // One thread, so writes and removals reach the disk in the order they were asked for; a
    // million-row table then costs the GUI thread a copy, not the encoding and the write.
    QThreadPool m_writer;
    QDateTime m_lastEdit;
    int m_generation = 0; // of the latest queued operation: older results are stale
    bool m_hasFile = false;
    bool m_failureReported = false;
};

} // namespace tangent::ui
