// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// `tangent FILE [recipe options] --export-derivatives OUT.csv`: what File → Export Derivative CSV
// writes, without a window on screen; `tangent A.csv B.csv ... [recipe options]
// --export-derivatives DIR/`: Export Derivatives of Several Files, its summary printed. The
// process then exits (0, or 2 with a message; 2 when any file failed).

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace tangent {
struct Recipe;
}

namespace tangent::ui {

class MainWindow;
struct StartupRecipe;

class DerivativeCommand {
public:
    /// Declares --export-derivatives on `parser`.
    static void declare(QCommandLineParser& parser);
    /// True when the arguments in `argv` ask for the export: read before QApplication exists, so
    /// that it can start on the offscreen platform and no window is ever shown.
    static bool requested(int argc, char** argv);

    /// Reads the option and the files named from `parser` after it processed the arguments.
    explicit DerivativeCommand(const QCommandLineParser& parser);

    [[nodiscard]] bool wanted() const { return !m_path.isEmpty(); }
    /// Several files, or a folder (a name ending in '/' or an existing folder): the batch export.
    [[nodiscard]] bool several() const { return m_several; }
    /// What is wrong with the options (no file; several files into one CSV), or empty.
    [[nodiscard]] QString problem() const { return m_problem; }

    /// One file: waits for `window`'s file (opened by StartupOptions::openWindow) and for
    /// `recipe` to start it, then writes as File → Export Derivative CSV. Returns the exit status.
    int run(MainWindow& window, const StartupRecipe& recipe);
    /// Several files: Export Derivatives of Several Files with `recipe` (its columns as given, per
    /// file), on its worker thread; prints its summary to standard output. Returns 0, or 2 when a
    /// file failed or nothing could start.
    [[nodiscard]] int runSeveral(const Recipe& recipe) const;

private:
    QString m_path;
    QStringList m_files;
    bool m_several = false;
    QString m_problem;
};

} // namespace tangent::ui
