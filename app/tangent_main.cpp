// tangent: the desktop window. Opens FILE if given, otherwise a bundled sample.
#include "ui/datatableview.h"
#include "ui/filecontroller.h"
#include "ui/functionlabdialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QFileInfo>
#include <QHash>
#include <QIcon>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

/// --function-lab EXPR [--points N] [--noise S] [--seed K] [--jitter J]: generates from EXPR with
/// the exact derivative and error overlays shown (a bad EXPR leaves the lab open with its message).
void startFunctionLab(tangent::ui::MainWindow& window, const QCommandLineParser& parser)
{
    tangent::ui::FunctionLabDialog* lab = window.functionLabDialog();
    lab->setExpression(parser.value(QStringLiteral("function-lab")));
    if (parser.isSet(QStringLiteral("points")))
        lab->setPoints(parser.value(QStringLiteral("points")).toInt());
    if (parser.isSet(QStringLiteral("noise")))
        lab->setNoise(parser.value(QStringLiteral("noise")).toDouble());
    if (parser.isSet(QStringLiteral("seed")))
        lab->setSeed(parser.value(QStringLiteral("seed")).toInt());
    if (parser.isSet(QStringLiteral("jitter")))
        lab->setJitter(parser.value(QStringLiteral("jitter")).toDouble());
    lab->setShowExact(true);
    lab->setShowError(true);
    lab->show();
    if (!lab->generate())
        std::fprintf(stderr, "tangent: %s\n", qPrintable(lab->expressionMessage()));
}

/// --show DIALOG: convergence, compare-edges, compare-methods or whole-computation. False for
/// another name.
bool showDialog(tangent::ui::MainWindow& window, const QString& name)
{
    const QHash<QString, QString> actions{{QStringLiteral("convergence"), QStringLiteral("actionConvergence")},
                                          {QStringLiteral("compare-edges"), QStringLiteral("actionCompareEdgeOrders")},
                                          {QStringLiteral("compare-methods"), QStringLiteral("actionCompareMethods")},
                                          {QStringLiteral("whole-computation"),
                                           QStringLiteral("actionWholeComputation")}};
    if (!actions.contains(name))
        return false;
    window.action(actions.value(name))->trigger();
    return true;
}

/// Saves each open dialog beside the window's screenshot `path`: FILE-dialog.png, FILE-dialog2.png,
/// ..., the Function Lab last so that a --show dialog is FILE-dialog.png.
bool grabDialogs(const QWidget& window, const QString& path)
{
    QList<QDialog*> dialogs;
    for (QDialog* dialog : window.findChildren<QDialog*>())
        if (dialog->isVisible())
            dialogs.append(dialog);
    std::stable_partition(dialogs.begin(), dialogs.end(),
                          [](const QDialog* d) { return d->objectName() != QStringLiteral("FunctionLabDialog"); });
    const QFileInfo info(path);
    bool ok = true;
    for (qsizetype i = 0; i < dialogs.size(); ++i) {
        const QString suffix = i == 0 ? QStringLiteral("-dialog") : QStringLiteral("-dialog%1").arg(i + 1);
        const QString file = info.path() + QLatin1Char('/') + info.completeBaseName() + suffix + QStringLiteral(".png");
        ok = dialogs[i]->grab().save(file, "PNG") && ok;
    }
    return ok;
}

/// --help and --version need no display, but QApplication aborts without one: answer them before
/// it exists. Anything else, Qt's own -platform or -style included, is left to QApplication.
void answerHelpOrVersion(QCommandLineParser& parser, int& argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!parser.parse(arguments))
        return;
    if (!parser.isSet(QStringLiteral("help")) && !parser.isSet(QStringLiteral("help-all"))
        && !parser.isSet(QStringLiteral("version")))
        return;
    const QCoreApplication app(argc, argv);
    parser.process(app);  // prints the help or the version and exits
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("Tangent"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tangent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANGENT_VERSION));

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
    const QCommandLineOption selectRow(QStringLiteral("select-row"),
                                       QStringLiteral("Select row N (0-based) in the table once loaded (the Explain "
                                                      "panel explains it)."),
                                       QStringLiteral("row"));
    parser.addOption(selectRow);
    const QCommandLineOption functionLab(QStringLiteral("function-lab"),
                                         QStringLiteral("Generate data from EXPR (Function Lab) with the exact "
                                                        "derivative and error shown, instead of opening a sample."),
                                         QStringLiteral("expr"));
    parser.addOption(functionLab);
    parser.addOption({QStringLiteral("points"), QStringLiteral("Function Lab: number of points."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("noise"), QStringLiteral("Function Lab: noise standard deviation."),
                      QStringLiteral("sigma")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Function Lab: random seed."), QStringLiteral("k")});
    parser.addOption({QStringLiteral("jitter"), QStringLiteral("Function Lab: jitter x by up to J of a step (< 1)."),
                      QStringLiteral("j")});
    const QCommandLineOption show(QStringLiteral("show"),
                                  QStringLiteral("Open DIALOG: convergence, compare-edges, compare-methods or "
                                                 "whole-computation."),
                                  QStringLiteral("dialog"));
    parser.addOption(show);
    answerHelpOrVersion(parser, argc, argv);

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tangent.svg")));
    QApplication::setDesktopFileName(QStringLiteral("tangent"));
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
    if (parser.isSet(selectRow)) {
        const int row = parser.value(selectRow).toInt();
        const auto select = [&window, row] { window.tableView()->selectDataRow(row); };
        QObject::connect(window.files(), &tangent::ui::FileController::loadFinished, &window, select);
        QTimer::singleShot(0, &window, select);
    }
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.files()->openPath(files.first());
    else if (!parser.isSet(functionLab))
        window.openSample(parser.value(sample));
    if (parser.isSet(functionLab))
        startFunctionLab(window, parser);
    if (parser.isSet(show) && !showDialog(window, parser.value(show))) {
        std::fprintf(stderr, "tangent: --show: unknown dialog '%s'\n", qPrintable(parser.value(show)));
        return 2;
    }
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        // Give loading and the chart's deferred reduction time to finish, then grab the window.
        QTimer::singleShot(1500, &window, [&window, path] {
            const bool ok = window.grab().save(path, "PNG") && grabDialogs(window, path);
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}
