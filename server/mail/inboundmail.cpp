#include "mail/inboundmail.h"

#include "mail/automatedmail.h"
#include "mail/gmime.h"
#include "mail/mailtext.h"
#include "mail/mimelibrary.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <memory>

namespace frontline::server::mail {

namespace {

constexpr int MaxDepth = 32; // deeper MIME nesting is ignored (a mail bomb, not a request)

QString utf8(const char* text)
{
    return text ? QString::fromUtf8(text) : QString();
}

QString stripBrackets(QString id)
{
    id = id.trimmed();
    if (id.startsWith(u'<'))
        id.remove(0, 1);
    if (id.endsWith(u'>'))
        id.chop(1);
    return id.trimmed();
}

QByteArray decodedContent(GMimePart* part)
{
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GObjectRef<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, stream.get());
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return QByteArray(reinterpret_cast<const char*>(bytes->data), qsizetype(bytes->len));
}

// A text part's content as UTF-8: its declared charset converted by GMime; without one,
// UTF-8 when it is valid, else Windows-1252 (what undeclared 8-bit mail nearly always is).
QString partText(GMimePart* part)
{
    const char* charset = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
    if (charset && GMIME_IS_TEXT_PART(part)) {
        char* text = g_mime_text_part_get_text(GMIME_TEXT_PART(part));
        if (text) {
            QString result = QString::fromUtf8(text);
            g_free(text);
            return result;
        }
    }
    const QByteArray bytes = decodedContent(part);
    QStringDecoder utf8Decoder(QStringDecoder::Utf8);
    QString text = utf8Decoder.decode(bytes);
    if (!utf8Decoder.hasError())
        return text;
    char* converted = g_convert(bytes.constData(), gssize(bytes.size()), "UTF-8", "WINDOWS-1252",
                                nullptr, nullptr, nullptr);
    if (!converted)
        return QString::fromLatin1(bytes);
    text = QString::fromUtf8(converted);
    g_free(converted);
    return text;
}

QString mimeType(GMimeObject* object)
{
    GMimeContentType* type = g_mime_object_get_content_type(object);
    if (!type)
        return QStringLiteral("application/octet-stream");
    char* name = g_mime_content_type_get_mime_type(type);
    QString result = utf8(name).toLower();
    g_free(name);
    return result;
}

QString safeFileName(const QString& name, qsizetype index, const QString& type)
{
    QString base = QFileInfo(QString(name).replace(u'\\', u'/')).fileName();
    base.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")));
    base = base.trimmed();
    if (!base.isEmpty() && base != QStringLiteral(".") && base != QStringLiteral(".."))
        return base.left(200);
    const QString extension = type == QStringLiteral("message/rfc822") ? QStringLiteral("eml")
        : type.startsWith(QStringLiteral("text/"))                     ? QStringLiteral("txt")
                                                                       : QStringLiteral("bin");
    return QStringLiteral("attachment-%1.%2").arg(index).arg(extension);
}

class BodyCollector
{
public:
    QString plain;
    QString html;
    QList<MailAttachment> attachments;

    void visit(GMimeObject* object, int depth)
    {
        if (!object || depth > MaxDepth)
            return;
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart* multipart = GMIME_MULTIPART(object);
            const int count = g_mime_multipart_get_count(multipart);
            for (int i = 0; i < count; ++i)
                visit(g_mime_multipart_get_part(multipart, i), depth + 1);
            return;
        }
        if (GMIME_IS_MESSAGE_PART(object)) {
            GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            char* bytes = inner ? g_mime_object_to_string(GMIME_OBJECT(inner), nullptr) : nullptr;
            QString name =
                utf8(g_mime_object_get_content_disposition_parameter(object, "filename"));
            attachments << MailAttachment {
                safeFileName(name, attachments.size() + 1, QStringLiteral("message/rfc822")),
                QStringLiteral("message/rfc822"), QByteArray(bytes)};
            g_free(bytes);
            return;
        }
        if (!GMIME_IS_PART(object))
            return;
        GMimePart* part = GMIME_PART(object);
        const QString type = mimeType(object);
        const bool attachment = g_mime_part_is_attachment(part);
        if (!attachment && type == QStringLiteral("text/plain") && plain.isNull()) {
            plain = partText(part);
            return;
        }
        if (!attachment && type == QStringLiteral("text/html") && html.isNull()) {
            html = partText(part);
            return;
        }
        if (!attachment && type.startsWith(QStringLiteral("message/")))
            return; // delivery-status and similar report parts: not a file the sender attached
        attachments << MailAttachment {
            safeFileName(utf8(g_mime_part_get_filename(part)), attachments.size() + 1, type), type,
            decodedContent(part)};
    }
};

