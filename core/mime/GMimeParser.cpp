#include "mime/GMimeParser.h"
#include "mime/MessageParser.h" // limits

#include "mime/BoundedInput.h"
#include "mime/FlowedText.h"
#include "mime/GMimeRuntime.h"
#include "mime/GObjectPtr.h"
#include "mime/HtmlToText.h"
#include "mime/TextDecoding.h"
#include "mime/UuEncoded.h"

#include <gmime/gmime.h>

#include <QStringList>

namespace satchel::mime {

namespace {

struct ParserOptionsFree
{
    void operator()(GMimeParserOptions *options) const noexcept
    {
        g_mime_parser_options_free(options);
    }
};
using ParserOptionsPtr = std::unique_ptr<GMimeParserOptions, ParserOptionsFree>;

struct ReferencesFree
{
    void operator()(GMimeReferences *refs) const noexcept { g_mime_references_free(refs); }
};
using ReferencesPtr = std::unique_ptr<GMimeReferences, ReferencesFree>;

struct DateTimeUnref
{
    void operator()(GDateTime *date) const noexcept { g_date_time_unref(date); }
};
using DateTimePtr = std::unique_ptr<GDateTime, DateTimeUnref>;

struct GFree
{
    void operator()(gpointer p) const noexcept { g_free(p); }
};
using GCharPtr = std::unique_ptr<char, GFree>;

constexpr int kMaxAddressesPerHeader = 1000;
constexpr int kMaxReferences = 100;
constexpr qsizetype kMaxHeaderText = 2000; // characters kept of a subject or message id

ParserOptionsPtr makeOptions()
{
    ParserOptionsPtr options(g_mime_parser_options_new());
    // Real mail breaks the rules; take what a reader would understand.
    g_mime_parser_options_set_rfc2047_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options.get(), GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_allow_addresses_without_domain(options.get(), TRUE);
    // Raw 8-bit header text: UTF-8 when it is valid, else the most common legacy charset.
    const char *fallback[] = {"UTF-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options.get(), fallback);
    return options;
}

// Header text for display: no control characters, bounded length.
QString cleanHeaderText(const char *text)
{
    if (!text)
        return {};
    QString s = QString::fromUtf8(text).left(kMaxHeaderText);
    for (QChar &c : s) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    return s.simplified();
}

void appendAddresses(InternetAddressList *list, AddressList &out, int depth = 0)
{
    if (!list || depth > 4)
        return;
    const int count = internet_address_list_length(list);
    for (int i = 0; i < count && out.size() < kMaxAddressesPerHeader; ++i) {
        InternetAddress *address = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_GROUP(address)) {
            appendAddresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)),
                            out, depth + 1);
        } else if (INTERNET_ADDRESS_IS_MAILBOX(address)) {
            Address a;
            a.name = cleanHeaderText(internet_address_get_name(address));
            a.address = cleanHeaderText(
                internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)));
            if (!a.name.isEmpty() || !a.address.isEmpty())
                out.append(a);
        }
    }
}

QDateTime toQDateTime(GDateTime *date)
{
    if (!date)
        return {};
    const qint64 secs = g_date_time_to_unix(date);
    const int offset = int(g_date_time_get_utc_offset(date) / G_TIME_SPAN_SECOND);
    return QDateTime::fromSecsSinceEpoch(secs, Qt::OffsetFromUTC, offset);
}

// A date is believed when it falls between 1970 and a week after the message arrived: outside
// that it is a broken clock or a forgery, and it would sort the message to an end of the list.
bool isPlausible(const QDateTime &date, const QDateTime &arrival)
{
    if (!date.isValid())
        return false;
    static const QDateTime epoch = QDateTime::fromSecsSinceEpoch(86400, Qt::UTC);
    const QDateTime latest
        = (arrival.isValid() ? arrival : QDateTime::currentDateTimeUtc()).addDays(7);
    return date >= epoch && date <= latest;
}

