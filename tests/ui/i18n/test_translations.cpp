// SPDX-License-Identifier: GPL-3.0-or-later
// The German, French and Spanish translations: complete, covering every text lupdate finds in the
// sources, loaded by the window; and the table's numbers in the language's format while files and
// copied cells stay in C format.

#include "tests/ui/i18n/tsfile.h"
#include "tests/ui/uitestsupport.h"

#include "core/io/csv.h"
#include "core/messages/message.h"
#include "ui/chart/chartview.h"
#include "ui/document/document.h"
#include "ui/files/filecontroller.h"
#include "ui/i18n/coremessages.h"
#include "ui/i18n/translations.h"
#include "ui/mainwindow.h"
#include "ui/table/datatableview.h"
#include "ui/table/tablemodel.h"

#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QKeySequence>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace tangent::ui {
namespace {

using testing::mnemonicCount;
using testing::numberColumn;
using testing::placeholders;
using testing::readTsFile;
using testing::TsFile;
using testing::TsMessage;

const QStringList kLanguages { QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr") };

QString tsPath(const QString& language)
{
    return QStringLiteral(TANGENT_TS_DIR "/tangent_%1.ts").arg(language);
}

QString key(const TsMessage& m)
{
    return m.context + QLatin1Char('\x1f') + m.source + QLatin1Char('\x1f') + m.comment;
}

/// A source text that is a key sequence ("Ctrl+E", "F2", "]"): QKeySequence parses the
/// translation, so it must stay a key sequence in portable (English) form.
bool isShortcut(const QString& source)
{
    if (source.contains(QLatin1Char(' ')) || source.size() > 16)
        return false;
    const QKeySequence sequence = QKeySequence::fromString(source, QKeySequence::PortableText);
    return !sequence.isEmpty() && sequence.toString(QKeySequence::PortableText) == source
        && (source.size() == 1 ? !source.front().isLetterOrNumber() || source == QStringLiteral("T")
                               : source.contains(QLatin1Char('+')) || source.startsWith(QLatin1Char('F')));
}

/// Switches the language for one test and back to what it was.
class LanguageScope {
public:
    explicit LanguageScope(const QString& language) : m_before(QLocale())
    {
        m_loaded = installTranslations(QLocale(language));
    }
    ~LanguageScope() { installTranslations(m_before); }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;
    [[nodiscard]] QString loaded() const { return m_loaded; }

private:
    QLocale m_before;
    QString m_loaded;
};

TEST(Translations, EveryEntryIsFinishedWithTheSamePlaceholders)
{
    for (const QString& language : kLanguages + QStringList { QStringLiteral("en") }) {
        SCOPED_TRACE(language.toStdString());
        const TsFile ts = readTsFile(tsPath(language));
        ASSERT_TRUE(ts.error.isEmpty()) << ts.error.toStdString();
        EXPECT_EQ(ts.language, language);
        ASSERT_GT(ts.messages.size(), language == QStringLiteral("en") ? 4 : 400); // English: plurals only
        for (const TsMessage& m : ts.messages) {
            const std::string where = (m.context + QStringLiteral(": ") + m.source).toStdString();
            EXPECT_TRUE(m.type.isEmpty()) << m.type.toStdString() << " entry: " << where;
            ASSERT_FALSE(m.translations.isEmpty()) << where;
            for (const QString& text : m.translations) {
                EXPECT_FALSE(text.trimmed().isEmpty()) << "empty translation: " << where;
                EXPECT_EQ(placeholders(text), placeholders(m.source))
                    << where << "\n  translated as: " << text.toStdString();
                EXPECT_EQ(mnemonicCount(text), mnemonicCount(m.source))
                    << "a mnemonic (&) lost or added: " << where << "\n  translated as: " << text.toStdString();
                if (isShortcut(m.source)) {
                    EXPECT_EQ(text, m.source) << "a shortcut must stay in portable form: " << where;
                }
            }
            if (m.numerus) {
                EXPECT_EQ(m.translations.size(), 2) << "German, Spanish and French have two plural forms: " << where;
            }
        }
    }
}

TEST(Translations, CoverEveryTextLupdateFindsInTheSources)
{
    // lupdate over the same sources and include path as the update_translations target.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("tangent_de.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(TANGENT_LUPDATE),
        { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
            QStringLiteral("-tr-function-alias"), QStringLiteral(TANGENT_LUPDATE_ALIAS),
            QStringLiteral("@" TANGENT_LUPDATE_LIST), QStringLiteral("-ts"), fresh });
    ASSERT_TRUE(lupdate.waitForFinished(60000)) << lupdate.errorString().toStdString();
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    const TsFile found = readTsFile(fresh);
    ASSERT_TRUE(found.error.isEmpty()) << found.error.toStdString();
    ASSERT_GT(found.messages.size(), 400);
    QSet<QString> sourceKeys;
    QSet<QString> pluralKeys;
    for (const TsMessage& m : found.messages) {
        sourceKeys.insert(key(m));
        if (m.numerus)
            pluralKeys.insert(key(m));
    }
    // lupdate finds the core's message templates where the core keeps them (no copy in ui/).
    for (int i = 0; i < static_cast<int>(MessageId::Count_); ++i) {
        TsMessage core;
        core.context = QString::fromLatin1(kCoreMessageContext);
        core.source = QString::fromUtf8(englishTemplate(static_cast<MessageId>(i)));
        EXPECT_TRUE(sourceKeys.contains(key(core))) << "lupdate misses the template " << core.source.toStdString();
    }
    QSet<QString> english;
    for (const TsMessage& m : readTsFile(tsPath(QStringLiteral("en"))).messages)
        english.insert(key(m));
    EXPECT_EQ(english, pluralKeys) << "tangent_en.ts holds exactly the texts with plural forms";
    for (const QString& language : kLanguages) {
        SCOPED_TRACE(language.toStdString());
        QSet<QString> translated;
        for (const TsMessage& m : readTsFile(tsPath(language)).messages)
            translated.insert(key(m));
        for (const QString& k : sourceKeys)
            EXPECT_TRUE(translated.contains(k))
                << "not in the .ts file (run scripts/update-translations.sh): " << k.toStdString();
        for (const QString& k : translated)
            EXPECT_TRUE(sourceKeys.contains(k)) << "no longer in the sources: " << k.toStdString();
    }
}

TEST(Translations, WindowOpensInEachLanguage)
{
    const QHash<QString, QStringList> expected {
        { QStringLiteral("de"), { QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Hilfe") } },
        { QStringLiteral("es"), { QStringLiteral("&Archivo"), QStringLiteral("&Editar"), QStringLiteral("A&yuda") } },
        { QStringLiteral("fr"), { QStringLiteral("&Fichier"), QStringLiteral("&Édition"), QStringLiteral("&Aide") } },
    };
    QStringList english;
    {
        MainWindow window;
        for (QAction* menu : window.menuBar()->actions())
            english << menu->text();
    }
    ASSERT_EQ(english.first(), QStringLiteral("&File"));
    for (const QString& language : kLanguages) {
        SCOPED_TRACE(language.toStdString());
        const LanguageScope scope(language);
        ASSERT_EQ(scope.loaded(), language);
        MainWindow window;
        window.show();
        QStringList titles;
        for (QAction* menu : window.menuBar()->actions())
            titles << menu->text();
        ASSERT_EQ(titles.size(), english.size());
        EXPECT_EQ(titles.first(), expected[language][0]);
        EXPECT_EQ(titles[1], expected[language][1]);
        EXPECT_EQ(titles.last(), expected[language][2]);
        for (qsizetype i = 0; i < titles.size(); ++i)
            EXPECT_NE(titles[i], english[i]) << "menu left in English: " << english[i].toStdString();
        // Qt's own texts (standard buttons) too, from qt6-translations-l10n (scripts/install-deps.sh).
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_%1.qm");
        if (QFile::exists(qtbase.arg(language))) {
            EXPECT_NE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        }
        for (QDockWidget* dock : window.findChildren<QDockWidget*>())
            EXPECT_FALSE(
                QStringList({ QStringLiteral("Derivative"), QStringLiteral("Diagnostics"), QStringLiteral("Explain") })
                    .contains(dock->windowTitle()))
                << dock->windowTitle().toStdString();
    }
}

TEST(Translations, LanguageOptionRefusesWhatItCannotShow)
{
    EXPECT_EQ(translatedLanguages(), kLanguages);
    EXPECT_TRUE(languageProblem(QStringLiteral("de")).isEmpty());
    EXPECT_TRUE(languageProblem(QStringLiteral("fr_CA")).isEmpty());
    EXPECT_TRUE(languageProblem(QStringLiteral("en")).isEmpty());
    EXPECT_TRUE(languageProblem(QStringLiteral("xx")).contains(QStringLiteral("'xx'")));
    EXPECT_TRUE(languageProblem(QStringLiteral("ja")).contains(QStringLiteral("no translation")));
    // English installs its plural forms only.
    const LanguageScope scope(QStringLiteral("en"));
    EXPECT_EQ(scope.loaded(), QStringLiteral("en"));
    EXPECT_EQ(QCoreApplication::translate("tangent::ui::MainWindow", "%n row(s)", nullptr, 1), QStringLiteral("1 row"));
    EXPECT_EQ(
        QCoreApplication::translate("tangent::ui::MainWindow", "%n row(s)", nullptr, 200), QStringLiteral("200 rows"));
    EXPECT_EQ(QCoreApplication::translate("tangent::ui::MainWindow", "&File"), QStringLiteral("&File"));
}

TEST(GermanTable, ShowsAndReadsDecimalCommaButWritesCFormat)
{
    const LanguageScope scope(QStringLiteral("de"));
    QTemporaryDir dir;
    MainWindow window;
    Document* doc = window.document();
    doc->loadColumns({ numberColumn(QStringLiteral("x"), { 0, 0.5, 1.5 }),
                         numberColumn(QStringLiteral("y"), { 1.25, 2.5, 1234.75 }) },
        {});
    TableModel* model = window.tableModel();
    EXPECT_EQ(model->data(model->index(0, 1)).toString(), QStringLiteral("1,25"));
    // No group separator: the editor's text must read back, and "1.234" means 1.234 to Tangent.
    EXPECT_EQ(model->data(model->index(2, 1)).toString(), QStringLiteral("1234,75"));
    EXPECT_EQ(model->data(model->index(2, 1), Qt::EditRole).toString(), QStringLiteral("1234,75"));
    // The derivative column: (2.5 - 1.25) / 0.5 = 2.5 in row 0.
    EXPECT_EQ(model->data(model->index(0, 2)).toString(), QStringLiteral("2,5"));
    // The chart's axis labels follow too.
    EXPECT_TRUE(window.chartView()->chart()->localizeNumbers());
    EXPECT_EQ(window.chartView()->chart()->locale().decimalPoint(), QStringLiteral(","));

    // Typed input: the decimal comma, and the C format too.
    ASSERT_TRUE(model->setData(model->index(1, 1), QStringLiteral("3,5"), Qt::EditRole));
    EXPECT_EQ(doc->value(1, 1), 3.5);
    ASSERT_TRUE(model->setData(model->index(1, 1), QStringLiteral("2.75"), Qt::EditRole));
    EXPECT_EQ(doc->value(1, 1), 2.75);
    EXPECT_FALSE(model->setData(model->index(1, 1), QStringLiteral("1.234,5"), Qt::EditRole));

    // Copied cells are in C format, and paste back to the same values in German.
    window.tableView()->selectAll();
    window.tableView()->copySelection();
    const QString copied = QApplication::clipboard()->text();
    EXPECT_TRUE(copied.contains(QStringLiteral("1.25\t")) && copied.contains(QStringLiteral("1234.75")))
        << copied.toStdString();
    EXPECT_FALSE(copied.contains(QLatin1Char(','))) << copied.toStdString();
    window.tableView()->setCurrentIndex(model->index(0, 0));
    window.tableView()->pasteText(QStringLiteral("0\t1.234\n0.5\t0,5\n"));
    EXPECT_EQ(doc->value(0, 1), 1.234);
    EXPECT_EQ(doc->value(1, 1), 0.5);

    // Files stay in C format.
    const QString derivative = dir.filePath(QStringLiteral("d.csv"));
    const QString table = dir.filePath(QStringLiteral("t.csv"));
    ASSERT_TRUE(window.files()->writeDerivative(derivative));
    ASSERT_TRUE(window.files()->writeTable(table));
    for (const QString& path : { derivative, table }) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        EXPECT_TRUE(text.contains(QStringLiteral("1234.75"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("1234,75"))) << text.toStdString();
    }
    const CsvTable read = readCsvFile(table.toStdString());
    ASSERT_EQ(read.columns.size(), 2u);
    EXPECT_EQ(read.columns[1].values, (std::vector<double> { 1.234, 0.5, 1234.75 }));
}

} // namespace
} // namespace tangent::ui
