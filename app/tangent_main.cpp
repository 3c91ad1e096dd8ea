// tangent: the desktop window. Opens FILE if given, otherwise a bundled sample.
#include "ui/datatableview.h"
#include "ui/filecontroller.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

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
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window to the PNG FILE once shown, then quit."),
                                        QStringLiteral("file"));
    parser.addOption(screenshot);
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size WxH, e.g. 1280x780."),
                                  QStringLiteral("size"));
    parser.addOption(size);
    const QCommandLineOption tangentRow(QStringLiteral("tangent-row"),
                                        QStringLiteral("Show the tangent at row N (0-based) once loaded."),
                                        QStringLiteral("row"));
    parser.addOption(tangentRow);
    parser.process(app);

    tangent::ui::MainWindow window;
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        if (parts.size() == 2)
            window.resize(parts[0].toInt(), parts[1].toInt());
    }
    window.show();
    if (parser.isSet(tangentRow)) {
        // Files load in the background: select the row whenever a table arrives.
        const int row = parser.value(tangentRow).toInt();
        const auto showTangent = [&window, row] {
            window.action(QStringLiteral("actionTangent"))->setChecked(true);
            window.tableView()->selectDataRow(row);
        };
        QObject::connect(window.files(), &tangent::ui::FileController::loadFinished, &window, showTangent);
        QTimer::singleShot(0, &window, showTangent);  // a sample is there by then
    }
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.files()->openPath(files.first());
    else
        window.openSample(parser.value(sample));
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        // Give loading and the chart's deferred reduction time to finish, then grab the window.
        QTimer::singleShot(1500, &window, [&window, path] {
            const bool ok = window.grab().save(path, "PNG");
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}
