#pragma once

#include "Pop3ServerFixture.h"

#include <memory>

namespace satchel::test {

class DovecotFixture;

// The Dovecot fixture in the shape of the other interop servers, so that tst_serverinterop runs
// its rows against Dovecot too. Set up as tst_dovecotinterop sets it up: no delay after a failed
// login, and no per-address penalty for one.
class DovecotServer : public Pop3ServerFixture
{
public:
    DovecotServer();
    ~DovecotServer() override;

    [[nodiscard]] bool start() override;
    void stop() override;
    [[nodiscard]] QString logTail() const override;
    // Into the maildir, in POP3 order.
    [[nodiscard]] bool deliver(const QList<QByteArray> &messages) override;
    [[nodiscard]] QSslCertificate certificate() const override;

    // Empty when Dovecot is installed; otherwise the reason to skip with.
    [[nodiscard]] static QString missingReason();

private:
    std::unique_ptr<DovecotFixture> m_dovecot;
};

} // namespace satchel::test
