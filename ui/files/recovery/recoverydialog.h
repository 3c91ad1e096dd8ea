// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The dialog shown at start after a crash: lists each document with unsaved changes (its file name
// or "Untitled" and the time of its last edit) and offers Restore or Discard. It only asks; what
// happens to the files is up to the caller.

#include <QDialog>

#include <vector>

class QTreeWidget;

namespace tangent::ui {

class OrphanedRecovery;

class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Later, Restore, Discard };

    RecoveryDialog(const std::vector<OrphanedRecovery>& orphans, QWidget* parent = nullptr);

    /// What the user chose; Later when the dialog was closed without choosing.
    [[nodiscard]] Choice choice() const { return m_choice; }
    /// The list as shown, one entry per line with tab-separated fields, e.g.
    /// "data.csv\t01/12/2026 17:05:12\t120 rows × 3 columns\t/home/ana/runs".
    [[nodiscard]] QStringList entries() const;

    /// How the dialog names the time of an edit.
    static QString formatTime(const QDateTime& time);

private:
    void addEntry(const OrphanedRecovery& orphan);
    void choose(Choice choice);

    QTreeWidget* m_list = nullptr;
    Choice m_choice = Choice::Later;
};

} // namespace tangent::ui
