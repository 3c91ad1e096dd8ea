// SPDX-License-Identifier: GPL-3.0-or-later
// Recovery files and their locks. A file NAME.tangent-recovery belongs to whoever holds the
// QLockFile NAME.tangent-recovery.lock; QLockFile knows a lock whose process died (SIGKILL
// included) from one that is held, which is what separates a crash's leftovers from the files of
// another Tangent still running.

#include "ui/files/recovery/recoverystore.h"

#include "ui/i18n/coremessages.h"

#include "core/io/atomicfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

#include <algorithm>
#include <atomic>
#include <ostream>

namespace tangent::ui {
namespace {

const QString kSuffix = QStringLiteral(".tangent-recovery");
const QString kLockSuffix = QStringLiteral(".lock");

std::unique_ptr<QLockFile> makeLock(const QString& dataPath)
{
    auto lock = std::make_unique<QLockFile>(dataPath + kLockSuffix);
    // Only a dead owner makes a lock stale: a Tangent left open for hours still owns its files.
    lock->setStaleLockTime(0);
    return lock;
}

/// Half-written temporaries of the writer of `dataPath` (killed mid-write); only called while
/// holding that writer's lock, so they cannot be in use.
void removeTemporaries(const QString& dataPath)
{
    const QFileInfo data(dataPath);
    QDir dir = data.dir();
    for (const QString& name :
        dir.entryList({ data.fileName() + QStringLiteral(".tmp-*") }, QDir::Files | QDir::Hidden))
        dir.remove(name);
}

} // namespace

RecoverySlot::RecoverySlot(QString path, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path)), m_lock(std::move(lock))
{
}

RecoverySlot::~RecoverySlot() = default;

QString RecoverySlot::write(const QByteArray& bytes)
{
    try {
        writeFileAtomically(QFile::encodeName(m_path).toStdString(),
            [&bytes](std::ostream& out) { out.write(bytes.constData(), static_cast<std::streamsize>(bytes.size())); });
    } catch (const std::exception& e) {
        return translateException(e);
    }
    return {};
}

void RecoverySlot::remove()
{
    QFile::remove(m_path);
}

OrphanedRecovery::OrphanedRecovery(QString path, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path)), m_lock(std::move(lock))
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        return;
    }
    m_snapshot = decodeSnapshot(file.readAll(), &m_error);
}

OrphanedRecovery::~OrphanedRecovery() = default;
OrphanedRecovery::OrphanedRecovery(OrphanedRecovery&&) noexcept = default;
OrphanedRecovery& OrphanedRecovery::operator=(OrphanedRecovery&&) noexcept = default;

void OrphanedRecovery::discard()
{
    QFile::remove(m_path);
    m_lock.reset(); // unlocking removes the lock file
}

RecoveryStore::RecoveryStore(QString directory) : m_directory(std::move(directory)) { }

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery");
}

std::unique_ptr<RecoverySlot> RecoveryStore::createSlot(QString* error)
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = QCoreApplication::translate("Recovery", "cannot create the folder %1").arg(m_directory);
        return nullptr;
    }
    // pid, start time and a counter: unique among live processes, and a new process that reuses a
    // crashed one's pid still gets names of its own (the crashed one's files wait to be offered).
    static std::atomic<int> counter { 0 };
    const QString stem = QStringLiteral("%1/%2-%3-")
                             .arg(m_directory)
                             .arg(QCoreApplication::applicationPid())
                             .arg(QDateTime::currentMSecsSinceEpoch());
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString path = stem + QString::number(counter++) + kSuffix;
        if (QFileInfo::exists(path))
            continue;
        auto lock = makeLock(path);
        if (lock->tryLock(0))
            return std::make_unique<RecoverySlot>(path, std::move(lock));
    }
    if (error)
        *error = QCoreApplication::translate("Recovery", "cannot lock a recovery file in %1").arg(m_directory);
    return nullptr;
}

std::vector<OrphanedRecovery> RecoveryStore::claimOrphans()
{
    removeStaleLocks();
    std::vector<OrphanedRecovery> orphans;
    const QFileInfoList files
        = QDir(m_directory).entryInfoList({ QLatin1Char('*') + kSuffix }, QDir::Files, QDir::Time);
    for (const QFileInfo& info : files) {
        auto lock = makeLock(info.filePath());
        // Held by a live process (another Tangent, or a document of this one): not ours to offer.
        if (!lock->tryLock(0))
            continue;
        // Its owner may have saved (and removed it) between the listing and the lock.
        if (!QFileInfo::exists(info.filePath()))
            continue;
        removeTemporaries(info.filePath());
        orphans.emplace_back(info.filePath(), std::move(lock));
    }
    return orphans;
}

void RecoveryStore::removeStaleLocks()
{
    const QFileInfoList locks
        = QDir(m_directory).entryInfoList({ QLatin1Char('*') + kSuffix + kLockSuffix }, QDir::Files | QDir::Hidden);
    for (const QFileInfo& info : locks) {
        const QString dataPath = info.filePath().chopped(kLockSuffix.size());
        if (QFileInfo::exists(dataPath))
            continue;
        QLockFile lock(info.filePath());
        lock.setStaleLockTime(0);
        // Taking a dead owner's lock deletes the old one; unlocking (on return) deletes ours.
        if (lock.tryLock(0))
            removeTemporaries(dataPath);
    }
}

} // namespace tangent::ui
