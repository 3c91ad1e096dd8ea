// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/startpage/startscreen.h"

#include "ui/document/document.h"
#include "ui/startpage/startpage.h"
#include "ui/tabs/documenttabs.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QTabBar>
#include <QUndoStack>

#include <algorithm>

namespace tangent::ui {

StartScreen::StartScreen(DocumentTabs* tabs, StartPage* startPage, QWidget* documentView, QWidget* parent)
    : QStackedWidget(parent), m_tabs(tabs), m_startPage(startPage), m_documentView(documentView)
{
    setObjectName(QStringLiteral("startScreen"));
    addWidget(documentView);
    addWidget(startPage);
    // The window's minimum size is the table's and the chart's, as before there was a start page.
    startPage->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    connect(tabs, &DocumentTabs::currentChanged, this, [this](Document* current) {
        watch(current);
        update();
    });
    connect(tabs, &DocumentTabs::documentAdded, this, &StartScreen::update);
    connect(tabs, &DocumentTabs::documentRemoved, this, &StartScreen::update);
    // The tabs' documents die after the tabs themselves (as their children): stop looking then.
    connect(tabs, &QObject::destroyed, this, [this] { m_tabs = nullptr; });
    watch(tabs->current());
    update();
}

bool StartScreen::showsStartPage() const
{
    return currentWidget() == m_startPage;
}

bool StartScreen::nothingOpen(const DocumentTabs& tabs)
{
    const Document* only = tabs.count() == 1 ? tabs.current() : nullptr;
    return only && only->columnCount() == 0 && !only->isModified();
}

void StartScreen::watch(Document* document)
{
    if (m_watched) {
        disconnect(m_watched, nullptr, this, nullptr);
        disconnect(m_watched->undoStack(), nullptr, this, nullptr);
    }
    m_watched = document;
    if (!document)
        return;
    connect(document, &Document::tableReset, this, &StartScreen::update);
    connect(document, &Document::columnsChanged, this, &StartScreen::update);
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, &StartScreen::update);
}

void StartScreen::update()
{
    if (!m_tabs)
        return;
    QWidget* wanted = nothingOpen(*m_tabs) ? static_cast<QWidget*>(m_startPage) : m_documentView;
    if (currentWidget() == wanted)
        return;
    setCurrentWidget(wanted);
    if (wanted == m_startPage)
        hideCompanions();
    else
        showHidden();
    emit startPageShown(wanted == m_startPage);
}

void StartScreen::hideWhileShown(QWidget* widget)
{
    m_companions.append(widget);
    if (showsStartPage())
        hideCompanions();
}

namespace {

/// Whether `dock` is the one in front of the docks tabbed with it (its tab is the current one).
bool inFront(const QDockWidget* dock)
{
    const auto* window = qobject_cast<const QMainWindow*>(dock->parentWidget());
    if (!window || window->tabifiedDockWidgets(const_cast<QDockWidget*>(dock)).isEmpty())
        return false;
    // The main window's tab bars are its direct children; a dock's tab carries its title.
    return std::ranges::any_of(window->findChildren<QTabBar*>(Qt::FindDirectChildrenOnly), [dock](const QTabBar* bar) {
        return bar->currentIndex() >= 0 && bar->tabText(bar->currentIndex()) == dock->windowTitle();
    });
}

} // namespace

void StartScreen::hideCompanions()
{
    // Showing a tabbed dock again brings it to the front: remember which ones were.
    m_front.clear();
    for (const QPointer<QWidget>& widget : std::as_const(m_companions))
        if (const auto* dock = qobject_cast<const QDockWidget*>(widget.data()); dock && inFront(dock))
            m_front.append(widget);
    for (const QPointer<QWidget>& widget : std::as_const(m_companions)) {
        if (widget && !widget->isHidden() && !m_hidden.contains(widget)) {
            m_hidden.append(widget);
            widget->hide();
        }
    }
}

void StartScreen::showHidden()
{
    for (const QPointer<QWidget>& widget : std::as_const(m_hidden)) {
        if (widget)
            widget->show();
    }
    m_hidden.clear();
    for (const QPointer<QWidget>& widget : std::as_const(m_front))
        if (widget)
            widget->raise();
    m_front.clear();
}

} // namespace tangent::ui
