// bench_fetch: `satchel fetch` of the volume corpus (both tarballs of ../shared/corpus/volume,
// 19,206 messages) from a private Dovecot over implicit TLS into a fresh archive (parsed,
// indexed, durable) vs mpop delivering the same mail to a maildir and fetchmail handing it to
// procmail (keep on, fresh state each run), in the same run, interleaved. Every client is a child
// measured alike (Peers.h, BenchSupport's runChild): wall time and its own peak RSS. Prints a
// Markdown report; targets: Satchel at most half of mpop's time, peak RSS under 150 MB.
//
//   bench_fetch [--runs N] [--fetchmail-runs N] [--messages N] [--satchel PATH] [--quick]
//               [--json FILE]
//
// The "no new mail" check and a lossy line are bench_link's.
#include "BenchSupport.h"
#include "DovecotFixture.h"
#include "Peers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <memory>
#include <vector>

using namespace satchel;

namespace {

struct Client
{
    std::unique_ptr<bench::PeerClient> client;
    QString label; // in the report
    int runs = 0; // how many rounds it takes part in
    bench::Series wall;
    bench::Series rss;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "satchel fetch vs mpop and fetchmail from a private Dovecot over implicit TLS."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per client (default 1)."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption fetchmailRunsOption(
        QStringLiteral("fetchmail-runs"),
        QStringLiteral("Runs of fetchmail (default 1: it starts a delivery agent per message, "
                       "so each run takes minutes)."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption messagesOption(
        QStringLiteral("messages"), QStringLiteral("At most this many messages (default: all)."),
        QStringLiteral("n"), QStringLiteral("-1"));
    const QCommandLineOption satchelOption(
        QStringLiteral("satchel"), QStringLiteral("The satchel binary."), QStringLiteral("path"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/satchel"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("2,000 messages, one run."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the figures here (tests/bench/run)."),
                                        QStringLiteral("file"));
    parser.addOptions(
        {runsOption, fetchmailRunsOption, messagesOption, satchelOption, quickOption, jsonOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int runs = quick ? 1 : std::max(1, parser.value(runsOption).toInt());
    const int limit = quick ? 2000 : parser.value(messagesOption).toInt();
    const QString satchelBinary = parser.value(satchelOption);
    if (!QFileInfo::exists(satchelBinary)) {
        std::fprintf(stderr, "bench_fetch: no satchel binary at %s\n", qPrintable(satchelBinary));
        return 1;
    }

    test::DovecotOptions options;
    options.extraConfig << QStringLiteral("login_trusted_networks = 127.0.0.0/8");
    test::DovecotFixture dovecot(options);
    if (!dovecot.start()) {
        std::fprintf(stderr, "bench_fetch: %s\n", qPrintable(dovecot.errorString()));
        return 1;
    }
    QString source;
    if (!dovecot.mailbox().addVolumeCorpus(limit, &source) || !dovecot.fixMaildirOwnership()) {
        std::fprintf(stderr, "bench_fetch: %s\n", qPrintable(dovecot.mailbox().errorString()));
        return 1;
    }
    const qint64 count = dovecot.mailbox().messages().size();
    qint64 wireBytes = 0;
    for (const test::MaildirMessage &m : dovecot.mailbox().messages())
        wireBytes += test::CorpusMaildir::expectedPop3Size(m.bytes);
    QTemporaryDir caDir;
    bench::PopServer server;
    server.host = dovecot.host();
    server.port = dovecot.pop3sPort();
    server.user = dovecot.userName();
    server.password = dovecot.password();
    server.caFile = bench::writeCaFile(caDir.path(), dovecot.certificate().toPem());

    std::vector<Client> clients;
    clients.push_back({std::make_unique<bench::SatchelClient>(satchelBinary),
                       QStringLiteral("satchel fetch → archive (parsed, indexed, durable)"),
                       runs,
                       {},
                       {}});
    clients.push_back({std::make_unique<bench::MpopClient>(),
                       QStringLiteral("mpop → maildir (keep on)"),
                       runs,
                       {},
                       {}});
    clients.push_back({std::make_unique<bench::FetchmailClient>(),
                       QStringLiteral("fetchmail → procmail → maildir (keep)"),
                       std::max(0, parser.value(fetchmailRunsOption).toInt()),
                       {},
                       {}});
    const QStringList names {QStringLiteral("Satchel"), QStringLiteral("mpop → maildir"),
                             QStringLiteral("fetchmail → mda")};
    for (size_t i = 0; i < clients.size(); ++i)
        clients[i].wall.name = clients[i].rss.name = names.at(qsizetype(i));
    if (clients[2].runs == 0)
        clients[2].wall.note = clients[2].rss.note = QStringLiteral("not run (--fetchmail-runs 0)");

    // Interleaved, so that a noisy moment hurts every client alike.
    for (int round = 0; round < runs; ++round) {
        for (Client &c : clients) {
            if (round >= c.runs || !c.wall.note.isEmpty())
                continue;
            std::fprintf(stderr, "round %d of %d: %s\n", round + 1, runs, qPrintable(c.wall.name));
            QTemporaryDir state;
            QString failure = c.client->prepare(server, state.path());
            bench::ChildRun run;
            if (failure.isEmpty()) {
                run = c.client->fetch();
                const qint64 got = c.client->delivered();
                if (run.exitCode != 0 || got != count)
                    failure = QStringLiteral("exited with %1 holding %2 of %3 messages: %4")
                                  .arg(run.exitCode)
                                  .arg(got)
                                  .arg(count)
                                  .arg(c.client->lastError());
            }
            if (!failure.isEmpty()) {
                c.wall = {c.wall.name, {}, failure};
                c.rss = {c.rss.name, {}, failure};
                continue;
            }
            c.wall.values << run.ms / 1000;
            c.rss.values << double(run.maxRssKb) / 1024;
        }
    }

    QTextStream out(stdout);
    out << "## satchel fetch vs mpop and fetchmail over implicit TLS from a local Dovecot\n\n"
        << count << " messages, " << QString::number(double(wireBytes) / 1e6, 'f', 1)
        << " MB on the wire; " << source << "; interleaved; " << QThread::idealThreadCount()
        << " cores.\n\n"
        << "| client | runs | median wall s | peak RSS MB | messages/s |\n|---|---|---|---|---|\n";
    for (const Client &c : clients) {
        if (c.wall.values.isEmpty()) {
            out << "| " << c.label << " | 0 | — | — | " << c.wall.note << " |\n";
            continue;
        }
        const double m = bench::median(c.wall.values);
        out << "| " << c.label << " | " << c.wall.values.size() << " | "
            << QString::number(m, 'f', 2) << " | "
            << QString::number(*std::max_element(c.rss.values.begin(), c.rss.values.end()), 'f', 1)
            << " | " << QString::number(double(count) / m, 'f', 0) << " |\n";
    }
    const bench::Series &satchel = clients[0].wall;
    const bench::Series &mpop = clients[1].wall;
    if (!satchel.values.isEmpty() && !mpop.values.isEmpty()) {
        const double ratio = bench::median(satchel.values) / bench::median(mpop.values);
        const double rssMb
            = *std::max_element(clients[0].rss.values.begin(), clients[0].rss.values.end());
        out << "\nTargets: satchel time / mpop time ≤ 0.5: " << QString::number(ratio, 'f', 2)
            << (ratio <= 0.5 ? " (met)" : " (NOT met)")
            << "; satchel peak RSS < 150 MB: " << QString::number(rssMb, 'f', 1) << " MB"
            << (rssMb < 150 ? " (met)" : " (NOT met)") << "\n";
    }
    out.flush();

    const QString jsonPath = parser.value(jsonOption);
    if (!jsonPath.isEmpty()) {
        const QList<bench::Row> rows {
            {QStringLiteral("fetch-tls"),
             QStringLiteral("fetch %1 messages over TLS into the archive, parsed and indexed "
                            "(wall)")
                 .arg(count),
             QStringLiteral("s"),
             clients[0].wall,
             {clients[1].wall, clients[2].wall},
             {}},
            {QStringLiteral("fetch-tls-rss"),
             QStringLiteral("fetch over TLS: peak RSS"),
             QStringLiteral("MB"),
             clients[0].rss,
             {clients[1].rss, clients[2].rss},
             {}},
        };
        if (!bench::writeRows(jsonPath, rows))
            return 1;
    }
    return 0;
}
