#include "pop3/ResponseCode.h"

#include <array>

namespace satchel::pop3 {

ResponseCode parseResponseCode(QByteArrayView text)
{
    if (!text.startsWith('['))
        return ResponseCode::None;
    const qsizetype close = text.indexOf(']');
    if (close < 0)
        return ResponseCode::None;
    const QByteArrayView code = text.sliced(1, close - 1);
    struct Known
    {
        const char *name;
        ResponseCode code;
    };
    static constexpr std::array known {
        Known {"IN-USE", ResponseCode::InUse},     Known {"LOGIN-DELAY", ResponseCode::LoginDelay},
        Known {"SYS/TEMP", ResponseCode::SysTemp}, Known {"SYS/PERM", ResponseCode::SysPerm},
        Known {"AUTH", ResponseCode::Auth},        Known {"UTF8", ResponseCode::Utf8},
    };
    for (const Known &entry : known) {
        // Codes are hierarchical ("SYS/TEMP/DISK" would still be SYS/TEMP); compare without case.
        const QByteArrayView name(entry.name);
        if (code.size() >= name.size()
            && code.first(name.size()).compare(name, Qt::CaseInsensitive) == 0
            && (code.size() == name.size() || code.at(name.size()) == '/'))
            return entry.code;
    }
    return ResponseCode::Other;
}

} // namespace satchel::pop3
