#pragma once

#include "Pop3ServerFixture.h"

#include <QProcess>
#include <QString>

#include <memory>

namespace satchel::test {

// A private Cyrus IMAP POP3 server (Debian's cyrus-pop3d, 3.6): its master process in the
// foreground as our child, serving pop3d on two free loopback ports (plain with STLS, and
// implicit TLS) and lmtpd on a unix socket, which deliver() uses. Its imapd.conf, cyrus.conf,
// databases, spool and SASL password database (sasldb, written with saslpasswd2) all live in a
// per-instance folder; as root the master drops to `nobody`, otherwise it runs as us.
//
// The binaries come from the cyrus-common and cyrus-pop3d packages extracted by .ci/setup into
// packageRoot("cyrus"), with LD_LIBRARY_PATH pointing at their private libraries; every path
// Cyrus would otherwise take from its compiled-in defaults is set in the config (-C, -M).
class CyrusFixture : public Pop3ServerFixture
{
public:
    CyrusFixture();
    ~CyrusFixture() override;

    [[nodiscard]] bool start() override;
    void stop() override;
    [[nodiscard]] QString logTail() const override;
    // Over LMTP, one session for all of them; lmtpd adds its trace headers (Return-Path,
    // Received, X-Cyrus-Session-Id, X-Sieve) above each message, as in real delivery.
    [[nodiscard]] bool deliver(const QList<QByteArray> &messages) override;

    // Empty when everything Cyrus needs is here; otherwise the reason to skip with.
    [[nodiscard]] static QString missingReason();

private:
    [[nodiscard]] bool prepareInstance();
    [[nodiscard]] bool writeConfig(const QString &binDir) const;
    [[nodiscard]] bool waitUntilReady();

    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
    qint64 m_processGroup = 0;
};

} // namespace satchel::test
