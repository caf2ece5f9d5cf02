#pragma once

// No Qt here: the `satchel` launcher checks the schema version without it.
namespace satchel::store {

// The version of the last migration in Schema.cpp (tst_archive checks that they agree).
inline constexpr int kLatestSchemaVersion = 8;

} // namespace satchel::store
