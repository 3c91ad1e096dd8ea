// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/figureexport/figurecommand.h"

#include "ui/chart/panes/chartpanes.h"
#include "ui/document/document.h"
#include "ui/figureexport/figurerenderer.h"
#include "ui/files/filecontroller.h"
#include "ui/mainwindow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>

#include <cstdio>
#include <cstring>

namespace tangent::ui {
namespace {

const QString kExportFigure = QStringLiteral("export-figure");
const QString kSize = QStringLiteral("size");
const QString kDpi = QStringLiteral("dpi");
const QString kTheme = QStringLiteral("theme");

int fail(const QString& text)
{
    std::fprintf(stderr, "tangent: %s\n", qPrintable(text));
    return 2;
}

} // namespace

void FigureCommand::declare(QCommandLineParser& parser)
{
    parser.addOption({ kExportFigure,
        QCoreApplication::translate("FigureCommand",
            "Write the chart's whole figure to FILE (.png, .svg or .pdf) without showing a window, then quit. "
            "--size sets its size (WxH in pixels, or with cm, mm or in)."),
        QStringLiteral("file") });
    parser.addOption({ kDpi,
        QCoreApplication::translate("FigureCommand",
            "--export-figure: dots per inch (default 96), for sizes in cm or in and for the page size."),
        QStringLiteral("dpi") });
    parser.addOption(
        { kTheme, QCoreApplication::translate("FigureCommand", "--export-figure: light (default) or dark."),
            QStringLiteral("theme") });
}

bool FigureCommand::requested(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        if (std::strncmp(argv[i], "--export-figure", 15) == 0 || std::strncmp(argv[i], "-export-figure", 14) == 0)
            return true;
    }
    return false;
}

FigureCommand::FigureCommand(const QCommandLineParser& parser) : m_path(parser.value(kExportFigure))
{
    if (m_path.isEmpty())
        return;
    if (const auto format = figureFormatFor(m_path))
        m_spec.format = *format;
    else
        m_problem = QCoreApplication::translate("FigureCommand", "--export-figure: '%1' must end in .png, .svg or .pdf")
                        .arg(m_path);
    if (parser.isSet(kSize) && m_problem.isEmpty()) {
        QString error;
        if (!parseFigureSize(parser.value(kSize), m_spec, &error))
            m_problem = QStringLiteral("--size: ") + error;
    }
    if (parser.isSet(kDpi) && m_problem.isEmpty()) {
        bool ok = false;
        m_spec.dpi = parser.value(kDpi).toDouble(&ok);
        if (!ok)
            m_problem
                = QCoreApplication::translate("FigureCommand", "--dpi: '%1' is not a number").arg(parser.value(kDpi));
    }
    if (parser.isSet(kTheme) && m_problem.isEmpty()) {
        if (const auto theme = parseFigureTheme(parser.value(kTheme)))
            m_spec.theme = *theme;
        else
            m_problem = QCoreApplication::translate("FigureCommand", "--theme: use light or dark, not '%1'")
                            .arg(parser.value(kTheme));
    }
    if (m_problem.isEmpty()) {
        if (const QString problem = m_spec.problem(); !problem.isEmpty())
            m_problem = QStringLiteral("--export-figure: ") + problem;
    }
    const QStringList files = parser.positionalArguments();
    if (m_problem.isEmpty() && files.size() > 1)
        m_problem
            = QCoreApplication::translate("FigureCommand", "--export-figure: name one file, not %1").arg(files.size());
    if (m_problem.isEmpty() && files.isEmpty() && !parser.isSet(QStringLiteral("sample"))
        && !parser.isSet(QStringLiteral("function-lab")))
        m_problem = QCoreApplication::translate(
            "FigureCommand", "--export-figure: name the FILE to draw (or a --sample or a --function-lab)");
}

QString FigureCommand::problem() const
{
    return m_problem;
}

int FigureCommand::run(MainWindow& window)
{
    FileController* files = window.files();
    QString loadError;
    QObject::connect(files, &FileController::message, files, [&loadError](const QString& text) { loadError = text; });
    if (files->isLoading()) {
        QEventLoop loop;
        bool ok = false;
        QObject::connect(files, &FileController::loadFinished, &loop, [&loop, &ok](bool loaded) {
            ok = loaded;
            loop.quit();
        });
        loop.exec();
        if (!ok)
            return fail(loadError.isEmpty()
                    ? QCoreApplication::translate("FigureCommand", "the file could not be opened")
                    : loadError);
    }
    // Whatever the start options left for the next pass (grouping, a method) runs first.
    QCoreApplication::processEvents();
    Document* document = window.document();
    if (document->columnCount() == 0)
        return fail(
            loadError.isEmpty() ? QCoreApplication::translate("FigureCommand", "there is nothing to draw") : loadError);
    if (const QString error = writeFigure(*window.chartPanes(), document, m_spec, m_path); !error.isEmpty())
        return fail(QCoreApplication::translate("FigureCommand", "%1 could not be written: %2").arg(m_path, error));
    return 0;
}

} // namespace tangent::ui
