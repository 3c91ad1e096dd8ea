// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The open documents of one window, one tab each: owns the Documents, the tab bar that switches
// between them and the undo group whose active stack is the current document's. The window keeps
// one set of views and binds them to whichever document is current.

#include <QObject>
#include <QPointer>
#include <QTabBar>
#include <QUndoGroup>

#include <vector>

namespace tangent::ui {

class Document;

class DocumentTabs : public QObject {
    Q_OBJECT
public:
    /// Starts with one empty document; the tab bar is a child of `barParent`. Its tabs can be
    /// dragged into another order and closed by their button or a middle click.
    explicit DocumentTabs(QWidget* barParent);

    [[nodiscard]] QTabBar* tabBar() const { return m_bar; }
    [[nodiscard]] QUndoGroup* undoGroup() const { return m_undo; }
    [[nodiscard]] int count() const { return static_cast<int>(m_documents.size()); }
    [[nodiscard]] Document* current() const { return m_current; }
    [[nodiscard]] int currentIndex() const;
    [[nodiscard]] Document* documentAt(int index) const;
    [[nodiscard]] int indexOf(const Document* document) const;
    [[nodiscard]] const std::vector<Document*>& documents() const { return m_documents; }

    /// Adds an empty document in a new tab after the current one and makes it current.
    Document* addDocument();
    /// Makes the tab at `index` current (views rebind through currentChanged).
    void setCurrentIndex(int index);
    /// Removes `document`'s tab and deletes it. The last tab is never removed: false then. Ask
    /// about unsaved changes first; this does not.
    bool removeDocument(Document* document);

    /// The tab's label: the file name or "Untitled", with "*" while it has unsaved changes.
    [[nodiscard]] static QString title(const Document* document);

signals:
    /// `current` is now the document shown; `previous` (nullptr at the first) was.
    void currentChanged(Document* current, Document* previous);
    void documentAdded(Document* document);
    /// Emitted just before `document` is deleted (it is no longer in documents()).
    void documentRemoved(Document* document);
    /// The user clicked the close button of `document`'s tab.
    void closeRequested(Document* document);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Document* createDocument();
    /// The user dragged a tab from `from` to `to`.
    void tabMoved(int from, int to);
    void updateTitle(Document* document);
    void barIndexChanged(int index);

    QTabBar* m_bar;
    QUndoGroup* m_undo;
    std::vector<Document*> m_documents; // in tab order
    Document* m_current = nullptr;
    bool m_updatingBar = false;
};

} // namespace tangent::ui
