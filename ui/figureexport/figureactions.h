// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's figure actions: File → Export Figure… (the dialog, then the file) and
// Edit → Copy Figure (the whole figure, every pane, as an image on the clipboard).

#include <QObject>

class QAction;
class QWidget;

namespace tangent::ui {

class ChartPanes;

class FigureActions : public QObject {
    Q_OBJECT
public:
    /// Actions on `panes` (and the document they show), with dialogs parented to `window`.
    FigureActions(ChartPanes* panes, QWidget* window);

    [[nodiscard]] QAction* exportAction() const { return m_export; }
    [[nodiscard]] QAction* copyAction() const { return m_copy; }

public slots:
    void exportFigure();
    void copyFigure();

signals:
    void message(const QString& text);

private:
    ChartPanes* m_panes;
    QWidget* m_window;
    QAction* m_export;
    QAction* m_copy;
};

} // namespace tangent::ui
