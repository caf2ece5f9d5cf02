// bench_link: what a metered or bad line sees, Satchel beside mpop (and fetchmail) from the same
// private Dovecot over implicit TLS, in the same run (issue 9):
//
//  - the "no new mail" check of a 10,000-message mailbox (2,000 with --quick): wall time and
//    the bytes both ways through a counting proxy, TLS included;
//  - a fetch through a line with 100 ms each way and 10% loss, emulated in a userspace proxy
//    (LinkEmulator.h says how) because this kernel has no netem.
//
//   bench_link [--quick] [--runs N] [--satchel PATH] [--json FILE]
//
// BENCH_KEEP=1 keeps each client's state folder (its files and standard error) for a look.
#include "BenchSupport.h"
#include "DovecotFixture.h"
#include "LinkEmulator.h"
#include "Peers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <vector>

using namespace satchel;
using bench::ChildRun;
using bench::PeerClient;
using bench::Series;

namespace {

// A private Dovecot holding the first `limit` messages of the volume corpus (or generated mail
// where the corpus is absent); -1: all of it.
std::unique_ptr<test::DovecotFixture> startServer(int limit, QString *source)
{
    test::DovecotOptions options;
    options.extraConfig << QStringLiteral("login_trusted_networks = 127.0.0.0/8");
    auto dovecot = std::make_unique<test::DovecotFixture>(options);
    if (!dovecot->start()) {
        std::fprintf(stderr, "bench_link: %s\n", qPrintable(dovecot->errorString()));
        return nullptr;
    }
    if (!dovecot->mailbox().addVolumeCorpus(limit, source)) {
        std::fprintf(stderr, "bench_link: %s\n", qPrintable(dovecot->mailbox().errorString()));
        return nullptr;
    }
    if (!dovecot->fixMaildirOwnership())
        return nullptr;
    return dovecot;
}

bench::PopServer serverVia(const test::DovecotFixture &dovecot, quint16 port, const QString &ca)
{
    bench::PopServer server;
    server.host = dovecot.host();
    server.port = port;
    server.user = dovecot.userName();
    server.password = dovecot.password();
    server.caFile = ca;
    return server;
}

struct Client
{
    std::unique_ptr<PeerClient> client;
    Series wall;
    Series bytes;
};

std::vector<Client> makeClients(const QString &satchel, bool withFetchmail)
{
    std::vector<Client> clients;
    clients.push_back({std::make_unique<bench::SatchelClient>(satchel), {}, {}});
    clients.push_back({std::make_unique<bench::MpopClient>(), {}, {}});
    if (withFetchmail)
        clients.push_back({std::make_unique<bench::FetchmailClient>(), {}, {}});
    for (Client &c : clients)
        c.wall.name = c.bytes.name = c.client->name();
    return clients;
}

// Runs `client` once from a fresh state folder; a failure becomes the series' note.
bool freshFetch(Client &c, const bench::PopServer &server, qint64 expected, ChildRun *run,
                std::unique_ptr<QTemporaryDir> *state)
{
    *state = std::make_unique<QTemporaryDir>();
    (*state)->setAutoRemove(qEnvironmentVariableIsEmpty("BENCH_KEEP"));
    const QString why = c.client->prepare(server, (*state)->path());
    if (!why.isEmpty()) {
        c.wall.note = c.bytes.note = why;
        return false;
    }
    *run = c.client->fetch();
    const qint64 got = c.client->delivered();
    if (run->exitCode != 0 || got != expected) {
        c.wall.note = c.bytes.note = QStringLiteral("exited with %1 holding %2 of %3 messages: %4")
                                         .arg(run->exitCode)
                                         .arg(got)
                                         .arg(expected)
                                         .arg(c.client->lastError());
        return false;
    }
    return true;
}

// Whether tc's netem can shape a link in a network namespace of our own here.
bool netemAvailable()
{
    QProcess probe;
    probe.start(QStringLiteral("unshare"),
                {QStringLiteral("-n"), QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("ip link set lo up && tc qdisc add dev lo root netem delay 100ms "
                                "loss 10%")});
    return probe.waitForFinished(10000) && probe.exitStatus() == QProcess::NormalExit
        && probe.exitCode() == 0;
}

QString ratioText(const Series &a, const Series &b)
{
    if (a.values.isEmpty() || b.values.isEmpty() || bench::median(b.values) == 0)
        return QStringLiteral("—");
    return QString::number(bench::median(a.values) / bench::median(b.values), 'f', 2);
}

void printTable(QTextStream &out, const QString &heading, const std::vector<Client> &clients,
                bool withBytes)
{
    out << "\n## " << heading << "\n\n| client | median wall s |"
        << (withBytes ? " median KB on the wire |" : "") << " Satchel ÷ client |\n|---|---|"
        << (withBytes ? "---|" : "") << "---|\n";
    for (const Client &c : clients) {
        out << "| " << c.wall.name << " | "
            << (c.wall.values.isEmpty() ? c.wall.note
                                        : QString::number(bench::median(c.wall.values), 'f', 3))
            << " |";
        if (withBytes)
            out << ' '
                << (c.bytes.values.isEmpty()
                        ? QStringLiteral("—")
                        : QString::number(bench::median(c.bytes.values), 'f', 1))
                << " |";
        out << ' ' << ratioText(clients.front().wall, c.wall) << " |\n";
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Satchel vs mpop and fetchmail: the no-new-mail check (wall, bytes) and a lossy "
        "line."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Runs per client (default 3)."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption satchelOption(
        QStringLiteral("satchel"), QStringLiteral("The satchel binary."), QStringLiteral("path"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/satchel"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("Smaller mailboxes, one run."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the figures here (tests/bench/run)."),
                                        QStringLiteral("file"));
    parser.addOptions({runsOption, satchelOption, quickOption, jsonOption});
    parser.process(app);
    const bool quick = parser.isSet(quickOption);
    const int runs = quick ? 1 : std::max(1, parser.value(runsOption).toInt());
    const QString satchel = parser.value(satchelOption);
    if (!QFileInfo::exists(satchel)) {
        std::fprintf(stderr, "bench_link: no satchel binary at %s\n", qPrintable(satchel));
        return 1;
    }
    QTextStream out(stdout);
    QList<bench::Row> rows;
    QString source;
    QTemporaryDir caDir;

    // 1. "No new mail": each client downloads the mailbox once, then checks it `runs` times
    // through a proxy that counts the bytes.
    {
        const int size = quick ? 2000 : 10000;
        auto dovecot = startServer(size, &source);
        if (!dovecot)
            return 1;
        const qint64 count = dovecot->mailbox().messages().size();
        const QString ca = bench::writeCaFile(caDir.path(), dovecot->certificate().toPem());
        bench::LinkEmulator counter(QHostAddress(dovecot->host()), dovecot->pop3sPort());
        std::vector<Client> clients = makeClients(satchel, true);
        std::vector<std::unique_ptr<QTemporaryDir>> states(clients.size());
        const bench::PopServer server = serverVia(*dovecot, counter.port(), ca);
        for (size_t i = 0; i < clients.size(); ++i) {
            std::fprintf(stderr, "no new mail: %s downloads %lld messages first\n",
                         qPrintable(clients[i].wall.name), count);
            ChildRun first;
            if (!freshFetch(clients[i], server, count, &first, &states[i]))
                states[i].reset();
        }
        for (int round = 0; round < runs; ++round) {
            for (size_t i = 0; i < clients.size(); ++i) {
                if (!states[i])
                    continue;
                counter.reset();
                const ChildRun run = clients[i].client->fetch();
                if (run.exitCode != 0 || clients[i].client->delivered() != count) {
                    clients[i].wall.note = clients[i].bytes.note
                        = QStringLiteral("the check exited with %1: %2")
                              .arg(run.exitCode)
                              .arg(clients[i].client->lastError());
                    clients[i].wall.values.clear();
                    clients[i].bytes.values.clear();
                    states[i].reset();
                    continue;
                }
                clients[i].wall.values << run.ms / 1000;
                clients[i].bytes.values
                    << double(counter.bytesToServer() + counter.bytesToClient()) / 1024;
            }
        }
        printTable(out,
                   QStringLiteral("\"No new mail\" check of a %1-message mailbox (%2; %3 runs)")
                       .arg(count)
                       .arg(source)
                       .arg(runs),
                   clients, true);
        bench::Row wall {
            QStringLiteral("nonew-wall"),
            QStringLiteral("\"no new mail\" check of a %1-message mailbox (wall)").arg(count),
            QStringLiteral("s"),
            clients[0].wall,
            {},
            {}};
        bench::Row bytes {QStringLiteral("nonew-bytes"),
                          QStringLiteral("\"no new mail\" check: bytes on the wire, both ways, "
                                         "TLS included"),
                          QStringLiteral("KB"),
                          clients[0].bytes,
                          {},
                          {}};
        for (size_t i = 1; i < clients.size(); ++i) {
            wall.peers << clients[i].wall;
            bytes.peers << clients[i].bytes;
        }
        rows << wall << bytes;
    }

    // 2. A lossy, slow line: each run a fresh download of a small mailbox.
    {
        const int size = quick ? 40 : 150;
        auto dovecot = startServer(size, &source);
        if (!dovecot)
            return 1;
        const qint64 count = dovecot->mailbox().messages().size();
        qint64 mailBytes = 0;
        for (const test::MaildirMessage &m : dovecot->mailbox().messages())
            mailBytes += m.bytes.size();
        const QString ca = bench::writeCaFile(caDir.path(), dovecot->certificate().toPem());
        bench::LinkShape shape;
        shape.oneWayDelayMs = 100;
        shape.lossRate = 0.10;
        shape.retransmitMs = 300;
        std::vector<Client> clients = makeClients(satchel, false);
        for (int round = 0; round < runs; ++round) {
            for (Client &c : clients) {
                if (!c.wall.note.isEmpty())
                    continue;
                shape.seed = quint32(round + 1); // the same line for every client of a round
                bench::LinkEmulator line(QHostAddress(dovecot->host()), dovecot->pop3sPort(),
                                         shape);
                std::fprintf(stderr, "lossy line, round %d of %d: %s\n", round + 1, runs,
                             qPrintable(c.wall.name));
                ChildRun run;
                std::unique_ptr<QTemporaryDir> state;
                if (freshFetch(c, serverVia(*dovecot, line.port(), ca), count, &run, &state))
                    c.wall.values << run.ms / 1000;
                else
                    c.wall.values.clear();
            }
        }
        const QString how
            = QStringLiteral("%1 messages (%2 KB); emulated in a userspace proxy (100 ms each way, "
                             "10% of 1448-byte segments held back one 300 ms retransmission "
                             "timeout, in order), the same seeded line for each client; %3")
                  .arg(count)
                  .arg(mailBytes / 1024)
                  .arg(netemAvailable() ? QStringLiteral("netem is available here but not used")
                                        : QStringLiteral("this machine has no netem"));
        printTable(out, QStringLiteral("A slow, lossy line: ") + how, clients, false);
        rows.append({QStringLiteral("fetch-lossy"),
                     QStringLiteral("fetch with 10% packet loss and 100 ms latency (wall)"),
                     QStringLiteral("s"),
                     clients[0].wall,
                     {clients[1].wall},
                     how});
    }
    out.flush();

    const QString jsonPath = parser.value(jsonOption);
    if (!jsonPath.isEmpty() && !bench::writeRows(jsonPath, rows))
        return 1;
    return 0;
}