QDateTime firstReceivedDate(GMimeObject *object)
{
    GMimeHeaderList *headers = g_mime_object_get_header_list(object);
    const int count = g_mime_header_list_get_count(headers);
    for (int i = 0; i < count; ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(headers, i);
        if (g_ascii_strcasecmp(g_mime_header_get_name(header), "Received") != 0)
            continue;
        // The newest hop comes first; its date follows the last ';'.
        const QByteArray value = QByteArray(g_mime_header_get_value(header)).left(4096);
        const qsizetype semicolon = value.lastIndexOf(';');
        if (semicolon < 0)
            return {};
        DateTimePtr date(g_mime_utils_header_decode_date(value.mid(semicolon + 1).constData()));
        return toQDateTime(date.get());
    }
    return {};
}

QStringList parseMessageIds(GMimeParserOptions *options, const char *value)
{
    QStringList ids;
    if (!value)
        return ids;
    ReferencesPtr refs(g_mime_references_parse(options, value));
    const int count = refs ? g_mime_references_length(refs.get()) : 0;
    for (int i = 0; i < count; ++i) {
        const QString id = cleanHeaderText(g_mime_references_get_message_id(refs.get(), i));
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

QByteArray lowerMimeType(GMimeObject *object)
{
    GMimeContentType *type = g_mime_object_get_content_type(object);
    if (!type)
        return QByteArrayLiteral("application/octet-stream");
    return QByteArray(g_mime_content_type_get_media_type(type)).toLower() + '/'
        + QByteArray(g_mime_content_type_get_media_subtype(type)).toLower();
}

// Decoded size, by decoding into a stream that only counts.
qint64 streamedSize(GMimeObject *object)
{
    GObjectPtr<GMimeStream> sink(g_mime_stream_null_new());
    if (GMIME_IS_PART(object)) {
        if (GMimeDataWrapper *content = g_mime_part_get_content(GMIME_PART(object)))
            (void)g_mime_data_wrapper_write_to_stream(content, sink.get());
    } else {
        (void)g_mime_object_write_to_stream(object, nullptr, sink.get());
    }
    return qint64(GMIME_STREAM_NULL(sink.get())->written);
}

// The bytes of an attached message exactly as they are in the input: from its first header to
// the line break before the enclosing boundary. GMime would re-serialise it (with LF line ends),
// which is neither byte-exact nor, by its return value, the right size. Empty when the offsets do
// not make sense; then the caller re-serialises.
QByteArray attachedMessageBytes(GMimeObject *part, const QByteArray &input,
                                const QByteArray &boundary)
{
    GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(part));
    if (!inner)
        return {};
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(inner));
    if (g_mime_header_list_get_count(headers) == 0)
        return {};
    const gint64 start = g_mime_header_get_offset(g_mime_header_list_get_header_at(headers, 0));
    if (start < 0 || start >= input.size())
        return {};
    qsizetype end = input.size();
    if (!boundary.isEmpty()) {
        const qsizetype next = input.indexOf(QByteArray("\n--" + boundary), qsizetype(start));
        if (next >= 0) {
            end = next;
            if (end > start && input.at(end - 1) == '\r')
                --end;
        }
    }
    return input.mid(qsizetype(start), end - qsizetype(start));
}

QByteArray serialised(GMimeObject *object)
{
    GObjectPtr<GMimeStream> sink(g_mime_stream_mem_new());
    (void)g_mime_object_write_to_stream(object, nullptr, sink.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(sink.get()));
    return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
}

