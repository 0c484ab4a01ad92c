#include "mailapi.h"

#include "api/jsonhelpers.h"
#include "core/timeutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::api {

using namespace jsonhelpers;

namespace {

constexpr TextRule MailNameRule {.minLength = 1, .maxLength = 100};
constexpr TextRule MailHostRule {.minLength = 1, .maxLength = 253};
// A mailbox's own relay: empty means none (its mail goes through the outgoing relay).
constexpr TextRule OptionalHostRule {.minLength = 0, .maxLength = 253};
constexpr TextRule AccountRule {.minLength = 1, .maxLength = 320};
constexpr TextRule OptionalAccountRule {.minLength = 0, .maxLength = 320};
constexpr TextRule MailPasswordRule {.minLength = 0, .maxLength = 1000};
constexpr TextRule FolderRule {.minLength = 1, .maxLength = 200};
constexpr TextRule CertificateRule {.minLength = 0, .maxLength = 20000, .singleLine = false};
constexpr TextRule MailCategoryRule {.minLength = 0, .maxLength = 200};
constexpr TextRule SenderNameRule {.minLength = 0, .maxLength = 200};

template<typename T> void put(QJsonObject& object, QLatin1StringView key, const std::optional<T>& v)
{
    if (v)
        object.insert(key, *v);
}

} // namespace

QStringList mailSecurityNames()
{
    return {u"tls"_s, u"starttls"_s, u"none"_s};
}

QStringList unknownSenderPolicies()
{
    return {u"create"_s, u"refuse"_s};
}

void MailboxFields::insertInto(QJsonObject& o) const
{
    put(o, "name"_L1, name);
    put(o, "address"_L1, address);
    put(o, "host"_L1, host);
    put(o, "port"_L1, port);
    put(o, "security"_L1, security);
    put(o, "username"_L1, username);
    put(o, "password"_L1, password);
    put(o, "folder"_L1, folder);
    put(o, "quarantine_folder"_L1, quarantineFolder);
    put(o, "certificate"_L1, certificate);
    if (group.present)
        o.insert("group"_L1, idJson(group.value));
    put(o, "category"_L1, category);
    put(o, "unknown_senders"_L1, unknownSenders);
    put(o, "enabled"_L1, enabled);
    put(o, "smtp_host"_L1, smtpHost);
    put(o, "smtp_port"_L1, smtpPort);
    put(o, "smtp_security"_L1, smtpSecurity);
    put(o, "smtp_username"_L1, smtpUsername);
    put(o, "smtp_password"_L1, smtpPassword);
    put(o, "from_address"_L1, fromAddress);
    put(o, "from_name"_L1, fromName);
}

void MailboxFields::read(ParamReader& reader, bool creating)
{
    auto text = [&](QLatin1StringView key, const TextRule& rule, bool required) {
        if (creating && required)
            return std::optional(reader.requiredString(key, rule));
        return reader.optionalString(key, rule);
    };
    auto port = [&](QLatin1StringView key, bool required) {
        if (creating && required)
            return std::optional(reader.requiredInt(key, 1, 65535));
        return reader.optionalInt(key, 1, 65535);
    };
    name = text("name"_L1, MailNameRule, true);
    address = text("address"_L1, AccountRule, false);
    host = text("host"_L1, MailHostRule, true);
    this->port = port("port"_L1, true);
    security = creating ? std::optional(reader.requiredEnum("security"_L1, mailSecurityNames()))
                        : reader.optionalEnum("security"_L1, mailSecurityNames());
    username = text("username"_L1, AccountRule, true);
    password = text("password"_L1, MailPasswordRule, true);
    folder = text("folder"_L1, FolderRule, false);
    quarantineFolder = text("quarantine_folder"_L1, FolderRule, false);
    certificate = text("certificate"_L1, CertificateRule, false);
    if (certificate && !certificate->isEmpty()
        && !certificate->contains(u"-----BEGIN CERTIFICATE-----"_s))
        reader.fail("certificate"_L1, u"must be a PEM certificate"_s);
    group = reader.nullableId("group"_L1);
    category = text("category"_L1, MailCategoryRule, false);
    unknownSenders = reader.optionalEnum("unknown_senders"_L1, unknownSenderPolicies());
    enabled = reader.optionalBool("enabled"_L1);
    smtpHost = text("smtp_host"_L1, OptionalHostRule, false);
    smtpPort = port("smtp_port"_L1, false);
    smtpSecurity = reader.optionalEnum("smtp_security"_L1, mailSecurityNames());
    smtpUsername = text("smtp_username"_L1, OptionalAccountRule, false);
    smtpPassword = text("smtp_password"_L1, MailPasswordRule, false);
    fromAddress = text("from_address"_L1, OptionalAccountRule, false);
    fromName = text("from_name"_L1, SenderNameRule, false);
}

QJsonObject MailboxCreateParams::toJson() const
{
    QJsonObject object;
    fields.insertInto(object);
    return object;
}

Result<MailboxCreateParams, rpc::RpcError> MailboxCreateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    MailboxCreateParams p;
    p.fields.read(reader, true);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject MailboxUpdateParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}};
    fields.insertInto(object);
    return object;
}

Result<MailboxUpdateParams, rpc::RpcError> MailboxUpdateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    MailboxUpdateParams p;
    p.id = reader.requiredId("id"_L1);
    p.fields.read(reader, false);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject QuarantineListParams::toJson() const
{
    QJsonObject object {{"limit"_L1, limit}};
    put(object, "cursor"_L1, cursor);
    return object;
}

