// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the window shows while no file is open: the recent files with their row counts, the bundled
// samples, an Open button and a place to drop files. It only asks; the window opens.

#include <QList>
#include <QStringList>
#include <QWidget>

class QFrame;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace tangent::ui {

class StartPage : public QWidget {
    Q_OBJECT
public:
    /// A recent file as the page lists it.
    struct Recent {
        QString path; ///< absolute
        int rows = -1; ///< the row count its table had when last opened or saved; -1: not known
    };

    /// `samples`: the bundled samples' names (as File → Open Sample lists them).
    explicit StartPage(const QStringList& samples, QWidget* parent = nullptr);

    [[nodiscard]] QListWidget* recentList() const { return m_recent; }
    [[nodiscard]] QListWidget* sampleList() const { return m_samples; }
    [[nodiscard]] QPushButton* openButton() const { return m_open; }

    /// Lists `recent` (newest first) as the recent files.
    void setRecentFiles(const QList<Recent>& recent);

signals:
    /// The page is about to be seen: the list of recent files should be set again, as another
    /// window may have changed it.
    void recentFilesWanted();
    void openRequested();
    void pathsRequested(const QStringList& paths);
    void sampleRequested(const QString& name);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void setDropHighlight(bool on);

    QListWidget* m_recent;
    QListWidget* m_samples;
    QPushButton* m_open;
    QFrame* m_dropArea;
};

} // namespace tangent::ui