// Reads and decodes at most `limit` bytes of a leaf part's content.
QByteArray decodedContent(GMimePart *part, qsizetype limit, bool *cut)
{
    *cut = false;
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GMimeStream *stream = g_mime_data_wrapper_get_stream(content);
    if (!stream || g_mime_stream_reset(stream) < 0)
        return {};
    GMimeEncoding state;
    g_mime_encoding_init_decode(&state, g_mime_data_wrapper_get_encoding(content));
    const bool encoded = state.encoding == GMIME_CONTENT_ENCODING_BASE64
        || state.encoding == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE
        || state.encoding == GMIME_CONTENT_ENCODING_UUENCODE;

    QByteArray out;
    char buffer[16384];
    QByteArray decoded;
    while (out.size() <= limit) { // one byte more than the limit tells that it was cut
        const ssize_t n = g_mime_stream_read(stream, buffer, sizeof buffer);
        if (n <= 0)
            break;
        if (!encoded) {
            out.append(buffer, n);
            continue;
        }
        decoded.resize(qsizetype(g_mime_encoding_outlen(&state, size_t(n))) + 16);
        const size_t m = g_mime_encoding_step(&state, buffer, size_t(n), decoded.data());
        out.append(decoded.constData(), qsizetype(m));
    }
    if (encoded) {
        decoded.resize(qsizetype(g_mime_encoding_outlen(&state, 0)) + 16);
        const size_t m = g_mime_encoding_flush(&state, nullptr, 0, decoded.data());
        out.append(decoded.constData(), qsizetype(m));
    }
    if (out.size() > limit) {
        out.truncate(limit);
        *cut = true;
    }
    return out;
}

QString normaliseLineEnds(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(u'\r', u'\n');
    return text;
}

// Walks the MIME tree once, in document order, collecting bodies and attachments. The order of
// attachments (partIndex) is the same for the same bytes, which is what extractPart() relies on.
class Walker
{
public:
    Walker(ParsedMessage &out, const QByteArray &input, int wantedIndex = -1)
        : m_out(out)
        , m_input(input)
        , m_wanted(wantedIndex)
    { }

    // `boundary`: that of the enclosing multipart, where an attached message ends.
    void walk(GMimeObject *object, int depth, bool isRoot, bool relatedResource,
              const QByteArray &boundary = QByteArray())
    {
        if (!object || m_found || m_foundBytes)
            return;
        if (depth > limits::maxDepth || ++m_parts > limits::maxParts) {
            m_out.truncated = true;
            return;
        }
        if (GMIME_IS_MULTIPART_SIGNED(object)) {
            GMimeMultipart *multipart = GMIME_MULTIPART(object);
            const int count = g_mime_multipart_get_count(multipart);
            for (int i = 0; i < count; ++i) {
                GMimeObject *child = g_mime_multipart_get_part(multipart, i);
                if (i == GMIME_MULTIPART_SIGNED_SIGNATURE)
                    addAttachment(child, false, true, boundaryOf(multipart));
                else
                    walk(child, depth + 1, false, relatedResource, boundaryOf(multipart));
            }
        } else if (GMIME_IS_MULTIPART_ENCRYPTED(object)) {
            // Without the key nothing inside can be read; show what is there.
            GMimeMultipart *multipart = GMIME_MULTIPART(object);
            const int count = g_mime_multipart_get_count(multipart);
            for (int i = 0; i < count; ++i)
                addAttachment(g_mime_multipart_get_part(multipart, i), false, false,
                              boundaryOf(multipart));
        } else if (GMIME_IS_MULTIPART(object)) {
            walkMultipart(GMIME_MULTIPART(object), depth, relatedResource);
        } else if (GMIME_IS_MESSAGE_PART(object) || GMIME_IS_MESSAGE_PARTIAL(object)) {
            addAttachment(object, relatedResource, false, boundary);
        } else if (GMIME_IS_PART(object)) {
            walkLeaf(GMIME_PART(object), isRoot, relatedResource);
        }
    }

    [[nodiscard]] GMimeObject *found() const { return m_found; }
    // The wanted attachment when it was a uuencoded file (decoded already).
    [[nodiscard]] const std::optional<QByteArray> &foundBytes() const { return m_foundBytes; }
    [[nodiscard]] QByteArray foundBoundary() const { return m_foundBoundary; }
    QStringList texts;
    QStringList htmls;

private:
    static QByteArray boundaryOf(GMimeMultipart *multipart)
    {
        return QByteArray(g_mime_multipart_get_boundary(multipart));
    }

