// SPDX-License-Identifier: GPL-3.0-or-later
// main() for ui_tests: a QApplication on the offscreen platform (unless one is chosen), then gtest.

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

/// Every test starts with no remembered settings, also when the whole binary runs in one process
/// (a test that saves edge order 2 must not change what the next one loads with).
class ForgetSettings : public ::testing::EmptyTestEventListener {
    void OnTestStart(const ::testing::TestInfo& /*test*/) override { QSettings().clear(); }
};

} // namespace

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
    ::testing::UnitTest::GetInstance()->listeners().Append(new ForgetSettings); // gtest owns it
    return RUN_ALL_TESTS();
}
