// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/windowlayout.h"

#include "ui/table/datatableview.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

#include <algorithm>

namespace tangent::ui {
namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
// Only a splitter the user dragged is remembered: a fitted one follows the next file's columns.
const QString kSplitterKey = QStringLiteral("window/userSplitter");

} // namespace

WindowLayout::WindowLayout(QMainWindow* window, QSplitter* splitter, DataTableView* table)
    : QObject(window), m_window(window), m_splitter(splitter), m_table(table)
{
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        if (!m_fitting)
            m_userSized = true;
    });
    connect(m_table, &DataTableView::columnsFitted, this, &WindowLayout::fitTable);
    m_splitter->installEventFilter(this);
}

bool WindowLayout::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize)
        fitTable();
    return QObject::eventFilter(watched, event);
}

void WindowLayout::restore()
{
    QSettings settings;
    if (!m_window->restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        m_window->resize(1280, 780);
    if (!m_window->restoreState(settings.value(kStateKey).toByteArray())) {
        // First start: narrow docks, so that the chart gets the room.
        const QList<QDockWidget*> docks = m_window->findChildren<QDockWidget*>();
        m_window->resizeDocks(docks, QList<int>(docks.size(), kDockWidth), Qt::Horizontal);
    }
    m_userSized = m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    fitTable();
}

void WindowLayout::save() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, m_window->saveGeometry());
    settings.setValue(kStateKey, m_window->saveState());
    if (m_userSized)
        settings.setValue(kSplitterKey, m_splitter->saveState());
    else
        settings.remove(kSplitterKey);
}

void WindowLayout::fitTable()
{
    if (m_userSized)
        return;
    // Before the window is laid out the splitter's width is unknown: estimate it; the splitter's
    // resize fits again with the real one.
    const int total
        = m_splitter->width() > 0 && m_window->isVisible() ? m_splitter->width() : m_window->width() - kDockWidth;
    const int chartLeast = static_cast<int>(kChartShare * m_window->width());
    const int most = std::max(m_table->minimumSizeHint().width(), total - chartLeast);
    const int table = std::clamp(m_table->fittedWidth(), 1, std::max(1, most));
    m_fitting = true;
    m_splitter->setSizes({ table, std::max(1, total - table) });
    m_fitting = false;
}

} // namespace tangent::ui
