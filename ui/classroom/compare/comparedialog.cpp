// SPDX-License-Identifier: GPL-3.0-or-later
// The Compare dialog: a y column chooser over the edge-order and methods pages.

#include "ui/classroom/compare/comparedialog.h"

#include "ui/classroom/compare/edgeorderpage.h"
#include "ui/classroom/compare/methodspage.h"
#include "ui/document/document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tangent::ui {

CompareDialog::CompareDialog(Document* document, QWidget* parent) : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("CompareDialog"));
    setWindowTitle(tr("Compare"));
    setModal(false);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_column = new QComboBox(this);
    m_column->setToolTip(tr("The column whose derivative is compared"));
    form->addRow(tr("&y column:"), m_column);
    layout->addLayout(form);
    connect(m_column, &QComboBox::currentIndexChanged, this, &CompareDialog::updateNow);

    m_tabs = new QTabWidget(this);
    m_edgePage = new EdgeOrderPage(m_tabs);
    m_methodsPage = new MethodsPage(m_tabs);
    m_tabs->addTab(m_edgePage, tr("&Edge orders"));
    m_tabs->addTab(m_methodsPage, tr("&Methods"));
    layout->addWidget(m_tabs, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);

    // Edits and settings end in derivativesChanged; column changes may change the choice.
    m_timer.setSingleShot(true);
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &CompareDialog::updateNow);
    connectDocument();
    resize(1000, 860);
    updateNow();
}

void CompareDialog::setDocument(Document* document)
{
    if (document == m_document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    connectDocument();
    updateNow();
}

void CompareDialog::connectDocument()
{
    connect(m_document, &Document::derivativesChanged, this, &CompareDialog::scheduleUpdate);
    connect(m_document, &Document::settingsChanged, this, &CompareDialog::scheduleUpdate);
    connect(m_document, &Document::columnsChanged, this, &CompareDialog::scheduleUpdate);
    connect(m_document, &Document::tableReset, this, &CompareDialog::scheduleUpdate);
}

void CompareDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(page == Page::EdgeOrders ? 0 : 1);
}

CompareDialog::Page CompareDialog::currentPage() const
{
    return m_tabs->currentIndex() == 0 ? Page::EdgeOrders : Page::Methods;
}

int CompareDialog::yColumn() const
{
    return m_column->currentIndex() < 0 ? -1 : m_column->currentData().toInt();
}

void CompareDialog::setYColumn(int column)
{
    const int index = m_column->findData(column);
    if (index >= 0)
        m_column->setCurrentIndex(index);
}

void CompareDialog::refillColumns()
{
    const int previous = yColumn();
    const QSignalBlocker blocker(m_column);
    m_column->clear();
    if (!m_document)
        return;
    // The differentiated columns first, then any other number column.
    QList<int> columns = m_document->derivatives().effectiveYColumns();
    for (int c = 0; c < m_document->columnCount(); ++c)
        if (!columns.contains(c) && c != m_document->effectiveXColumn()
            && m_document->column(c).kind == ColumnKind::Number && !m_document->column(c).fromText)
            columns.append(c);
    for (int c : columns)
        m_column->addItem(m_document->columnTitle(c), c);
    const int index = m_column->findData(previous);
    m_column->setCurrentIndex(index >= 0 ? index : (m_column->count() > 0 ? 0 : -1));
}

void CompareDialog::scheduleUpdate()
{
    m_dirty = true;
    if (isVisible())
        m_timer.start();
}

void CompareDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_dirty)
        updateNow();
}

void CompareDialog::updateNow()
{
    m_timer.stop();
    m_dirty = false;
    if (!m_document)
        return;
    refillColumns();
    const int y = yColumn();
    const QString title = y >= 0 ? m_document->columnTitle(y) : QStringLiteral("y");
    m_edgeOrders = compareEdgeOrders(*m_document, y);
    m_methods = compareMethods(*m_document, y);
    m_edgePage->setComparison(m_edgeOrders, title);
    m_methodsPage->setComparison(m_methods, title);
}

} // namespace tangent::ui
