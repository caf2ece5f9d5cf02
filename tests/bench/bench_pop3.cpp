// bench_pop3: retrieve every message of a maildir, filled from ../shared/corpus/volume, from the
// private Dovecot over implicit TLS with
//   - a bare pipelined reader (QSslSocket, counts terminators, keeps nothing): the wire's limit;
//   - Satchel's POP3 engine, pipelined and sequential (messages delivered, nothing stored);
//   - mpop (Debian's package), keep on, delivering to a maildir, against the same server;
// several runs each, in one process, and prints a Markdown table of medians with their spread.
//
//   bench_pop3 [--runs N] [--messages N]
#include "DovecotFixture.h"
#include "pop3/Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace satchel;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Sample
{
    double seconds = 0;
    qint64 messages = 0;
    qint64 bytes = 0;
};

struct Series
{
    QString name;
    QList<Sample> samples;
    QString failure;

    [[nodiscard]] double median() const
    {
        QList<double> s;
        for (const Sample &x : samples)
            s << x.seconds;
        std::sort(s.begin(), s.end());
        return s.isEmpty() ? 0 : s.at(s.size() / 2);
    }
    [[nodiscard]] double min() const
    {
        double m = 1e300;
        for (const Sample &x : samples)
            m = std::min(m, x.seconds);
        return m;
    }
    [[nodiscard]] double max() const
    {
        double m = 0;
        for (const Sample &x : samples)
            m = std::max(m, x.seconds);
        return m;
    }
};

// Runs the event loop until `done` or the timeout; false on timeout. Blocks in the event loop
// rather than polling, so the client burns no CPU the server (on the same two cores) could use.
bool spin(const bool &done, int timeoutMs)
{
    bool expired = false;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &timeout, [&expired] { expired = true; });
    timeout.start(timeoutMs);
    while (!done && !expired)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return done;
}

// The bare reader: login, then RETR 1..n in windows of 32, counting "\r\n.\r\n" terminators.
std::optional<Sample> bareReader(const test::DovecotFixture &dovecot, int count, QString *error)
{
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificate(dovecot.certificate());
    socket.setSslConfiguration(config);
    socket.setPeerVerifyName(QStringLiteral("localhost"));
    QElapsedTimer timer;
    timer.start();
    enum class Phase { Greeting, User, Pass, Retr, Quit, Done } phase = Phase::Greeting;
    QByteArray lineBuffer;
    QByteArray tail; // the last bytes of the previous read, for terminators split across reads
    int sent = 0;
    int finished = 0;
    qint64 bytes = 0;
    bool done = false;
    const QByteArray user = dovecot.userName().toUtf8();
    const QByteArray pass = dovecot.password().toUtf8();
    auto sendWindow = [&] {
        QByteArray batch;
        while (sent < count && sent - finished < 32) {
            batch += "RETR " + QByteArray::number(++sent) + "\r\n";
            if (sent == count)
                batch += "QUIT\r\n"; // pipelined behind the last RETR
        }
        if (!batch.isEmpty())
            socket.write(batch);
    };
    QObject::connect(&socket, &QSslSocket::readyRead, &socket, [&] {
        const QByteArray data = socket.readAll();
        bytes += data.size();
        if (phase != Phase::Retr) {
            lineBuffer += data;
            if (!lineBuffer.endsWith('\n'))
                return;
            const bool ok = lineBuffer.startsWith("+OK");
            lineBuffer.clear();
            if (!ok) {
                *error = QStringLiteral("the server refused the bare reader's login");
                done = true;
                return;
            }
            if (phase == Phase::Greeting) {
                phase = Phase::User;
                socket.write("USER " + user + "\r\n");
            } else if (phase == Phase::User) {
                phase = Phase::Pass;
                socket.write("PASS " + pass + "\r\n");
            } else if (phase == Phase::Pass) {
                phase = Phase::Retr;
                sendWindow();
            } else if (phase == Phase::Quit) {
                phase = Phase::Done;
                done = true;
            }
            return;
        }
        const QByteArray scan = tail + data;
        for (qsizetype at = scan.indexOf("\r\n.\r\n"); at >= 0;
             at = scan.indexOf("\r\n.\r\n", at + 5))
            ++finished;
        tail = scan.right(4);
        if (finished >= count) {
            phase = Phase::Quit;
            // QUIT went out with the last window; its +OK may already be in this read.
            if (data.endsWith("+OK Logging out.\r\n") || scan.contains("\r\n+OK Logging out")) {
                phase = Phase::Done;
                done = true;
            }
            return;
        }
        sendWindow();
    });
    socket.connectToHostEncrypted(dovecot.host(), dovecot.pop3sPort());
    if (!spin(done, 600000) || !error->isEmpty())
        return std::nullopt;
    return Sample {timer.nsecsElapsed() / 1e9, finished, bytes};
}

