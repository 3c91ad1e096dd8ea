// main() for ui_tests: a QApplication on the offscreen platform (unless one is chosen), then gtest.

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Dialogs would wait for a click that never comes; the ui reports through signals instead.
    qputenv("TANGENT_NO_DIALOGS", "1");
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TangentTests"));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
