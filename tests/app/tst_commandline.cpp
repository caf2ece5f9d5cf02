#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The real `satchel` binary on generated mail: import, search, show, export, check, bad usage.
// It must never need a display for these (QT_QPA_PLATFORM is unset here on purpose).
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importsAndSkipsDuplicates();
    void searches();
    void quickSearchEqualsArchiveSearch_data();
    void quickSearchEqualsArchiveSearch();
    void launcherLoadsNoQt();
    void showsRawJsonAndText();
    void exportsAndReimports();
    void checks();
    void badUsage_data();
    void badUsage();
    void namesFilesItCannotImport();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    // quickSearch: SATCHEL_QUICK_SEARCH for the run ("only", "off"), if any.
    Run satchel(const QStringList &arguments, const QString &profile = QString(),
                const char *quickSearch = nullptr);
    void write(const QString &path, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_profile;
    QString m_mail;
    QList<QByteArray> m_messages;
};

TestCommandLine::Run TestCommandLine::satchel(const QStringList &arguments, const QString &profile,
                                              const char *quickSearch)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.remove(QStringLiteral("SATCHEL_QUICK_SEARCH"));
    if (quickSearch)
        env.insert(QStringLiteral("SATCHEL_QUICK_SEARCH"), QString::fromLatin1(quickSearch));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SATCHEL_BINARY),
            QStringList {QStringLiteral("--profile"), profile.isEmpty() ? m_profile : profile}
                + arguments);
    if (!p.waitForFinished(120000))
        qFatal("satchel did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

void TestCommandLine::write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    m_mail = m_dir.filePath(QStringLiteral("mail"));
    for (int i = 0; i < 20; ++i) {
        QByteArray m = "From: "
            + QByteArray(i % 2 ? "Alice Archer <alice@alpha.example>" : "bob@beta.example")
            + "\r\nTo: Carol <carol@gamma.example>\r\nCc: dave@alpha.example\r\nSubject: "
            + (i % 3 ? "Lisbon trip " : "Invoice ") + QByteArray::number(i) + "\r\nDate: Thu, 0"
            + QByteArray::number(1 + i % 9) + " Feb 2024 10:00:00 +0100\r\nMessage-ID: <m"
            + QByteArray::number(i) + "@test>\r\nMIME-Version: 1.0\r\n";
        if (i == 7)
            m += "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: "
                 "text/html\r\n\r\n<p>Boarding <b>pass</b></p>\r\n--b\r\nContent-Type: "
                 "application/pdf\r\nContent-Disposition: attachment; "
                 "filename=ticket.pdf\r\n\r\n%PDF-1\r\n--b--\r\n";
        else
            m += "Content-Type: text/plain; charset=utf-8\r\n\r\nFrom the desk of number "
                + QByteArray::number(i) + "\r\n";
        m_messages.append(m);
        write(m_mail + QStringLiteral("/%1.eml").arg(i), m);
    }
}

void TestCommandLine::importsAndSkipsDuplicates()
{
    const Run first = satchel({QStringLiteral("import"), m_mail});
    QCOMPARE(first.code, 0);
    QVERIFY2(first.out.contains("Imported 20 messages; 0 duplicates"), first.out.constData());
    const Run again = satchel({QStringLiteral("import"), m_mail});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains("Imported 0 messages; 20 duplicates"), again.out.constData());
}

void TestCommandLine::searches()
{
    const Run r = satchel({QStringLiteral("search"), QStringLiteral("--json"),
                           QStringLiteral("from:alice"), QStringLiteral("lisbon")});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 7); // odd i and i % 3 != 0: 1 5 7 11 13 17 19
    QString previousDate;
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QVERIFY(o.contains(QStringLiteral("subject")));
        QVERIFY(!o.contains(QStringLiteral("text")));
        QCOMPARE(o.value(QStringLiteral("from"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("address")),
                 QJsonValue(QStringLiteral("alice@alpha.example")));
        const QString date = o.value(QStringLiteral("date")).toString();
        QVERIFY(previousDate.isEmpty() || date <= previousDate); // newest first
        previousDate = date;
    }
    const Run limited = satchel({QStringLiteral("search"), QStringLiteral("--limit"),
                                 QStringLiteral("2"), QStringLiteral("lisbon OR invoice")});
    QCOMPARE(limited.code, 0);
    QCOMPARE(limited.out.trimmed().split('\n').size(), 2);
    const Run none = satchel({QStringLiteral("search"), QStringLiteral("zebra")});
    QCOMPARE(none.code, 0);
    QVERIFY(none.out.isEmpty());
    const Run bad = satchel({QStringLiteral("search"), QStringLiteral("(lisbon OR")});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains("at character 11"), bad.err.constData());
}

