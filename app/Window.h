#pragma once

namespace satchel::app {

// The window, with what only the binary knows about: `--demo` shows it on the demo mailbox (a
// throwaway profile, a local POP3 server with a certificate made at start, fetched through the
// real engine; no network needed).
[[nodiscard]] int runWindow(int &argc, char **argv);

} // namespace satchel::app
