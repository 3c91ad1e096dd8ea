// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard and screen-reader access to the main window: every control has an accessible name
// and can take the focus from the keyboard (the chart included), and the menus have mnemonics
// that do not clash, in every language.

#include "ui/chart/chartview.h"
#include "ui/i18n/translations.h"
#include "ui/mainwindow.h"

#include <QAction>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSet>
#include <QTabBar>
#include <QTextEdit>
#include <QToolBar>

#include <gtest/gtest.h>

namespace tangent::ui {
namespace {

/// Widgets a user operates: buttons, fields, lists, tables, text views and the chart.
bool isControl(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QComboBox*>(w)
        || qobject_cast<const QLineEdit*>(w) || qobject_cast<const QAbstractSpinBox*>(w)
        || qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QTextEdit*>(w)
        || qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const ChartView*>(w)
        || qobject_cast<const QTabBar*>(w);
}

/// Buttons that stand for something the menus reach too: a tool-bar button's action, a dock's
/// float and close buttons (View lists every dock). Qt keeps them out of the Tab order.
bool isMenuReachable(const QWidget* w)
{
    return qobject_cast<const QToolBar*>(w->parentWidget()) != nullptr
        || w->objectName().startsWith(QStringLiteral("qt_dockwidget_"));
}

/// Controls inside another control (a combo box's line edit, a table's headers and corner
/// button) are reached and named through their owner.
bool isPartOfControl(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (isControl(p))
            return true;
    return false;
}

QList<QWidget*> visibleControls(MainWindow& window)
{
    QList<QWidget*> controls;
    for (QWidget* w : window.findChildren<QWidget*>())
        if (isControl(w) && w->isVisibleTo(&window) && !isPartOfControl(w))
            controls << w;
    return controls;
}

std::string describe(const QWidget* w)
{
    return (QString::fromLatin1(w->metaObject()->className()) + QStringLiteral(" '") + w->objectName()
        + QStringLiteral("' tooltip: ") + w->toolTip())
        .toStdString();
}

/// The window as a user meets it: shown, with the sample loaded.
struct ShownWindow {
    ShownWindow()
    {
        window.resize(1280, 800);
        window.show();
        window.openSample(QStringLiteral("measurement-gaps"));
        QCoreApplication::processEvents();
    }
    MainWindow window;
};

TEST(Accessibility, EveryControlHasAnAccessibleName)
{
    ShownWindow shown;
    const QList<QWidget*> controls = visibleControls(shown.window);
    ASSERT_GT(controls.size(), 10);
    for (QWidget* w : controls) {
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(w);
        ASSERT_NE(accessible, nullptr) << describe(w);
        EXPECT_FALSE(accessible->text(QAccessible::Name).trimmed().isEmpty()) << "no accessible name: " << describe(w);
    }
}

TEST(Accessibility, EveryControlOfTheClassroomDialogsHasAnAccessibleName)
{
    ShownWindow shown;
    const WindowActions& actions = shown.window.actions();
    for (QAction* action :
        { actions.functionLab, actions.convergence, actions.compareEdgeOrders, actions.wholeComputation })
        action->trigger();
    QCoreApplication::processEvents();
    const QList<QDialog*> dialogs = shown.window.findChildren<QDialog*>();
    ASSERT_GE(dialogs.size(), 4);
    for (QDialog* dialog : dialogs) {
        if (!dialog->isVisible())
            continue;
        for (QWidget* w : dialog->findChildren<QWidget*>()) {
            if (!isControl(w) || !w->isVisibleTo(dialog) || isPartOfControl(w))
                continue;
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(w);
            ASSERT_NE(accessible, nullptr) << describe(w);
            EXPECT_FALSE(accessible->text(QAccessible::Name).trimmed().isEmpty())
                << dialog->windowTitle().toStdString() << ": no accessible name: " << describe(w);
        }
    }
}

TEST(Accessibility, EveryControlTakesKeyboardFocus)
{
    ShownWindow shown;
    // The focus chain that Tab and Shift+Tab walk.
    QSet<QWidget*> chain;
    QWidget* w = &shown.window;
    do {
        chain.insert(w);
        w = w->nextInFocusChain();
    } while (w && w != &shown.window);
    for (QWidget* control : visibleControls(shown.window)) {
        if (isMenuReachable(control))
            continue;
        EXPECT_TRUE(control->focusPolicy() & Qt::TabFocus) << "Tab skips " << describe(control);
        EXPECT_TRUE(chain.contains(control)) << "not in the focus chain: " << describe(control);
    }
    ChartView* chart = shown.window.chartView();
    EXPECT_TRUE(chart->focusPolicy() & Qt::TabFocus);
    chart->setFocus(Qt::TabFocusReason);
    EXPECT_TRUE(chart->hasFocus() || !shown.window.isActiveWindow());
}

TEST(Accessibility, MenusHaveMnemonicsThatDoNotClashInEveryLanguage)
{
    const QLocale before;
    for (const QString& language : QStringList { QStringLiteral("en") } + translatedLanguages()) {
        SCOPED_TRACE(language.toStdString());
        installTranslations(QLocale(language));
        MainWindow window;
        QSet<QChar> bar;
        for (QAction* title : window.menuBar()->actions()) {
            const QString text = title->text();
            const qsizetype amp = text.indexOf(QLatin1Char('&'));
            ASSERT_GE(amp, 0) << "no mnemonic: " << text.toStdString();
            ASSERT_LT(amp + 1, text.size());
            const QChar key = text.at(amp + 1).toLower();
            EXPECT_FALSE(bar.contains(key)) << "Alt+" << QString(key).toStdString() << " twice: " << text.toStdString();
            bar.insert(key);
            QSet<QChar> items;
            for (QAction* item : title->menu()->actions()) {
                const qsizetype i = item->text().indexOf(QLatin1Char('&'));
                if (item->isSeparator() || i < 0 || i + 1 >= item->text().size())
                    continue;
                const QChar itemKey = item->text().at(i + 1).toLower();
                EXPECT_FALSE(items.contains(itemKey)) << text.toStdString() << ": '" << QString(itemKey).toStdString()
                                                      << "' twice, at " << item->text().toStdString();
                items.insert(itemKey);
            }
        }
    }
    installTranslations(before);
}

} // namespace
} // namespace tangent::ui
