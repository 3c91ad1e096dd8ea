// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// tangent's --method NAME [--window W --polyorder P --lam L --alpha A --ratio R]: the derivative
// method the first table opens with, with tangent-cli's option names and messages.

#include "core/smoothing/smoothing.h"

#include <QString>

#include <optional>

class QCommandLineParser;

namespace tangent::ui {

class MainWindow;

/// What the command line asked for: nothing, a method, or a problem to report (exit 2).
struct StartupMethod {
    std::optional<SmoothingOptions> options;
    QString problem;

    /// Declares the options on `parser`.
    static void declare(QCommandLineParser& parser);
    /// Reads and checks the options (as tangent-cli does) after `parser` processed the arguments.
    static StartupMethod read(const QCommandLineParser& parser);

    /// Sets the method on the first table that `window` loads (part of opening it, not an undo step).
    void applyOnLoad(MainWindow& window) const;
};

} // namespace tangent::ui
