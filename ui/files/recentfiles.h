// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The recent files as the start page lists them: each path with the row count its table had when
// it was last opened or saved (unknown for sessions and for entries older than the counts).

#include <QList>
#include <QString>

namespace tangent::ui {

struct RecentFile {
    QString path; ///< absolute
    int rows = -1; ///< -1: not known
};

/// The recent files, newest first (FileController::recentFiles), with their row counts.
[[nodiscard]] QList<RecentFile> recentFileEntries();
/// Records that `path`'s table has `rows` rows; counts of files no longer recent are dropped.
void rememberRecentRows(const QString& path, int rows);

} // namespace tangent::ui
