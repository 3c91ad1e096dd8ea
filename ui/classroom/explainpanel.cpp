// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/classroom/explainpanel.h"

#include "ui/classroom/computationdialog.h"
#include "ui/classroom/methodtext.h"
#include "ui/document/document.h"
#include "ui/uncertainty/bandexplanation.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tangent::ui {
namespace {

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

/// The formula's name in the window's language (the core names it in English, for tangent-cli).
QString formulaTitle(FormulaKind kind)
{
    switch (kind) {
    case FormulaKind::InteriorUniform:
        return ExplainPanel::tr("central difference");
    case FormulaKind::InteriorNonUniform:
        return ExplainPanel::tr("three-point weighted difference (uneven spacing)");
    case FormulaKind::EdgeFirstOrder:
        return ExplainPanel::tr("one-sided difference (first order)");
    case FormulaKind::EdgeSecondOrderUniform:
        return ExplainPanel::tr("one-sided three-point difference (second order)");
    case FormulaKind::EdgeSecondOrderNonUniform:
        return ExplainPanel::tr("one-sided three-point difference (second order, uneven spacing)");
    }
    return fromStd(std::string(formulaName(kind)));
}

/// "rows 2 and 4", "rows 1, 2 and 3": table row numbers (1-based), as the table's header shows them.
QString rowList(const std::vector<std::size_t>& rows)
{
    QStringList numbers;
    for (std::size_t k : rows)
        numbers << QString::number(k + 1);
    if (numbers.size() == 1)
        return ExplainPanel::tr("row %1").arg(numbers.front());
    const QString last = numbers.takeLast();
    return ExplainPanel::tr("rows %1 and %2").arg(numbers.join(QStringLiteral(", ")), last);
}

/// `text` as HTML that wraps only between the terms of a sum and around "=": spaces inside
/// parentheses and around * and / do not break, so "0.1 * y[1]" and "(p + q)" stay whole.
QString formulaHtml(const QString& text)
{
    QString html;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        if (c != QLatin1Char(' ')) {
            html += QString(c).toHtmlEscaped();
            continue;
        }
        const QChar before = i > 0 ? text[i - 1] : QChar();
        const QChar after = i + 1 < text.size() ? text[i + 1] : QChar();
        const auto binds = [](QChar op) { return op == QLatin1Char('*') || op == QLatin1Char('/'); };
        html += depth > 0 || binds(before) || binds(after) ? QStringLiteral("&nbsp;") : QStringLiteral(" ");
    }
    return html;
}

/// symbolicLine splits into the formula and its "symbol = definition = value" quantities.
QStringList symbolicParts(const ExplainedPoint& point)
{
    return fromStd(symbolicLine(point)).split(QStringLiteral("; "));
}

/// Text colour for captions and side notes: between the text and the background, so it recedes on
/// light and dark palettes alike.
QString mutedColour(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [](float a, float b) { return a * 0.55F + b * 0.45F; };
    return QColor::fromRgbF(
        mix(text.redF(), base.redF()), mix(text.greenF(), base.greenF()), mix(text.blueF(), base.blueF()))
        .name();
}

/// The value of quantity `symbol` ("p", "q") as the formula lines write it; empty if there is none.
QString quantity(const ExplainedPoint& point, std::string_view symbol)
{
    for (const ExplainedQuantity& q : point.quantities)
        if (q.symbol == symbol)
            return fromStd(formatPythonFloat(q.value));
    return {};
}

bool mentionsStep(const ExplainedPoint& point)
{
    return std::any_of(point.quantities.begin(), point.quantities.end(),
        [](const ExplainedQuantity& q) { return q.definition.find('h') != std::string::npos; });
}

} // namespace

