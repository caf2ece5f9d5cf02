#include "mime/GMimeRuntime.h"

#include <gmime/gmime.h>

#include <mutex>

namespace satchel::mime {

void ensureGMimeInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

} // namespace satchel::mime