    void walkMultipart(GMimeMultipart *multipart, int depth, bool relatedResource)
    {
        const QByteArray type = lowerMimeType(GMIME_OBJECT(multipart));
        const QByteArray boundary = boundaryOf(multipart);
        const int count = g_mime_multipart_get_count(multipart);
        if (type == "multipart/alternative") {
            // Keep the first plain text and the last (richest) HTML among the alternatives.
            const qsizetype textsBefore = texts.size();
            const qsizetype htmlsBefore = htmls.size();
            for (int i = 0; i < count; ++i)
                walk(g_mime_multipart_get_part(multipart, i), depth + 1, false, relatedResource,
                     boundary);
            if (texts.size() > textsBefore + 1)
                texts.resize(textsBefore + 1);
            if (htmls.size() > htmlsBefore + 1) {
                const QString last = htmls.constLast();
                htmls.resize(htmlsBefore);
                htmls.append(last);
            }
            return;
        }
        int root = 0;
        if (type == "multipart/related") {
            // The root is named by start=<cid>, else it is the first part.
            if (const char *start
                = g_mime_object_get_content_type_parameter(GMIME_OBJECT(multipart), "start")) {
                GCharPtr wanted(g_mime_utils_decode_message_id(start));
                for (int i = 0; wanted && i < count; ++i) {
                    const char *cid
                        = g_mime_object_get_content_id(g_mime_multipart_get_part(multipart, i));
                    if (cid && g_strcmp0(cid, wanted.get()) == 0)
                        root = i;
                }
            }
            for (int i = 0; i < count; ++i)
                walk(g_mime_multipart_get_part(multipart, i), depth + 1, false,
                     relatedResource || i != root, boundary);
            return;
        }
        for (int i = 0; i < count; ++i)
            walk(g_mime_multipart_get_part(multipart, i), depth + 1, false, relatedResource,
                 boundary);
    }

    void walkLeaf(GMimePart *part, bool isRoot, bool relatedResource)
    {
        GMimeObject *object = GMIME_OBJECT(part);
        const QByteArray type = lowerMimeType(object);
        const bool isText = type == "text/plain" || type == "text/html";
        GMimeContentDisposition *disposition = g_mime_object_get_content_disposition(object);
        const bool attachmentDisposition
            = disposition && g_mime_content_disposition_is_attachment(disposition);
        const bool named = g_mime_part_get_filename(part) != nullptr;
        const bool body
            = isText && !relatedResource && !attachmentDisposition && (isRoot || !named);
        if (!body) {
            addAttachment(object, relatedResource, false, QByteArray());
            return;
        }
        if (m_textBytes >= limits::maxTotalTextBytes) {
            m_out.truncated = true;
            return;
        }
        bool cut = false;
        const qsizetype textLimit
            = qMin(limits::maxTextPartBytes, limits::maxTotalTextBytes - m_textBytes);
        QByteArray bytes = decodedContent(part, textLimit, &cut);
        if (type == "text/plain") {
            // Files uuencoded into the text are attachments. A big one can be longer than the
            // text kept: then the whole part is read (the input bounds it) to find its "end".
            if (cut && bytes.contains("begin "))
                bytes = decodedContent(part, m_input.size(), &cut);
            takeUuencodedFiles(bytes);
            if (bytes.size() > textLimit) {
                bytes.truncate(textLimit);
                cut = true;
            }
        }
        m_textBytes += bytes.size();
        m_out.truncated = m_out.truncated || cut;
        const QByteArray charset = g_mime_object_get_content_type_parameter(object, "charset");
        QString text = normaliseLineEnds(detail::decodeText(bytes, charset));
        if (type == "text/html") {
            htmls.append(text);
            return;
        }
        const char *format = g_mime_object_get_content_type_parameter(object, "format");
        if (format && g_ascii_strcasecmp(format, "flowed") == 0) {
            const char *delSp = g_mime_object_get_content_type_parameter(object, "delsp");
            text = detail::unflow(text, delSp && g_ascii_strcasecmp(delSp, "yes") == 0);
        }
        texts.append(text);
    }

