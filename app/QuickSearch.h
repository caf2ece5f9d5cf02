#pragma once

#include <QStringList>

#include <optional>

namespace satchel::app {

// Answers `satchel [--profile DIR] search QUERY... [--json] [--limit N]` (SearchRequest.h) with
// the read-only search::ArchiveSearchReader, loading nothing but Qt Core and SQLite: the exit
// code when it answered. Nothing when the full command line must answer instead — any other
// option, a malformed query or limit (the full parser explains them), an archive that needs
// opening by the Archive (none yet, an older schema, an index to rebuild), a message without the
// lists of schema 6. Where `satchel` is the Qt-free launcher (launcher_main.cpp), it answers the
// plain searches itself and leaves this --json and what it declined.
// Tests set SATCHEL_QUICK_SEARCH: "off" always declines (to compare both ways), "only" gives exit
// code 125 instead of declining ("launcher" does that in launcher_main.cpp).
// The output is the same bytes either way. Needs Satchel's application and organisation names
// (no QCoreApplication).
[[nodiscard]] std::optional<int> runQuickSearch(const QStringList &arguments);

} // namespace satchel::app
