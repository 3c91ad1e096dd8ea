// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/chartarea.h"

#include "ui/chart/panes/chartpanes.h"
#include "ui/window/busybar.h"
#include "ui/window/noisebanner.h"

#include <QVBoxLayout>

namespace tangent::ui {

ChartArea::ChartArea(Document* document, ChartPanes* panes, QWidget* parent)
    : QWidget(parent), m_banner(new NoiseBanner(document, this)), m_busy(new BusyBar(document, this)), m_panes(panes)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_busy);
    layout->addWidget(m_panes, 1);
    connect(m_busy, &BusyBar::message, this, &ChartArea::message);
}

void ChartArea::setDocument(Document* document)
{
    m_banner->setDocument(document);
    m_busy->setDocument(document);
}

} // namespace tangent::ui
