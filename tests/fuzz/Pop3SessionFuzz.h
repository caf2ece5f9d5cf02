#pragma once

#include <QByteArrayView>

namespace satchel::fuzz {

// Plays arbitrary bytes as a POP3 server to a Session over a MemoryTransport.
// Input: [settings byte][chunk byte][server bytes...]. The settings byte picks the security mode,
// the login method, pipelining and token login; the chunk byte the size of each read, so the
// fuzzer also explores every way of splitting the stream.
// Returns normally for every input; a crash, a sanitizer report or a hang is the finding.
void runPop3Session(QByteArrayView input);

} // namespace satchel::fuzz
