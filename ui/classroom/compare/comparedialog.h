// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Compare dialog: the document's y column differentiated with edge order 1 and 2 (first
// tab), and by numpy, MATLAB/Octave and the average of slopes (second tab). It follows the
// document's edits and settings while it is open.

#include "ui/classroom/compare/comparison.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QTabWidget;

namespace tangent::ui {

class Document;
class EdgeOrderPage;
class MethodsPage;

class CompareDialog : public QDialog {
    Q_OBJECT
public:
    enum class Page { EdgeOrders, Methods };

    explicit CompareDialog(Document* document, QWidget* parent = nullptr);
    /// Compares `document`'s methods from now on (the window's current tab).
    void setDocument(Document* document);

    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;
    /// The y column compared (a document column index), -1 if there is none.
    [[nodiscard]] int yColumn() const;
    void setYColumn(int column);

    [[nodiscard]] const EdgeOrderComparison& edgeOrders() const { return m_edgeOrders; }
    [[nodiscard]] const MethodsComparison& methods() const { return m_methods; }
    [[nodiscard]] EdgeOrderPage* edgeOrderPage() const { return m_edgePage; }
    [[nodiscard]] MethodsPage* methodsPage() const { return m_methodsPage; }

    /// Recomputes and redraws now instead of on the next event-loop pass.
    void updateNow();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void connectDocument();
    void scheduleUpdate();
    void refillColumns();

    QPointer<Document> m_document;
    QComboBox* m_column = nullptr;
    QTabWidget* m_tabs = nullptr;
    EdgeOrderPage* m_edgePage = nullptr;
    MethodsPage* m_methodsPage = nullptr;
    EdgeOrderComparison m_edgeOrders;
    MethodsComparison m_methods;
    QTimer m_timer;
    bool m_dirty = true;
};

} // namespace tangent::ui
