// SPDX-License-Identifier: GPL-3.0-or-later
// The core's messages in the window's language: every MessageId's template translated in each
// language (lupdate reading them from the core is checked in test_translations.cpp), shown
// translated (location words, nested reasons) where the window shows a core error, with numbers
// in the language's format.

#include "tests/ui/i18n/tsfile.h"

#include "core/errors.h"
#include "core/io/csv.h"
#include "core/messages/message.h"
#include "core/smoothing/smoothing.h"
#include "core/uncertainty/uncertainty.h"
#include "ui/i18n/coremessages.h"
#include "ui/i18n/translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

#include <gtest/gtest.h>

#include <limits>
#include <stdexcept>
#include <string>

namespace tangent::ui {
namespace {

using testing::placeholders;
using testing::readTsFile;
using testing::TsFile;
using testing::TsMessage;

const QStringList kLanguages { QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr") };

/// Installs `language`'s translations for one test and the ones before it afterwards.
class LanguageScope {
public:
    explicit LanguageScope(const QString& language) : m_before(QLocale()) { installTranslations(QLocale(language)); }
    ~LanguageScope() { installTranslations(m_before); }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

private:
    QLocale m_before;
};

QList<MessageId> allIds()
{
    QList<MessageId> ids;
    for (int i = 0; i < static_cast<int>(MessageId::Count_); ++i)
        ids << static_cast<MessageId>(i);
    return ids;
}

TEST(CoreMessages, EveryTemplateIsTranslatedInEachLanguage)
{
    for (const QString& language : kLanguages) {
        SCOPED_TRACE(language.toStdString());
        const TsFile ts = readTsFile(QStringLiteral(TANGENT_TS_DIR "/tangent_%1.ts").arg(language));
        ASSERT_TRUE(ts.error.isEmpty()) << ts.error.toStdString();
        QHash<QString, TsMessage> core;
        for (const TsMessage& m : ts.messages) {
            if (m.context == QLatin1String(kCoreMessageContext))
                core.insert(m.source, m);
        }
        QStringList sources;
        for (MessageId id : allIds())
            sources << QString::fromUtf8(englishTemplate(id));
        sources << QStringLiteral("row %1, column %2") << QStringLiteral("row %1") << QStringLiteral("column %1");
        for (const QString& source : sources) {
            const auto found = core.constFind(source);
            ASSERT_NE(found, core.constEnd())
                << "not in tangent_" << language.toStdString() << ".ts: " << source.toStdString();
            EXPECT_TRUE(found->type.isEmpty()) << found->type.toStdString() << ": " << source.toStdString();
            ASSERT_EQ(found->translations.size(), 1) << source.toStdString();
            const QString& text = found->translations.front();
            EXPECT_FALSE(text.trimmed().isEmpty()) << source.toStdString();
            EXPECT_EQ(placeholders(text), placeholders(source)) << source.toStdString() << " -> " << text.toStdString();
            // Only the bare "%1" (a message not in the catalogue) and a size with its unit symbol
            // (kB, MB, ...: SI symbols are the same in every language, and Spanish writes bytes)
            // may read as in English.
            static const QStringList sameEverywhere { QStringLiteral("%1"), QStringLiteral("%1 bytes"),
                QStringLiteral("%1 kB"), QStringLiteral("%1 MB"), QStringLiteral("%1 GB"), QStringLiteral("%1 TB"),
                QStringLiteral("%1 PB"), QStringLiteral("%1 EB") };
            if (!sameEverywhere.contains(source)) {
                EXPECT_NE(text, source) << "left in English: " << source.toStdString();
            }
        }
    }
}

TEST(CoreMessages, AFileErrorReadsInGermanWithItsLocation)
{
    const LanguageScope scope(QStringLiteral("de"));
    try {
        (void)readCsv("t,y\n1,2\n2,3,4\n", {}, "data.csv");
        FAIL() << "a ragged row was read";
    } catch (const InputError& e) {
        const QString text = translateException(e);
        EXPECT_TRUE(text.startsWith(QStringLiteral("data.csv: Zeile 3, Spalte 3: "))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("(Zeile 1)"))) << "the nested reference: " << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("this row"))) << text.toStdString();
        EXPECT_TRUE(QString::fromUtf8(e.what()).contains(QStringLiteral("this row has 3 fields"))) << "what() stays";
    }
}

