// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/uncertainty/bandaction.h"

#include "ui/document/document.h"

#include <QSettings>

namespace tangent::ui {
namespace {

const QString kBandKey = QStringLiteral("view/uncertaintyBand");

} // namespace

BandAction::BandAction(Document* document, QObject* parent) : QAction(tr("Uncertaint&y Band"), parent)
{
    setObjectName(QStringLiteral("actionUncertaintyBand"));
    setCheckable(true);
    setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    const QString tip = tr("Shade the 95% band (±1.96 sd) the noise gives each derivative value");
    setToolTip(tip);
    setStatusTip(tip);
    setChecked(remembered());
    connect(this, &QAction::toggled, this, &BandAction::apply);
    setDocument(document);
}

bool BandAction::remembered()
{
    return QSettings().value(kBandKey, false).toBool();
}

void BandAction::useForThisWindow()
{
    m_remember = false;
    setChecked(true);
}

void BandAction::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (!m_document)
        return;
    connect(m_document, &Document::uncertaintyBandChanged, this, &BandAction::documentBandChanged);
    m_document->derivatives().setUncertaintyBand(isChecked());
}

void BandAction::apply(bool on)
{
    if (m_remember)
        QSettings().setValue(kBandKey, on);
    if (m_document)
        m_document->derivatives().setUncertaintyBand(on);
    // A method still computing in the background: its diagnostics line will say if it has no band.
    if (!on || !m_document || m_document->derivatives().isComputing())
        return;
    for (const DerivativeResult& result : m_document->derivatives().results()) {
        if (!result.bandError.isEmpty()) {
            emit message(
                tr("No uncertainty band for '%1': %2").arg(m_document->column(result.yColumn).name, result.bandError));
            return;
        }
    }
    emit message(tr("The shading is each derivative's 95% band: value ± 1.96 sd from the noise on y"));
}

void BandAction::documentBandChanged(bool on)
{
    // A session restored with (or without) the band: the menu says what is shown.
    if (on != isChecked())
        setChecked(on);
}

} // namespace tangent::ui
