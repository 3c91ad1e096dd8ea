// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/derivativecommand.h"

#include "ui/document/document.h"
#include "ui/files/batchexport.h"
#include "ui/files/batchexportdialog.h"
#include "ui/files/filecontroller.h"
#include "ui/mainwindow.h"
#include "ui/startuprecipe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace tangent::ui {
namespace {

const QString kExportDerivatives = QStringLiteral("export-derivatives");

struct CommandText {
    Q_DECLARE_TR_FUNCTIONS(DerivativeCommand)
};

int fail(const QString& text)
{
    std::fprintf(stderr, "tangent: %s\n", text.toUtf8().constData());
    return 2;
}

} // namespace

void DerivativeCommand::declare(QCommandLineParser& parser)
{
    parser.addOption({ kExportDerivatives,
        CommandText::tr(
            "Write the derivative CSV that File > Export Derivative CSV writes to FILE, without showing a window, "
            "then quit; with several files, or a FOLDER/, export each as Export Derivatives of Several Files does "
            "and print its summary."),
        QStringLiteral("file") });
}

bool DerivativeCommand::requested(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        if (std::strncmp(argv[i], "--export-derivatives", 20) == 0
            || std::strncmp(argv[i], "-export-derivatives", 19) == 0)
            return true;
    }
    return false;
}

DerivativeCommand::DerivativeCommand(const QCommandLineParser& parser)
    : m_path(parser.value(kExportDerivatives)), m_files(parser.positionalArguments())
{
    if (m_path.isEmpty())
        return;
    const bool folder = m_path.endsWith(QLatin1Char('/')) || QFileInfo(m_path).isDir();
    m_several = folder || m_files.size() > 1;
    if (m_files.isEmpty())
        m_problem = CommandText::tr("--export-derivatives: name the FILE to differentiate");
    else if (m_several && !folder)
        m_problem = CommandText::tr("--export-derivatives: %n files need a FOLDER/ for their results, not '%1'",
            nullptr, static_cast<int>(m_files.size()))
                        .arg(m_path);
}

int DerivativeCommand::run(MainWindow& window, const StartupRecipe& recipe)
{
    FileController* files = window.files();
    QString lastMessage;
    QObject::connect(
        files, &FileController::message, files, [&lastMessage](const QString& text) { lastMessage = text; });
    if (files->isLoading()) {
        QEventLoop loop;
        bool ok = false;
        QObject::connect(files, &FileController::loadFinished, &loop, [&loop, &ok](bool loaded) {
            ok = loaded;
            loop.quit();
        });
        loop.exec();
        if (!ok)
            return fail(lastMessage.isEmpty() ? CommandText::tr("the file could not be opened") : lastMessage);
    }
    // The recipe starts the table on the next pass when it was there at once.
    QCoreApplication::processEvents();
    if (!recipe.loadProblem().isEmpty())
        return 2; // already printed in tangent-cli's words
    if (window.document()->columnCount() == 0)
        return fail(lastMessage.isEmpty() ? CommandText::tr("there is nothing to differentiate") : lastMessage);
    lastMessage.clear();
    if (!files->writeDerivative(m_path))
        return fail(lastMessage.isEmpty() ? CommandText::tr("%1 could not be written").arg(m_path) : lastMessage);
    return 0;
}

int DerivativeCommand::runSeveral(const Recipe& recipe) const
{
    BatchRecipe batch;
    batch.recipe = recipe;
    BatchExport job;
    QEventLoop loop;
    QObject::connect(&job, &BatchExport::finished, &loop, &QEventLoop::quit);
    if (const QString error = job.start(m_files, m_path, batch); !error.isEmpty())
        return fail(error);
    loop.exec();
    const std::vector<BatchOutcome>& outcomes = job.outcomes();
    const QString summary
        = BatchExportDialog::summaryOf(outcomes, static_cast<int>(m_files.size()), m_path, job.wasCancelled());
    std::fprintf(stdout, "%s\n", summary.toUtf8().constData());
    std::fflush(stdout);
    const bool failed = outcomes.size() != static_cast<std::size_t>(m_files.size())
        || std::any_of(outcomes.begin(), outcomes.end(), [](const BatchOutcome& o) { return !o.written; });
    return failed ? 2 : 0;
}

} // namespace tangent::ui
