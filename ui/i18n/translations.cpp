// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/i18n/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace tangent::ui {
namespace {

const QString kLangOption = QStringLiteral("lang");
const QString kResourceDir = QStringLiteral(":/i18n");

class LanguageText {
    Q_DECLARE_TR_FUNCTIONS(tangent::ui::LanguageText)
};

/// The installed translators; replaced as a whole when the language changes (tests switch).
struct Installed {
    std::unique_ptr<QTranslator> tangent;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed()
{
    static Installed translators;
    return translators;
}

void remove(std::unique_ptr<QTranslator>& translator)
{
    if (translator)
        QCoreApplication::removeTranslator(translator.get());
    translator.reset();
}

} // namespace

void declareLanguageOption(QCommandLineParser& parser)
{
    parser.addOption({ kLangOption,
        LanguageText::tr("Use the language CODE (en, de, fr, es) instead of the system's; numbers in the "
                         "table follow it."),
        QStringLiteral("code") });
}

QString languageOption(const QCommandLineParser& parser)
{
    return parser.value(kLangOption);
}

QStringList translatedLanguages()
{
    QStringList languages;
    for (const QString& file : QDir(kResourceDir).entryList({ QStringLiteral("tangent_*.qm") }, QDir::Files))
        languages << file.mid(8, file.size() - 11); // tangent_CODE.qm
    languages.removeAll(QStringLiteral("en")); // English's file holds only its plural forms
    return languages;
}

QString languageProblem(const QString& code)
{
    const QLocale locale(code);
    // QLocale falls back to C for anything it does not know, "xx" included.
    if (code.isEmpty() || (locale.language() == QLocale::C && code != QStringLiteral("C")))
        return LanguageText::tr("--lang: '%1' is not a language code; use one of en, %2")
            .arg(code, translatedLanguages().join(QStringLiteral(", ")));
    const QString name = QLocale::languageToCode(locale.language());
    if (name != QStringLiteral("en") && code != QStringLiteral("C") && !translatedLanguages().contains(name))
        return LanguageText::tr("--lang: there is no translation for '%1'; use one of en, %2")
            .arg(code, translatedLanguages().join(QStringLiteral(", ")));
    return {};
}

QString installTranslations(const QLocale& locale)
{
    Installed& current = installed();
    remove(current.tangent);
    remove(current.qt);
    QLocale::setDefault(locale);
    auto tangent = std::make_unique<QTranslator>();
    // load() walks the locale's UI languages ("de-AT", "de", ...) and takes the first it has. The
    // C locale (LANG=C) speaks English: its plural forms too.
    const QLocale texts = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    if (!tangent->load(texts, QStringLiteral("tangent"), QStringLiteral("_"), kResourceDir))
        return QStringLiteral("en");
    QCoreApplication::installTranslator(tangent.get());
    current.tangent = std::move(tangent);
    // Qt's own strings (standard buttons, the file dialog) where qt6-translations-l10n is installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(
            texts, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        current.qt = std::move(qt);
    }
    return current.tangent->language().section(QLatin1Char('_'), 0, 0);
}

} // namespace tangent::ui
