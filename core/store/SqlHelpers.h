#pragma once

#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

class QSqlError;

// The few steps every part of the archive runs its SQL through, each turning SQLite's answer into
// a Result. Internal to core/store.
namespace satchel::store {

// Error::Code::Duplicate for a UNIQUE or PRIMARY KEY clash, Error::Code::Sql otherwise.
[[nodiscard]] Error sqlError(const QSqlError &error, const QString &what);
[[nodiscard]] Error notFound(const QString &what);

// One statement with nothing bound (pragmas, BEGIN, fixed DDL).
[[nodiscard]] Status exec(const QSqlDatabase &db, const QString &sql);
[[nodiscard]] Status prepare(QSqlQuery &q, const QString &sql);
[[nodiscard]] Status run(QSqlQuery &q, const QString &what);
// Prepares `sql`, binds `values` in order and runs it: a write of one statement.
[[nodiscard]] Status execute(QSqlQuery &q, const QString &sql, const QVariantList &values,
                             const QString &what);
// The same, returning how many rows it changed.
[[nodiscard]] Result<int> changeRows(const QSqlDatabase &db, const QString &sql,
                                     const QVariantList &values, const QString &what);
// The same, forward only: the common start of every read.
[[nodiscard]] Status select(QSqlQuery &q, const QString &sql, const QVariantList &values,
                            const QString &what);
// A query whose first column is a message id.
[[nodiscard]] Result<QList<qint64>> selectIds(const QSqlDatabase &db, const QString &sql,
                                              const QVariantList &values, const QString &what);

// Prepares `sql` and runs it once per key with the values(key) bound: for the writes that must
// find every row they name, NotFound (missing(key) says which) where a run changes no row.
template<typename Key, typename Values, typename Missing>
[[nodiscard]] Status changeEach(const QSqlDatabase &db, const QString &sql, const QList<Key> &keys,
                                const QString &what, Values values, Missing missing)
{
    QSqlQuery q(db);
    if (Status s = prepare(q, sql); !s)
        return s;
    for (const Key &key : keys) {
        for (const QVariant &value : values(key))
            q.addBindValue(value);
        if (Status s = run(q, what); !s)
            return s;
        if (q.numRowsAffected() != 1)
            return notFound(missing(key));
    }
    return {};
}

// A null QString binds as SQL NULL; the text columns are NOT NULL and want '' instead.
[[nodiscard]] inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace satchel::store
