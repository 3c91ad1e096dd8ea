// tangent: the desktop window. Opens FILE if given, otherwise a bundled sample; the other options
// (screenshots, demos) are ui/startupoptions.h's.
#include "ui/files/filecontroller.h"
#include "ui/files/recovery/recoveryoffer.h"
#include "ui/files/recovery/recoverystore.h"
#include "ui/mainwindow.h"
#include "ui/startupoptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tangent"));
    QApplication::setOrganizationName(QStringLiteral("Tangent"));
    QApplication::setApplicationVersion(QStringLiteral(TANGENT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tangent.svg")));
    QApplication::setDesktopFileName(QStringLiteral("tangent"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("See the derivative of tabular data, computed as numpy.gradient."));
    parser.addHelpOption();
    parser.addVersionOption();
    tangent::ui::StartupOptions::declare(parser);
    parser.process(app);
    tangent::ui::StartupOptions options(parser);
    if (const QString problem = options.problem(); !problem.isEmpty()) {
        std::fprintf(stderr, "tangent: %s\n", qPrintable(problem));
        return 2;
    }

    // Declared before the window: the window's recovery writer uses it until the window is gone.
    tangent::ui::RecoveryStore recoveryStore(tangent::ui::RecoveryStore::defaultDirectory());
    tangent::ui::MainWindow window;
    options.openWindow(window);
    // After a crash: offer the unsaved changes it left (a --screenshot grabs this dialog too).
    // Scripted runs keep them for the next interactive start.
    if (tangent::ui::dialogsSuppressed())
        window.enableRecovery(&recoveryStore);
    else
        tangent::ui::offerRecovery(window, recoveryStore);
    options.openDialog(window);
    QObject::connect(&options, &tangent::ui::StartupOptions::screenshotDone, &app,
        [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    return QApplication::exec();
}
