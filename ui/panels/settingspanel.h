// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The derivative controls: x source (a column or a uniform dx), y columns, edge order, derivative
// order, time unit and the Group by column of long-format tables. It shows the document's settings and turns each user
// change into one Document::setSettings call (one undo step); which options are legal is decided by the core.

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QListWidget;
class QSpinBox;
class QLabel;
class QButtonGroup;
class QRadioButton;

namespace tangent::ui {

class Document;
class MethodPanel;

class SettingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPanel(Document* document, QWidget* parent = nullptr);
    /// Edits `document` from now on (the window's current tab).
    void setDocument(Document* document);

    /// Larger fonts for presentation mode.
    void setPresentationMode(bool on);

private:
    void connectDocument();
    void refresh();
    void commit();
    void refreshGroupBy();
    /// Sizes the y-columns list to its rows (a few at most; more scroll).
    void fitYColumns();

    Document* m_document;
    bool m_refreshing = false;
    QComboBox* m_xSource = nullptr;
    QDoubleSpinBox* m_dx = nullptr;
    QListWidget* m_yColumns = nullptr;
    QRadioButton* m_edge1 = nullptr;
    QRadioButton* m_edge2 = nullptr;
    QSpinBox* m_order = nullptr;
    QComboBox* m_timeUnit = nullptr;
    QLabel* m_timeUnitLabel = nullptr;
    QComboBox* m_groupBy = nullptr;
    MethodPanel* m_methods = nullptr;
};

} // namespace tangent::ui
