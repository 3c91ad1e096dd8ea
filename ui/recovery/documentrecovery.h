#pragma once
// Keeps one document's crash-recovery file in step with its unsaved state: written (atomically,
// never to the user's file) shortly after each edit, removed when the document is saved, returns
// to its saved state, is replaced by a load, or is closed cleanly.

#include <QDateTime>
#include <QObject>
#include <QString>
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

    /// `store` must outlive this object.
    DocumentRecovery(Document* document, RecoveryStore* store, QObject* parent = nullptr);
    ~DocumentRecovery() override;

    /// The recovery file, or an empty string while there is none.
    [[nodiscard]] QString filePath() const;
    /// When the document was last edited (what the recovery file records).
    [[nodiscard]] QDateTime lastEdit() const { return m_lastEdit; }

    /// Brings the file in step with the document now: written if the document is modified,
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

    Document* m_document;
    RecoveryStore* m_store;
    std::unique_ptr<RecoverySlot> m_slot;
    QTimer m_timer;
    QDateTime m_lastEdit;
    bool m_hasFile = false;
    bool m_failureReported = false;
};

} // namespace tangent::ui
