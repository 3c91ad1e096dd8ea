// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's centre: the start page while no file is open (one tab, empty and unchanged),
// otherwise the tabs' table and chart. Follows the tabs and the current document by itself.

#include <QList>
#include <QPointer>
#include <QStackedWidget>

namespace tangent::ui {

class Document;
class DocumentTabs;
class StartPage;

class StartScreen : public QStackedWidget {
    Q_OBJECT
public:
    /// Shows `documentView` (the tab bar, table and chart) or `startPage` as `tabs` say.
    StartScreen(DocumentTabs* tabs, StartPage* startPage, QWidget* documentView, QWidget* parent = nullptr);

    [[nodiscard]] StartPage* startPage() const { return m_startPage; }
    /// True while the start page is shown.
    [[nodiscard]] bool showsStartPage() const;
    /// True when `tabs` hold nothing but an empty, unchanged document: no file is open.
    [[nodiscard]] static bool nothingOpen(const DocumentTabs& tabs);

    /// Hides `widget` (a dock: it has nothing to show without a table) while the start page
    /// shows, and shows it again when it goes.
    void hideWhileShown(QWidget* widget);
    /// Shows the widgets hidden for the start page again now (before the window saves its layout).
    void showHidden();

public slots:
    /// Shows whichever page the tabs call for now.
    void update();

signals:
    /// The start page was shown (true) or left (false).
    void startPageShown(bool shown);

private:
    void watch(Document* document);
    void hideCompanions();

    DocumentTabs* m_tabs;
    StartPage* m_startPage;
    QWidget* m_documentView;
    QPointer<Document> m_watched;
    QList<QPointer<QWidget>> m_companions; // hidden while the start page shows
    QList<QPointer<QWidget>> m_hidden; // those of them that were visible
    QList<QPointer<QWidget>> m_front; // the tabbed docks among them that were in front
};

} // namespace tangent::ui
