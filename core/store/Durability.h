#pragma once

namespace satchel::store {

// How a commit reaches the disk (Archive::Durability is this type).
// Normal commits may be lost in a power cut (never corrupted): WAL with synchronous=NORMAL.
// Durable commits are on disk when the call returns (synchronous=FULL for that commit); a
// durable commit also makes every earlier commit durable. Use it before a POP3 DELE.
enum class Durability { Normal, Durable };

} // namespace satchel::store
