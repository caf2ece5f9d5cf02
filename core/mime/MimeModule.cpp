// The satchel-mime module's one entry point (see MimeModuleApi.h).

#include "mime/GMimeParser.h"
#include "mime/MimeModuleApi.h"

#include <QtGlobal>

extern "C" Q_DECL_EXPORT const satchel::mime::MimeModuleApi *satchel_mime_module_api()
{
    static const satchel::mime::MimeModuleApi api {
        satchel::mime::kMimeModuleAbi,
        sizeof(satchel::mime::ParsedMessage),
        &satchel::mime::gmime::parseMessage,
        &satchel::mime::gmime::extractPart,
    };
    return &api;
}
