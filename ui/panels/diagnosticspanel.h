// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shows the document's diagnostics (gaps, unsorted or repeated x, too few points, ...) with the
// action each offers, and the equivalent numpy call, which can be copied. A derivative that is
// mostly noise is listed here too; its action (Automatic) is offered by the banner over the chart
// (ui/window/noisebanner.h), the one place for it.

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace tangent::ui {

class Document;

class DiagnosticsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DiagnosticsPanel(Document* document, QWidget* parent = nullptr);
    /// Shows `document` from now on (the window's current tab).
    void setDocument(Document* document);

    /// The numpy call shown, e.g. "numpy.gradient(y, x)".
    [[nodiscard]] QString numpyCallText() const;
    /// Number of diagnostics listed.
    [[nodiscard]] int diagnosticCount() const;

public slots:
    void copyNumpyCall();

private:
    void connectDocument();
    void refresh();
    void showEquivalentCall();

    Document* m_document;
    QListWidget* m_list = nullptr;
    QPushButton* m_sortButton = nullptr;
    QPushButton* m_groupButton = nullptr;
    int m_groupColumn = -1; ///< the column m_groupButton groups by
    QLineEdit* m_numpyCall = nullptr;
    QLabel* m_callLabel = nullptr;
};

} // namespace tangent::ui