    // The uuencoded files of a text part (UuEncoded.h) join the attachments where the part is.
    void takeUuencodedFiles(QByteArray &bytes)
    {
        for (detail::UuFile &file : detail::takeUuencodedFiles(bytes)) {
            const int index = m_nextIndex++;
            if (m_wanted >= 0) {
                if (index == m_wanted)
                    m_foundBytes = std::move(file.data);
                continue;
            }
            Attachment a;
            a.partIndex = index;
            a.filename = cleanHeaderText(file.filename.toUtf8().constData());
            a.contentType = detail::contentTypeForFileName(a.filename);
            a.size = file.data.size();
            m_out.hasAttachments = true;
            m_out.attachments.append(a);
        }
    }

    void addAttachment(GMimeObject *object, bool relatedResource, bool signature,
                       const QByteArray &boundary)
    {
        if (!object)
            return;
        const int index = m_nextIndex++;
        if (m_wanted >= 0) {
            if (index == m_wanted) {
                m_found = object;
                m_foundBoundary = boundary;
            }
            return;
        }
        Attachment a;
        a.partIndex = index;
        a.contentType = QString::fromLatin1(lowerMimeType(object));
        a.isMessage = GMIME_IS_MESSAGE_PART(object);
        a.isSignature = signature;
        a.contentId = cleanHeaderText(g_mime_object_get_content_id(object));
        if (GMIME_IS_PART(object))
            a.filename = cleanHeaderText(g_mime_part_get_filename(GMIME_PART(object)));
        if (a.filename.isEmpty()) {
            if (const char *name = g_mime_object_get_content_type_parameter(object, "name"))
                a.filename = cleanHeaderText(name);
        }
        if (a.filename.isEmpty() && a.isMessage) {
            GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            if (inner && g_mime_message_get_subject(inner))
                a.filename = cleanHeaderText(g_mime_message_get_subject(inner)).left(200);
        }
        GMimeContentDisposition *disposition = g_mime_object_get_content_disposition(object);
        const bool inlineDisposition = disposition
            && g_ascii_strcasecmp(g_mime_content_disposition_get_disposition(disposition), "inline")
                == 0;
        a.isInline = relatedResource || (inlineDisposition && !a.contentId.isEmpty());
        if (a.isMessage) {
            const QByteArray exact = attachedMessageBytes(object, m_input, boundary);
            GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            a.size = !exact.isEmpty() ? exact.size()
                : inner               ? serialised(GMIME_OBJECT(inner)).size()
                                      : 0;
        } else {
            a.size = streamedSize(object);
        }
        m_out.hasAttachments = m_out.hasAttachments || (!a.isInline && !a.isSignature);
        m_out.attachments.append(a);
    }

    ParsedMessage &m_out;
    const QByteArray &m_input;
    int m_wanted;
    GMimeObject *m_found = nullptr;
    QByteArray m_foundBoundary;
    std::optional<QByteArray> m_foundBytes;
    int m_parts = 0;
    int m_nextIndex = 0;
    qsizetype m_textBytes = 0;
};

struct ParseHandle
{
    ParserOptionsPtr options;
    GObjectPtr<GMimeStream> stream;
    GObjectPtr<GMimeParser> parser;
    GObjectPtr<GMimeMessage> message;
};

// The stream reads straight from `bytes`, which must outlive the handle.
ParseHandle construct(const QByteArray &bytes)
{
    ensureGMimeInitialised();
    ParseHandle h;
    h.options = makeOptions();
    h.stream.reset(g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    h.parser.reset(g_mime_parser_new_with_stream(h.stream.get()));
    h.message.reset(g_mime_parser_construct_message(h.parser.get(), h.options.get()));
    return h;
}

} // namespace

