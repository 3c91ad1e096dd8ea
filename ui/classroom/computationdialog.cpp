// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/classroom/computationdialog.h"

#include "ui/dialogs.h"
#include "ui/document/document.h"
#include "ui/document/documentexplainer.h"
#include "ui/i18n/coremessages.h"

#include "core/errors.h"
#include "core/io/atomicfile.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <ostream>

namespace tangent::ui {

ComputationDialog::ComputationDialog(const Document& document, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("computationDialog"));
    setWindowTitle(tr("The Whole Computation"));
    auto* layout = new QVBoxLayout(this);

    QString caption
        = tr("Every row of <code>%1</code>, one line each, as <code>tangent-cli --explain</code> prints it.")
              .arg(document.derivatives().numpyCall().toHtmlEscaped());
    if (document.settings().order > 1)
        caption += QStringLiteral("<br>")
            + tr("The table shows derivative order %1; these lines are the first application of the gradient.")
                  .arg(document.settings().order);
    m_caption = new QLabel(caption, this);
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("computationText"));
    m_text->setAccessibleName(tr("Every row's arithmetic"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_computation = wholeComputationText(document);
    m_text->setPlainText(m_computation);
    layout->addWidget(m_text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    copy->setToolTip(tr("Copy every line to the clipboard"));
    auto* saveButton = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setToolTip(tr("Save the lines as a text file"));
    connect(copy, &QPushButton::clicked, this, &ComputationDialog::copyToClipboard);
    connect(saveButton, &QPushButton::clicked, this, &ComputationDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    resize(720, 520);
}

QString ComputationDialog::text() const
{
    return m_computation;
}

void ComputationDialog::copyToClipboard() const
{
    QGuiApplication::clipboard()->setText(text());
}

bool ComputationDialog::saveTo(const QString& path, QString* error) const
{
    QString problem;
    // Absolute, so that a file really named "-" is never taken for standard output.
    const std::string target = QFile::encodeName(QFileInfo(path).absoluteFilePath()).toStdString();
    const std::string bytes = text().toStdString();
    try {
        writeFileAtomically(target,
            [&bytes](std::ostream& out) { out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); });
        return true;
    } catch (const InputError& e) {
        problem = translateMessage(e.userMessage());
    } catch (const std::exception& e) {
        problem = translateException(e);
    }
    if (error)
        *error = tr("Could not write %1: %2").arg(QFileInfo(path).fileName(), problem);
    return false;
}

void ComputationDialog::save()
{
    if (dialogsSuppressed())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the Computation"), tr("computation.txt"), tr("Text files (*.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveTo(path, &error))
        m_caption->setText(QStringLiteral("<b>%1</b>").arg(error.toHtmlEscaped()));
}

void ComputationDialog::setPresentationMode(bool on)
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (on)
        f.setPointSizeF(16);
    m_text->setFont(f);
    QFont captionFont = QApplication::font();
    if (on)
        captionFont.setPointSizeF(16);
    m_caption->setFont(captionFont);
    if (on)
        resize(1100, 700);
}

} // namespace tangent::ui