TEST(CoreMessages, NestedReasonsAndCarriersAreTranslated)
{
    const LanguageScope scope(QStringLiteral("fr"));
    const UncertaintyError band(
        Message { MessageId::NoUncertaintyBandFor, { "y" }, { Message { MessageId::TvrHasNoBand, {}, {} } } });
    const QString text = translateException(band);
    EXPECT_FALSE(text.contains(QStringLiteral("total variation (tvr) has no"))) << text.toStdString();
    EXPECT_EQ(text,
        QCoreApplication::translate(kCoreMessageContext, "no uncertainty band for '%1': %2")
            .replace(QStringLiteral("%1"), QStringLiteral("y"))
            .replace(QStringLiteral("%2"),
                QCoreApplication::translate(kCoreMessageContext, englishTemplate(MessageId::TvrHasNoBand))));
    // An argument is inserted as it is, never read for placeholders of its own.
    const SmoothingError odd(Message { MessageId::SavgolWindowEven, { "%1%2" }, {} });
    EXPECT_TRUE(translateException(odd).contains(QStringLiteral("%1%2"))) << translateException(odd).toStdString();
    // An error without a message is shown as it is.
    EXPECT_EQ(translateException(std::runtime_error("plain")), QStringLiteral("plain"));
}

TEST(CoreMessages, NumbersFollowTheLanguageTextsStayAsTheyAre)
{
    const LanguageScope scope(QStringLiteral("de"));
    EXPECT_EQ(localizedArgument(MessageArg::real(0.5)), QStringLiteral("0,5"));
    EXPECT_EQ(localizedArgument(MessageArg::real(-1.5e-7)), QStringLiteral("-1,5E-07"));
    EXPECT_EQ(localizedArgument(MessageArg::real(std::string("3.26"))), QStringLiteral("3,26"));
    EXPECT_EQ(localizedArgument(MessageArg::integer(12345)), QStringLiteral("12345")) << "no group separator";
    EXPECT_EQ(localizedArgument(MessageArg("0.5")), QStringLiteral("0.5")) << "a text stays as it is";
    EXPECT_EQ(localizedArgument(MessageArg::real(std::numeric_limits<double>::infinity())), QStringLiteral("inf"));
    // In a whole message: German words, German numbers; the English text keeps C format.
    const Message ratio { MessageId::RatioNotFinite, { MessageArg::real(2.5) }, {} };
    EXPECT_EQ(ratio.english(), "--ratio (log10 of q/r) must be a finite number, not 2.5");
    const QString text = translateMessage(ratio);
    EXPECT_TRUE(text.contains(QStringLiteral("2,5"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("2.5"))) << text.toStdString();
}

/// A translation that marks every core message it is asked for, to show which parts of a text go
/// through the translations.
class MarkingTranslator : public QTranslator {
public:
    [[nodiscard]] QString translate(
        const char* context, const char* source, const char* /*disambiguation*/, int /*n*/) const override
    {
        if (QLatin1String(context) != QLatin1String(kCoreMessageContext))
            return {};
        return QLatin1Char('[') + QString::fromUtf8(source) + QLatin1Char(']');
    }
    [[nodiscard]] bool isEmpty() const override { return false; }
};

TEST(CoreMessages, AMissingFilesSystemReasonReadsInTheLanguage)
{
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    const std::string path = ::testing::TempDir() + "tangent-no-such-file.csv";
    try {
        (void)readCsvFile(path);
        ADD_FAILURE() << "a missing file was read";
    } catch (const InputError& e) {
        EXPECT_EQ(translateException(e),
            QString::fromStdString(path) + QStringLiteral(": [cannot open the file: [No such file or directory]]"));
        EXPECT_EQ(std::string(e.what()), path + ": cannot open the file: No such file or directory");
    }
    QCoreApplication::removeTranslator(&marking);
}

TEST(CoreMessages, SizesAreWrittenInTheLanguagesFormatAndUnits)
{
    // German: the decimal comma, and the unit word translated.
    const LanguageScope scope(QStringLiteral("de"));
    EXPECT_EQ(translateMessage(sizeMessage(1500)), QStringLiteral("1,5 kB"));
    EXPECT_EQ(translateMessage(sizeMessage(900)), QStringLiteral("900 Byte"));
}

} // namespace
} // namespace tangent::ui
