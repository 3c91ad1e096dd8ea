// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// View → Band Noise Levels…: the noise σ of each differentiated column for its uncertainty band,
// given (tangent-cli's --noise-sd NAME=S) or left empty to be estimated from the data.

#include <QDialog>

#include <functional>
#include <vector>

class QAction;
class QLabel;
class QLineEdit;
class QWidget;

namespace tangent::ui {

class Document;

class BandNoiseDialog : public QDialog {
    Q_OBJECT
public:
    /// One field per differentiated column of `document`, filled with the σ given (if any).
    BandNoiseDialog(Document& document, QWidget* parent);

    /// Gives the document each field's σ (empty: estimated). False, with a message on the dialog,
    /// when a field is not a number above 0; nothing is changed then.
    bool apply();

    /// The View menu's action: opens the dialog for the document `current` gives when it is
    /// triggered (the window's current one; nullptr: nothing to open).
    static QAction* makeAction(std::function<Document*()> current, QWidget* parent);

private:
    Document& m_document;
    std::vector<int> m_columns;
    std::vector<QLineEdit*> m_fields;
    QLabel* m_problem = nullptr;
};

} // namespace tangent::ui
