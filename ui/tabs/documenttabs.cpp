// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tabs/documenttabs.h"

#include "ui/document/document.h"

#include <QFileInfo>
#include <QMouseEvent>

#include <algorithm>

namespace tangent::ui {

DocumentTabs::DocumentTabs(QWidget* barParent)
    : QObject(barParent), m_bar(new QTabBar(barParent)), m_undo(new QUndoGroup(this))
{
    m_bar->setObjectName(QStringLiteral("documentTabs"));
    m_bar->setAccessibleName(tr("Open tables"));
    m_bar->setDocumentMode(true);
    m_bar->setExpanding(false);
    m_bar->setTabsClosable(true);
    m_bar->setMovable(true);
    m_bar->setElideMode(Qt::ElideMiddle);
    // A middle click closes a tab, as in browsers and editors.
    m_bar->installEventFilter(this);
    connect(m_bar, &QTabBar::tabMoved, this, &DocumentTabs::tabMoved);
    connect(m_bar, &QTabBar::currentChanged, this, &DocumentTabs::barIndexChanged);
    connect(m_bar, &QTabBar::tabCloseRequested, this, [this](int index) {
        if (Document* document = documentAt(index))
            emit closeRequested(document);
    });
    m_current = createDocument();
    m_undo->setActiveStack(m_current->undoStack());
}

int DocumentTabs::currentIndex() const
{
    return indexOf(m_current);
}

Document* DocumentTabs::documentAt(int index) const
{
    return index >= 0 && index < count() ? m_documents[static_cast<std::size_t>(index)] : nullptr;
}

int DocumentTabs::indexOf(const Document* document) const
{
    const auto it = std::find(m_documents.begin(), m_documents.end(), document);
    return it == m_documents.end() ? -1 : static_cast<int>(it - m_documents.begin());
}

Document* DocumentTabs::createDocument()
{
    auto* document = new Document(this);
    const int index = m_documents.empty() ? 0 : currentIndex() + 1;
    m_documents.insert(m_documents.begin() + index, document);
    m_undo->addStack(document->undoStack());
    m_updatingBar = true;
    m_bar->insertTab(index, title(document));
    m_updatingBar = false;
    connect(document, &Document::filePathChanged, this, [this, document] { updateTitle(document); });
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, [this, document] { updateTitle(document); });
    return document;
}

Document* DocumentTabs::addDocument()
{
    Document* document = createDocument();
    emit documentAdded(document);
    setCurrentIndex(indexOf(document));
    return document;
}

void DocumentTabs::setCurrentIndex(int index)
{
    Document* next = documentAt(index);
    if (!next)
        return;
    m_updatingBar = true;
    m_bar->setCurrentIndex(index);
    m_updatingBar = false;
    if (next == m_current)
        return;
    Document* previous = m_current;
    m_current = next;
    m_undo->setActiveStack(next->undoStack());
    emit currentChanged(next, previous);
}

void DocumentTabs::barIndexChanged(int index)
{
    if (!m_updatingBar)
        setCurrentIndex(index);
}

bool DocumentTabs::removeDocument(Document* document)
{
    const int index = indexOf(document);
    if (index < 0 || count() == 1)
        return false;
    if (document == m_current)
        setCurrentIndex(index + 1 < count() ? index + 1 : index - 1);
    m_documents.erase(m_documents.begin() + index);
    m_updatingBar = true;
    m_bar->removeTab(index);
    m_updatingBar = false;
    // The bar may have moved its current tab when the tab before it went.
    m_bar->setCurrentIndex(currentIndex());
    emit documentRemoved(document);
    m_undo->removeStack(document->undoStack());
    document->undoStack()->disconnect(this);
    document->disconnect(this);
    delete document;
    return true;
}

void DocumentTabs::tabMoved(int from, int to)
{
    // The bar has moved the tab already; the documents follow, in the same order.
    if (from < 0 || to < 0 || from >= count() || to >= count())
        return;
    Document* moved = m_documents[static_cast<std::size_t>(from)];
    m_documents.erase(m_documents.begin() + from);
    m_documents.insert(m_documents.begin() + to, moved);
}

bool DocumentTabs::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_bar && event->type() == QEvent::MouseButtonRelease) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() == Qt::MiddleButton) {
            if (Document* document = documentAt(m_bar->tabAt(mouse->position().toPoint()))) {
                emit closeRequested(document);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

QString DocumentTabs::title(const Document* document)
{
    const QString shown = document->displayName();
    const QString name = shown.isEmpty() ? tr("Untitled") : shown;
    return document->isModified() ? tr("%1 *").arg(name) : name;
}

void DocumentTabs::updateTitle(Document* document)
{
    const int index = indexOf(document);
    if (index < 0)
        return;
    m_bar->setTabText(index, title(document));
    m_bar->setTabToolTip(index, document->filePath().isEmpty() ? title(document) : document->filePath());
}

} // namespace tangent::ui
