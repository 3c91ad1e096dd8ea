// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/busybar.h"

#include "ui/document/commands.h"
#include "ui/document/document.h"
#include "ui/document/methodtext.h"
#include "ui/document/smoothingcommand.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace tangent::ui {

BusyBar::BusyBar(Document* document, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("busyBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 4, 2);
    m_text = new QLabel(this);
    layout->addWidget(m_text);
    auto* running = new QProgressBar(this);
    running->setRange(0, 0); // no end known: a running bar
    running->setTextVisible(false);
    running->setMaximumWidth(160);
    running->setAccessibleName(tr("Computing"));
    layout->addWidget(running);
    layout->addStretch(1);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("busyCancel"));
    m_cancel->setToolTip(tr("Stop computing and go back to the settings before this change"));
    connect(m_cancel, &QPushButton::clicked, this, &BusyBar::cancel);
    layout->addWidget(m_cancel);

    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMs);
    connect(&m_delay, &QTimer::timeout, this, [this] {
        if (m_document && m_document->derivatives().isComputing())
            show();
    });
    hide();
    setDocument(document);
}

void BusyBar::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &Document::computingChanged, this, &BusyBar::computingChanged);
    computingChanged(m_document && m_document->derivatives().isComputing());
}

void BusyBar::computingChanged(bool computing)
{
    if (!computing) {
        m_delay.stop();
        hide();
        return;
    }
    m_text->setText(tr("Computing %1 — the chart shows the previous result until it is done")
                        .arg(methodSummary(m_document->settings().smoothing)));
    if (!isVisible())
        m_delay.start();
}

void BusyBar::cancel()
{
    if (!m_document || !m_document->derivatives().isComputing())
        return;
    QUndoStack* stack = m_document->undoStack();
    const int index = stack->index();
    const QUndoCommand* last = index > 0 ? stack->command(index - 1) : nullptr;
    const bool settingsChange = dynamic_cast<const SetSmoothingCommand*>(last) != nullptr
        || dynamic_cast<const SetSettingsCommand*>(last) != nullptr;
    // The newest step started this computation when it changed the method or the settings; an
    // edit of the data is not taken back behind the user's back.
    if (settingsChange) {
        stack->undo();
        emit message(tr("Computation cancelled: back to the previous settings (Redo computes it again)"));
    } else {
        SmoothingOptions numpy;
        numpy.method = SmoothingMethod::Numpy;
        m_document->setSmoothing(numpy);
        emit message(tr("Computation cancelled: numpy.gradient is shown (Undo computes the method again)"));
    }
}

} // namespace tangent::ui
