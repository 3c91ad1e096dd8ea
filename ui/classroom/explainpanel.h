// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Explain panel: for the table's current row, the formula numpy uses there, symbolically, with
// the row indexes, with the values, and the result, plus a sentence saying why this formula. It
// names the rows that entered the value (highlightedRowsChanged) so the table and chart can mark
// them. Everything shown comes from DocumentExplainer, i.e. from the code that computes the values.
// A column computed by a smoothing method is explained by SmoothingExplainer instead (the
// Savitzky–Golay weights at the row, or what the method minimised) with the equivalent call.

#include "ui/classroom/smoothingexplanation.h"
#include "ui/document/documentexplainer.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace tangent::ui {

class ComputationDialog;
class Document;

class ExplainPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExplainPanel(Document* document, QWidget* parent = nullptr);
    /// Explains `document` from now on (the window's current tab), starting with no row.
    void setDocument(Document* document);

    /// The data row explained (0-based), or -1.
    [[nodiscard]] int row() const { return m_row; }
    /// The document column whose derivative is explained, or -1 when none is differentiated.
    [[nodiscard]] int yColumn() const { return m_yColumn; }
    /// Chooses which differentiated y column to explain (ignored if `column` is not one).
    void setYColumn(int column);
    /// The rows whose y values entered the explained value, ascending; empty when nothing is explained.
    [[nodiscard]] QList<int> highlightedRows() const { return m_highlighted; }
    /// How the explained row's value was computed; nullptr while no row is explained.
    [[nodiscard]] const ExplainedPoint* explainedPoint() const { return m_point ? &*m_point : nullptr; }

    /// How the explained row's value was computed when a smoothing method computed it; else nullptr.
    [[nodiscard]] const SmoothingRowExplanation* smoothingExplanation() const
    {
        return m_smoothed ? &*m_smoothed : nullptr;
    }

    /// The explanation as displayed, as plain text (the formula lines each on a line of their own).
    [[nodiscard]] QString displayedText() const;
    /// The error or hint shown instead of an explanation; empty while a row is explained.
    [[nodiscard]] QString message() const { return m_message; }
    /// What "Copy" puts on the clipboard: formula name, symbolic line, row line, value line.
    [[nodiscard]] QString rowText() const;

    /// Larger type for a classroom projector.
    void setPresentationMode(bool on);
    /// Applies pending document changes now instead of on the next event-loop pass.
    void updateNow();

public slots:
    /// Explains data row `row` (0-based); -1 for none.
    void setRow(int row);
    /// Opens (non-modal) the dialog listing every row's computation; nothing (nullptr) when the
    /// column was computed by a smoothing method, which that list of numpy's formulas does not describe.
    ComputationDialog* showWholeComputation();
    /// Copies rowText() to the clipboard.
    void copyRow();

signals:
    /// The rows that entered the explained value changed (also when the row or y column did).
    void highlightedRowsChanged(const QList<int>& rows);

private:
    void connectDocument();
    void documentChanged();
    void rebuildChooser();
    void refresh();
    [[nodiscard]] QString explanationHtml(const ExplainedPoint& point, const RowExplanation& spacing) const;
    [[nodiscard]] QString messageHtml(const QString& text, bool error) const;
    [[nodiscard]] QString sentence(const ExplainedPoint& point) const;
    [[nodiscard]] double baseFontSize() const;
    [[nodiscard]] ExplainStyle style() const;
    /// The uncertainty band's section at the explained row while the band is on, else empty.
    [[nodiscard]] QString bandHtml() const;
    /// Shows the smoothing method's explanation if the column was smoothed; false for numpy's.
    bool refreshSmoothed();
    /// Emits highlightedRowsChanged if the rows, the row or the column differ from the last call.
    void announce(const QList<int>& rows, int row);

    Document* m_document;
    DocumentExplainer m_explainer;
    SmoothingExplainer m_smoothing;
    QLabel* m_yLabel = nullptr;
    QComboBox* m_yChooser = nullptr;
    QTextBrowser* m_view = nullptr;
    QPushButton* m_wholeButton = nullptr;
    QPushButton* m_copyButton = nullptr;
    QTimer m_refreshTimer;
    int m_row = -1;
    int m_yColumn = -1;
    // What was last announced, so highlightedRowsChanged fires on real changes only.
    QList<int> m_highlighted;
    int m_announcedRow = -2;
    int m_announcedColumn = -2;
    std::optional<ExplainedPoint> m_point;
    QString m_group; ///< grouped: m_point's group, its row i being the table's row m_groupRows[i]
    std::vector<std::size_t> m_groupRows;
    std::optional<SmoothingRowExplanation> m_smoothed;
    QString m_message;
    QPointer<ComputationDialog> m_dialog;
    bool m_presentation = false;
    bool m_rebuildingChooser = false;
};

} // namespace tangent::ui
