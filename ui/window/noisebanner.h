// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The banner over the chart when numpy's derivative is mostly noise (the document's "mostly noise"
// diagnostic): it says so where the eye is, offers Automatic (one undo step, as the Diagnostics
// dock's button) and can be dismissed for the file, which is remembered (QSettings).

#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;

namespace tangent::ui {

class Document;

class NoiseBanner : public QWidget {
    Q_OBJECT
public:
    explicit NoiseBanner(Document* document, QWidget* parent = nullptr);
    /// Follows `document` from now on (the tab shown).
    void setDocument(Document* document);
    /// The sentence shown (empty while hidden).
    [[nodiscard]] QString text() const;

    /// Hides the banner for the document's file, now and when it is opened again.
    void dismiss();
    /// Sets a smoothing method chosen automatically (one undo step).
    void useAutomatic();

private:
    void refresh();
    /// Whether the banner was dismissed for the document's file (or, with no file, the document).
    [[nodiscard]] bool dismissedHere() const;

    QPointer<Document> m_document;
    QLabel* m_text = nullptr;
    QPushButton* m_automatic = nullptr;
    QPushButton* m_dismiss = nullptr;
    QSet<const Document*> m_dismissedUnsaved; // documents with no file, dismissed while open
};

} // namespace tangent::ui
