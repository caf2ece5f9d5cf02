#pragma once

#include <QByteArrayView>

namespace satchel::pop3 {

// Extended response codes (RFC 2449 8, RFC 3206), the part in brackets after +OK/-ERR.
enum class ResponseCode {
    None,
    InUse, // [IN-USE]: the mailbox is locked by another session; try later
    LoginDelay, // [LOGIN-DELAY]: logged in too soon after the last time; try later
    SysTemp, // [SYS/TEMP]: a temporary server problem; try later
    SysPerm, // [SYS/PERM]: a permanent server problem; a person must act
    Auth, // [AUTH]: the credentials are wrong; ask for them again
    Utf8, // [UTF8] (RFC 6856)
    Other, // a code Satchel does not know; treated like no code
};

// The code at the start of the text that follows "+OK " or "-ERR ".
[[nodiscard]] ResponseCode parseResponseCode(QByteArrayView text);

} // namespace satchel::pop3
