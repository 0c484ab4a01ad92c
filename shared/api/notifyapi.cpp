#include "api/notifyapi.h"

#include "api/jsonhelpers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::api {

using namespace jsonhelpers;

namespace {

constexpr TextRule Subject {1, 300, true};
constexpr TextRule Body {1, 20000, false};

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QStringList mailKindNames()
{
    return requesterMailKindNames() + QStringList {u"assigned"_s,         u"new_in_group"_s,
                                                   u"sla_at_risk"_s,      u"sla_breached"_s,
                                                   u"escalated"_s,        u"approval_requested"_s,
                                                   u"approval_reminder"_s};
}

QStringList requesterMailKindNames()
{
    return {u"received"_s, u"public_reply"_s, u"waiting"_s, u"resolved"_s, u"closed"_s};
}

QStringList mailLanguageNames()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

QStringList mailOutboxStateNames()
{
    return {u"queued"_s, u"sending"_s, u"sent"_s, u"failed"_s};
}

QJsonObject MailTemplateSetParams::toJson() const
{
    QJsonObject json {{"kind"_L1, kind}, {"language"_L1, language}};
    if (reset)
        json.insert("reset"_L1, true);
    else {
        json.insert("subject"_L1, subject);
        json.insert("body"_L1, body);
    }
    return json;
}

Result<MailTemplateSetParams, rpc::RpcError>
MailTemplateSetParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    MailTemplateSetParams p;
    p.kind = reader.requiredEnum("kind"_L1, mailKindNames());
    p.language = reader.requiredEnum("language"_L1, mailLanguageNames());
    p.reset = reader.optionalBool("reset"_L1).value_or(false);
    if (!p.reset) {
        p.subject = reader.requiredString("subject"_L1, Subject);
        p.body = reader.requiredString("body"_L1, Body);
    }
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject MailTemplatePreviewParams::toJson() const
{
    QJsonObject json {{"kind"_L1, kind}, {"language"_L1, language}};
    if (subject)
        json.insert("subject"_L1, *subject);
    if (body)
        json.insert("body"_L1, *body);
    if (ticketId)
        json.insert("ticket_id"_L1, *ticketId);
    return json;
}

Result<MailTemplatePreviewParams, rpc::RpcError>
MailTemplatePreviewParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    MailTemplatePreviewParams p;
    p.kind = reader.requiredEnum("kind"_L1, mailKindNames());
    p.language = reader.requiredEnum("language"_L1, mailLanguageNames());
    p.subject = reader.optionalString("subject"_L1, Subject);
    p.body = reader.optionalString("body"_L1, Body);
    p.ticketId = reader.optionalId("ticket_id"_L1);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject MailTemplateItem::toJson() const
{
    return {{"kind"_L1, kind},
            {"language"_L1, language},
            {"subject"_L1, subject},
            {"body"_L1, body},
            {"custom"_L1, custom}};
}

MailTemplateItem MailTemplateItem::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value("kind"_L1).toString(), o.value("language"_L1).toString(),
            o.value("subject"_L1).toString(), o.value("body"_L1).toString(),
            o.value("custom"_L1).toBool()};
}

QJsonObject MailTemplateList::toJson() const
{
    QJsonArray array;
    for (const MailTemplateItem& item : items)
        array.append(item.toJson());
    return {{"items"_L1, array}, {"placeholders"_L1, strings(placeholders)}};
}

MailTemplateList MailTemplateList::fromJson(const QJsonValue& value)
{
    MailTemplateList list;
    for (const QJsonValue& item : value["items"_L1].toArray())
        list.items.append(MailTemplateItem::fromJson(item));
    list.placeholders = stringsOf(value["placeholders"_L1]);
    return list;
}

QJsonObject MailPreview::toJson() const
{
    return {{"subject"_L1, subject}, {"body"_L1, body}};
}

MailPreview MailPreview::fromJson(const QJsonValue& value)
{
    return {value["subject"_L1].toString(), value["body"_L1].toString()};
}

QJsonObject MailOutboxListParams::toJson() const
{
    QJsonObject json {{"limit"_L1, limit}};
    if (state)
        json.insert("state"_L1, *state);
    return json;
}

Result<MailOutboxListParams, rpc::RpcError> MailOutboxListParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    MailOutboxListParams p;
    p.state = reader.optionalEnum("state"_L1, mailOutboxStateNames());
    p.limit = reader.optionalInt("limit"_L1, 1, 500).value_or(100);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject MailOutboxEntry::toJson() const
{
    return {{"id"_L1, id},
            {"ticket_id"_L1, ticketId},
            {"event_id"_L1, eventId},
            {"recipient_id"_L1, recipientId},
            {"kind"_L1, kind},
            {"address"_L1, address},
            {"subject"_L1, subject},
            {"message_id"_L1, messageId},
            {"state"_L1, state},
            {"attempts"_L1, attempts},
            {"next_attempt_at"_L1, nextAttemptAt},
            {"last_error"_L1, lastError},
            {"created_at"_L1, createdAt},
            {"sent_at"_L1, sentAt}};
}

