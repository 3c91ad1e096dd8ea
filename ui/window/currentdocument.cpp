// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/currentdocument.h"

#include "ui/document/document.h"

#include <QUndoStack>

namespace tangent::ui {

CurrentDocument::CurrentDocument(Document* document, QObject* parent) : QObject(parent), m_document(document)
{
    connectDocument();
}

void CurrentDocument::setDocument(Document* document)
{
    if (document == m_document)
        return;
    disconnectDocument();
    Document* previous = m_document;
    m_document = document;
    connectDocument();
    emit documentChanged(document, previous);
}

void CurrentDocument::connectDocument()
{
    Document* d = m_document;
    if (!d)
        return;
    connect(d, &Document::cellsChanged, this, &CurrentDocument::cellsChanged);
    connect(d, &Document::rowsInserted, this, &CurrentDocument::rowsInserted);
    connect(d, &Document::rowsRemoved, this, &CurrentDocument::rowsRemoved);
    connect(d, &Document::columnsChanged, this, &CurrentDocument::columnsChanged);
    connect(d, &Document::tableReset, this, &CurrentDocument::tableReset);
    connect(d, &Document::settingsChanged, this, &CurrentDocument::settingsChanged);
    connect(d, &Document::derivativesChanged, this, &CurrentDocument::derivativesChanged);
    connect(d, &Document::diagnosticsChanged, this, &CurrentDocument::diagnosticsChanged);
    connect(d, &Document::filePathChanged, this, &CurrentDocument::filePathChanged);
    connect(d, &Document::computingChanged, this, &CurrentDocument::computingChanged);
    connect(d, &Document::uncertaintyBandChanged, this, &CurrentDocument::uncertaintyBandChanged);
    connect(d->undoStack(), &QUndoStack::cleanChanged, this, &CurrentDocument::cleanChanged);
}

void CurrentDocument::disconnectDocument()
{
    if (!m_document)
        return;
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
}

} // namespace tangent::ui
