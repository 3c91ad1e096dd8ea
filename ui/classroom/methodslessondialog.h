// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Methods view of the Function Lab, the classroom lesson on noise amplification: the lab's
// function with noise, differentiated by numpy.gradient and by every smoothing method, each
// against the exact derivative, each with its 95% uncertainty band on demand, with a table of RMSE
// and of how often each band covers the exact derivative; and a noise sweep, RMSE against
// the noise σ on log-log axes, one line per method. The numbers are the core's noiseTrial and
// noiseSweep (core/classroom/noisestudy.h), computed off the GUI thread.

#include "core/classroom/noisestudy.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <vector>

class QAreaSeries;
class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QLogValueAxis;
class QShowEvent;
class QTableWidget;
class QValueAxis;

namespace tangent::ui {

class FunctionLabController;

class MethodsLessonDialog : public QDialog {
    Q_OBJECT
public:
    /// Studies the controller's current function (FunctionLabController::subject()), and again
    /// whenever a new table is generated.
    explicit MethodsLessonDialog(FunctionLabController* controller, QWidget* parent = nullptr);
    ~MethodsLessonDialog() override;

    /// The σ of the noise studied: the lab's own, or 2% of the signal's standard deviation when the
    /// lab has none (noise must be on for the lesson).
    static double lessonNoise(const LabFunction& f, const SampleOptions& options);
    /// The sweep's noise levels: nine from 10⁻⁴ to 0.3 times the signal's standard deviation.
    static std::vector<double> sweepLevels(const LabFunction& f, const SampleOptions& options);

    /// The sample options studied (the lab's, with lessonNoise()).
    [[nodiscard]] const SampleOptions& options() const { return m_options; }
    /// The last finished trial and sweep (empty until they arrive).
    [[nodiscard]] const NoiseTrial& trial() const { return m_trial; }
    [[nodiscard]] const NoiseSweep& sweep() const { return m_sweep; }
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    /// The derivative line of lessonMethods()[index], or the exact derivative for index -1.
    [[nodiscard]] QLineSeries* derivativeSeries(int index) const;
    /// The shaded 95% band of lessonMethods()[index] (value ± 1.96 sd); hidden while that band is
    /// not chosen or the method has none.
    [[nodiscard]] QAreaSeries* bandSeries(int index) const;
    /// Which bands are drawn: lessonMethods()[index], or -1 for every method's.
    [[nodiscard]] int shownBand() const;
    void showBand(int index);
    /// The sweep line of lessonMethods()[index].
    [[nodiscard]] QLineSeries* sweepSeries(int index) const;
    /// Both computations have finished for the current function.
    [[nodiscard]] bool isIdle() const;

    /// Waits for the running computations and shows their results (for screenshots and tests).
    void finishNow();

    /// Starts the trial and the sweep again for the controller's current function; results of a
    /// computation still running are dropped.
    void recompute();

signals:
    void trialShown();
    void sweepShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildCharts();
    void showTrial();
    void showSweep();
    void fillTable();
    void drawBands();
    void cancelRunning();

    FunctionLabController* m_controller;
    SampleOptions m_options;
    NoiseTrial m_trial;
    NoiseSweep m_sweep;
    QFutureWatcher<NoiseTrial> m_trialWatcher;
    QFutureWatcher<NoiseSweep> m_sweepWatcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    // The current computations' results are on screen (set again for each recompute()).
    bool m_trialShown = false;
    bool m_sweepShown = false;
    bool m_stale = false; ///< a new generation arrived while the view was closed
    QLabel* m_subject = nullptr;
    QLabel* m_sweepStatus = nullptr;
    QChartView* m_derivativeView = nullptr;
    QChartView* m_sweepView = nullptr;
    QValueAxis* m_dx = nullptr;
    QValueAxis* m_dy = nullptr;
    QLogValueAxis* m_sx = nullptr;
    QLogValueAxis* m_sy = nullptr;
    QLineSeries* m_exact = nullptr;
    QLineSeries* m_noiseMarker = nullptr;
    std::vector<QLineSeries*> m_derivatives;
    std::vector<QLineSeries*> m_sweepLines;
    std::vector<QAreaSeries*> m_bands;
    QComboBox* m_bandChooser = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace tangent::ui