MailOutboxEntry MailOutboxEntry::fromJson(const QJsonValue& value)
{
    MailOutboxEntry e;
    e.id = value["id"_L1].toInteger();
    e.ticketId = value["ticket_id"_L1].toInteger();
    e.eventId = value["event_id"_L1].toInteger();
    e.recipientId = value["recipient_id"_L1].toInteger();
    e.kind = value["kind"_L1].toString();
    e.address = value["address"_L1].toString();
    e.subject = value["subject"_L1].toString();
    e.messageId = value["message_id"_L1].toString();
    e.state = value["state"_L1].toString();
    e.attempts = value["attempts"_L1].toInt();
    e.nextAttemptAt = value["next_attempt_at"_L1].toString();
    e.lastError = value["last_error"_L1].toString();
    e.createdAt = value["created_at"_L1].toString();
    e.sentAt = value["sent_at"_L1].toString();
    return e;
}

QJsonObject MailOutboxList::toJson() const
{
    QJsonArray array;
    for (const MailOutboxEntry& entry : items)
        array.append(entry.toJson());
    return {{"items"_L1, array},
            {"counts"_L1,
             QJsonObject {{"queued"_L1, queued},
                          {"sending"_L1, sending},
                          {"sent"_L1, sent},
                          {"failed"_L1, failed}}}};
}

MailOutboxList MailOutboxList::fromJson(const QJsonValue& value)
{
    MailOutboxList list;
    for (const QJsonValue& item : value["items"_L1].toArray())
        list.items.append(MailOutboxEntry::fromJson(item));
    const QJsonValue counts = value["counts"_L1];
    list.queued = counts["queued"_L1].toInt();
    list.sending = counts["sending"_L1].toInt();
    list.sent = counts["sent"_L1].toInt();
    list.failed = counts["failed"_L1].toInt();
    return list;
}

QJsonObject NotificationPrefsSetParams::toJson() const
{
    QJsonObject json;
    if (language)
        json.insert("language"_L1, *language);
    if (optedOut)
        json.insert("opted_out"_L1, strings(*optedOut));
    return json;
}

Result<NotificationPrefsSetParams, rpc::RpcError>
NotificationPrefsSetParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    NotificationPrefsSetParams p;
    p.language = reader.optionalEnum("language"_L1, mailLanguageNames());
    p.optedOut = reader.optionalEnumList("opted_out"_L1, mailKindNames());
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject NotificationPrefs::toJson() const
{
    return {{"language"_L1, language},
            {"kinds"_L1, strings(kinds)},
            {"opted_out"_L1, strings(optedOut)}};
}

NotificationPrefs NotificationPrefs::fromJson(const QJsonValue& value)
{
    return {value["language"_L1].toString(), stringsOf(value["kinds"_L1]),
            stringsOf(value["opted_out"_L1])};
}

QJsonObject SmtpSettings::toJson() const
{
    QJsonObject json {{"enabled"_L1, enabled},
                      {"host"_L1, host},
                      {"port"_L1, port},
                      {"security"_L1, security},
                      {"username"_L1, username},
                      {"certificate"_L1, certificate},
                      {"from_address"_L1, fromAddress},
                      {"from_name"_L1, fromName},
                      {"password_set"_L1, passwordSet}};
    if (password)
        json.insert("password"_L1, *password);
    return json;
}

Result<SmtpSettings, rpc::RpcError> SmtpSettings::fromJson(const QJsonValue& value)
{
    ParamReader reader(value, u"value"_s);
    SmtpSettings s;
    s.enabled = reader.optionalBool("enabled"_L1).value_or(true);
    s.host = reader.requiredString("host"_L1, {1, 255, true});
    s.port = reader.optionalInt("port"_L1, 1, 65535).value_or(587);
    s.security = reader.optionalEnum("security"_L1, {u"tls"_s, u"starttls"_s, u"none"_s})
                     .value_or(u"starttls"_s);
    s.username = reader.optionalString("username"_L1, {0, 255, true}).value_or(QString());
    s.password = reader.optionalString("password"_L1, {0, 1024, true});
    s.certificate = reader.optionalString("certificate"_L1, {0, 20000, false}).value_or(QString());
    s.fromAddress = reader.requiredString("from_address"_L1, {3, 255, true});
    if (reader.ok() && (!s.fromAddress.contains(u'@') || s.fromAddress.contains(u' ')))
        reader.fail("from_address"_L1, u"is not a mail address"_s);
    s.fromName = reader.optionalString("from_name"_L1, {0, 100, true}).value_or(u"Frontline"_s);
    reader.optionalBool("password_set"_L1); // what config.get answered may be sent back as is
    if (auto error = reader.finish())
        return *error;
    return s;
}

} // namespace frontline::api