ExplainPanel::ExplainPanel(Document* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_explainer(document), m_smoothing(document)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto* chooserRow = new QHBoxLayout;
    m_yLabel = new QLabel(tr("&Derivative of:"), this);
    m_yChooser = new QComboBox(this);
    m_yChooser->setObjectName(QStringLiteral("explainYColumn"));
    m_yChooser->setToolTip(tr("Which differentiated column to explain"));
    m_yLabel->setBuddy(m_yChooser);
    chooserRow->addWidget(m_yLabel);
    chooserRow->addWidget(m_yChooser, 1);
    layout->addLayout(chooserRow);

    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("explainText"));
    m_view->setOpenLinks(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setAccessibleName(tr("Explanation of the selected row"));
    layout->addWidget(m_view, 1);

    auto* buttons = new QHBoxLayout;
    m_wholeButton = new QPushButton(tr("Show the &whole computation…"), this);
    m_wholeButton->setObjectName(QStringLiteral("wholeComputationButton"));
    m_wholeButton->setToolTip(tr("Every row's arithmetic, one line each, as tangent-cli --explain prints it"));
    m_copyButton = new QPushButton(tr("Cop&y"), this);
    m_copyButton->setObjectName(QStringLiteral("copyExplanationButton"));
    m_copyButton->setToolTip(tr("Copy this row's formula and arithmetic as text"));
    buttons->addWidget(m_wholeButton, 1);
    buttons->addWidget(m_copyButton);
    layout->addLayout(buttons);

    connect(m_yChooser, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_rebuildingChooser && index >= 0)
            setYColumn(m_yChooser->itemData(index).toInt());
    });
    connect(m_wholeButton, &QPushButton::clicked, this, &ExplainPanel::showWholeComputation);
    connect(m_copyButton, &QPushButton::clicked, this, &ExplainPanel::copyRow);

    // Any change may change the formula, the values or the spacing; the explanation is redone on
    // the next pass of the event loop, once per burst of signals.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ExplainPanel::refresh);
    connectDocument();

    setPresentationMode(false);
}

void ExplainPanel::setDocument(Document* document)
{
    if (document == m_document)
        return;
    disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_explainer = DocumentExplainer(document);
    m_smoothing.setDocument(document);
    // The whole computation listed is the other document's.
    if (m_dialog)
        m_dialog->close();
    m_row = -1;
    m_yColumn = -1;
    connectDocument();
    documentChanged();
}

void ExplainPanel::connectDocument()
{
    connect(m_document, &Document::cellsChanged, this, &ExplainPanel::documentChanged);
    connect(m_document, &Document::derivativesChanged, this, &ExplainPanel::documentChanged);
    connect(m_document, &Document::settingsChanged, this, &ExplainPanel::documentChanged);
    connect(m_document, &Document::tableReset, this, &ExplainPanel::documentChanged);
    connect(m_document, &Document::columnsChanged, this, &ExplainPanel::documentChanged);
    connect(m_document, &Document::rowsInserted, this, &ExplainPanel::documentChanged);
    connect(m_document, &Document::rowsRemoved, this, &ExplainPanel::documentChanged);
}

void ExplainPanel::documentChanged()
{
    m_smoothing.invalidate();
    m_refreshTimer.start();
}

void ExplainPanel::updateNow()
{
    m_refreshTimer.stop();
    refresh();
}

void ExplainPanel::setRow(int row)
{
    m_row = row;
    updateNow();
}

void ExplainPanel::setYColumn(int column)
{
    if (column == m_yColumn || !m_document->derivatives().effectiveYColumns().contains(column))
        return;
    m_yColumn = column;
    updateNow();
}

void ExplainPanel::rebuildChooser()
{
    const QList<int> columns = m_document->derivatives().effectiveYColumns();
    if (!columns.contains(m_yColumn))
        m_yColumn = columns.isEmpty() ? -1 : columns.front();
    m_rebuildingChooser = true;
    m_yChooser->clear();
    for (int column : columns)
        m_yChooser->addItem(m_document->columnTitle(column), column);
    m_yChooser->setCurrentIndex(static_cast<int>(columns.indexOf(m_yColumn)));
    m_rebuildingChooser = false;
    // A chooser with one entry is noise.
    m_yLabel->setVisible(columns.size() > 1);
    m_yChooser->setVisible(columns.size() > 1);
}

