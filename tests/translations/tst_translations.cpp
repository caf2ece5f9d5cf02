#include "util/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>

using namespace satchel;

namespace {

struct Entry
{
    QString context;
    QString source;
    bool numerus = false;
    bool finished = false; // no type="unfinished" / "vanished" / "obsolete"
    QStringList translations; // one, or one per numerus form
};

QList<Entry> readTs(const QString &path, QString *language = nullptr)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    bool inMessage = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (name == u"TS" && language) {
                *language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                entry = Entry {};
                inMessage = true;
                entry.context = context;
                entry.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"source" && inMessage) {
                entry.source = xml.readElementText();
            } else if (name == u"translation" && inMessage) {
                entry.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                if (!entry.numerus)
                    entry.translations.append(xml.readElementText());
            } else if (name == u"numerusform" && inMessage) {
                entry.translations.append(xml.readElementText());
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"message") {
            entries.append(entry);
            inMessage = false;
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return entries;
}

QString key(const Entry &e)
{
    return e.context + u'\x1f' + e.source;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(SATCHEL_SOURCE_DIR "/translations/satchel_%1.ts").arg(language);
}

QStringList languages()
{
    return QStringLiteral(SATCHEL_LANGUAGES).split(u':', Qt::SkipEmptyParts);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void complete_data();
    void complete();
    void englishPlurals();
    void upToDateWithTheCode();
    void loadsTheChosenLanguage();
    void followsTheSystemLanguage();
    void languageOption();
    void savedLanguage();
    void cleanupTestCase();

private:
    QTemporaryDir m_updated;
    QString m_lupdateOutput;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_updated.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("SatchelTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QStandardPaths::setTestModeEnabled(true);

    // The one update command, run into a temporary copy of the .ts files.
    QProcess update;
    update.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TS_OUT_DIR"), m_updated.path());
    env.insert(QStringLiteral("LUPDATE"), QStringLiteral(SATCHEL_LUPDATE));
    update.setProcessEnvironment(env);
    update.start(QStringLiteral("bash"),
                 {QStringLiteral(SATCHEL_SOURCE_DIR "/translations/update.sh")});
    QVERIFY(update.waitForFinished(120000));
    m_lupdateOutput = QString::fromLocal8Bit(update.readAll());
    QVERIFY2(update.exitStatus() == QProcess::NormalExit && update.exitCode() == 0,
             qPrintable(m_lupdateOutput));
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages())
        QTest::newRow(qPrintable(language)) << language;
}

// Every entry of the committed .ts file is translated: nothing unfinished, nothing empty, every
// plural form filled in, and the same %1.. and %n placeholders as the source.
void TestTranslations::complete()
{
    QFETCH(QString, language);
    QString declared;
    const QList<Entry> entries = readTs(tsPath(language), &declared);
    QVERIFY2(!entries.isEmpty(), qPrintable(tsPath(language)));
    QVERIFY2(declared.startsWith(language), qPrintable(declared));
    QStringList problems;
    for (const Entry &e : entries) {
        const QString where = e.context + QStringLiteral(": \"") + e.source + u'"';
        if (!e.finished)
            problems << QStringLiteral("unfinished: ") + where;
        if (e.translations.isEmpty()
            || std::any_of(e.translations.cbegin(), e.translations.cend(),
                           [](const QString &t) { return t.trimmed().isEmpty(); }))
            problems << QStringLiteral("empty: ") + where;
        if (e.numerus && e.translations.size() < 2)
            problems << QStringLiteral("missing plural forms: ") + where;
        for (const QString &t : e.translations) {
            for (const QString &marker : {QStringLiteral("%1"), QStringLiteral("%2"),
                                          QStringLiteral("%3"), QStringLiteral("%n")}) {
                // A plural form may leave %n out ("one message"), never a numbered argument.
                if (e.source.contains(marker) != t.contains(marker)
                    && !(e.numerus && marker == u"%n"))
                    problems << QStringLiteral("placeholder %1 differs: ").arg(marker) + where;
            }
        }
    }
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            problems.join(u'\n')
            + QStringLiteral("\n(translate them in translations/satchel_%1.ts)").arg(language)));
}

// English is the source language; its catalogue has exactly the plural forms.
void TestTranslations::englishPlurals()
{
    const QList<Entry> entries = readTs(tsPath(QStringLiteral("en")));
    QVERIFY(!entries.isEmpty());
    for (const Entry &e : entries) {
        QVERIFY2(e.numerus, qPrintable(e.source));
        QVERIFY2(e.finished && e.translations.size() == 2 && !e.translations.contains(QString()),
                 qPrintable(e.source));
    }
}

