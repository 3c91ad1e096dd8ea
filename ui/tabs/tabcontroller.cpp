// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tabs/tabcontroller.h"

#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/files/recovery/documentrecovery.h"
#include "ui/tabs/documenttabs.h"

#include <QFileDialog>
#include <QSettings>
#include <QTabBar>
#include <QTimer>

#include <algorithm>

namespace tangent::ui {

TabController::TabController(DocumentTabs* tabs, FileController* files, QWidget* window)
    : QObject(window), m_tabs(tabs), m_files(files), m_window(window)
{
    m_pickFiles = [](QWidget* parent) {
        return QFileDialog::getOpenFileNames(parent, tr("Open several files"),
            QSettings().value(QStringLiteral("lastDirectory")).toString(),
            tr("Data files (*.csv *.tsv *.txt *.dat *.npy *.xlsx *.ods);;All files (*)"));
    };
    connect(m_files, &FileController::loadFinished, this, &TabController::loadFinished);
    connect(m_tabs, &DocumentTabs::documentAdded, this, [this](Document* document) {
        if (m_store)
            addRecovery(document);
    });
    connect(m_tabs, &DocumentTabs::documentRemoved, this, [this](Document* document) {
        // Asked about already (or unmodified): nothing of it is left to recover.
        if (DocumentRecovery* recovery = m_recovery.take(document)) {
            recovery->discard();
            delete recovery;
        }
    });
    connect(m_tabs, &DocumentTabs::closeRequested, this, &TabController::closeTab);
}

TabController::~TabController()
{
    // Before the documents: a dying undo stack looks like a save, which would delete the files a
    // next start may need.
    qDeleteAll(m_recovery);
}

void TabController::useCurrentOrNewTab()
{
    m_fresh = nullptr;
    if (m_tabs->current()->isModified())
        useNewTab();
}

void TabController::useNewTab()
{
    m_returnTo = m_tabs->current();
    m_fresh = m_tabs->addDocument();
}

bool TabController::refuseWhileLoading()
{
    if (!m_files->isLoading())
        return false;
    emit message(tr("Still reading a file; wait for it or cancel it first"));
    return true;
}

void TabController::open()
{
    if (refuseWhileLoading())
        return;
    useCurrentOrNewTab();
    m_files->open();
    watchLoad();
}

void TabController::openPath(const QString& path)
{
    if (refuseWhileLoading())
        return;
    useCurrentOrNewTab();
    m_files->openPath(path);
    watchLoad();
}

void TabController::openSample(const QString& resource)
{
    if (refuseWhileLoading())
        return;
    useCurrentOrNewTab();
    m_files->openSample(resource);
    dropFreshIfEmpty();
}

Document* TabController::tabForNewData()
{
    if (refuseWhileLoading())
        return nullptr;
    // As a file opens: over a tab with nothing to lose, else beside it.
    Document* current = m_tabs->current();
    return current->isModified() ? m_tabs->addDocument() : current;
}

void TabController::openSeveralChosen()
{
    const QStringList paths = m_pickFiles(m_window);
    if (!paths.isEmpty())
        openSeveral(paths);
}

void TabController::openSeveral(const QStringList& paths)
{
    if (refuseWhileLoading() || paths.isEmpty())
        return;
    m_queue = paths;
    m_severalStarted = false;
    openNextQueued();
}

void TabController::openNextQueued()
{
    if (m_queue.isEmpty())
        return;
    const QString path = m_queue.takeFirst();
    // The first may replace an unmodified current tab; every later one needs a tab of its own.
    if (m_severalStarted)
        useNewTab();
    else
        useCurrentOrNewTab();
    m_severalStarted = true;
    m_files->openPath(path);
    watchLoad();
}

void TabController::watchLoad()
{
    if (!m_files->isLoading()) {
        dropFreshIfEmpty(); // the dialog was cancelled, or the file refused at once
        m_queue.clear();
        m_severalStarted = false;
        return;
    }
    // The table must land in the tab it was opened for.
    m_tabs->tabBar()->setEnabled(false);
}

void TabController::loadFinished(bool ok)
{
    m_tabs->tabBar()->setEnabled(true);
    // Cancelling reports at once, while the reader is still stopping: it ends Open Several too.
    const bool cancelled = !ok && m_files->isLoading();
    if (!ok)
        dropFreshIfEmpty();
    m_fresh = nullptr;
    if (cancelled)
        m_queue.clear();
    if (!m_severalStarted)
        return;
    emit severalProgress(static_cast<int>(m_queue.size()));
    if (m_queue.isEmpty())
        m_severalStarted = false;
    else // after the file controller has finished with this load
        QTimer::singleShot(0, this, &TabController::openNextQueued);
}

void TabController::dropFreshIfEmpty()
{
    Document* fresh = m_fresh;
    m_fresh = nullptr;
    if (!fresh || fresh->columnCount() > 0 || fresh->isModified())
        return;
    if (m_tabs->indexOf(m_returnTo) >= 0)
        m_tabs->setCurrentIndex(m_tabs->indexOf(m_returnTo));
    m_tabs->removeDocument(fresh);
}

bool TabController::closeTab(Document* document)
{
    if (m_tabs->indexOf(document) < 0 || refuseWhileLoading())
        return false;
    if (m_tabs->count() == 1) {
        if (document->columnCount() == 0 && !document->isModified())
            return false; // the start page already
        // The last tab: after asking, an empty document takes its place and the window shows its
        // start page (ui/startpage/startscreen.h).
        if (!m_files->maybeSave())
            return false;
        m_tabs->addDocument();
        return m_tabs->removeDocument(document);
    }
    Document* shown = m_tabs->current();
    // The question names the table on screen: show the one it is about.
    m_tabs->setCurrentIndex(m_tabs->indexOf(document));
    if (!m_files->maybeSave())
        return false;
    if (shown != document)
        m_tabs->setCurrentIndex(m_tabs->indexOf(shown));
    return m_tabs->removeDocument(document);
}

bool TabController::maybeSaveAll()
{
    // Stops at the first table the user keeps; each question is asked with its table shown.
    const std::vector<Document*> documents = m_tabs->documents();
    return std::ranges::all_of(documents, [this](Document* document) {
        if (!document->isModified())
            return true;
        m_tabs->setCurrentIndex(m_tabs->indexOf(document));
        return m_files->maybeSave();
    });
}

void TabController::enableRecovery(RecoveryStore* store)
{
    if (m_store)
        return;
    m_store = store;
    for (Document* document : m_tabs->documents())
        addRecovery(document);
}

void TabController::addRecovery(Document* document)
{
    auto* recovery = new DocumentRecovery(document, m_store, this);
    connect(recovery, &DocumentRecovery::writeFailed, this, &TabController::message);
    m_recovery.insert(document, recovery);
}

DocumentRecovery* TabController::recoveryFor(const Document* document) const
{
    return m_recovery.value(document, nullptr);
}

void TabController::discardRecovery()
{
    for (DocumentRecovery* recovery : std::as_const(m_recovery))
        recovery->discard();
}

} // namespace tangent::ui
