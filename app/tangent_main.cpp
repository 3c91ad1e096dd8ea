// tangent: the desktop window. Opens FILE if given, otherwise a bundled sample; the other options
// (screenshots, demos) are ui/startupoptions.h's.
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

    tangent::ui::MainWindow window;
    tangent::ui::StartupOptions options(parser);
    QString error;
    if (!options.apply(window, &error)) {
        std::fprintf(stderr, "tangent: %s\n", qPrintable(error));
        return 2;
    }
    QObject::connect(&options, &tangent::ui::StartupOptions::screenshotDone, &app,
                     [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    return QApplication::exec();
}