void TestCommandLine::quickSearchEqualsArchiveSearch_data()
{
    // Mail of every kind a line shows: offsets east, west, zero and odd; no Date (the arrival
    // time); a name or only an address; non-ASCII; attachments; an HTML body.
    const QString profile = m_dir.filePath(QStringLiteral("quick"));
    if (!QFile::exists(profile + QStringLiteral("/archive.sqlite"))) {
        const QString mail = m_dir.filePath(QStringLiteral("quickmail"));
        const QList<QByteArray> dates
            = {"Thu, 01 Feb 2024 23:30:00 +0000", "Fri, 29 Feb 2036 00:00:01 -0330",
               "Sat, 31 Dec 1999 23:59:59 +1345", "Sun, 01 Jan 1995 00:00:00 -1200", QByteArray()};
        for (int i = 0; i < 15; ++i) {
            QByteArray m = "From: "
                + QByteArray(i % 3 ? "=?UTF-8?Q?Jos=C3=A9_M=C3=BCller?= <jose@x.example>"
                                   : "only@address.example")
                + "\r\nTo: Tom <tom@y.example>, sam@y.example\r\n";
            if (i % 2)
                m += "Cc: =?ISO-8859-1?Q?Ren=E9?= <rene@z.example>\r\n";
            if (!dates.at(i % 5).isEmpty())
                m += "Date: " + dates.at(i % 5) + "\r\n";
            m += "Subject: =?UTF-8?B?"
                + QString::fromUtf8("Über café %1").arg(i).toUtf8().toBase64()
                + "?=\r\nMIME-Version: 1.0\r\n";
            if (i % 4 == 0)
                m += "Content-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\nContent-Type: "
                     "text/html\r\n\r\n<p>caf&eacute; plan</p>\r\n--q\r\nContent-Type: "
                     "image/png\r\n"
                     "Content-Disposition: attachment; "
                     "filename=\"map.png\"\r\n\r\nPNG\r\n--q--\r\n";
            else
                m += "Content-Type: text/plain; charset=utf-8\r\n\r\nplan " + QByteArray::number(i)
                    + "\r\n";
            write(mail + QStringLiteral("/%1.eml").arg(i), m);
        }
        const Run imported = satchel({QStringLiteral("import"), mail}, profile);
        QCOMPARE(imported.code, 0);
    }
    QTest::addColumn<QStringList>("arguments");
    for (const char *query : {"plan",
                              "café",
                              "from:jose",
                              "to:rene",
                              "has:attachment",
                              "after:2000-01-01",
                              "NOT plan",
                              "zzz",
                              "plan -has:attachment",
                              "CAFÉ",
                              "from:josé",
                              "from:\"José Müller\"",
                              "plan -über",
                              "über\u00a0plan",
                              "subject:Über OR to:René",
                              "(café OR plan) -map",
                              "before:1996-01-01",
                              "after:2036-02-28",
                              "before:2100-01-01 after:1900-01-01",
                              "folder:INBOX café"}) {
        const QString q = QString::fromUtf8(query);
        QTest::newRow(query) << QStringList {QStringLiteral("search"), q};
        QTest::newRow(qPrintable(u"json " + q))
            << QStringList {QStringLiteral("search"), QStringLiteral("--json"), q};
        QTest::newRow(qPrintable(u"limit " + q))
            << QStringList {QStringLiteral("search"), QStringLiteral("--limit=3"), q};
    }
}

// The quick read-only search and the Archive's print the same bytes.
void TestCommandLine::quickSearchEqualsArchiveSearch()
{
    QFETCH(QStringList, arguments);
    const QString profile = m_dir.filePath(QStringLiteral("quick"));
    // Without --json the launcher must answer, whatever the script; --json is QuickSearch.cpp's.
    const bool plain = !arguments.contains(QStringLiteral("--json"));
    const Run quick = satchel(arguments, profile, plain ? "launcher" : "only");
    const Run full = satchel(arguments, profile, "off"); // the Archive answers
    QCOMPARE(quick.code, 0);
    QCOMPARE(full.code, 0);
    QCOMPARE(quick.out, full.out);
    QVERIFY(quick.err.isEmpty());
    if (arguments.contains(QStringLiteral("--json"))) {
        for (const QByteArray &line : quick.out.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.value(QStringLiteral("to")).toArray().size(), 2);
            QCOMPARE(o.value(QStringLiteral("to"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("name")),
                     QJsonValue(QStringLiteral("Tom")));
        }
    }
}

