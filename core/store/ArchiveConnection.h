#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace satchel::store {

class BackgroundCheckpointer;

// The one SQLite connection of an Archive, as all its parts share it: opened on a file made
// private to its owner, configured (WAL, pragmas) and migrated to the current schema. It also
// knows whether a transaction is open on it, so that Transaction can refuse a second one.
class ArchiveConnection
{
public:
    // Creates the file (0600) and its folder (0700) when missing, opens it, configures it and
    // migrates it; ":memory:" for a throwaway archive. Refuses a schema newer than this build.
    [[nodiscard]] static Result<std::unique_ptr<ArchiveConnection>> open(const QString &path);
    ~ArchiveConnection();
    ArchiveConnection(const ArchiveConnection &) = delete;
    ArchiveConnection &operator=(const ArchiveConnection &) = delete;

    [[nodiscard]] const QSqlDatabase &db() const { return m_db; }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] bool isInMemory() const;
    // nullptr for ":memory:".
    [[nodiscard]] BackgroundCheckpointer *checkpointer() const { return m_checkpointer.get(); }

    // After a commit that wrote a lot (a fetch's batch, an import): a checkpoint on the
    // checkpointer's thread.
    void committedInBulk();

private:
    friend class Transaction;
    ArchiveConnection(QString path, QString connectionName);
    [[nodiscard]] Status configure();
    [[nodiscard]] Status migrate();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<BackgroundCheckpointer> m_checkpointer;
    bool m_inTransaction = false;
};

} // namespace satchel::store
