// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/uncertainty/bandnoisedialog.h"

#include "ui/document/document.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

namespace tangent::ui {

BandNoiseDialog::BandNoiseDialog(Document& document, QWidget* parent) : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Band Noise Levels"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The noise σ on each column that its uncertainty band propagates. Leave a field "
                                "empty to estimate σ from the data."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    for (const int column : document.derivatives().effectiveYColumns()) {
        auto* field = new QLineEdit(this);
        field->setObjectName(QStringLiteral("bandNoise-%1").arg(column));
        if (const std::optional<double> sd = document.derivatives().bandNoiseSd(column))
            field->setText(QString::number(*sd, 'g', QLocale::FloatingPointShortest));
        const std::optional<NoiseLevel> estimated = document.derivatives().noiseLevel(column);
        field->setPlaceholderText(
            estimated ? tr("estimated (about %1)").arg(QString::number(estimated->sigma, 'g', 3)) : tr("estimated"));
        form->addRow(document.columnTitle(column), field);
        m_columns.push_back(column);
        m_fields.push_back(field);
    }
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("bandNoiseProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool BandNoiseDialog::apply()
{
    std::vector<std::optional<double>> given;
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const QString text = m_fields[i]->text().trimmed();
        if (text.isEmpty()) {
            given.emplace_back();
            continue;
        }
        bool ok = false;
        double sd = QLocale().toDouble(text, &ok);
        if (!ok)
            sd = text.toDouble(&ok); // "0.5" in a locale with a decimal comma
        if (!ok || !(sd > 0.0 && std::isfinite(sd))) {
            m_problem->setText(tr("σ of '%1' must be a number above 0, or empty to estimate it")
                                   .arg(m_document.columnTitle(m_columns[i])));
            m_problem->show();
            return false;
        }
        given.emplace_back(sd);
    }
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        m_document.derivatives().setBandNoiseSd(m_columns[i], given[i]);
    return true;
}

QAction* BandNoiseDialog::makeAction(std::function<Document*()> current, QWidget* parent)
{
    auto* action = new QAction(tr("Band &Noise Levels…"), parent);
    action->setObjectName(QStringLiteral("actionBandNoise"));
    const QString tip = tr("Give the noise σ of a column for its uncertainty band instead of estimating it");
    action->setToolTip(tip);
    action->setStatusTip(tip);
    connect(action, &QAction::triggered, parent, [current = std::move(current), parent] {
        if (Document* document = current()) {
            BandNoiseDialog dialog(*document, parent);
            dialog.exec();
        }
    });
    return action;
}

} // namespace tangent::ui
