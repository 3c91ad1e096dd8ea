// tangent: the desktop window. Opens FILE if given, otherwise a bundled sample.
#include "ui/filecontroller.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

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
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("CSV or .npy file to open"));
    const QCommandLineOption sample(QStringLiteral("sample"), QStringLiteral("Open the bundled sample NAME."),
                                    QStringLiteral("name"), QStringLiteral("noisy-sine"));
    parser.addOption(sample);
    parser.process(app);

    tangent::ui::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.files()->openPath(files.first());
    else
        window.openSample(parser.value(sample));
    return QApplication::exec();
}
