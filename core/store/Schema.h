#pragma once

#include <QList>
#include <QStringList>

namespace satchel::store {

// One numbered step of the archive schema. Steps are append-only: a released step is never
// edited, a change is a new step. PRAGMA user_version holds the number of the last step applied.
struct Migration
{
    int version = 0;
    QStringList statements;
};

[[nodiscard]] const QList<Migration> &migrations();

// The newest schema this build understands (the version of the last migration).
[[nodiscard]] int latestSchemaVersion();

} // namespace satchel::store
