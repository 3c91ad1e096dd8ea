// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/noisebanner.h"

#include "ui/document/document.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStyle>

#include <algorithm>

namespace tangent::ui {
namespace {

const QString kDismissedKey = QStringLiteral("noiseBanner/dismissed");
constexpr int kMostRemembered = 100; // the oldest dismissals are forgotten past this

} // namespace

NoiseBanner::NoiseBanner(Document* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("noiseBanner"));
    setAutoFillBackground(true);
    // The tooltip colours are the palette's own pair for a note over content: readable in every
    // palette, the high-contrast one included.
    QPalette look = palette();
    look.setColor(QPalette::Window, look.color(QPalette::ToolTipBase));
    look.setColor(QPalette::WindowText, look.color(QPalette::ToolTipText));
    setPalette(look);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    layout->addWidget(icon);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_text, 1);
    m_automatic = new QPushButton(tr("Use &Automatic"), this);
    m_automatic->setObjectName(QStringLiteral("bannerAutomatic"));
    m_automatic->setToolTip(tr("Let Tangent choose a smoothing method and its parameter (one undo step)"));
    connect(m_automatic, &QPushButton::clicked, this, &NoiseBanner::useAutomatic);
    layout->addWidget(m_automatic);
    m_dismiss = new QPushButton(tr("Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("bannerDismiss"));
    m_dismiss->setToolTip(tr("Hide this note for this file (the Diagnostics dock keeps it)"));
    connect(m_dismiss, &QPushButton::clicked, this, &NoiseBanner::dismiss);
    layout->addWidget(m_dismiss);
    setDocument(document);
}

void NoiseBanner::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &Document::diagnosticsChanged, this, &NoiseBanner::refresh);
        connect(m_document, &Document::filePathChanged, this, &NoiseBanner::refresh);
    }
    refresh();
}

QString NoiseBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

bool NoiseBanner::dismissedHere() const
{
    const QString path = m_document->filePath();
    if (path.isEmpty())
        return m_dismissedUnsaved.contains(m_document.data());
    return QSettings().value(kDismissedKey).toStringList().contains(path);
}

void NoiseBanner::refresh()
{
    QStringList noisy;
    QString full;
    for (const Diagnostic& d : m_document ? m_document->derivatives().diagnostics() : QList<Diagnostic>()) {
        if (d.action == Diagnostic::Action::UseAutomatic) {
            noisy.append(d.text);
            full = full.isEmpty() ? d.text : full + QLatin1Char('\n') + d.text;
        }
    }
    if (noisy.isEmpty() || dismissedHere()) {
        hide();
        return;
    }
    // The lowest signal-to-noise ratio names the column; the whole diagnostic is the tooltip.
    int worst = -1;
    double snr = 0;
    for (int y : m_document->derivatives().effectiveYColumns()) {
        if (const auto level = m_document->derivatives().noiseLevel(y); level && (worst < 0 || level->snr < snr)) {
            worst = y;
            snr = level->snr;
        }
    }
    // No signal found above the noise (the estimate is exactly 0 when the derivative spreads no more
    // than its noise): a ratio of 0 would read as a measurement; say what it means.
    QString sentence;
    if (worst < 0)
        sentence = tr("numpy.gradient's derivative is mostly noise.");
    else if (snr <= 0.0)
        sentence = tr("numpy.gradient's derivative of '%1' cannot be told apart from its noise.")
                       .arg(m_document->column(worst).name);
    else
        sentence = tr("numpy.gradient's derivative of '%1' is mostly noise (signal-to-noise ratio %2).")
                       .arg(m_document->column(worst).name, QString::number(snr, 'g', 3));
    if (noisy.size() > 1)
        sentence += QLatin1Char(' ') + tr("Other columns too (%1 in all).").arg(noisy.size());
    sentence += QLatin1Char(' ') + tr("A smoothing method shows the trend under the noise.");
    m_text->setText(sentence);
    m_text->setToolTip(full);
    show();
}

void NoiseBanner::dismiss()
{
    if (!m_document)
        return;
    // A file is remembered across starts; a table with no file (a sample, a pasted table) for as
    // long as it is open.
    const QString path = m_document->filePath();
    if (path.isEmpty()) {
        m_dismissedUnsaved.insert(m_document.data());
    } else {
        QSettings settings;
        QStringList dismissed = settings.value(kDismissedKey).toStringList();
        dismissed.removeAll(path);
        dismissed.append(path);
        while (dismissed.size() > kMostRemembered)
            dismissed.removeFirst();
        settings.setValue(kDismissedKey, dismissed);
    }
    hide();
}

void NoiseBanner::useAutomatic()
{
    if (!m_document)
        return;
    SmoothingOptions automatic;
    automatic.method = SmoothingMethod::Auto;
    m_document->setSmoothing(automatic);
}

} // namespace tangent::ui
