#pragma once

#include "FakePop3Server.h"

namespace satchel::test {

// The scripted fake server (FakePop3Server: the same script language, TLS, pipelining checks and
// bare-LF refusal; consecutive C steps form a block, the message after 354) speaking SMTP's error
// line when the client deviates, so that an SMTP client under test fails fast on a 554 instead of
// waiting for a reply it understands.
class FakeSmtpServer final : public FakePop3Server
{
    Q_OBJECT

public:
    explicit FakeSmtpServer(QObject *parent = nullptr)
        : FakePop3Server(parent)
    {
        setDeviationReply("554 5.5.0 fake server: unexpected command");
        setBlocksAllowed(true);
    }
};

} // namespace satchel::test
