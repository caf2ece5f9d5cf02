#pragma once

#include <QByteArrayView>

namespace satchel::fuzz {

// Arbitrary bytes as a message: parsed, inserted into an archive (with its search index and
// threading), read back as `satchel show --json` would print it, then deleted again. The archive
// is in memory and lives for the whole process, so inputs also meet each other's leftovers.
void runMessage(QByteArrayView input);

} // namespace satchel::fuzz
