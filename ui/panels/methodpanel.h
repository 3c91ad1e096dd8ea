// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The method chooser in the Derivative dock: numpy.gradient (exact, the default) or a smoothing
// method (docs/smoothing.md) with its parameter, each of which can be left Automatic, showing the
// value the core chose. Every change is one Document::setSmoothing call; the changes of one slider
// drag share a gesture, so they are one undo step while the chart follows the slider live.

#include "core/smoothing/smoothing.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;
class QStackedWidget;

namespace tangent::ui {

class Document;

class MethodPanel : public QWidget {
    Q_OBJECT
public:
    explicit MethodPanel(Document* document, QWidget* parent = nullptr);
    /// Shows and edits `document` from now on (the tab shown).
    void setDocument(Document* document);

    /// One parameter's controls: a slider, the value it stands for, and "Automatic".
    struct Parameter {
        QSlider* slider = nullptr;
        QLabel* value = nullptr;
        QCheckBox* automatic = nullptr;
    };

private:
    QWidget* addSavgolPage();
    QWidget* addSlidingPage(
        Parameter& parameter, const QString& name, const QString& label, const QString& automatic, const QString& tip);
    /// `name` is the slider's objectName; the check box's is name + "Automatic".
    Parameter makeParameter(QWidget* page, const QString& name, const QString& automatic, int low, int high);
    void connectDocument();
    void refresh();
    static void showParameter(Parameter& parameter, std::optional<int> set, std::optional<int> chosen);
    void updateValueTexts();
    void chooseMethod();
    void commit();
    [[nodiscard]] SmoothingOptions optionsFromControls() const;
    [[nodiscard]] SmoothingMethod currentMethod() const;
    /// What the core ran for the first differentiated column, if it ran a smoothing method.
    [[nodiscard]] std::optional<SmoothingOptions> used() const;

    Document* m_document;
    bool m_refreshing = false;
    int m_gestures = 0; // slider drags so far; the current one's number while a slider is down
    QComboBox* m_method = nullptr;
    QStackedWidget* m_pages = nullptr;
    Parameter m_window;
    QSpinBox* m_polyorder = nullptr;
    Parameter m_lam;
    Parameter m_alpha;
    Parameter m_ratio;
    QLabel* m_status = nullptr;
};

} // namespace tangent::ui