QString header(GMimeObject* object, const char* name)
{
    const char* value = g_mime_object_get_header(object, name);
    return value ? QString::fromUtf8(value) : QString();
}

QStringList messageIds(const QString& text)
{
    QStringList ids;
    if (text.isEmpty())
        return ids;
    const QByteArray bytes = text.toUtf8();
    GMimeReferences* references = g_mime_references_parse(nullptr, bytes.constData());
    if (!references)
        return ids;
    for (int i = 0; i < g_mime_references_length(references); ++i) {
        // GMime returns what it could read of a broken list ("a@b<<<<c@d"); an id with an angle
        // bracket left inside is no Message-ID and can match nothing we sent (found by fuzzing).
        const QString id = stripBrackets(utf8(g_mime_references_get_message_id(references, i)));
        if (!id.isEmpty() && !id.contains(u'<') && !id.contains(u'>'))
            ids << id;
    }
    g_mime_references_free(references);
    return ids;
}

} // namespace

QString subjectWithoutPrefixes(const QString& subject)
{
    static const QRegularExpression prefix(
        QStringLiteral("^\\s*((re|fwd?|aw|wg|tr|sv|vs|antw|rif|r)(\\[\\d+\\])?\\s*:\\s*)+"),
        QRegularExpression::CaseInsensitiveOption);
    return QString(subject).remove(prefix).trimmed();
}

Result<InboundMail, QString> InboundMail::parse(QByteArrayView raw)
{
    ensureMimeLibrary();
    if (raw.isEmpty())
        return QStringLiteral("the mail is empty");
    GObjectRef<GMimeStream> stream(
        g_mime_stream_mem_new_with_buffer(raw.data(), size_t(raw.size())));
    GObjectRef<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GMimeParserOptions* options = g_mime_parser_options_new();
    g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    const char* fallback[] = {"UTF-8", "WINDOWS-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options, fallback);
    GObjectRef<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), options));
    g_mime_parser_options_free(options);
    if (!message)
        return QStringLiteral("not a mail: no header could be read");
    GMimeObject* object = GMIME_OBJECT(message.get());
    if (!g_mime_object_get_header_list(object)
        || g_mime_header_list_get_count(g_mime_object_get_header_list(object)) == 0)
        return QStringLiteral("not a mail: no header could be read");

    InboundMail mail;
    mail.messageId = stripBrackets(utf8(g_mime_message_get_message_id(message.get())));
    const QStringList replyTo = messageIds(header(object, "In-Reply-To"));
    mail.inReplyTo = replyTo.isEmpty() ? QString() : replyTo.first();
    QStringList references = messageIds(header(object, "References"));
    std::reverse(references.begin(), references.end());
    for (const QString& id : replyTo + references)
        if (!id.isEmpty() && !mail.references.contains(id))
            mail.references << id;

    InternetAddressList* from = g_mime_message_get_from(message.get());
    if (from && internet_address_list_length(from) > 0) {
        InternetAddress* address = internet_address_list_get_address(from, 0);
        mail.fromName = utf8(internet_address_get_name(address)).trimmed();
        if (INTERNET_ADDRESS_IS_MAILBOX(address))
            mail.fromAddress =
                utf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(address)))
                    .trimmed()
                    .toLower();
    }
    const QString subject =
        tidyText(utf8(g_mime_message_get_subject(message.get()))).replace(u'\n', u' ');
    mail.ticketTag = mail::ticketTag(subject);
    mail.subject = subjectWithoutPrefixes(subject);
    if (GDateTime* date = g_mime_message_get_date(message.get()))
        mail.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);

    BodyCollector body;
    body.visit(g_mime_message_get_mime_part(message.get()), 0);
    mail.attachments = std::move(body.attachments);
    if (!body.plain.isNull() && !body.plain.trimmed().isEmpty())
        mail.fullText = tidyText(body.plain);
    else if (!body.html.isNull())
        mail.fullText = htmlToText(body.html.toUtf8());
    mail.text = cutQuotedHistory(mail.fullText);

    GMimeObject* top = g_mime_message_get_mime_part(message.get());
    QString contentType;
    if (top) {
        char* type = g_mime_content_type_get_mime_type(g_mime_object_get_content_type(top));
        contentType = utf8(type);
        g_free(type);
        const char* report = g_mime_object_get_content_type_parameter(top, "report-type");
        if (report)
            contentType += QStringLiteral("; report-type=") + utf8(report);
    }
    const auto verdict = recogniseAutomated(
        [object](const char* name) { return header(object, name); }, contentType, mail.fromAddress);
    mail.automated = verdict.kind;
    mail.automatedReason = verdict.reason;
    return mail;
}

} // namespace frontline::server::mail