// lupdate over the code finds nothing that the .ts files lack: every string the code can show
// has an entry, under the context the code looks it up by at run time.
void TestTranslations::upToDateWithTheCode()
{
    // lupdate warns when a tr() is outside a class that has Q_OBJECT / Q_DECLARE_TR_FUNCTIONS:
    // it then files the text under a context the code never asks for, so it is never translated.
    QVERIFY2(!m_lupdateOutput.contains(QLatin1String("lacks Q_OBJECT"))
                 && !m_lupdateOutput.contains(QLatin1String("warning"), Qt::CaseInsensitive),
             qPrintable(m_lupdateOutput
                        + QStringLiteral("\nUse Q_DECLARE_TR_FUNCTIONS(Context) and "
                                         "Context::tr(), or QCoreApplication::translate().")));
    QStringList all = languages();
    all << QStringLiteral("en");
    for (const QString &language : std::as_const(all)) {
        QSet<QString> committed;
        for (const Entry &e : readTs(tsPath(language)))
            committed.insert(key(e));
        QStringList missing;
        QStringList stale;
        const QList<Entry> updated
            = readTs(m_updated.filePath(QStringLiteral("satchel_%1.ts").arg(language)));
        QSet<QString> current;
        for (const Entry &e : updated) {
            current.insert(key(e));
            if (!committed.contains(key(e)))
                missing << e.context + QStringLiteral(": \"") + e.source + u'"';
        }
        for (const QString &k : std::as_const(committed)) {
            if (!current.contains(k))
                stale << k;
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("satchel_%1.ts lacks strings the code uses (run "
                                           "translations/update.sh, then translate them):\n")
                                .arg(language)
                            + missing.join(u'\n')));
        if (!stale.isEmpty())
            qWarning("satchel_%s.ts has %d entries the code no longer uses; "
                     "translations/update.sh removes them",
                     qPrintable(language), int(stale.size()));
    }
}

void TestTranslations::loadsTheChosenLanguage()
{
    QCOMPARE(util::availableLanguages(), languages());
    const char *context = "satchel::pop3::Session";
    const char *source = "The user name or password is wrong.";
    for (const QString &language : languages()) {
        QVERIFY(util::installTranslations(language).startsWith(language));
        const QString translated = QCoreApplication::translate(context, source);
        QVERIFY2(translated != QLatin1String(source), qPrintable(language));
        QVERIFY(!translated.isEmpty());
        QCOMPARE(QLocale().language(), QLocale(language).language());
    }

    // Plurals: one form for one, another for many, in each language and in English.
    util::installTranslations(QStringLiteral("de"));
    const char *exported = "Exported %n messages to %1.";
    QCOMPARE(QCoreApplication::translate("CommandLineText", exported, nullptr, 1),
             QStringLiteral("1 Nachricht nach %1 exportiert."));
    QCOMPARE(QCoreApplication::translate("CommandLineText", exported, nullptr, 3),
             QStringLiteral("3 Nachrichten nach %1 exportiert."));
    util::installTranslations(QStringLiteral("fr"));
    // French uses the singular for zero too.
    QCOMPARE(QCoreApplication::translate("CommandLineText", exported, nullptr, 0),
             QStringLiteral("0 message exporté vers %1."));
    util::installTranslations(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("CommandLineText", exported, nullptr, 1),
             QStringLiteral("Exported 1 message to %1."));
    QCOMPARE(QCoreApplication::translate("CommandLineText", exported, nullptr, 2),
             QStringLiteral("Exported 2 messages to %1."));
    QCOMPARE(QCoreApplication::translate(context, source), QLatin1String(source));

    // A language Satchel does not have falls back to English, and switching removes the old one.
    util::installTranslations(QStringLiteral("de"));
    QCOMPARE(util::installTranslations(QStringLiteral("ja")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate(context, source), QLatin1String(source));
}

void TestTranslations::followsTheSystemLanguage()
{
    // QLocale::system() reads LANGUAGE / LC_ALL / LANG once, at start-up: check it in a child.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("es"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("es_ES.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("es_ES.UTF-8"));
    env.insert(QStringLiteral("SATCHEL_TRANSLATIONS_CHILD"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), QStringList {});
    QVERIFY(child.waitForFinished(30000));
    const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
    QVERIFY2(child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("system language: es"), output.constData());
}

void TestTranslations::languageOption()
{
    QStringList arguments {QStringLiteral("satchel"), QStringLiteral("--language"),
                           QStringLiteral("fr"), QStringLiteral("search"), QStringLiteral("x")};
    QCOMPARE(util::takeLanguageOption(arguments), QStringLiteral("fr"));
    QCOMPARE(
        arguments,
        (QStringList {QStringLiteral("satchel"), QStringLiteral("search"), QStringLiteral("x")}));
    arguments = {QStringLiteral("satchel"), QStringLiteral("--language=de")};
    QCOMPARE(util::takeLanguageOption(arguments), QStringLiteral("de"));
    QCOMPARE(arguments, QStringList {QStringLiteral("satchel")});
    arguments = {QStringLiteral("satchel"), QStringLiteral("search"), QStringLiteral("--"),
                 QStringLiteral("--language=de")};
    QCOMPARE(util::takeLanguageOption(arguments), QString());
    QCOMPARE(arguments.size(), 4);
}

void TestTranslations::savedLanguage()
{
    util::saveLanguage(QStringLiteral("es"));
    QCOMPARE(util::savedLanguage(), QStringLiteral("es"));
    QCOMPARE(QSettings().value(util::languageSettingsKey()).toString(), QStringLiteral("es"));
    util::saveLanguage(QString());
    QCOMPARE(util::savedLanguage(), QString());
    QVERIFY(!QSettings().contains(util::languageSettingsKey()));
}

void TestTranslations::cleanupTestCase()
{
    QSettings().clear();
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The child of followsTheSystemLanguage: install for the system and say what was chosen.
    if (qEnvironmentVariableIsSet("SATCHEL_TRANSLATIONS_CHILD")) {
        const QString chosen = util::installTranslations();
        printf("system language: %s\n", qPrintable(chosen));
        return 0;
    }
    TestTranslations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
