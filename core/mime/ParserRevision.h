#pragma once

// No Qt here: the `satchel` launcher (app/launcher_main.cpp) compares fingerprints without it.
namespace satchel::mime {

// Bump whenever a change in GMimeParser.cpp alters what parseMessage() returns: the search index
// and the columns derived from the parse are then rebuilt (MessageParser.h, parserFingerprint()).
// 2: files uuencoded into a text part are attachments.
inline constexpr int kParserRevision = 2;

} // namespace satchel::mime
