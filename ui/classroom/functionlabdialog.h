// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The function lab dialog: choose a preset or type f(x), the range, number of points, x spacing,
// noise and seed, and generate a table from it; toggle the exact-derivative and error overlays.
// The numbers come from the core; the overlays from FunctionLabController.

#include "core/classroom/functionlab.h"
#include "ui/document/documenttypes.h"

#include <QDialog>
#include <QTimer>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QVBoxLayout;

namespace tangent::ui {

class FunctionLabController;

class FunctionLabDialog : public QDialog {
    Q_OBJECT
public:
    explicit FunctionLabDialog(FunctionLabController* controller, QWidget* parent = nullptr);

    /// Selects a preset, as the combo box does: its formula, range and default noise.
    void setPreset(Preset preset);
    /// Types `text` as f(x) (selecting the matching preset if it is one) and validates it.
    void setExpression(const QString& text);
    void setRange(double from, double to);
    void setPoints(int points);
    /// 0 for evenly spaced x; otherwise jittered by up to `jitter` of a step (see SampleOptions).
    void setJitter(double jitter);
    void setNoise(double sigma);
    void setSeed(int seed);
    void setShowExact(bool on);
    void setShowError(bool on);

    [[nodiscard]] QString expression() const;
    /// The message under the expression ("" when it is valid).
    [[nodiscard]] QString expressionMessage() const { return m_expressionError; }
    /// Where the expression's problem is (0-based), if it has one.
    [[nodiscard]] std::optional<int> errorPosition() const { return m_errorPosition; }
    [[nodiscard]] QLineEdit* expressionEdit() const { return m_expression; }
    /// The sampling options as set in the dialog.
    [[nodiscard]] SampleOptions sampleOptions() const;
    /// The function as set in the dialog (a preset with its exact derivative, or the typed
    /// expression); nullopt, with the message shown, if the expression is not valid.
    std::optional<LabFunction> currentFunction();

    /// Samples the function and emits generated(); false (and nothing emitted) if the expression
    /// or the options are not usable, with the reason shown.
    bool generate();

signals:
    /// A new table (columns x, y) to load; the receiver asks about unsaved changes first.
    void generated(std::vector<tangent::ui::Column> columns);

private:
    void buildFunctionBox(QVBoxLayout* layout);
    void buildSamplingBox(QVBoxLayout* layout);
    void buildOverlayBox(QVBoxLayout* layout);
    void presetActivated(int index);
    void expressionEdited();
    /// Parses the expression; shows the message, frame and cursor. True if valid.
    bool validate();
    void showExpressionError(const QString& message, int position);
    void clearExpressionError();
    void updateDerivativeText();
    void updateSpacingControls();
    void showMessage(const QString& text, bool error);

    FunctionLabController* m_controller;
    QComboBox* m_preset = nullptr;
    QLineEdit* m_expression = nullptr;
    QLabel* m_expressionLabel = nullptr;
    QLabel* m_derivative = nullptr;
    QDoubleSpinBox* m_from = nullptr;
    QDoubleSpinBox* m_to = nullptr;
    QSpinBox* m_points = nullptr;
    QRadioButton* m_uniform = nullptr;
    QRadioButton* m_jittered = nullptr;
    QDoubleSpinBox* m_jitter = nullptr;
    QDoubleSpinBox* m_noise = nullptr;
    QSpinBox* m_seed = nullptr;
    QCheckBox* m_showExact = nullptr;
    QCheckBox* m_showError = nullptr;
    QLabel* m_overlayStatus = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_generate = nullptr;
    QTimer m_validateTimer;
    QString m_expressionError;
    std::optional<int> m_errorPosition;
};

} // namespace tangent::ui