// The point of the launcher: a search, non-ASCII and all, loads libsqlite3 and the C++ runtime,
// not Qt and its ICU (glibc's loader lists what it initialises).
void TestCommandLine::launcherLoadsNoQt()
{
#ifndef SATCHEL_QT_FREE_LAUNCHER
    QSKIP("this build is one binary (SATCHEL_SEPARATE_GUI=OFF): no Qt-free launcher to check");
#elif defined(Q_OS_LINUX) && defined(__GLIBC__)
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SATCHEL_QUICK_SEARCH"), QStringLiteral("launcher"));
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SATCHEL_BINARY),
            {QStringLiteral("--profile"), m_profile, QStringLiteral("search"),
             QString::fromUtf8("from:alice (lisbon OR café) -köln after:1960-01-01")});
    QVERIFY(p.waitForFinished(60000));
    const QByteArray loader = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 0); // answered: not 125, and not satchel-cli
    QVERIFY(!p.readAllStandardOutput().isEmpty());
    QVERIFY2(loader.contains("calling init: ") && loader.contains("libsqlite3"),
             loader.constData());
    QVERIFY2(!loader.contains("libQt6"), loader.constData());
    QVERIFY2(!loader.contains("libicu"), loader.constData());
#else
    QSKIP("needs glibc's LD_DEBUG");
#endif
}

void TestCommandLine::showsRawJsonAndText()
{
    const Run found = satchel(
        {QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("has:attachment")});
    QCOMPARE(found.code, 0);
    const QJsonObject hit = QJsonDocument::fromJson(found.out.trimmed()).object();
    const QString id = QString::number(hit.value(QStringLiteral("id")).toInteger());

    const Run raw = satchel({QStringLiteral("show"), id, QStringLiteral("--raw")});
    QCOMPARE(raw.code, 0);
    QCOMPARE(raw.out, m_messages.at(7));

    const Run json = satchel({QStringLiteral("show"), id, QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("id")).toInteger(), id.toLongLong());
    QCOMPARE(o.value(QStringLiteral("message_id")).toString(), QStringLiteral("m7@test"));
    QCOMPARE(o.value(QStringLiteral("subject")).toString(), QStringLiteral("Lisbon trip 7"));
    QCOMPARE(
        o.value(QStringLiteral("from")).toArray().at(0).toObject().value(QStringLiteral("name")),
        QJsonValue(QStringLiteral("Alice Archer")));
    QCOMPARE(
        o.value(QStringLiteral("to")).toArray().at(0).toObject().value(QStringLiteral("address")),
        QJsonValue(QStringLiteral("carol@gamma.example")));
    QCOMPARE(o.value(QStringLiteral("cc")).toArray().size(), 1);
    QCOMPARE(o.value(QStringLiteral("date")).toString(),
             QStringLiteral("2024-02-08T10:00:00+01:00"));
    QCOMPARE(o.value(QStringLiteral("folder")).toString(), QStringLiteral("Inbox"));
    QCOMPARE(o.value(QStringLiteral("account")).toString(), QStringLiteral("Local"));
    QCOMPARE(o.value(QStringLiteral("flags")).toArray(), QJsonArray());
    QCOMPARE(o.value(QStringLiteral("size")).toInteger(), m_messages.at(7).size());
    QVERIFY(o.value(QStringLiteral("text")).toString().contains(QLatin1String("Boarding pass")));
    QCOMPARE(o.value(QStringLiteral("has_html")).toBool(), true);
    const QJsonObject attachment
        = o.value(QStringLiteral("attachments")).toArray().at(0).toObject();
    QCOMPARE(attachment.value(QStringLiteral("filename")).toString(), QStringLiteral("ticket.pdf"));
    QCOMPARE(attachment.value(QStringLiteral("content_type")).toString(),
             QStringLiteral("application/pdf"));
    QVERIFY(attachment.contains(QStringLiteral("size")));

    const Run text = satchel({QStringLiteral("show"), id});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("Subject: Lisbon trip 7"));
    QVERIFY(text.out.contains("Boarding pass"));

    const Run missing = satchel({QStringLiteral("show"), QStringLiteral("99999")});
    QCOMPARE(missing.code, 1);
    QVERIFY(!missing.err.isEmpty());
}

