// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/recentfiles.h"

#include "ui/files/filecontroller.h"

#include <QFileInfo>
#include <QSettings>
#include <QVariantMap>

namespace tangent::ui {
namespace {

// Beside FileController's list rather than in it: an older Tangent reads the list unchanged.
const QString kRowsKey = QStringLiteral("recentFileRows");

} // namespace

QList<RecentFile> recentFileEntries()
{
    const QVariantMap rows = QSettings().value(kRowsKey).toMap();
    QList<RecentFile> entries;
    for (const QString& path : FileController::recentFiles())
        entries.append({ path, rows.contains(path) ? rows.value(path).toInt() : -1 });
    return entries;
}

void rememberRecentRows(const QString& path, int rows)
{
    QSettings settings;
    const QVariantMap old = settings.value(kRowsKey).toMap();
    QVariantMap kept;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const QString& recent : FileController::recentFiles()) {
        if (old.contains(recent))
            kept.insert(recent, old.value(recent));
    }
    kept.insert(absolute, rows);
    settings.setValue(kRowsKey, kept);
}

} // namespace tangent::ui
