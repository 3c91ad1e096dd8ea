// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/diagnosticspanel.h"

#include "ui/document/document.h"
#include "ui/document/equivalentcall.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace tangent::ui {

DiagnosticsPanel::DiagnosticsPanel(Document* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* callRow = new QHBoxLayout;
    auto* callLabel = new QLabel(tr("numpy:"), this);
    m_callLabel = callLabel;
    m_numpyCall = new QLineEdit(this);
    m_numpyCall->setReadOnly(true);
    m_numpyCall->setFont(QFont(QStringLiteral("monospace")));
    m_numpyCall->setToolTip(tr("The numpy call that computes exactly the same values"));
    callLabel->setBuddy(m_numpyCall);
    auto* copy = new QToolButton(this);
    copy->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    copy->setText(tr("Copy"));
    copy->setToolButtonStyle(Qt::ToolButtonTextOnly);
    copy->setToolTip(tr("Copy the numpy call to the clipboard"));
    connect(copy, &QToolButton::clicked, this, &DiagnosticsPanel::copyNumpyCall);
    callRow->addWidget(callLabel);
    callRow->addWidget(m_numpyCall, 1);
    callRow->addWidget(copy);
    layout->addLayout(callRow);

    m_list = new QListWidget(this);
    m_list->setWordWrap(true);
    m_list->setToolTip(tr("Problems with the data or the settings"));
    m_list->setAccessibleName(tr("Diagnostics"));
    layout->addWidget(m_list, 1);

    m_sortButton = new QPushButton(tr("&Sort rows by x"), this);
    m_sortButton->setToolTip(tr("Sort every column by the x column (one undo step)"));
    connect(m_sortButton, &QPushButton::clicked, this, [this] { m_document->sortByX(); });
    layout->addWidget(m_sortButton);

    m_groupButton = new QPushButton(this);
    m_groupButton->setObjectName(QStringLiteral("groupByButton"));
    m_groupButton->setToolTip(tr("Differentiate the rows of each value of this column on their own (one undo step)"));
    connect(m_groupButton, &QPushButton::clicked, this, [this] {
        if (m_groupColumn >= 0)
            m_document->setSettings(m_document->derivatives().groupedSettings(m_groupColumn));
    });
    layout->addWidget(m_groupButton);

    connectDocument();
    refresh();
}

void DiagnosticsPanel::setDocument(Document* document)
{
    if (document == m_document)
        return;
    disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    connectDocument();
    refresh();
}

void DiagnosticsPanel::connectDocument()
{
    connect(m_document, &Document::diagnosticsChanged, this, &DiagnosticsPanel::refresh);
    connect(m_document, &Document::settingsChanged, this, &DiagnosticsPanel::refresh);
    connect(m_document, &Document::columnsChanged, this, &DiagnosticsPanel::refresh);
    connect(m_document, &Document::tableReset, this, &DiagnosticsPanel::refresh);
}

void DiagnosticsPanel::refresh()
{
    showEquivalentCall();
    m_list->clear();
    bool canSort = false;
    m_groupColumn = -1;
    for (const Diagnostic& d : m_document->derivatives().diagnostics()) {
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (d.severity == Diagnostic::Severity::Warning)
            icon = QStyle::SP_MessageBoxWarning;
        else if (d.severity == Diagnostic::Severity::Error)
            icon = QStyle::SP_MessageBoxCritical;
        m_list->addItem(new QListWidgetItem(style()->standardIcon(icon), d.text));
        canSort = canSort || d.action == Diagnostic::Action::SortByX;
        if (d.action == Diagnostic::Action::GroupBy && m_groupColumn < 0)
            m_groupColumn = d.column;
    }
    if (m_list->count() == 0)
        m_list->addItem(
            new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("No problems found.")));
    m_sortButton->setVisible(canSort);
    m_groupButton->setVisible(m_groupColumn >= 0);
    if (m_groupColumn >= 0)
        m_groupButton->setText(tr("&Group by %1").arg(m_document->column(m_groupColumn).name));
}

void DiagnosticsPanel::showEquivalentCall()
{
    // With a smoothing method the read-out is the equivalent scipy call or tangent-cli line.
    const EquivalentCall call = equivalentCall(*m_document);
    const bool numpy = call.text.startsWith(QStringLiteral("numpy."));
    m_callLabel->setText(numpy ? tr("numpy:") : tr("Same as:"));
    m_numpyCall->setText(call.text);
    m_numpyCall->setToolTip(numpy ? tr("The numpy call that computes exactly the same values")
                                  : (call.note.isEmpty() ? tr("A call that computes the same values") : call.note));
}

QString DiagnosticsPanel::numpyCallText() const
{
    return m_numpyCall->text();
}

int DiagnosticsPanel::diagnosticCount() const
{
    return static_cast<int>(m_document->derivatives().diagnostics().size());
}

void DiagnosticsPanel::copyNumpyCall()
{
    QApplication::clipboard()->setText(m_numpyCall->text());
}

} // namespace tangent::ui
