#include "mail/outboundmail.h"

#include "mail/gmime.h"
#include "mail/mimelibrary.h"

#include <QUuid>

#include <memory>

namespace frontline::server::mail {

namespace {

QByteArray bracketed(const QString& id)
{
    return '<' + id.toUtf8() + '>';
}

} // namespace

QString OutboundMail::newMessageId(const QString& domain)
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + u'@'
        + (domain.isEmpty() ? QStringLiteral("frontline.invalid") : domain);
}

QByteArray OutboundMail::toBytes() const
{
    ensureMimeLibrary();
    GObjectRef<GMimeMessage> message(g_mime_message_new(TRUE));
    const QByteArray fromName = this->fromName.toUtf8();
    const QByteArray fromAddress = this->fromAddress.toUtf8();
    g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_FROM, fromName.constData(),
                               fromAddress.constData());
    for (const QString& recipient : to) {
        const QByteArray address = recipient.toUtf8();
        g_mime_message_add_mailbox(message.get(), GMIME_ADDRESS_TYPE_TO, nullptr,
                                   address.constData());
    }
    const QByteArray subject = this->subject.toUtf8();
    g_mime_message_set_subject(message.get(), subject.constData(), "utf-8");
    const QByteArray id = messageId.toUtf8();
    g_mime_message_set_message_id(message.get(), id.constData());
    GDateTime* now = g_date_time_new_now_utc();
    g_mime_message_set_date(message.get(), now);
    g_date_time_unref(now);

    GMimeObject* object = GMIME_OBJECT(message.get());
    if (!inReplyTo.isEmpty())
        g_mime_object_set_header(object, "In-Reply-To", bracketed(inReplyTo).constData(), nullptr);
    if (!references.isEmpty()) {
        QByteArray value;
        for (const QString& reference : references)
            value += (value.isEmpty() ? "" : " ") + bracketed(reference);
        g_mime_object_set_header(object, "References", value.constData(), nullptr);
    }
    if (automatic) {
        g_mime_object_set_header(object, "Auto-Submitted", "auto-generated", nullptr);
        g_mime_object_set_header(object, "X-Auto-Response-Suppress", "All", nullptr);
    }

    GObjectRef<GMimeTextPart> body(g_mime_text_part_new_with_subtype("plain"));
    const QByteArray text = this->text.toUtf8();
    g_mime_text_part_set_text(body.get(), text.constData());
    g_mime_part_set_content_encoding(GMIME_PART(body.get()),
                                     GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(body.get()));

    GMimeFormatOptions* format = g_mime_format_options_clone(g_mime_format_options_get_default());
    g_mime_format_options_set_newline_format(format, GMIME_NEWLINE_FORMAT_DOS);
    char* bytes = g_mime_object_to_string(object, format);
    g_mime_format_options_free(format);
    QByteArray result(bytes);
    g_free(bytes);
    return result;
}

} // namespace frontline::server::mail
