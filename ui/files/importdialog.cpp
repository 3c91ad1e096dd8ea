// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/files/importdialog.h"

#include "ui/i18n/coremessages.h"

#include "core/errors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace tangent::ui {
namespace {

constexpr int kPreviewRows = 20;

std::string firstLines(const std::string& text, int lines)
{
    std::size_t pos = 0;
    for (int i = 0; i < lines && pos != std::string::npos; ++i) {
        pos = text.find('\n', pos);
        if (pos != std::string::npos)
            ++pos;
    }
    return text.substr(0, pos == std::string::npos ? text.size() : pos);
}

} // namespace

ImportDialog::ImportDialog(const QString& fileName, std::string text, const CsvTable& detected, QWidget* parent)
    : QDialog(parent), m_text(std::move(text))
{
    setWindowTitle(tr("Import %1").arg(fileName));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Tangent is not sure how to read this file. Check the preview and adjust the "
                                "choices below."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_delimiter = new QComboBox(this);
    const std::pair<char, QString> delimiters[] = { { ',', tr("Comma (,)") }, { ';', tr("Semicolon (;)") },
        { '\t', tr("Tab") }, { ' ', tr("Spaces") }, { '|', tr("Bar (|)") } };
    for (const auto& [c, label] : delimiters)
        m_delimiter->addItem(label, QChar(c));
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(QChar(detected.delimiter))));
    form->addRow(tr("&Delimiter:"), m_delimiter);
    m_header = new QCheckBox(tr("First row is a &header"), this);
    m_header->setChecked(detected.hasHeader);
    form->addRow(QString(), m_header);
    m_decimalComma = new QCheckBox(tr("Numbers use a decimal &comma (1,5)"), this);
    m_decimalComma->setChecked(detected.decimalComma);
    form->addRow(QString(), m_decimalComma);
    layout->addLayout(form);

    m_raw = new QPlainTextEdit(this);
    m_raw->setReadOnly(true);
    m_raw->setFont(QFont(QStringLiteral("monospace")));
    m_raw->setPlainText(QString::fromStdString(firstLines(m_text, 8)));
    m_raw->setMaximumHeight(120);
    layout->addWidget(new QLabel(tr("File:"), this));
    layout->addWidget(m_raw);

    m_preview = new QStandardItemModel(this);
    auto* view = new QTableView(this);
    view->setModel(m_preview);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(view, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePreview);
    connect(m_header, &QCheckBox::toggled, this, &ImportDialog::updatePreview);
    connect(m_decimalComma, &QCheckBox::toggled, this, &ImportDialog::updatePreview);
    resize(640, 520);
    updatePreview();
}

CsvReadOptions ImportDialog::options() const
{
    CsvReadOptions o;
    o.delimiter = m_delimiter->currentData().toChar().toLatin1();
    o.hasHeader = m_header->isChecked();
    o.decimalComma = m_decimalComma->isChecked();
    return o;
}

void ImportDialog::updatePreview()
{
    m_preview->clear();
    try {
        const CsvTable table = readCsv(firstLines(m_text, kPreviewRows + 12), options(), "preview");
        QStringList headers;
        for (const CsvColumn& c : table.columns)
            headers << QString::fromStdString(c.name) + (c.numeric ? QString() : tr(" (text)"));
        m_preview->setHorizontalHeaderLabels(headers);
        const std::size_t rows = std::min<std::size_t>(table.rowCount, kPreviewRows);
        for (std::size_t r = 0; r < rows; ++r) {
            QList<QStandardItem*> items;
            for (const CsvColumn& c : table.columns) {
                QString text;
                if (c.numeric)
                    text = std::isnan(c.values[r]) ? QString() : QString::number(c.values[r], 'g', 12);
                else
                    text = QString::fromStdString(c.text[r]);
                items << new QStandardItem(text);
            }
            m_preview->appendRow(items);
        }
        m_status->setText(tr("%n column(s).", nullptr, static_cast<int>(table.columns.size())));
    } catch (const InputError& e) {
        m_status->setText(tr("With these choices the file cannot be read: %1").arg(translateException(e)));
    }
}

} // namespace tangent::ui