namespace gmime {

ParsedMessage parseMessage(const QByteArray &raw, const QDateTime &arrival)
{
    ParsedMessage result;
    const detail::BoundedInput input = detail::boundInput(raw);
    result.truncated = input.truncated;
    ParseHandle h;
    if (!input.bytes.isEmpty())
        h = construct(input.bytes);
    if (!h.message) {
        result.hasHeader = false;
        result.date = arrival;
        result.dateSource = ParsedMessage::DateSource::Arrival;
        const QByteArray head = raw.left(limits::maxTextPartBytes);
        result.textBody = normaliseLineEnds(detail::decodeText(head, QByteArray()));
        result.readerText = result.textBody;
        result.truncated = result.truncated || raw.size() > head.size();
        return result;
    }
    GMimeMessage *message = h.message.get();
    GMimeObject *object = GMIME_OBJECT(message);

    result.subject = cleanHeaderText(g_mime_message_get_subject(message));
    result.messageId = cleanHeaderText(g_mime_message_get_message_id(message));
    const QStringList inReplyTo
        = parseMessageIds(h.options.get(), g_mime_object_get_header(object, "In-Reply-To"));
    if (!inReplyTo.isEmpty())
        result.inReplyTo = inReplyTo.constFirst();
    result.references
        = parseMessageIds(h.options.get(), g_mime_object_get_header(object, "References"));
    if (result.references.size() > kMaxReferences) // keep the root and the nearest ancestors
        result.references = QStringList {result.references.constFirst()}
            + result.references.mid(result.references.size() - kMaxReferences + 1);

    appendAddresses(g_mime_message_get_addresses(message, GMIME_ADDRESS_TYPE_FROM), result.from);
    appendAddresses(g_mime_message_get_addresses(message, GMIME_ADDRESS_TYPE_TO), result.to);
    appendAddresses(g_mime_message_get_addresses(message, GMIME_ADDRESS_TYPE_CC), result.cc);
    appendAddresses(g_mime_message_get_addresses(message, GMIME_ADDRESS_TYPE_REPLY_TO),
                    result.replyTo);

    if (const QDateTime date = toQDateTime(g_mime_message_get_date(message));
        isPlausible(date, arrival)) {
        result.date = date;
        result.dateSource = ParsedMessage::DateSource::Header;
    } else if (const QDateTime received = firstReceivedDate(object);
               isPlausible(received, arrival)) {
        result.date = received;
        result.dateSource = ParsedMessage::DateSource::Received;
    } else {
        result.date = arrival;
        result.dateSource = ParsedMessage::DateSource::Arrival;
    }

    Walker walker(result, input.bytes);
    walker.walk(g_mime_message_get_mime_part(message), 0, true, false);
    result.textBody = walker.texts.join(u'\n');
    result.htmlBody = walker.htmls.join(u'\n');
    result.readerText = result.textBody.trimmed().isEmpty() && !result.htmlBody.isEmpty()
        ? detail::htmlToText(result.htmlBody)
        : result.textBody;
    return result;
}

std::optional<QByteArray> extractPart(const QByteArray &raw, int partIndex)
{
    if (partIndex < 0)
        return std::nullopt;
    const detail::BoundedInput input = detail::boundInput(raw);
    if (input.bytes.isEmpty())
        return std::nullopt;
    ParseHandle h = construct(input.bytes);
    if (!h.message)
        return std::nullopt;
    ParsedMessage scratch;
    Walker walker(scratch, input.bytes, partIndex);
    walker.walk(g_mime_message_get_mime_part(h.message.get()), 0, true, false);
    if (walker.foundBytes())
        return *walker.foundBytes();
    GMimeObject *part = walker.found();
    if (!part)
        return std::nullopt;

    if (GMIME_IS_MESSAGE_PART(part)) {
        const QByteArray exact = attachedMessageBytes(part, input.bytes, walker.foundBoundary());
        if (!exact.isEmpty())
            return exact;
        GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(part));
        return inner ? serialised(GMIME_OBJECT(inner)) : QByteArray();
    }
    if (GMIME_IS_PART(part)) {
        GObjectPtr<GMimeStream> sink(g_mime_stream_mem_new());
        if (GMimeDataWrapper *content = g_mime_part_get_content(GMIME_PART(part)))
            (void)g_mime_data_wrapper_write_to_stream(content, sink.get());
        GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(sink.get()));
        return QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len));
    }
    return serialised(part);
}

} // namespace gmime

} // namespace satchel::mime