void ExplainPanel::refresh()
{
    // The derivatives are computing in the background: nothing is explained from the values shown
    // meanwhile; derivativesChanged brings the panel back here once they land.
    if (m_document->derivatives().isComputing())
        return;
    rebuildChooser();
    m_point.reset();
    m_group.clear();
    m_groupRows.clear();
    m_message.clear();
    bool error = false;
    if (refreshSmoothed())
        return;
    const RowExplanation explanation = m_explainer.explain(m_yColumn, m_row);
    if (m_yColumn < 0) {
        m_message = tr("No column is differentiated. Choose the y columns in the Derivative panel.");
    } else if (!explanation.error.isEmpty()) {
        m_message = explanation.error;
        error = true;
    } else if (!explanation.point) {
        const DerivativeResult* result = m_document->derivatives().resultFor(m_yColumn);
        const bool smoothed = result != nullptr && result->used && result->used->method != SmoothingMethod::Numpy;
        m_message = smoothed ? tr("Click a row in the table to see how %1 computes its derivative.")
                                   .arg(methodTitle(result->used->method))
                             : tr("Click a row in the table to see how numpy computes its derivative.");
    } else {
        m_point = explanation.point;
        m_group = explanation.group;
        m_groupRows = explanation.groupRows;
        m_view->setHtml(explanationHtml(*m_point, explanation) + bandHtml());
    }
    if (!m_point)
        m_view->setHtml(messageHtml(m_message, error));
    m_copyButton->setEnabled(m_point.has_value());
    m_wholeButton->setEnabled(m_yColumn >= 0);

    QList<int> rows;
    if (m_point)
        for (std::size_t k : m_point->rows) // a group's rows are the table's rows m_groupRows
            rows << static_cast<int>(m_groupRows.empty() ? k : m_groupRows.at(k));
    announce(rows, m_point ? m_row : -1);
}

bool ExplainPanel::refreshSmoothed()
{
    m_smoothed = m_smoothing.explain(m_yColumn, m_row);
    if (!m_smoothed)
        return false;
    m_view->setHtml(smoothingExplanationHtml(*m_smoothed, m_document->derivatives().derivativeTitle(m_yColumn), style())
        + bandHtml());
    m_copyButton->setEnabled(true);
    // The whole computation lists numpy's formulas, which did not compute this column.
    m_wholeButton->setEnabled(false);
    QList<int> rows;
    if (m_smoothed->weights)
        for (const std::size_t k : m_smoothed->weights->rows)
            rows << static_cast<int>(k);
    announce(rows, m_row);
    return true;
}

void ExplainPanel::announce(const QList<int>& rows, int row)
{
    if (rows != m_highlighted || row != m_announcedRow || m_yColumn != m_announcedColumn) {
        m_highlighted = rows;
        m_announcedRow = row;
        m_announcedColumn = m_yColumn;
        emit highlightedRowsChanged(rows);
    }
}

QString ExplainPanel::sentence(const ExplainedPoint& point) const
{
    const int row = static_cast<int>(point.row) + 1;
    const bool secondOrderEdge
        = point.kind == FormulaKind::EdgeSecondOrderUniform || point.kind == FormulaKind::EdgeSecondOrderNonUniform;
    QString text;
    if (point.kind == FormulaKind::InteriorUniform) {
        text = tr("Row %1 is inside the table, so numpy takes the central difference of its neighbours, %2: "
                  "the change in y between them divided by the distance 2h between them.")
                   .arg(row)
                   .arg(rowList(point.rows));
    } else if (point.kind == FormulaKind::InteriorNonUniform) {
        const QString p = quantity(point, "p");
        const QString q = quantity(point, "q");
        if (p != q)
            text = tr("Row %1 is inside the table and its neighbours are at different distances from it (p ≠ q), so "
                      "numpy weights %2 so that the result is exact for any parabola.")
                       .arg(row)
                       .arg(rowList(point.rows));
        else
            text = tr("Row %1 is inside the table. x is not evenly spaced throughout, so numpy weights the row and "
                      "its neighbours everywhere; here both gaps are equal (p = q = %2), and the weights reduce to "
                      "the central difference of %3.")
                       .arg(row)
                       .arg(p, rowList({ point.rows.front(), point.rows.back() }));
    } else if (point.side == Side::Left && !secondOrderEdge) {
        text = tr("Row %1 is the first row: nothing comes before it, so numpy takes the one-sided difference "
                  "to the next row (edge_order=1), using %2.")
                   .arg(row)
                   .arg(rowList(point.rows));
    } else if (!secondOrderEdge) {
        text = tr("Row %1 is the last row: nothing comes after it, so numpy takes the one-sided difference "
                  "from the row before (edge_order=1), using %2.")
                   .arg(row)
                   .arg(rowList(point.rows));
    } else {
        text = tr("Row %1 is the %2 row and edge_order=2, so numpy uses %3: the slope at row %1 of the parabola "
                  "through them.")
                   .arg(row)
                   .arg(point.side == Side::Left ? tr("first") : tr("last"))
                   .arg(rowList(point.rows));
        if (point.kind == FormulaKind::EdgeSecondOrderNonUniform) {
            const QString p = quantity(point, "p");
            const QString q = quantity(point, "q");
            text += QLatin1Char(' ');
            text += p != q ? tr("The weights come from the gaps p and q between them.")
                           : tr("The weights come from the gaps between them, here equal (p = q = %1), because x "
                                "is not evenly spaced throughout.")
                                 .arg(p);
        }
    }
    if (!std::isfinite(point.value)) {
        std::vector<std::size_t> gaps;
        for (std::size_t k : point.rows)
            if (std::isnan(m_document->value(static_cast<int>(k), m_yColumn)))
                gaps.push_back(k);
        text += QLatin1Char(' ');
        const QString value = fromStd(formatPythonFloat(point.value));
        if (gaps.size() == 1)
            text += tr("Row %1 is empty (a gap), so the result is %2.").arg(gaps.front() + 1).arg(value);
        else if (!gaps.empty())
            text += tr("%1 are empty (gaps), so the result is %2.").arg(rowList(gaps), value);
        else
            text += tr("Two of these rows have the same x, so the division gives %1.").arg(value);
    }
    return text;
}

