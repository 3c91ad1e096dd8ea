// main() for ui_tests: a QApplication on the offscreen platform (unless one is chosen), then gtest.

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Dialogs would wait for a click that never comes; the ui reports through signals instead.
    qputenv("TANGENT_NO_DIALOGS", "1");
    // ctest runs each test in its own process, several at once: a home of its own keeps one test's
    // QSettings (e.g. a remembered edge order) and data files from reaching another.
    const QTemporaryDir home;
    if (home.isValid())
        qputenv("HOME", home.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location under that home
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TangentTests"));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
