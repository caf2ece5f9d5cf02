#pragma once

#include <QString>
#include <QStringList>

namespace satchel::util {

// Satchel's own translations are compiled into the binary as :/i18n/satchel_<lang>.qm; Qt's own
// (qtbase_<lang>.qm, for the texts of standard dialogs) are used when the system has them.
//
// The language is the user's choice when there is one (the --language option, or the setting
// saved by the settings dialog), else the first of the system's UI languages Satchel has.

// The QSettings key of the saved choice: a language code ("de", "fr", "pt_BR"), or empty for
// "follow the system".
[[nodiscard]] QString languageSettingsKey();
[[nodiscard]] QString savedLanguage();
void saveLanguage(const QString &language);

// The value of --language CODE or --language=CODE in arguments (arguments[0] is the program), or
// an empty string; the option is removed from arguments. Read before any QCommandLineParser
// runs, so that its --help is already in that language.
[[nodiscard]] QString takeLanguageOption(QStringList &arguments);

// The languages Satchel has a translation for, as codes ("de", "es", "fr"), sorted; English, the
// language of the source, is always available and not listed.
[[nodiscard]] QStringList availableLanguages();

// Installs the translators for language (empty: follow the system) on the running
// QCoreApplication, replacing those an earlier call installed, and makes that language's
// QLocale the default so that dates and sizes follow it. Returns the language of the catalogue
// now in use ("en" when no translation matched).
QString installTranslations(const QString &language = {});

} // namespace satchel::util