double ExplainPanel::baseFontSize() const
{
    // Read from a projected screen at the back of a lecture hall: larger than the rest of the window.
    return m_presentation ? 20.0 : std::max(QApplication::font().pointSizeF() + 3.0, 12.0);
}

QString ExplainPanel::explanationHtml(const ExplainedPoint& point, const RowExplanation& spacing) const
{
    const double base = baseFontSize();
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family().toHtmlEscaped();
    const QString muted = mutedColour(palette());
    const auto pt = [base](double scale) { return QString::number(base * scale, 'f', 1); };
    const auto caption = [&](const QString& text) {
        return QStringLiteral("<p style=\"margin:14px 0 2px 0; font-size:%1pt; color:%2\">%3</p>")
            .arg(pt(0.8), muted, text.toHtmlEscaped());
    };
    const auto formula = [&](const QString& text, const QString& style = {}) {
        return QStringLiteral("<p style=\"margin:0; font-family:'%1'; %2\">%3</p>").arg(mono, style, formulaHtml(text));
    };
    const int order = m_document->settings().order;
    const int rows = m_document->rowCount();

    QString html;
    const QString where = spacing.group.isEmpty()
        ? tr("Row %1 of %2 · numpy index i = %3 · %4")
              .arg(point.row + 1)
              .arg(rows)
              .arg(point.row)
              .arg(m_document->derivatives().derivativeTitle(m_yColumn))
        : tr("Group '%1', differentiated on its own %2 rows: its row %3 (table row %4) · numpy index i = %5 · %6")
              .arg(spacing.group)
              .arg(spacing.groupRows.size())
              .arg(point.row + 1)
              .arg(spacing.groupRows.at(point.row) + 1)
              .arg(point.row)
              .arg(m_document->derivatives().derivativeTitle(m_yColumn));
    html += QStringLiteral("<p style=\"margin:0; font-size:%1pt; color:%2\">%3</p>")
                .arg(pt(0.8), muted, where.toHtmlEscaped());
    QString name = formulaTitle(point.kind);
    name[0] = name[0].toUpper();
    html += QStringLiteral("<p style=\"margin:4px 0 8px 0; font-size:%1pt; font-weight:bold\">%2</p>")
                .arg(pt(m_presentation ? 1.15 : 1.3), name.toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin:0\">%1</p>").arg(sentence(point).toHtmlEscaped());

    if (order > 1)
        html += QStringLiteral("<p style=\"margin:8px 0 0 0; font-style:italic\">%1</p>")
                    .arg(tr("The table shows derivative order %1: numpy.gradient applied %1 times. This is the "
                            "first application only; each further one uses the same formulas on the values "
                            "of the one before.")
                             .arg(order)
                             .toHtmlEscaped());
    const QStringList symbolic = symbolicParts(point);
    html += caption(tr("Formula"));
    html += formula(symbolic.front());
    for (qsizetype k = 1; k < symbolic.size(); ++k)
        html += formula(symbolic[k], QStringLiteral("font-size:%1pt; color:%2").arg(pt(0.85), muted));
    if (spacing.uniform && mentionsStep(point))
        html += formula(QStringLiteral("h = %1").arg(fromStd(formatPythonFloat(spacing.h))),
            QStringLiteral("font-size:%1pt; color:%2").arg(pt(0.85), muted));
    html += caption(tr("With the rows"));
    html += formula(fromStd(explainLine(point)));
    html += caption(tr("With the values"));
    html += formula(fromStd(substitutedLine(point)));
    html += caption(order > 1 ? tr("First derivative") : tr("Result"));
    html += formula(
        fromStd(formatPythonFloat(point.value)), QStringLiteral("font-size:%1pt; font-weight:bold").arg(pt(1.5)));
    return QStringLiteral("<div style=\"font-size:%1pt\">%2</div>").arg(pt(1.0), html);
}

