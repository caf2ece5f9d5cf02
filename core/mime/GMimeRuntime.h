#pragma once

namespace satchel::mime {

// g_mime_init() is not thread-safe; every entry point into GMime calls this first, and it runs
// the initialisation exactly once per process, whichever thread gets there first.
void ensureGMimeInitialised();

} // namespace satchel::mime