Result<QuarantineListParams, rpc::RpcError> QuarantineListParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    QuarantineListParams p;
    p.limit = reader.optionalInt("limit"_L1, 1, 200).value_or(50);
    p.cursor = reader.optionalId("cursor"_L1);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject MailboxInfo::toJson() const
{
    return {{"id"_L1, id},
            {"name"_L1, name},
            {"address"_L1, address},
            {"host"_L1, host},
            {"port"_L1, port},
            {"security"_L1, security},
            {"username"_L1, username},
            {"folder"_L1, folder},
            {"quarantine_folder"_L1, quarantineFolder},
            {"has_certificate"_L1, hasCertificate},
            {"group"_L1, idJson(group)},
            {"category"_L1, category.isEmpty() ? QJsonValue(QJsonValue::Null) : category},
            {"unknown_senders"_L1, unknownSenders},
            {"enabled"_L1, enabled},
            {"smtp_host"_L1, smtpHost},
            {"smtp_port"_L1, smtpPort},
            {"smtp_security"_L1, smtpSecurity},
            {"smtp_username"_L1, smtpUsername},
            {"from_address"_L1, fromAddress},
            {"from_name"_L1, fromName},
            {"readable"_L1, readable}};
}

MailboxInfo MailboxInfo::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    MailboxInfo m;
    m.id = o.value("id"_L1).toInteger();
    m.name = o.value("name"_L1).toString();
    m.address = o.value("address"_L1).toString();
    m.host = o.value("host"_L1).toString();
    m.port = o.value("port"_L1).toInt();
    m.security = o.value("security"_L1).toString();
    m.username = o.value("username"_L1).toString();
    m.folder = o.value("folder"_L1).toString();
    m.quarantineFolder = o.value("quarantine_folder"_L1).toString();
    m.hasCertificate = o.value("has_certificate"_L1).toBool();
    m.group = idOf(o.value("group"_L1));
    m.category = o.value("category"_L1).toString();
    m.unknownSenders = o.value("unknown_senders"_L1).toString();
    m.enabled = o.value("enabled"_L1).toBool();
    m.smtpHost = o.value("smtp_host"_L1).toString();
    m.smtpPort = o.value("smtp_port"_L1).toInt();
    m.smtpSecurity = o.value("smtp_security"_L1).toString();
    m.smtpUsername = o.value("smtp_username"_L1).toString();
    m.fromAddress = o.value("from_address"_L1).toString();
    m.fromName = o.value("from_name"_L1).toString();
    m.readable = o.value("readable"_L1).toBool(true);
    return m;
}

QJsonObject MailboxList::toJson() const
{
    QJsonArray array;
    for (const MailboxInfo& item : items)
        array.append(item.toJson());
    return {{"items"_L1, array}};
}

MailboxList MailboxList::fromJson(const QJsonValue& value)
{
    MailboxList list;
    for (const QJsonValue& item : value.toObject().value("items"_L1).toArray())
        list.items << MailboxInfo::fromJson(item);
    return list;
}

QJsonObject MailboxDeleted::toJson() const
{
    return {{"id"_L1, id}, {"deleted"_L1, true}};
}

MailboxDeleted MailboxDeleted::fromJson(const QJsonValue& value)
{
    return {value.toObject().value("id"_L1).toInteger()};
}

QJsonObject MailboxTestResult::toJson() const
{
    return {{"ok"_L1, ok},
            {"step"_L1, step.isEmpty() ? QJsonValue(QJsonValue::Null) : step},
            {"message"_L1, message},
            {"idle"_L1, idle}};
}

MailboxTestResult MailboxTestResult::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value("ok"_L1).toBool(), o.value("step"_L1).toString(),
            o.value("message"_L1).toString(), o.value("idle"_L1).toBool()};
}

QJsonObject QuarantinedMailInfo::toJson() const
{
    return {{"id"_L1, id},
            {"mailbox"_L1, mailbox},
            {"mailbox_name"_L1, mailboxName},
            {"reason"_L1, reason},
            {"subject"_L1, subject},
            {"sender"_L1, sender},
            {"quarantined_at"_L1, timeutil::toIso(quarantinedAt)}};
}

QuarantinedMailInfo QuarantinedMailInfo::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    return {o.value("id"_L1).toInteger(),
            o.value("mailbox"_L1).toInteger(),
            o.value("mailbox_name"_L1).toString(),
            o.value("reason"_L1).toString(),
            o.value("subject"_L1).toString(),
            o.value("sender"_L1).toString(),
            timeutil::fromIso(o.value("quarantined_at"_L1).toString()).value_or(0)};
}

QJsonObject QuarantineList::toJson() const
{
    QJsonArray array;
    for (const QuarantinedMailInfo& item : items)
        array.append(item.toJson());
    return {{"items"_L1, array}, {"next_cursor"_L1, idJson(nextCursor)}};
}

QuarantineList QuarantineList::fromJson(const QJsonValue& value)
{
    QuarantineList list;
    const QJsonObject o = value.toObject();
    for (const QJsonValue& item : o.value("items"_L1).toArray())
        list.items << QuarantinedMailInfo::fromJson(item);
    list.nextCursor = idOf(o.value("next_cursor"_L1));
    return list;
}

} // namespace frontline::api
