// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `tangent FILE --export-figure OUT.pdf --size 1600x900 [--dpi N] [--theme dark] [--layout ...]`:
// the figure the window would export, written without a window on screen; the process then exits
// (0, or 2 with a message). The other options (--layout, --method, --group, --sample) apply as they
// do to the window.

#include "ui/figureexport/figurespec.h"

#include <QString>

class QCommandLineParser;

namespace tangent::ui {

class MainWindow;

class FigureCommand {
public:
    /// Declares --export-figure, --dpi and --theme on `parser` (--size is the window's option).
    static void declare(QCommandLineParser& parser);
    /// True when the arguments in `argv` ask for a figure: read before QApplication exists, so
    /// that it can start on the offscreen platform and no window is ever shown.
    static bool requested(int argc, char** argv);

    /// Reads the options from `parser` after it processed the arguments.
    explicit FigureCommand(const QCommandLineParser& parser);

    [[nodiscard]] bool wanted() const { return !m_path.isEmpty(); }
    /// What is wrong with the options (a bad size, format, DPI or theme; no file), or empty.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] const FigureSpec& spec() const { return m_spec; }

    /// Waits for `window`'s file (opened by StartupOptions::openWindow) and its computation, then
    /// writes the figure. Returns the exit status: 0, or 2 with the reason printed to stderr.
    int run(MainWindow& window);

private:
    QString m_path;
    FigureSpec m_spec;
    QString m_problem;
};

} // namespace tangent::ui
