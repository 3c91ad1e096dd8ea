// SPDX-License-Identifier: GPL-3.0-or-later
// tangent: the desktop window. Opens FILE if given, otherwise shows the start page; the other
// options (screenshots, demos, the recipe) are ui/startupoptions.h's, and --export-figure and
// --export-derivatives write a figure or a derivative CSV without a window
// (ui/figureexport/figurecommand.h, ui/derivativecommand.h).
#include "ui/accessibility/palettes.h"
#include "ui/derivativecommand.h"
#include "ui/figureexport/figurecommand.h"
#include "ui/files/filecontroller.h"
#include "ui/files/recovery/recoverystore.h"
#include "ui/i18n/translations.h"
#include "ui/mainwindow.h"
#include "ui/startupoptions.h"
#include "ui/window/windowrecovery.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

/// Options QGuiApplication and QApplication take themselves (Qt's documentation of QGuiApplication
/// and QApplication): our parser does not know them, yet they are not mistakes.
bool isQtOption(const QString& name)
{
    static const QStringList qtOptions { QStringLiteral("platform"), QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"), QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"),
        QStringLiteral("qwindowicon"), QStringLiteral("qwindowtitle"), QStringLiteral("reverse"),
        QStringLiteral("session"), QStringLiteral("display"), QStringLiteral("geometry"), QStringLiteral("style"),
        QStringLiteral("stylesheet"), QStringLiteral("widgetcount"), QStringLiteral("qmljsdebugger"),
        QStringLiteral("dialogs"), QStringLiteral("fontengine"), QStringLiteral("name"), QStringLiteral("title"),
        QStringLiteral("visual"), QStringLiteral("ncols"), QStringLiteral("cmap"), QStringLiteral("nograb"),
        QStringLiteral("dograb"), QStringLiteral("sync") };
    return qtOptions.contains(name);
}

/// Declares every option of the window's command line on `parser`, with descriptions in the
/// language installed at the time.
void declareOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "See the derivative of tabular data, computed as numpy.gradient."));
    parser.addHelpOption();
    parser.addVersionOption();
    tangent::ui::StartupOptions::declare(parser);
    tangent::ui::FigureCommand::declare(parser);
    tangent::ui::DerivativeCommand::declare(parser);
    tangent::ui::declareLanguageOption(parser);
    tangent::ui::declarePaletteOption(parser);
}

/// --help, --version and mistyped options need no display, but QApplication aborts without one:
/// answer them before it exists. Qt's own options (-platform, -style...) are left to QApplication.
/// The help is in the language of --lang (or the system's), as the window is: the descriptions
/// were declared before any translation could be installed, so they are declared again after it.
void answerWithoutDisplay(QCommandLineParser& parser, int& argc, char** argv)
{
    // Qt's options are single-dash words (-platform): read them as such, not as -p -l -a...
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!parser.parse(arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (std::any_of(unknown.begin(), unknown.end(), isQtOption))
            return;
        std::fprintf(stderr, "tangent: %s\nTry 'tangent --help'.\n", qPrintable(parser.errorText()));
        std::exit(2);
    }
    if (!parser.isSet(QStringLiteral("help")) && !parser.isSet(QStringLiteral("help-all"))
        && !parser.isSet(QStringLiteral("version")))
        return;
    const QCoreApplication app(argc, argv);
    const QString language = tangent::ui::languageOption(parser);
    const bool known = !language.isEmpty() && tangent::ui::languageProblem(language).isEmpty();
    tangent::ui::installTranslations(known ? QLocale(language) : QLocale::system());
    QCommandLineParser translated;
    translated.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    declareOptions(translated);
    translated.process(app); // prints the help or the version and exits
}

/// Prints `problem` (a bad option) and returns true, or returns false when it is empty.
bool refuse(const QString& problem)
{
    if (problem.isEmpty())
        return false;
    std::fprintf(stderr, "tangent: %s\n", qPrintable(problem));
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("Tangent"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tangent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANGENT_VERSION));

    QCommandLineParser parser;
    declareOptions(parser);
    answerWithoutDisplay(parser, argc, argv);
    // A figure is drawn without a window on screen, so without a display, and nobody is there
    // to answer a dialog.
    const bool figure
        = tangent::ui::FigureCommand::requested(argc, argv) || tangent::ui::DerivativeCommand::requested(argc, argv);
    if (figure) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qputenv("TANGENT_NO_DIALOGS", "1");
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tangent.svg")));
    QApplication::setDesktopFileName(QStringLiteral("tangent"));
    parser.process(app);
    // Before any widget exists, so that every text is created in the chosen language and colours.
    const QString language = tangent::ui::languageOption(parser);
    const QString palette = tangent::ui::paletteOption(parser);
    if (refuse(language.isEmpty() ? QString() : tangent::ui::languageProblem(language))
        || refuse(tangent::ui::paletteProblem(palette)))
        return 2;
    tangent::ui::installTranslations(language.isEmpty() ? QLocale::system() : QLocale(language));
    tangent::ui::applyPalette(palette);
    tangent::ui::StartupOptions options(parser);
    tangent::ui::FigureCommand figureCommand(parser);
    tangent::ui::DerivativeCommand derivativeCommand(parser);
    if (refuse(options.problem()) || refuse(figureCommand.problem()) || refuse(derivativeCommand.problem()))
        return 2;
    if (derivativeCommand.several())
        return derivativeCommand.runSeveral(options.recipe().recipe);

    // Declared before the window: the window's recovery writer uses it until the window is gone.
    tangent::ui::RecoveryStore recoveryStore(tangent::ui::RecoveryStore::defaultDirectory());
    tangent::ui::MainWindow window;
    if (figureCommand.wanted() || derivativeCommand.wanted()) {
        window.setAttribute(Qt::WA_DontShowOnScreen); // laid out as if shown; never on screen
        options.openWindow(window);
        return figureCommand.wanted() ? figureCommand.run(window) : derivativeCommand.run(window, options.recipe());
    }
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
