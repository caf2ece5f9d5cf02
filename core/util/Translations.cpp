#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <utility>

namespace satchel::util {

namespace {

const QString &catalogueDirectory()
{
    static const QString directory = QStringLiteral(":/i18n");
    return directory;
}

// The translators this module installed, so that switching the language removes them again.
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void removeInstalled()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator.data();
        }
    }
    installed().clear();
}

bool install(std::unique_ptr<QTranslator> translator)
{
    if (!QCoreApplication::installTranslator(translator.get()))
        return false;
    // Owned by the application object: it outlives every window that shows translated text.
    translator->setParent(QCoreApplication::instance());
    installed().append(translator.release());
    return true;
}

} // namespace

QString languageSettingsKey()
{
    return QStringLiteral("interface/language");
}

QString savedLanguage()
{
    return QSettings().value(languageSettingsKey()).toString();
}

void saveLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(languageSettingsKey());
    else
        settings.setValue(languageSettingsKey(), language);
}

QString takeLanguageOption(QStringList &arguments)
{
    const QString option = QStringLiteral("--language");
    QString language;
    for (qsizetype i = 1; i < arguments.size();) {
        const QString &a = arguments.at(i);
        if (a == u"--")
            break; // what follows is an operand, even if it looks like the option
        if (a == option && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (a.startsWith(option) && a.mid(option.size()).startsWith(u'=')) {
            language = a.mid(option.size() + 1);
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return language;
}

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files
        = QDir(catalogueDirectory()).entryList({QStringLiteral("satchel_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString code = file.mid(8, file.size() - 8 - 3); // satchel_<code>.qm
        if (code != u"en") // only English plural forms: English is the source language
            languages.append(code);
    }
    languages.sort();
    return languages;
}

QString installTranslations(const QString &language)
{
    removeInstalled();

    // QLocale(language).uiLanguages() for a choice ("de" -> de-DE, de), the system's list
    // otherwise: QTranslator::load(QLocale, ...) tries them in order and takes the first match.
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Dates, numbers and sizes follow the chosen language, or the system's regional settings.
    QLocale::setDefault(locale);
    auto own = std::make_unique<QTranslator>();
    QString chosen = QStringLiteral("en");
    if (own->load(locale, QStringLiteral("satchel"), QStringLiteral("_"), catalogueDirectory()))
        chosen = own->language();
    // else English, the language of the source, whose catalogue holds only the plural forms
    // ("1 message", "2 messages").
    else if (!own->load(QStringLiteral("satchel_en"), catalogueDirectory()))
        return chosen;
    install(std::move(own));
    if (chosen.startsWith(u"en"))
        return chosen; // and standard dialogs stay English too, rather than mix languages

    // Qt's own texts (buttons of standard dialogs, QCommandLineParser's "Displays help ...").
    // Debian ships them in qt6-translations-l10n; windeployqt and macdeployqt copy them.
    const QStringList qtDirectories {QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                                     QCoreApplication::applicationDirPath()
                                         + QStringLiteral("/translations")};
    for (const QString &directory : qtDirectories) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"), directory)) {
            install(std::move(qt));
            break;
        }
    }
    return chosen;
}

} // namespace satchel::util
