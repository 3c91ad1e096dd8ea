// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's command-line options besides the file to open: a bundled sample, the window size,
// a row to select or to draw the tangent at, the recipe (ui/startuprecipe.h), the Function Lab, a
// dialog to open, the chart layout, and a screenshot
// written once the window has painted (scripts/render-screenshots.sh). Kept out of main() so that
// main() only composes, and so that tests can drive them.

#include "ui/startuprecipe.h"

#include <QObject>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QEvent;

namespace tangent::ui {

class MainWindow;

class StartupOptions : public QObject {
    Q_OBJECT
public:
    /// Declares the options on `parser` (before it processes the arguments).
    static void declare(QCommandLineParser& parser);
    /// Reads the options from `parser` after it processed the arguments.
    explicit StartupOptions(const QCommandLineParser& parser, QObject* parent = nullptr);

    /// What is wrong with the options (e.g. an unknown --show dialog), or empty.
    [[nodiscard]] QString problem() const;
    /// Sets `window` up as the options ask: size, rows, screenshot, then the file, the sample or
    /// the Function Lab.
    void openWindow(MainWindow& window);
    /// Opens the --show dialog, if any (after whatever main() shows first).
    void openDialog(MainWindow& window);
    /// problem(), openWindow and openDialog in one: false, with `error` set, for a bad option.
    bool apply(MainWindow& window, QString* error);

    [[nodiscard]] bool wantsScreenshot() const { return !m_screenshot.isEmpty(); }
    /// The recipe options given (--x, --method, --group, ...), read by tangent-cli's parser.
    [[nodiscard]] const StartupRecipe& recipe() const { return m_recipe; }

signals:
    /// The screenshot and the pictures of the open dialogs were written (ok) or could not be.
    void screenshotDone(bool ok);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void selectRowsOnLoad(MainWindow& window) const;
    void startFunctionLab(MainWindow& window) const;
    /// Waits for the file being opened (if any), then for the window's next paint, then grabs.
    void armScreenshot(MainWindow& window, bool waitForLoad);
    void grab();

    QString m_file;
    QStringList m_files; // every file named; more than one open in tabs
    QString m_sample;
    std::optional<QSize> m_size;
    std::optional<int> m_tangentRow;
    std::optional<int> m_selectRow;
    QString m_functionLab;
    std::optional<int> m_points;
    std::optional<double> m_noise;
    std::optional<int> m_seed;
    std::optional<double> m_jitter;
    QString m_dialog;
    QString m_screenshot;
    StartupRecipe m_recipe;
    QString m_layoutName;
    QString m_sheet; ///< --sheet of the workbook opened
    bool m_band = false; // --band

    MainWindow* m_window = nullptr;
    bool m_loaded = false; // the file asked for has loaded (or none was asked for)
    bool m_grabScheduled = false;
};

} // namespace tangent::ui
