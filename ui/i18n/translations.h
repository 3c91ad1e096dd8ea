// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The window's language: Tangent's own translations (compiled in from resources/translations)
// and Qt's (its dialogs and buttons, where installed), chosen by the system locale or by
// `tangent --lang CODE`. The same choice sets QLocale's default, so numbers in the table follow
// the language (a decimal comma in German).

#include <QLocale>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace tangent::ui {

/// Declares `--lang CODE` on `parser`.
void declareLanguageOption(QCommandLineParser& parser);
/// The --lang value after `parser` processed the arguments, or empty.
[[nodiscard]] QString languageOption(const QCommandLineParser& parser);

/// The languages Tangent has translations for ("de", "es", "fr"), besides English.
[[nodiscard]] QStringList translatedLanguages();

/// What is wrong with a --lang value (not a language code, or one without a translation), or empty.
[[nodiscard]] QString languageProblem(const QString& code);

/// Installs the translations for `locale` (replacing any installed before) and makes it the
/// default QLocale. English installs only its plural forms ("1 row", "2 rows"); a language
/// without a translation shows the English texts. Returns the language whose translation is in
/// use, or "en".
QString installTranslations(const QLocale& locale);

} // namespace tangent::ui
