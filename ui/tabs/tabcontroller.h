// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Which tab a file opens into, Open Several, closing a tab without losing edits, and a crash
// recovery writer for every tab's document. The file controller it drives always works on the
// current tab's document (the window rebinds it when the tab changes).
//
// The rule for opening one file: into the current tab when its document is unmodified (empty, a
// sample, or saved), which it replaces as before tabs; into a new tab when it has unsaved changes,
// so opening never asks to discard anything. A new tab that ends up empty (the dialog was
// cancelled, the file was refused) is closed again.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QWidget;

namespace tangent::ui {

class Document;
class DocumentRecovery;
class DocumentTabs;
class FileController;
class RecoveryStore;

class TabController : public QObject {
    Q_OBJECT
public:
    /// Asks for the files to open; returns none when cancelled. Replaceable for tests.
    using FilesPicker = std::function<QStringList(QWidget* parent)>;

    TabController(DocumentTabs* tabs, FileController* files, QWidget* window);
    ~TabController() override;

    void setFilesPicker(FilesPicker picker) { m_pickFiles = std::move(picker); }

    /// Opens `path` by the rule above (loads in the background).
    void openPath(const QString& path);
    /// File → Open: the file dialog, then as openPath.
    void open();
    /// Opens the bundled sample `resource` by the rule above.
    void openSample(const QString& resource);
    /// The tab new data (the Function Lab's) goes into, by the rule above: the current one when
    /// it is unmodified, else a new tab, made current. nullptr (with a message) while a file is
    /// loading.
    Document* tabForNewData();
    /// File → Open Several…: the picker, then openSeveral.
    void openSeveralChosen();
    /// Opens each of `paths` in a tab of its own (the first into the current tab if it is
    /// unmodified), one after another; ends with the last one current. A file that cannot be read
    /// is reported and gets no tab; the others still open.
    void openSeveral(const QStringList& paths);
    /// True while openSeveral still has files to read.
    [[nodiscard]] bool isOpeningSeveral() const { return m_severalStarted; }

    /// Closes `document`'s tab after asking about its unsaved changes (shown first). The last tab
    /// gives way to an empty document (the start page). False if the user kept it.
    bool closeTab(Document* document);
    /// Asks about every tab's unsaved changes in turn; false as soon as one is kept (window close).
    bool maybeSaveAll();

    /// A crash-recovery writer for every document, present and future, in `store`.
    void enableRecovery(RecoveryStore* store);
    /// The recovery writer of `document`, or nullptr.
    [[nodiscard]] DocumentRecovery* recoveryFor(const Document* document) const;
    /// Every writer removes its file (the window closed cleanly), then they are deleted.
    void discardRecovery();

signals:
    /// A file of openSeveral has been dealt with (read, or refused); `remaining` are still to come.
    void severalProgress(int remaining);
    void message(const QString& text);

private:
    /// Leaves the current tab current if its document is unmodified, else useNewTab().
    void useCurrentOrNewTab();
    /// Adds a tab, made current and remembered as fresh (closed again if nothing lands in it).
    void useNewTab();
    /// True (with a message) while a file is loading: the load would land in another tab.
    bool refuseWhileLoading();
    /// After a load: a fresh tab that stayed empty goes; the next queued file starts.
    void loadFinished(bool ok);
    void openNextQueued();
    /// After asking the file controller to open: keeps the tab shown until the table is in it,
    /// or drops a fresh tab when nothing is loading.
    void watchLoad();
    void dropFreshIfEmpty();
    void addRecovery(Document* document);

    DocumentTabs* m_tabs;
    FileController* m_files;
    QWidget* m_window;
    FilesPicker m_pickFiles;
    QStringList m_queue;
    bool m_severalStarted = false;
    QPointer<Document> m_fresh; // a tab opened for the current load, closed again if it fails
    Document* m_returnTo = nullptr; // the tab shown before m_fresh
    RecoveryStore* m_store = nullptr;
    QHash<const Document*, DocumentRecovery*> m_recovery;
};

} // namespace tangent::ui
