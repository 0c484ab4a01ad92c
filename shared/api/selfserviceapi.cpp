#include "selfserviceapi.h"

#include "api/cmdbapi.h"
#include "core/timeutil.h"
#include "domain/announcement.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline::api {
namespace {

constexpr TextRule FileNameRule {.minLength = 1, .maxLength = 255};
constexpr TextRule SelfServiceTitleRule {.minLength = 1, .maxLength = 200};
constexpr TextRule SelfServiceBodyRule {.minLength = 0, .maxLength = 4000, .singleLine = false};
constexpr TextRule SelfServiceTimeRule {.minLength = 1, .maxLength = 40};

QByteArray readChunk(ParamReader& reader, bool required)
{
    const QJsonValue value = reader.rawValue("data"_L1, [] {
        return schema::withDescription(schema::string(4, (AttachmentChunkBytes / 3 + 1) * 4),
                                       u"base64, at most %1 bytes"_s.arg(AttachmentChunkBytes));
    });
    if (value.isUndefined()) {
        if (required)
            reader.fail("data"_L1, u"is required"_s);
        return {};
    }
    if (!value.isString()) {
        reader.fail("data"_L1, u"must be base64 text"_s);
        return {};
    }
    const QString text = value.toString();
    if (text.size() > (AttachmentChunkBytes / 3 + 1) * 4) {
        reader.fail("data"_L1, u"a chunk carries at most %1 bytes"_s.arg(AttachmentChunkBytes));
        return {};
    }
    auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        reader.fail("data"_L1, u"must be base64 text"_s);
        return {};
    }
    if (decoded.decoded.isEmpty())
        reader.fail("data"_L1, u"must not be empty"_s);
    if (decoded.decoded.size() > AttachmentChunkBytes)
        reader.fail("data"_L1, u"a chunk carries at most %1 bytes"_s.arg(AttachmentChunkBytes));
    return decoded.decoded;
}

// A byte count or position: a whole JSON number of at least `minimum`; nullopt when absent.
std::optional<qint64> readBytes(ParamReader& reader, QLatin1StringView name, qint64 minimum,
                                const QString& meaning)
{
    const QJsonValue value = reader.rawValue(
        name, [minimum] { return schema::integer(minimum, 9'000'000'000'000'000); });
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble() || value.toDouble() < double(minimum)
        || value.toDouble() != double(value.toInteger())) {
        reader.fail(name, meaning);
        return std::nullopt;
    }
    return value.toInteger();
}

std::optional<qint64> readSelfServiceTime(ParamReader& reader, QLatin1StringView name)
{
    const auto text = reader.optionalString(name, SelfServiceTimeRule);
    if (!text)
        return std::nullopt;
    const auto at = timeutil::fromIso(*text);
    if (!at)
        reader.fail(name, u"must be an ISO 8601 time"_s);
    return at;
}

} // namespace

// Why a file name is unsafe to save or show on the agents' and requesters' computers, if it is:
// invisible direction marks that make "gpj.exe" read as "exe.jpg", control characters, an NTFS
// stream (name:stream), a Windows device name (CON, NUL.txt, com1.log), characters Windows
// refuses, or trailing dots and spaces (which Windows drops, changing the extension).
std::optional<QString> fileNameProblem(const QString& raw)
{
    if (raw.endsWith(u'.') || raw.endsWith(u' '))
        return u"must not end with a dot or a space"_s;
    for (const QChar c : raw) {
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E
            || u == 0x200F || u == 0x061C)
            return u"must not contain text direction marks"_s;
        if (c.category() == QChar::Other_Control)
            return u"must not contain control characters"_s;
        if (u == u':')
            return u"must not contain ':' (a stream of another file)"_s;
        if (u == u'<' || u == u'>' || u == u'"' || u == u'|' || u == u'?' || u == u'*')
            return u"must not contain < > \" | ? or *"_s;
    }
    // Windows opens a device for these names whatever the extension (NUL.txt, con.tar.gz).
    static const QRegularExpression device(u"^(con|prn|aux|nul|com[1-9]|lpt[1-9])$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    if (device.match(raw.section(u'.', 0, 0).trimmed()).hasMatch())
        return u"must not be a Windows device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9)"_s;
    return std::nullopt;
}

QJsonObject AttachmentAddParams::toJson() const
{
    QJsonObject object {{"data"_L1, QString::fromLatin1(data.toBase64())}};
    if (id) {
        object.insert("id"_L1, *id);
        object.insert("offset"_L1, offset);
        return object;
    }
    object.insert("ticket"_L1, ticket);
    object.insert("name"_L1, name);
    object.insert("size"_L1, size);
    if (internal)
        object.insert("internal"_L1, true);
    if (!sha256.isEmpty())
        object.insert("sha256"_L1, sha256);
    return object;
}

Result<AttachmentAddParams, rpc::RpcError> AttachmentAddParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    AttachmentAddParams p;
    p.id = reader.optionalId("id"_L1);
    if (p.id) {
        const QString meaning = u"must be the number of bytes already sent"_s;
        const auto offset = readBytes(reader, "offset"_L1, 0, meaning);
        if (!offset && reader.ok())
            reader.fail("offset"_L1, meaning);
        p.offset = offset.value_or(0);
    } else {
        p.ticket = reader.requiredId("ticket"_L1);
        const QJsonValue rawName = params.toObject().value("name"_L1);
        p.name = reader.requiredString("name"_L1, FileNameRule);
        if (p.name.contains(u'/') || p.name.contains(u'\\') || p.name == u".."_s
            || p.name == u"."_s)
            reader.fail("name"_L1, u"must be a file name without a folder"_s);
        else if (const auto problem = fileNameProblem(rawName.toString()); problem && reader.ok())
            reader.fail("name"_L1, *problem);
        const QString meaning = u"must be the file's size in bytes (at least 1)"_s;
        const auto size = readBytes(reader, "size"_L1, 1, meaning);
        if (!size && reader.ok())
            reader.fail("size"_L1, meaning);
        p.size = size.value_or(0);
        p.internal = reader.optionalBool("internal"_L1).value_or(false);
        p.sha256 = reader.optionalString("sha256"_L1, {.minLength = 64, .maxLength = 64})
                       .value_or(QString());
        static const QRegularExpression hex(u"^[0-9a-fA-F]{64}$"_s);
        if (!p.sha256.isEmpty() && !hex.match(p.sha256).hasMatch())
            reader.fail("sha256"_L1, u"must be 64 hexadecimal digits"_s);
        p.sha256 = p.sha256.toLower();
    }
    p.data = readChunk(reader, true);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject AttachmentGetParams::toJson() const
{
    return {{"id"_L1, id}, {"offset"_L1, offset}, {"length"_L1, length}};
}

Result<AttachmentGetParams, rpc::RpcError> AttachmentGetParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    AttachmentGetParams p;
    p.id = reader.requiredId("id"_L1);
    p.offset =
        readBytes(reader, "offset"_L1, 0, u"must be a byte position (0 or more)"_s).value_or(0);
    p.length = reader.optionalInt("length"_L1, 1, int(AttachmentChunkBytes))
                   .value_or(int(AttachmentChunkBytes));
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject AttachmentListParams::toJson() const
{
    return {{"ticket"_L1, ticket}};
}

Result<AttachmentListParams, rpc::RpcError> AttachmentListParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    AttachmentListParams p;
    p.ticket = reader.requiredId("ticket"_L1);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject AnnouncementPublishParams::toJson() const
{
    QJsonObject object {
        {"kind"_L1, kind}, {"title"_L1, title}, {"body"_L1, body}, {"audience"_L1, audience}};
    if (startsAt)
        object.insert("starts_at"_L1, timeutil::toIso(*startsAt));
    if (endsAt)
        object.insert("ends_at"_L1, timeutil::toIso(*endsAt));
    if (!cis.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : cis)
            ids.append(id);
        object.insert("cis"_L1, ids);
    }
    return object;
}