void TestCommandLine::exportsAndReimports()
{
    const QString mbox = m_dir.filePath(QStringLiteral("all.mbox"));
    const Run exported = satchel({QStringLiteral("export"), QStringLiteral("--mbox"), mbox});
    QCOMPARE(exported.code, 0);
    QVERIFY(exported.out.contains("Exported 20 messages"));
    const QString other = m_dir.filePath(QStringLiteral("other"));
    const Run reimported = satchel({QStringLiteral("import"), mbox}, other);
    QCOMPARE(reimported.code, 0);
    QVERIFY2(reimported.out.contains("Imported 20 messages"), reimported.out.constData());
    for (int id = 1; id <= 20; ++id) {
        const Run raw = satchel(
            {QStringLiteral("show"), QString::number(id), QStringLiteral("--raw")}, other);
        QCOMPARE(raw.code, 0);
        QVERIFY2(m_messages.contains(raw.out), qPrintable(QString::number(id)));
    }
    const QString eml = m_dir.filePath(QStringLiteral("eml"));
    const Run byQuery = satchel({QStringLiteral("export"), QStringLiteral("--eml"), eml,
                                 QStringLiteral("--query"), QStringLiteral("subject:invoice")});
    QCOMPARE(byQuery.code, 0);
    QCOMPARE(QDir(eml).entryList(QDir::Files).size(), 7); // i % 3 == 0
    const Run byFolder = satchel({QStringLiteral("export"), QStringLiteral("--eml"),
                                  m_dir.filePath(QStringLiteral("eml2")),
                                  QStringLiteral("--folder"), QStringLiteral("inbox")});
    QCOMPARE(byFolder.code, 0);
    QVERIFY(byFolder.out.contains("Exported 20 messages"));
}

void TestCommandLine::checks()
{
    const Run ok = satchel({QStringLiteral("check")});
    QCOMPARE(ok.code, 0);
    QVERIFY(ok.out.contains("sound"));
    // A damaged file is a problem, with a non-zero exit.
    const QString broken = m_dir.filePath(QStringLiteral("broken"));
    QVERIFY(QDir().mkpath(broken));
    write(broken + QStringLiteral("/archive.sqlite"), QByteArray(8192, 'x'));
    const Run bad = satchel({QStringLiteral("check")}, broken);
    QCOMPARE(bad.code, 1);
    QVERIFY(!bad.err.isEmpty());
}

void TestCommandLine::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("says");
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("search"), QStringLiteral("--frobnicate"),
                        QStringLiteral("x")}
        << QByteArray("frobnicate");
    QTest::newRow("search without query")
        << QStringList {QStringLiteral("search")} << QByteArray("expected a query");
    QTest::newRow("bad limit") << QStringList {QStringLiteral("search"), QStringLiteral("--limit"),
                                               QStringLiteral("many"), QStringLiteral("x")}
                               << QByteArray("--limit");
    QTest::newRow("show without id")
        << QStringList {QStringLiteral("show")} << QByteArray("one message id");
    QTest::newRow("show bad id") << QStringList {QStringLiteral("show"), QStringLiteral("abc")}
                                 << QByteArray("not a message id");
    QTest::newRow("show two modes")
        << QStringList {QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--raw"),
                        QStringLiteral("--json")}
        << QByteArray("choose one");
    QTest::newRow("export without target")
        << QStringList {QStringLiteral("export")} << QByteArray("--mbox FILE or --eml DIR");
    QTest::newRow("import without path")
        << QStringList {QStringLiteral("import")} << QByteArray("at least one");
    QTest::newRow("option of another command")
        << QStringList {QStringLiteral("check"), QStringLiteral("--json")}
        << QByteArray("does not apply");
    // A word that names no command is an error that names it, never the window.
    QTest::newRow("a typo of a command")
        << QStringList {QStringLiteral("serach"), QStringLiteral("x")}
        << QByteArray("\"serach\" is not a command; did you mean \"search\"?");
    QTest::newRow("a typo after the profile")
        << QStringList {QStringLiteral("--profile"), QStringLiteral("p"), QStringLiteral("fecth")}
        << QByteArray("did you mean \"fetch\"?");
    QTest::newRow("no such command")
        << QStringList {QStringLiteral("frobnicate")}
        << QByteArray("\"frobnicate\" is not a command; the commands are import, search");
}

void TestCommandLine::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, says);
    const Run r = satchel(arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(says), r.err.constData());
    QVERIFY(r.out.isEmpty());

    const Run help = satchel({QStringLiteral("search"), QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("export (--mbox FILE | --eml DIR)"));
}

void TestCommandLine::namesFilesItCannotImport()
{
    const QString junk = m_dir.filePath(QStringLiteral("junk"));
    write(junk + QStringLiteral("/good.eml"), "Subject: fine\r\n\r\nok\r\n");
    write(junk + QStringLiteral("/empty.eml"), QByteArray());
    const Run r = satchel({QStringLiteral("import"), junk, m_dir.filePath(QStringLiteral("nope"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("empty.eml"), r.err.constData());
    QVERIFY2(r.err.contains("nope"), r.err.constData());
    // "message", not "messages": the English catalogue has the plural forms.
    QVERIFY2(r.out.contains("Imported 1 message;"), r.out.constData());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
