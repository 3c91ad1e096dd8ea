// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The current-document relay: holds the document of the tab shown and re-emits its signals, so
// that whoever follows the current tab connects here once instead of to each document in turn.
// The views themselves keep taking a Document (each stays usable, and testable, on its own);
// follow() hands them the new one whenever the tab changes.

#include <QObject>
#include <QPointer>

namespace tangent::ui {

class Document;

class CurrentDocument : public QObject {
    Q_OBJECT
public:
    explicit CurrentDocument(Document* document, QObject* parent = nullptr);

    [[nodiscard]] Document* document() const { return m_document; }
    /// Makes `document` the current one: re-emits its signals from now on (no longer the previous
    /// one's) and sends documentChanged. Nothing happens if it is current already.
    void setDocument(Document* document);

    /// `view->setDocument(current)` on every change of document from now on, in the order views
    /// were followed, while `view` exists. The view was made with the current document.
    template <class View> void follow(View* view)
    {
        connect(
            this, &CurrentDocument::documentChanged, view, [view](Document* current) { view->setDocument(current); });
    }

signals:
    /// The current document changed (the tab shown); `previous` may be gone already (nullptr).
    void documentChanged(Document* current, Document* previous);

    // The current document's own signals, as Document sends them.
    void cellsChanged(int firstRow, int lastRow, int firstColumn, int lastColumn);
    void rowsInserted(int row, int count);
    void rowsRemoved(int row, int count);
    void columnsChanged();
    void tableReset();
    void settingsChanged();
    void derivativesChanged(int firstRow, int lastRow);
    void diagnosticsChanged();
    void filePathChanged(const QString& path);
    void computingChanged(bool computing);
    void uncertaintyBandChanged(bool on);
    /// The current document's undo stack became clean or not (saved, or edited since).
    void cleanChanged(bool clean);

private:
    void connectDocument();
    void disconnectDocument();

    QPointer<Document> m_document;
};

} // namespace tangent::ui