Result<AnnouncementPublishParams, rpc::RpcError>
AnnouncementPublishParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    AnnouncementPublishParams p;
    p.kind = reader.optionalEnum("kind"_L1, Announcement::kinds()).value_or(p.kind);
    p.title = reader.requiredString("title"_L1, SelfServiceTitleRule);
    p.body = reader.optionalString("body"_L1, SelfServiceBodyRule).value_or(QString());
    p.audience = reader.optionalEnum("audience"_L1, Announcement::audiences()).value_or(p.audience);
    p.startsAt = readSelfServiceTime(reader, "starts_at"_L1);
    p.endsAt = readSelfServiceTime(reader, "ends_at"_L1);
    const auto cis = readIdList(reader, "cis"_L1, MaxAnnouncementCis);
    p.cis = cis.value_or(QList<qint64>());
    if (reader.ok() && p.startsAt && p.endsAt && *p.endsAt <= *p.startsAt)
        reader.fail("ends_at"_L1, u"must be after starts_at"_s);
    const bool affected = p.audience == "affected"_L1;
    if (reader.ok() && affected && p.cis.isEmpty())
        reader.fail("cis"_L1, u"the audience affected needs at least one CI"_s);
    if (reader.ok() && !affected && cis)
        reader.fail("cis"_L1, u"only with the audience affected"_s);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject AnnouncementReachParams::toJson() const
{
    QJsonArray array;
    for (qint64 id : cis)
        array.append(id);
    return {{"cis"_L1, array}};
}

Result<AnnouncementReachParams, rpc::RpcError>
AnnouncementReachParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    AnnouncementReachParams p;
    const auto cis = readIdList(reader, "cis"_L1, MaxAnnouncementCis);
    p.cis = cis.value_or(QList<qint64>());
    if (reader.ok() && !reader.describing() && p.cis.isEmpty())
        reader.fail("cis"_L1, u"needs at least one CI"_s);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject AnnouncementListParams::toJson() const
{
    return {{"include_ended"_L1, includeEnded}};
}

Result<AnnouncementListParams, rpc::RpcError>
AnnouncementListParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    AnnouncementListParams p;
    p.includeEnded = reader.optionalBool("include_ended"_L1).value_or(false);
    if (auto error = reader.finish())
        return *error;
    return p;
}

namespace systeminfo {

std::optional<QString> check(const QJsonObject& info, QString* key)
{
    if (info.size() > MaxEntries)
        return u"at most %1 entries"_s.arg(MaxEntries);
    static const QRegularExpression keyPattern(u"^[a-z][a-z0-9_]{0,39}$"_s);
    for (auto it = info.begin(); it != info.end(); ++it) {
        *key = it.key();
        if (!keyPattern.match(it.key()).hasMatch())
            return u"keys are lower-case words (a-z, 0-9, _)"_s;
        if (!it.value().isString())
            return u"must be text"_s;
        const QString value = it.value().toString();
        if (value.size() > MaxValueLength)
            return u"at most %1 characters"_s.arg(MaxValueLength);
        for (const QChar c : value) {
            if (c.category() == QChar::Other_Control)
                return u"must be a single line"_s;
        }
    }
    key->clear();
    return std::nullopt;
}

} // namespace systeminfo

} // namespace frontline::api
