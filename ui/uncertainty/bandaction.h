// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// View → Uncertainty Band: a checkable action, remembered between runs, that turns the band on in
// the document of the tab shown (which then computes each derivative's sd, the chart shades it, the
// hover read-out and export include it). It follows the document too: a session restored with
// the band on checks it. A method without a band (total variation) is said in the status bar; its
// diagnostics line says why.

#include <QAction>
#include <QPointer>

namespace tangent::ui {

class Document;

class BandAction : public QAction {
    Q_OBJECT
public:
    /// Applies the remembered state to `document`, and to each document given to setDocument.
    BandAction(Document* document, QObject* parent);
    /// Acts on `document` from now on (the window's current one), giving it the band's state.
    void setDocument(Document* document);

    /// Whether the band is on by the remembered setting (the start state).
    [[nodiscard]] static bool remembered();
    /// Turns the band on for this window without remembering it (tangent --band).
    void useForThisWindow();

signals:
    /// A sentence for the status bar (the band turned on, or no band for a column).
    void message(const QString& text);

private:
    void apply(bool on);
    void documentBandChanged(bool on);

    QPointer<Document> m_document;
    bool m_remember = true;
};

} // namespace tangent::ui
