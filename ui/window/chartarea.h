// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The chart side of the window: the noise banner and the busy indicator over the chart's panes,
// where the eye is, rather than at the foot of a dock.

#include <QWidget>

namespace tangent::ui {

class BusyBar;
class ChartPanes;
class Document;
class NoiseBanner;

class ChartArea : public QWidget {
    Q_OBJECT
public:
    /// Takes `panes` into its layout, below the banner and the busy indicator.
    ChartArea(Document* document, ChartPanes* panes, QWidget* parent = nullptr);
    /// The banner and the indicator follow `document` from now on (the tab shown).
    void setDocument(Document* document);

    [[nodiscard]] NoiseBanner* noiseBanner() const { return m_banner; }
    [[nodiscard]] BusyBar* busyBar() const { return m_busy; }
    [[nodiscard]] ChartPanes* panes() const { return m_panes; }

signals:
    /// A note for the status bar (what Cancel did).
    void message(const QString& text);

private:
    NoiseBanner* m_banner;
    BusyBar* m_busy;
    ChartPanes* m_panes;
};

} // namespace tangent::ui
