// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/uistalls.h"

#include "core/smoothing/smoothing.h"
#include "ui/chart/chartview.h"
#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/files/session/sessioncontroller.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <functional>
#include <string>

namespace tangent::bench {

namespace {

/// Records the longest gap between the ticks of a 1 ms timer on the GUI thread: how long the
/// event loop could not run (a frozen window) while a case was going on.
class StallMeter {
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    /// The longest gap in ms since start(), counting the one that is still open.
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_longest, m_clock.elapsed() - m_last);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

/// Runs the event loop until `done` holds (checked every 5 ms), then `settleMs` more so that the
/// paint that follows the result is part of the case. False if `timeoutMs` passed first.
bool runUntil(const std::function<bool()>& done, int timeoutMs, int settleMs = 300)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < settleMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return true;
}

/// Writes t,y for `rows` rows: y a sine with noise-like wiggles, so that smoothing has work to do.
bool writeCsv(const QString& path, std::size_t rows)
{
    std::FILE* file = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (file == nullptr)
        return false;
    std::string text = "t,y\n";
    char buffer[64];
    for (std::size_t i = 0; i < rows; ++i) {
        const double t = 0.001 * static_cast<double>(i);
        const double y = std::sin(t) + 0.05 * std::sin(7919.0 * t) + 0.03 * std::cos(104729.0 * t);
        char* end = std::to_chars(buffer, buffer + sizeof buffer, t).ptr;
        *end++ = ',';
        end = std::to_chars(end, buffer + sizeof buffer, y).ptr;
        *end++ = '\n';
        text.append(buffer, end);
        if (text.size() > (1U << 22)) {
            std::fwrite(text.data(), 1, text.size(), file);
            text.clear();
        }
    }
    std::fwrite(text.data(), 1, text.size(), file);
    return std::fclose(file) == 0;
}

void report(const std::string& name, qint64 stall, bool finished)
{
    std::printf("%-46s longest GUI-thread stall: %lld ms%s\n", name.c_str(), static_cast<long long>(stall),
        finished ? "" : "  (did not finish within the time limit)");
    std::fflush(stdout);
}

bool openFile(ui::MainWindow& window, const QString& path, StallMeter* meter, const std::string& name)
{
    bool loaded = false;
    bool ok = false;
    const auto connection = QObject::connect(window.files(), &ui::FileController::loadFinished, [&](bool success) {
        loaded = true;
        ok = success;
    });
    if (meter)
        meter->start();
    window.files()->openPath(path);
    // Until the derivatives have landed and been drawn (a big table's are computed in the
    // background): their landing pass belongs to opening the file.
    const bool finished = runUntil([&] { return loaded && !window.document()->derivatives().isComputing(); }, 120'000);
    if (meter)
        report(name, meter->stop(), finished);
    QObject::disconnect(connection);
    return finished && ok;
}

} // namespace

int runStallCases(std::size_t bigRows, std::size_t autoRows)
{
    qputenv("TANGENT_NO_DIALOGS", "1");
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.csv"));
    const QString medium = dir.filePath(QStringLiteral("medium.csv"));
    if (!dir.isValid() || !writeCsv(big, bigRows) || !writeCsv(medium, autoRows)) {
        std::fprintf(stderr, "ui_bench: cannot write the test files in %s\n", qPrintable(dir.path()));
        return 1;
    }
    std::printf("files: %zu rows (%.0f MB) and %zu rows; a 1 ms timer on the GUI thread\n", bigRows,
        static_cast<double>(QFileInfo(big).size()) / 1e6, autoRows);
    StallMeter meter;
    const std::string bigName = std::to_string(bigRows) + "-row";

    ui::MainWindow window;
    window.resize(1280, 780);
    window.show();
    runUntil([] { return true; }, 1000, 200);
    if (!openFile(window, big, &meter, "open a " + bigName + " file (load + first paint)"))
        return 1;

    // Zoom and pan: one step every 30 ms, as a wheel or a drag would ask for them.
    ui::ChartView* chart = window.chartView();
    const double span = 0.001 * static_cast<double>(bigRows);
    int step = 0;
    constexpr int steps = 20;
    constexpr int zoomSteps = steps / 2; // then as many pans to the right
    QTimer stepper;
    QObject::connect(&stepper, &QTimer::timeout, [&] {
        const double width = span / std::pow(1.6, std::min(step, zoomSteps));
        const double pan = step < zoomSteps ? 0.0 : 0.1 * static_cast<double>(step - zoomSteps);
        const double left = (span - width) / 2 + width * pan;
        chart->setVisibleXRange(left, left + width);
        ++step;
    });
    meter.start();
    stepper.start(30);
    const bool zoomed = runUntil([&] { return step >= steps; }, 60'000);
    stepper.stop();
    report("zoom and pan a " + bigName + " chart (20 steps)", meter.stop(), zoomed);
    chart->resetZoom();

    const QString session = dir.filePath(QStringLiteral("big.tangent"));
    if (!window.sessions()->writeSession(session)) {
        std::fprintf(stderr, "ui_bench: cannot write the session %s\n", qPrintable(session));
        return 1;
    }
    {
        ui::MainWindow restored;
        restored.resize(1280, 780);
        restored.show();
        runUntil([] { return true; }, 1000, 200);
        bool done = false;
        QObject::connect(restored.sessions(), &ui::SessionController::finished, [&](bool) { done = true; });
        meter.start();
        restored.sessions()->openSession(session);
        const bool finished
            = runUntil([&] { return done && !restored.document()->derivatives().isComputing(); }, 120'000);
        report("restore a session of a " + bigName + " file", meter.stop(), finished);
    }

    if (!openFile(window, medium, nullptr, {}))
        return 1;
    ui::Document* document = window.document();
    SmoothingOptions automatic;
    automatic.method = SmoothingMethod::Auto;
    meter.start();
    document->setSmoothing(automatic);
    const bool computed = runUntil([&] { return !document->derivatives().isComputing(); }, 120'000);
    report("Automatic on a " + std::to_string(autoRows) + "-row column", meter.stop(), computed);
    return 0;
}

} // namespace tangent::bench
