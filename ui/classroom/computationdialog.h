// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Show the whole computation": every row's arithmetic, one line each, exactly as
// `tangent-cli --explain` prints it, read-only, with Copy and Save.

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace tangent::ui {

class Document;

class ComputationDialog : public QDialog {
    Q_OBJECT
public:
    /// Lists the computation of `document` as it is now (the dialog does not follow later edits).
    explicit ComputationDialog(const Document& document, QWidget* parent = nullptr);

    /// The listed text (wholeComputationText of the document).
    [[nodiscard]] QString text() const;
    /// Writes text() to `path` (UTF-8, replacing the file only once fully written). On failure
    /// returns false and, if given, says why in `error`.
    bool saveTo(const QString& path, QString* error = nullptr) const;

    /// Larger type for a classroom projector.
    void setPresentationMode(bool on);

public slots:
    void copyToClipboard() const;
    /// Asks for a file name, then saveTo().
    void save();

private:
    QString m_computation;
    QLabel* m_caption = nullptr;
    QPlainTextEdit* m_text = nullptr;
};

} // namespace tangent::ui
