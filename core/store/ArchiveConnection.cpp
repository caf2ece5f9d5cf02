#include "store/ArchiveConnection.h"

#include "store/Checkpointer.h"
#include "store/Schema.h"
#include "store/SqlHelpers.h"
#include "store/Transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace satchel::store {

namespace {

QAtomicInteger<quint64> g_connectionCounter;

} // namespace

ArchiveConnection::ArchiveConnection(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

ArchiveConnection::~ArchiveConnection()
{
    // The checkpointer's connection first: the writer's close, as the last connection, then
    // checkpoints what is left and removes the log.
    m_checkpointer.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ArchiveConnection::isInMemory() const
{
    return m_path == u":memory:";
}

Result<std::unique_ptr<ArchiveConnection>> ArchiveConnection::open(const QString &path)
{
    const bool inMemory = path == u":memory:";
    if (!inMemory) {
        const QFileInfo info(path);
        const QString folder = info.absolutePath();
        if (!QFileInfo::exists(folder)) {
            if (!QDir().mkpath(folder))
                return Error {Error::Code::Io,
                              QStringLiteral("Cannot create the folder %1").arg(folder)};
            // Mail is private: the profile folder is for its owner only.
            QFile::setPermissions(
                folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        if (!info.exists()) {
            // Created 0600 before SQLite opens it; SQLite gives -wal and -shm the same mode.
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                           QFileDevice::ReadOwner | QFileDevice::WriteOwner))
                return Error {Error::Code::Io,
                              QStringLiteral("Cannot create %1: %2").arg(path, file.errorString())};
        }
    }

    const QString name = QStringLiteral("satchel-archive-%1").arg(++g_connectionCounter);
    std::unique_ptr<ArchiveConnection> connection(new ArchiveConnection(path, name));
    connection->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    connection->m_db.setDatabaseName(path);
    connection->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!connection->m_db.open())
        return Error {Error::Code::Io,
                      QStringLiteral("Cannot open the archive %1: %2")
                          .arg(path, connection->m_db.lastError().text())};
    if (!inMemory)
        connection->m_checkpointer = std::make_unique<BackgroundCheckpointer>(path);
    if (Status s = connection->configure(); !s)
        return s.error();
    if (Status s = connection->migrate(); !s)
        return s.error();
    return connection;
}

void ArchiveConnection::committedInBulk()
{
    if (m_checkpointer)
        m_checkpointer->request();
}

Status ArchiveConnection::configure()
{
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
            return sqlError(q.lastError(), QStringLiteral("PRAGMA journal_mode"));
        const QString mode = q.value(0).toString();
        if (mode != u"wal" && !isInMemory())
            return Error {Error::Code::Io,
                          QStringLiteral("%1: SQLite refused write-ahead logging (journal mode %2)")
                              .arg(m_path, mode)};
    }
    // Checkpoints: bulk writers ask m_checkpointer for one after each commit, and it copies the
    // log on its own thread. The writer's automatic checkpoint, which runs inside a COMMIT and
    // waits for two fsyncs, is left as the bound on the log's size: at 16,000 pages (64 MB) it
    // copies only what the background ones have not, and the log starts again from its
    // beginning. With SQLite's 1,000 pages, then 4,000, a fetch stopped every second for one.
    // A cache of 32 MB instead of 2 MB: an insert batch changes more pages than 2 MB holds, and
    // SQLite then writes them to the log early, some of them twice.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
          QStringLiteral("PRAGMA wal_autocheckpoint = 16000"),
          QStringLiteral("PRAGMA cache_size = -32768")}) {
        if (Status s = exec(m_db, pragma); !s)
            return s;
    }
    return {};
}

Status ArchiveConnection::migrate()
{
    int version = 0;
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return sqlError(q.lastError(), QStringLiteral("PRAGMA user_version"));
        version = q.value(0).toInt();
    }
    if (version > latestSchemaVersion()) {
        return Error {Error::Code::SchemaTooNew,
                      QStringLiteral("The archive %1 was written by a newer version of Satchel "
                                     "(archive schema %2; this version understands up to %3). "
                                     "Open it with that newer version; this one leaves it "
                                     "untouched.")
                          .arg(m_path)
                          .arg(version)
                          .arg(latestSchemaVersion())};
    }
    // One durable transaction per step, its number with it: a crash leaves a whole step or none.
    for (const Migration &step : migrations()) {
        if (step.version <= version)
            continue;
        Status applied = inTransaction(*this, Durability::Durable, [&]() -> Status {
            for (const QString &sql : step.statements) {
                if (Status s = exec(m_db, sql); !s)
                    return Error {s.error().code,
                                  QStringLiteral("Migration %1 of %2 failed: %3")
                                      .arg(step.version)
                                      .arg(m_path, s.error().message)};
            }
            return exec(m_db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        });
        if (!applied)
            return applied;
        version = step.version;
    }
    return {};
}

} // namespace satchel::store
