#pragma once

#include <QStringList>

#include <optional>

namespace satchel::app {

// Whether these arguments are a `satchel search` command line (the first word that is not an
// option, nor the value of --profile or --language, is "search").
[[nodiscard]] bool isSearchCommand(const QStringList &arguments);

// Answers `satchel [--profile DIR] search QUERY... [--json] [--limit N]` with the read-only
// store::SearchQueryReader, loading nothing but Qt Core and SQLite: the exit code when it
// answered. Nothing when the full command line must answer instead — any other option, a
// malformed query or limit (the full parser explains them), an archive that needs opening by
// the Archive (none yet, an older schema, an index to rebuild), a message without the lists of
// schema 6. Tests set SATCHEL_QUICK_SEARCH: "off" always declines (to compare both ways),
// "only" gives exit code 125 instead of declining ("launcher" does that in launcher_main.cpp,
// the Qt-free answer to plain searches in front of this one).
// The output is the same bytes either way. Needs Satchel's application and organisation names
// (no QCoreApplication).
[[nodiscard]] std::optional<int> runQuickSearch(const QStringList &arguments);

} // namespace satchel::app
