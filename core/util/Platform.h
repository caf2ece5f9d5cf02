#pragma once

// The few things Satchel does differently on each operating system, each behind one function in
// this file, so that a port changes this file and leaves the rest alone. Each seam has a native
// branch where one exists (Linux, Q_OS_WIN, Q_OS_MACOS) and a portable fallback. The build option
// SATCHEL_PORTABLE_SEAMS compiles the fallbacks on Linux as well; CI's sanitizer build does, with
// the one-binary shape of Windows and macOS (SATCHEL_SEPARATE_GUI=OFF), so what those builds run
// is compiled and tested here.
namespace satchel::util {

// A little less CPU for the calling thread than for its siblings (the parsing workers, so that
// the thread that stores always finds a core). Best effort: nothing happens where it cannot.
void lowerCurrentThreadPriority();

// Standard input, output and error for a command started from a terminal, when the binary is a
// windowed one: on Windows a GUI-subsystem program has no console of its own, so it attaches to
// its parent's (leaving alone any stream the caller redirected). Elsewhere the streams are there
// already. Call before the first output.
void useParentConsole();

// The name of the branch compiled in ("linux", "windows", "macos", "portable"), for tests.
[[nodiscard]] const char *platformSeams();

} // namespace satchel::util
