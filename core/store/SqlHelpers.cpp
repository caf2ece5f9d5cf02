#include "store/SqlHelpers.h"

#include <QSqlError>
#include <QSqlQuery>

namespace satchel::store {

Error sqlError(const QSqlError &error, const QString &what)
{
    const QString text = error.text();
    const bool duplicate = text.contains(QLatin1String("UNIQUE constraint failed"))
        || text.contains(QLatin1String("PRIMARY KEY must be unique"));
    return Error {duplicate ? Error::Code::Duplicate : Error::Code::Sql, what + u": " + text};
}

Error notFound(const QString &what)
{
    return Error {Error::Code::NotFound, what};
}

Status exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlError(q.lastError(), sql.simplified().left(80));
    return {};
}

Status prepare(QSqlQuery &q, const QString &sql)
{
    if (!q.prepare(sql))
        return sqlError(q.lastError(), sql.simplified().left(80));
    return {};
}

Status run(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return sqlError(q.lastError(), what);
    return {};
}

Status execute(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &what)
{
    if (Status s = prepare(q, sql); !s)
        return s;
    for (const QVariant &value : values)
        q.addBindValue(value);
    return run(q, what);
}

Result<int> changeRows(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                       const QString &what)
{
    QSqlQuery q(db);
    if (Status s = execute(q, sql, values, what); !s)
        return s.error();
    return q.numRowsAffected();
}

Status select(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &what)
{
    q.setForwardOnly(true);
    return execute(q, sql, values, what);
}

Result<QList<qint64>> selectIds(const QSqlDatabase &db, const QString &sql,
                                const QVariantList &values, const QString &what)
{
    QSqlQuery q(db);
    if (Status s = select(q, sql, values, what); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace satchel::store
