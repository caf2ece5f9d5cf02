#include "mime/HeaderSummary.h"

#include "mime/BoundedInput.h"
#include "mime/GMimeRuntime.h"
#include "mime/GObjectPtr.h"

#include <gmime/gmime.h>

namespace satchel::mime {

std::optional<HeaderSummary> parseHeaderSummary(const QByteArray &raw)
{
    if (raw.isEmpty())
        return std::nullopt;
    ensureGMimeInitialised();

    // Cut to the parser's limits first, so a hostile header cannot make GMime build millions of
    // objects. The stream copies nothing: it reads straight from `input`, which outlives it.
    const detail::BoundedInput input = detail::boundInput(raw);
    GObjectPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(
        input.bytes.constData(), static_cast<size_t>(input.bytes.size())));
    GObjectPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GObjectPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message)
        return std::nullopt;

    HeaderSummary summary;
    if (const char *subject = g_mime_message_get_subject(message.get()))
        summary.subject = QString::fromUtf8(subject);
    if (const char *id = g_mime_message_get_message_id(message.get()))
        summary.messageId = QString::fromUtf8(id);
    if (InternetAddressList *from = g_mime_message_get_from(message.get())) {
        // Owned by us (g_free), unlike the getters above, which return the message's own strings.
        gchar *text = internet_address_list_to_string(from, nullptr, FALSE);
        summary.from = QString::fromUtf8(text);
        g_free(text);
    }
    return summary;
}

} // namespace satchel::mime
