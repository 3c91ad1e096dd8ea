// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The busy indicator over the chart: once a method has computed in the background for longer than
// kDelayMs it shows what is computing, a running bar and Cancel. The chart meanwhile keeps the
// previous result. Cancel undoes the newest step when it changed the method or the settings (what
// started the computation); otherwise (a session opened with a slow method, an edited cell) it
// switches to numpy.gradient as one undo step. Either way it says what it did (message()).

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace tangent::ui {

class Document;

class BusyBar : public QWidget {
    Q_OBJECT
public:
    /// How long a computation runs before the bar shows: shorter ones would only flicker.
    static constexpr int kDelayMs = 300;

    explicit BusyBar(Document* document, QWidget* parent = nullptr);
    /// Follows `document` from now on (the tab shown).
    void setDocument(Document* document);

    /// Stops the computation as described above.
    void cancel();

signals:
    /// What Cancel did, for the status bar.
    void message(const QString& text);

private:
    void computingChanged(bool computing);

    QPointer<Document> m_document;
    QTimer m_delay;
    QLabel* m_text = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace tangent::ui
