#pragma once

#include "Pop3ServerFixture.h"

#include <QProcess>
#include <QString>

#include <memory>

namespace satchel::test {

class CorpusMaildir;

// A private Courier POP3 server (Debian's courier-pop, 1.0.16): couriertcpd on two free loopback
// ports running courierpop3login and courierpop3d (plain with STLS; implicit TLS through
// couriertls), and Courier's own authdaemond checking the password against a userdb made for
// the test. Mail is a maildir, filled by deliver() as Courier's delivery would.
//
// Courier's programs have their paths compiled in: the authdaemond socket
// (/run/courier/authdaemon/socket), /etc/courier/authdaemonrc and the userdb. Every Courier
// process of an instance therefore runs with CourierPaths (an LD_PRELOAD library built beside
// the tests) that moves /etc/courier, /run/courier and /var/lib/courier into the instance folder.
// Everything else is set as the init scripts set it, in the environment.
//
// The binaries come from the courier-* packages extracted by .ci/setup into
// packageRoot("courier"). As root the mail user is nobody; otherwise everything runs as us.
class CourierFixture : public Pop3ServerFixture
{
public:
    CourierFixture();
    ~CourierFixture() override;

    [[nodiscard]] bool start() override;
    void stop() override;
    [[nodiscard]] QString logTail() const override;
    // Into the maildir's cur/, as files in POP3 order, with LF line ends.
    [[nodiscard]] bool deliver(const QList<QByteArray> &messages) override;

    // Empty when everything Courier needs is here; otherwise the reason to skip with.
    [[nodiscard]] static QString missingReason();

private:
    struct Daemon
    {
        std::unique_ptr<QProcess> process;
        qint64 group = 0;
    };

    [[nodiscard]] bool prepareInstance();
    [[nodiscard]] bool launch(Daemon &daemon, const QString &program, const QStringList &arguments,
                              const QProcessEnvironment &environment);
    [[nodiscard]] QProcessEnvironment environment() const;
    [[nodiscard]] bool waitUntilReady();

    std::unique_ptr<CorpusMaildir> m_mailbox;
    Daemon m_authDaemon;
    Daemon m_pop3;
    Daemon m_pop3s;
    uint m_mailUid = 0;
    uint m_mailGid = 0;
};

} // namespace satchel::test
