// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The folder of crash-recovery files and who owns each file in it. Every document that needs one
// gets its own file, named after the process and held by a QLockFile beside it; a file whose lock
// belongs to a live process (another Tangent, or this one) is never read, offered or replaced.

#include "ui/files/recovery/recoverysnapshot.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QLockFile;

namespace tangent::ui {

/// One document's recovery file, owned (locked) by this process for as long as the slot lives.
class RecoverySlot {
public:
    RecoverySlot(QString path, std::unique_ptr<QLockFile> lock);
    ~RecoverySlot();
    RecoverySlot(const RecoverySlot&) = delete;
    RecoverySlot& operator=(const RecoverySlot&) = delete;

    [[nodiscard]] QString path() const { return m_path; }
    /// Replaces the file's content atomically (a crash mid-write leaves the previous content).
    /// Returns an empty string, or why the file could not be written.
    QString write(const QByteArray& bytes);
    /// Removes the file (the lock stays held until the slot is destroyed).
    void remove();

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

/// A recovery file left by a process that is gone: claimed (locked) by this process while it
/// lives, so that a second Tangent starting at the same time does not offer it too.
class OrphanedRecovery {
public:
    OrphanedRecovery(QString path, std::unique_ptr<QLockFile> lock);
    ~OrphanedRecovery();
    OrphanedRecovery(OrphanedRecovery&& other) noexcept;
    OrphanedRecovery& operator=(OrphanedRecovery&& other) noexcept;

    [[nodiscard]] QString path() const { return m_path; }
    /// The state it holds, or nullopt if the file is damaged (see error()).
    [[nodiscard]] const std::optional<RecoverySnapshot>& snapshot() const { return m_snapshot; }
    [[nodiscard]] QString error() const { return m_error; }
    /// Deletes the file and gives up the claim.
    void discard();

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::optional<RecoverySnapshot> m_snapshot;
    QString m_error;
};

class RecoveryStore {
public:
    /// Keeps recovery files in `directory` (created when first needed).
    explicit RecoveryStore(QString directory);

    /// The per-user folder: "recovery" under QStandardPaths::AppLocalDataLocation.
    static QString defaultDirectory();
    [[nodiscard]] QString directory() const { return m_directory; }

    /// A new file of this process's own, or nullptr (with `error` set) if the folder is unusable.
    std::unique_ptr<RecoverySlot> createSlot(QString* error);

    /// Recovery files whose owner process is gone, newest first, each claimed for this process.
    /// Locks left without a file (a process killed while its document was unmodified) are removed.
    std::vector<OrphanedRecovery> claimOrphans();

private:
    void removeStaleLocks();

    QString m_directory;
};

} // namespace tangent::ui