ExplainStyle ExplainPanel::style() const
{
    return { baseFontSize(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family().toHtmlEscaped(),
        mutedColour(palette()) };
}

QString ExplainPanel::bandHtml() const
{
    const auto band = explainBand(*m_document, m_yColumn, m_row);
    return band ? bandExplanationHtml(*band, style()) : QString();
}

QString ExplainPanel::messageHtml(const QString& text, bool error) const
{
    QString html = QStringLiteral("<div style=\"font-size:%1pt\">").arg(QString::number(baseFontSize(), 'f', 1));
    if (error)
        html += QStringLiteral("<p style=\"margin:0 0 6px 0; font-weight:bold; color:#b3261e\">%1</p>")
                    .arg(tr("The derivative cannot be computed").toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin:0\">%1</p></div>").arg(text.toHtmlEscaped());
    return html;
}

QString ExplainPanel::displayedText() const
{
    return m_view->toPlainText();
}

QString ExplainPanel::rowText() const
{
    if (m_smoothed)
        return smoothingExplanationText(*m_smoothed);
    if (!m_point)
        return {};
    QStringList lines;
    if (!m_group.isEmpty())
        lines << tr("Group '%1', its row %2 (table row %3)")
                     .arg(m_group)
                     .arg(m_point->row + 1)
                     .arg(m_groupRows.at(m_point->row) + 1);
    lines << tr("Row %1 (i = %2): %3").arg(m_point->row + 1).arg(m_point->row).arg(formulaTitle(m_point->kind));
    lines << fromStd(symbolicLine(*m_point)) << fromStd(explainLine(*m_point)) << fromStd(substitutedLine(*m_point));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ExplainPanel::copyRow()
{
    if (m_point || m_smoothed)
        QGuiApplication::clipboard()->setText(rowText());
}

ComputationDialog* ExplainPanel::showWholeComputation()
{
    m_document->derivatives().finishComputing(); // the list is of the derivatives as they land
    updateNow();
    // The list is numpy's formulas row by row: it does not describe a smoothed column.
    if (m_smoothed || m_smoothing.explain(m_yColumn, 0))
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    // A million rows take seconds to write out.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_dialog = new ComputationDialog(*m_document, this);
    QApplication::restoreOverrideCursor();
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setPresentationMode(m_presentation);
    m_dialog->show();
    return m_dialog;
}

void ExplainPanel::setPresentationMode(bool on)
{
    m_presentation = on;
    QFont f = QApplication::font();
    if (on)
        f.setPointSizeF(16);
    m_yLabel->setFont(f);
    m_yChooser->setFont(f);
    m_wholeButton->setFont(f);
    m_copyButton->setFont(f);
    QFont body = QApplication::font();
    body.setPointSizeF(baseFontSize());
    m_view->document()->setDefaultFont(body);
    // Wide enough for a short formula line; a longer one ("a = (-q) / (p * (p + q)) = -0.1333…")
    // scrolls. Not wider: the panel shares the docks' column, which must leave the table and the
    // chart their room at 1280×780.
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(baseFontSize());
    // In presentation mode the window is full screen and the chart must stay large.
    const int characters = on ? 30 : 22;
    m_view->setMinimumWidth(
        static_cast<int>(QFontMetricsF(mono).horizontalAdvance(QString(characters, QLatin1Char('0')))));
    if (m_dialog)
        m_dialog->setPresentationMode(on);
    updateNow();
}

} // namespace tangent::ui
