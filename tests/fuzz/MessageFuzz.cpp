#include "MessageFuzz.h"

#include "MessageJson.h"
#include "store/Archive.h"

#include <QJsonDocument>

#include <cstdio>
#include <memory>

namespace satchel::fuzz {

namespace {

struct Fixture
{
    std::unique_ptr<store::Archive> archive;
    qint64 account = 0;
    qint64 inbox = 0;
};

Fixture &fixture()
{
    static Fixture f = [] {
        Fixture made;
        auto opened = store::Archive::open(QStringLiteral(":memory:"));
        if (!opened)
            qFatal("cannot open an in-memory archive: %s", qPrintable(opened.error().message));
        made.archive = std::move(*opened);
        auto account = made.archive->createAccount(QStringLiteral("fuzz"));
        if (!account)
            qFatal("cannot create the account: %s", qPrintable(account.error().message));
        made.account = *account;
        auto inbox = made.archive->specialFolder(made.account, store::FolderRole::Inbox);
        if (!inbox)
            qFatal("no Inbox: %s", qPrintable(inbox.error().message));
        made.inbox = *inbox;
        return made;
    }();
    return f;
}

} // namespace

void runMessage(QByteArrayView input)
{
    Fixture &f = fixture();
    store::NewMessage message;
    message.accountId = f.account;
    message.folderId = f.inbox;
    message.raw = input.toByteArray();
    message.arrival = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const auto id = f.archive->insertMessage(message);
    if (!id)
        return; // refusing bytes with an error is fine; crashing or corrupting is not

    // The stored bytes must be the bytes given, whatever they were.
    const auto raw = f.archive->rawMessage(*id);
    if (!raw || *raw != message.raw)
        qFatal("the archive did not keep the message byte for byte");

    const auto names = app::names(*f.archive);
    const auto json = names ? app::messageJson(*f.archive, *names, *id, true)
                            : Result<QJsonObject>(names.error());
    if (!json)
        qFatal("show --json failed on a stored message: %s", qPrintable(json.error().message));
    const QByteArray text = QJsonDocument(*json).toJson(QJsonDocument::Compact);
    if (text.isEmpty())
        qFatal("show --json produced nothing");

    if (!f.archive->deletePermanently({*id}))
        qFatal("cannot delete the message again");
}

} // namespace satchel::fuzz
