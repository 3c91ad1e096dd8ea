// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/panels/settingspanel.h"

#include "core/gradient/gradient.h"
#include "ui/document/document.h"
#include "ui/panels/methodpanel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace tangent::ui {

namespace {
constexpr int kUniformSpacing = -1;
}

SettingsPanel::SettingsPanel(Document* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    m_methods = new MethodPanel(document, this);
    outer->addWidget(m_methods);
    outer->addStretch(1);

    m_xSource = new QComboBox(this);
    m_xSource->setToolTip(tr("Where the spacing comes from: an x column (coordinates, as numpy.gradient(y, x)) "
                             "or a uniform spacing dx (as numpy.gradient(y, dx))"));
    form->addRow(tr("&x from:"), m_xSource);

    m_dx = new QDoubleSpinBox(this);
    m_dx->setDecimals(10);
    m_dx->setRange(-1e12, 1e12);
    m_dx->setValue(1.0);
    // The range's widest value (-1e12 with ten decimals) would make the dock as wide as 25 digits.
    m_dx->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("-0.0000000000")));
    m_dx->setToolTip(tr("Uniform spacing between samples (numpy's scalar spacing)"));
    form->addRow(tr("&dx:"), m_dx);

    m_yColumns = new QListWidget(this);
    m_yColumns->setToolTip(tr("Columns to differentiate"));
    m_yColumns->setAccessibleName(tr("y columns")); // item views take no name from a label buddy
    m_yColumns->setObjectName(QStringLiteral("yColumns"));
    form->addRow(tr("&y columns:"), m_yColumns);

    auto* edgeRow = new QWidget(this);
    auto* edgeLayout = new QHBoxLayout(edgeRow);
    edgeLayout->setContentsMargins(0, 0, 0, 0);
    m_edge1 = new QRadioButton(tr("&1"), edgeRow);
    m_edge2 = new QRadioButton(tr("&2"), edgeRow);
    m_edge1->setObjectName(QStringLiteral("edgeOrder1"));
    m_edge2->setObjectName(QStringLiteral("edgeOrder2"));
    m_edge1->setToolTip(tr("First-order one-sided differences at the ends (numpy's default)"));
    m_edge2->setToolTip(tr("Second-order one-sided differences at the ends (needs at least 3 points)"));
    // A screen reader reads the button alone: "1" would not say what it chooses.
    m_edge1->setAccessibleName(tr("Edge order 1"));
    m_edge2->setAccessibleName(tr("Edge order 2"));
    auto* edgeGroup = new QButtonGroup(this);
    edgeGroup->addButton(m_edge1, 1);
    edgeGroup->addButton(m_edge2, 2);
    edgeLayout->addWidget(m_edge1);
    edgeLayout->addWidget(m_edge2);
    edgeLayout->addStretch();
    form->addRow(tr("Edge order:"), edgeRow);

    m_order = new QSpinBox(this);
    m_order->setRange(1, 6);
    m_order->setToolTip(tr("Derivative order: the gradient applied this many times"));
    form->addRow(tr("Derivative &order:"), m_order);

    m_timeUnit = new QComboBox(this);
    const std::pair<TimeUnit, QString> units[] = { { TimeUnit::Second, tr("per second") },
        { TimeUnit::Minute, tr("per minute") }, { TimeUnit::Hour, tr("per hour") }, { TimeUnit::Day, tr("per day") },
        { TimeUnit::Year, tr("per year") } };
    for (const auto& [unit, label] : units)
        m_timeUnit->addItem(label, static_cast<int>(unit));
    m_timeUnit->setToolTip(tr("Time unit of the derivative when x is a date column"));
    m_timeUnitLabel = new QLabel(tr("&Time unit:"), this);
    m_timeUnitLabel->setBuddy(m_timeUnit);
    form->addRow(m_timeUnitLabel, m_timeUnit);

    m_groupBy = new QComboBox(this);
    m_groupBy->setObjectName(QStringLiteral("groupBy"));
    m_groupBy->setToolTip(tr("Long-format data: differentiate the rows of each value of this column on their own "
                             "(rows of a group may be spread through the file), one curve per group"));
    m_groupBy->setAccessibleName(tr("Group by"));
    form->addRow(tr("&Group by:"), m_groupBy);

    // Long column names and translated items shrink with the dock (elided) rather than widening it
    // past the window, where a horizontal scroll bar hid half of every control.
    for (QComboBox* combo : { m_xSource, m_timeUnit, m_groupBy }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    connect(m_xSource, &QComboBox::activated, this, &SettingsPanel::commit);
    connect(m_groupBy, &QComboBox::activated, this, &SettingsPanel::commit);
    connect(m_dx, &QDoubleSpinBox::editingFinished, this, &SettingsPanel::commit);
    connect(m_yColumns, &QListWidget::itemChanged, this, &SettingsPanel::commit);
    connect(edgeGroup, &QButtonGroup::idClicked, this, &SettingsPanel::commit);
    connect(m_order, &QSpinBox::valueChanged, this, &SettingsPanel::commit);
    connect(m_timeUnit, &QComboBox::activated, this, &SettingsPanel::commit);

    connectDocument();
    refresh();
}

void SettingsPanel::setDocument(Document* document)
{
    if (document == m_document)
        return;
    disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_methods->setDocument(document);
    connectDocument();
    refresh();
}

void SettingsPanel::connectDocument()
{
    connect(m_document, &Document::settingsChanged, this, &SettingsPanel::refresh);
    connect(m_document, &Document::columnsChanged, this, &SettingsPanel::refresh);
    connect(m_document, &Document::tableReset, this, &SettingsPanel::refresh);
}