std::optional<Sample> engine(const test::DovecotFixture &dovecot, bool pipelined, QString *error)
{
    pop3::SessionSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.port = dovecot.pop3sPort();
    settings.security = pop3::Security::ImplicitTls;
    settings.user = dovecot.userName();
    settings.secret = dovecot.password();
    settings.caCertificates = {dovecot.certificate()};
    settings.usePipelining = pipelined;
    pop3::Session session(settings);
    qint64 messages = 0;
    qint64 bytes = 0;
    bool done = false;
    QObject::connect(&session, &pop3::Session::listReceived, &session,
                     [&](const QList<pop3::MessageSize> &sizes) {
                         for (const pop3::MessageSize &entry : sizes)
                             session.retrieve(entry.number, entry.octets);
                         session.quit();
                     });
    QObject::connect(&session, &pop3::Session::messageRetrieved, &session,
                     [&](int, const QByteArray &raw) {
                         ++messages;
                         bytes += raw.size();
                     });
    QObject::connect(&session, &pop3::Session::quitDone, &session, [&] { done = true; });
    QObject::connect(&session, &pop3::Session::failed, &session, [&](const pop3::Pop3Error &e) {
        *error = e.message;
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    session.list();
    session.open();
    if (!spin(done, 600000) || !error->isEmpty())
        return std::nullopt;
    return Sample {timer.nsecsElapsed() / 1e9, messages, bytes};
}

std::optional<Sample> mpop(const test::DovecotFixture &dovecot, const QString &mpopBinary,
                           int expected, QString *error)
{
    QTemporaryDir dir;
    const QString maildir = dir.filePath(QStringLiteral("Maildir"));
    for (const char *sub : {"cur", "new", "tmp"})
        QDir().mkpath(maildir + u'/' + QLatin1String(sub));
    QFile cert(dir.filePath(QStringLiteral("ca.pem")));
    if (!cert.open(QIODevice::WriteOnly) || cert.write(dovecot.certificate().toPem()) < 0)
        return std::nullopt;
    cert.close();
    QFile rc(dir.filePath(QStringLiteral("mpoprc")));
    if (!rc.open(QIODevice::WriteOnly))
        return std::nullopt;
    QTextStream(&rc) << "defaults\n"
                     << "account bench\n"
                     << "host localhost\n"
                     << "port " << dovecot.pop3sPort() << "\n"
                     << "tls on\ntls_starttls off\n"
                     << "tls_trust_file " << cert.fileName() << "\n"
                     << "user " << dovecot.userName() << "\n"
                     << "password " << dovecot.password() << "\n"
                     << "keep on\n"
                     << "uidls_file " << dir.filePath(QStringLiteral("uidls")) << "\n"
                     << "delivery maildir " << maildir << "\n";
    rc.close();
    QFile::setPermissions(rc.fileName(), QFile::ReadOwner | QFile::WriteOwner); // mpop insists
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(
        mpopBinary,
        {QStringLiteral("-C"), rc.fileName(), QStringLiteral("--quiet"), QStringLiteral("bench")});
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        *error = QStringLiteral("mpop failed: %1")
                     .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        return std::nullopt;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const qint64 delivered = QDir(maildir + QStringLiteral("/new")).entryList(QDir::Files).size();
    if (delivered != expected) {
        *error = QStringLiteral("mpop delivered %1 of %2 messages").arg(delivered).arg(expected);
        return std::nullopt;
    }
    qint64 bytes = 0;
    for (const QFileInfo &f : QDir(maildir + QStringLiteral("/new")).entryInfoList(QDir::Files))
        bytes += f.size();
    return Sample {seconds, delivered, bytes};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("POP3 retrieval benchmark: Satchel's engine beside mpop."));
    parser.addHelpOption();
    QCommandLineOption runsOption(QStringLiteral("runs"),
                                  QStringLiteral("Runs per client (default 3)."),
                                  QStringLiteral("n"), QStringLiteral("3"));
    QCommandLineOption messagesOption(QStringLiteral("messages"),
                                      QStringLiteral("At most this many messages (default: all)."),
                                      QStringLiteral("n"), QStringLiteral("-1"));
    parser.addOptions({runsOption, messagesOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int limit = parser.value(messagesOption).toInt();

    test::DovecotOptions options;
    options.extraConfig << QStringLiteral("login_trusted_networks = 127.0.0.0/8");
    test::DovecotFixture dovecot(options);
    if (!dovecot.start()) {
        std::fprintf(stderr, "bench_pop3: %s\n", qPrintable(dovecot.errorString()));
        return 1;
    }
    test::CorpusMaildir &mailbox = dovecot.mailbox();
    QString source;
    if (!mailbox.addVolumeCorpus(limit, &source)) {
        std::fprintf(stderr, "bench_pop3: %s\n", qPrintable(mailbox.errorString()));
        return 1;
    }
    const int count = int(mailbox.messages().size());
    qint64 wireBytes = 0;
    for (const test::MaildirMessage &m : mailbox.messages())
        wireBytes += test::CorpusMaildir::expectedPop3Size(m.bytes);

    const QString mpopBinary = QStandardPaths::findExecutable(QStringLiteral("mpop"));
    QList<Series> all {{QStringLiteral("bare pipelined reader (QSslSocket, no parsing)"), {}, {}},
                       {QStringLiteral("Satchel engine, pipelined"), {}, {}},
                       {QStringLiteral("Satchel engine, sequential"), {}, {}},
                       {QStringLiteral("mpop 1.4 → maildir (keep on)"), {}, {}}};
    if (mpopBinary.isEmpty())
        all[3].failure = QStringLiteral("mpop is not installed (Debian package: mpop)");

    // Interleaved rounds, so that a noisy moment hurts every client alike.
    for (int round = 0; round < runs; ++round) {
        for (int i = 0; i < all.size(); ++i) {
            Series &series = all[i];
            if (!series.failure.isEmpty())
                continue;
            QString error;
            std::optional<Sample> sample;
            std::fprintf(stderr, "round %d of %d: %s\n", round + 1, runs, qPrintable(series.name));
            switch (i) {
            case 0:
                sample = bareReader(dovecot, count, &error);
                break;
            case 1:
                sample = engine(dovecot, true, &error);
                break;
            case 2:
                sample = engine(dovecot, false, &error);
                break;
            default:
                sample = mpop(dovecot, mpopBinary, count, &error);
                break;
            }
            if (!sample) {
                series.failure = error.isEmpty() ? QStringLiteral("failed") : error;
                continue;
            }
            if (i != 0 && i != 3 && sample->messages != count) {
                series.failure = QStringLiteral("retrieved %1 of %2 messages")
                                     .arg(sample->messages)
                                     .arg(count);
                continue;
            }
            series.samples << *sample;
        }
    }

    const double engineMedian = all[1].median();
    out() << "## POP3 retrieval over implicit TLS from a local Dovecot\n\n"
          << count << " messages, " << QString::number(wireBytes / 1e6, 'f', 1)
          << " MB on the wire; " << source << "; " << runs << " runs each, interleaved; "
          << QThread::idealThreadCount() << " cores.\n\n"
          << "| client | median s | spread s | messages/s | MB/s | time vs Satchel pipelined |\n"
          << "|---|---|---|---|---|---|\n";
    for (const Series &series : all) {
        if (!series.failure.isEmpty()) {
            out() << "| " << series.name << " | — | — | — | — | " << series.failure << " |\n";
            continue;
        }
        const double m = series.median();
        out() << "| " << series.name << " | " << QString::number(m, 'f', 2) << " | "
              << QString::number(series.min(), 'f', 2) << "–"
              << QString::number(series.max(), 'f', 2) << " | "
              << QString::number(count / m, 'f', 0) << " | "
              << QString::number(wireBytes / 1e6 / m, 'f', 1) << " | "
              << QString::number(m / engineMedian, 'f', 2) << "× |\n";
    }
    if (engineMedian > 0 && all[0].failure.isEmpty() && all[3].failure.isEmpty()) {
        const double overBare = engineMedian / all[0].median();
        const double mpopRatio = all[3].median() / engineMedian;
        out() << "\nTargets: engine ≤ 1.2× the bare reader: " << QString::number(overBare, 'f', 2)
              << "× " << (overBare <= 1.2 ? "(met)" : "(NOT met)")
              << "; mpop ≥ 2.5× the engine: " << QString::number(mpopRatio, 'f', 2) << "× "
              << (mpopRatio >= 2.5 ? "(met)" : "(NOT met)") << "\n";
    }
    out().flush();
    return 0;
}