void SettingsPanel::refresh()
{
    m_refreshing = true;
    const DerivativeSettings& s = m_document->settings();
    {
        const QSignalBlocker block(m_xSource);
        m_xSource->clear();
        m_xSource->addItem(tr("Uniform spacing dx"), kUniformSpacing);
        for (int c = 0; c < m_document->columnCount(); ++c)
            m_xSource->addItem(tr("Column: %1").arg(m_document->columnTitle(c)), c);
        m_xSource->setCurrentIndex(m_xSource->findData(s.xColumn));
    }
    {
        const QSignalBlocker block(m_dx);
        m_dx->setValue(s.dx);
        m_dx->setEnabled(s.xColumn == kUniformSpacing);
    }
    {
        const QSignalBlocker block(m_yColumns);
        m_yColumns->clear();
        const QList<int> effective = m_document->derivatives().effectiveYColumns();
        for (int c = 0; c < m_document->columnCount(); ++c) {
            if (c == s.xColumn)
                continue;
            auto* item = new QListWidgetItem(m_document->columnTitle(c), m_yColumns);
            item->setData(Qt::UserRole, c);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(effective.contains(c) ? Qt::Checked : Qt::Unchecked);
        }
        fitYColumns();
    }
    refreshGroupBy();
    m_edge1->setChecked(s.edgeOrder == 1);
    m_edge2->setChecked(s.edgeOrder == 2);
    {
        const QSignalBlocker block(m_order);
        m_order->setValue(s.order);
    }
    {
        const QSignalBlocker block(m_timeUnit);
        m_timeUnit->setCurrentIndex(m_timeUnit->findData(static_cast<int>(s.timeUnit)));
    }
    const bool dateX = s.xColumn >= 0 && s.xColumn < m_document->columnCount()
        && m_document->column(s.xColumn).kind == ColumnKind::DateTime;
    m_timeUnit->setVisible(dateX);
    m_timeUnitLabel->setVisible(dateX);
    // The core decides what the data allows: edge order 2 needs minimumPoints(2) samples.
    const bool enough = static_cast<std::size_t>(m_document->rowCount()) >= minimumPoints(2);
    // The edge order is numpy.gradient's alone: a smoothing method treats the ends its own way, so
    // the buttons would change nothing (issue 20, controls that mean something).
    const bool numpy = s.smoothing.method == SmoothingMethod::Numpy;
    const QString ignored = tr("The edge order applies to numpy.gradient only: the smoothing method chosen "
                               "below treats the ends its own way");
    m_edge1->setEnabled(numpy);
    m_edge2->setEnabled(numpy && (enough || s.edgeOrder == 2));
    m_edge1->setToolTip(numpy ? tr("First-order one-sided differences at the ends (numpy's default)") : ignored);
    m_edge2->setToolTip(!numpy ? ignored
            : enough           ? tr("Second-order one-sided differences at the ends")
                               : tr("Edge order 2 needs at least %1 points").arg(minimumPoints(2)));
    m_refreshing = false;
}

void SettingsPanel::fitYColumns()
{
    // As tall as its rows, up to six; past that it scrolls. One column gets a one-row list, so the
    // method's parameters below stay in view at 1280×780.
    constexpr int kMostRows = 6;
    const int rows = std::clamp(m_yColumns->count(), 1, kMostRows);
    const int rowHeight = m_yColumns->count() > 0 ? m_yColumns->sizeHintForRow(0) : m_yColumns->fontMetrics().height();
    m_yColumns->setFixedHeight(rows * rowHeight + 2 * m_yColumns->frameWidth());
}

void SettingsPanel::refreshGroupBy()
{
    const QSignalBlocker block(m_groupBy);
    const int current = m_document->settings().groupColumn;
    m_groupBy->clear();
    m_groupBy->addItem(tr("None"), -1);
    // Text columns name groups; a numeric column chosen by --group is listed too.
    for (int c = 0; c < m_document->columnCount(); ++c)
        if (m_document->column(c).fromText || c == current)
            m_groupBy->addItem(m_document->columnTitle(c), c);
    m_groupBy->setCurrentIndex(std::max(0, m_groupBy->findData(current)));
}

void SettingsPanel::commit()
{
    if (m_refreshing)
        return;
    DerivativeSettings s = m_document->settings();
    s.xColumn = m_xSource->currentData().toInt();
    s.dx = m_dx->value();
    s.edgeOrder = m_edge2->isChecked() ? 2 : 1;
    s.order = m_order->value();
    s.timeUnit = static_cast<TimeUnit>(m_timeUnit->currentData().toInt());
    if (const int group = m_groupBy->currentData().toInt(); group != s.groupColumn)
        s = m_document->derivatives().groupedSettings(group);
    QList<int> checked;
    bool all = true;
    for (int i = 0; i < m_yColumns->count(); ++i) {
        const QListWidgetItem* item = m_yColumns->item(i);
        if (item->checkState() == Qt::Checked)
            checked.append(item->data(Qt::UserRole).toInt());
        else
            all = false;
    }
    // When x changes, the y list no longer lists the same columns: keep "all numeric columns".
    const bool xChanged = s.xColumn != m_document->settings().xColumn;
    s.yColumns = (all || xChanged) ? QList<int> {} : checked;
    if (!(s == m_document->settings()))
        m_document->setSettings(s);
}

void SettingsPanel::setPresentationMode(bool on)
{
    QFont f = font();
    f.setPointSizeF(on ? 16 : QWidget().font().pointSizeF());
    setFont(f);
}

} // namespace tangent::ui
