#include "auditlog.h"

#include "storage/auditrepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// Fields that change with every write and say nothing about what was changed.
bool isNoise(const QString& field)
{
    return field == "updated_at"_L1 || field == "created_at"_L1 || field == "version"_L1;
}

void diffInto(QJsonObject& out, const QString& path, const QJsonValue& before,
              const QJsonValue& after)
{
    if (before == after)
        return;
    if ((before.isObject() || before.isUndefined() || before.isNull())
        && (after.isObject() || after.isUndefined() || after.isNull())
        && (before.isObject() || after.isObject())) {
        const QJsonObject b = before.toObject();
        const QJsonObject a = after.toObject();
        QStringList keys = b.keys();
        for (const QString& key : a.keys()) {
            if (!b.contains(key))
                keys.append(key);
        }
        for (const QString& key : std::as_const(keys)) {
            if (isNoise(key))
                continue;
            const QString field = path.isEmpty() ? key : path + u'.' + key;
            // Absent on one side: a creation or a deletion.
            diffInto(out, field, b.contains(key) ? b.value(key) : QJsonValue(QJsonValue::Undefined),
                     a.contains(key) ? a.value(key) : QJsonValue(QJsonValue::Undefined));
        }
        return;
    }
    const QString leaf = path.section(u'.', -1);
    QJsonObject change;
    if (AuditLog::isSecret(leaf)) {
        change.insert("after"_L1, u"changed"_s);
    } else {
        if (!before.isUndefined())
            change.insert("before"_L1, before);
        if (!after.isUndefined())
            change.insert("after"_L1, after);
    }
    out.insert(path.isEmpty() ? u"value"_s : path, change);
}

void collectSecrets(const QJsonValue& value, const QString& path, QStringList& out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString field = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (AuditLog::isSecret(it.key())) {
                if (!(it.value().isString() && it.value().toString().isEmpty())
                    && !it.value().isNull())
                    out.append(field);
            } else {
                collectSecrets(it.value(), field, out);
            }
        }
    }
}

} // namespace

QString auditVia(const Principal& principal)
{
    if (principal.userId == 0)
        return QString(api::auditvia::System);
    if (principal.apiTokenId != 0) // a call made with an API token is the token's
        return u"token:%1"_s.arg(principal.apiTokenId);
    return QString(api::auditvia::Session);
}

AuditLog::AuditLog(SqlSession& session, const Principal& actor, qint64 now)
    : m_session(session)
    , m_actor(actor)
    , m_now(now)
    , m_via(auditVia(actor))
{ }

AuditLog& AuditLog::via(const QString& via)
{
    m_via = via;
    return *this;
}

void AuditLog::record(const AuditChange& change)
{
    api::AuditEntry entry;
    entry.at = m_now;
    if (m_actor.userId != 0)
        entry.actorId = m_actor.userId;
    entry.actorName = m_actor.username;
    entry.via = m_via;
    entry.peer = m_actor.peer;
    entry.action = change.action;
    entry.targetType = change.targetType;
    entry.targetId = change.targetId;
    entry.targetLabel = change.targetLabel.left(200);
    entry.details = change.details;
    AuditRepository(m_session).append(entry);
}

void AuditLog::recordChange(const QString& action, const QString& targetType,
                            const QJsonValue& before, const QJsonValue& after,
                            const QJsonObject& params)
{
    const QJsonObject target = after.isObject() ? after.toObject() : before.toObject();
    AuditChange change;
    change.action = action;
    change.targetType = targetType;
    if (target.value("id"_L1).isDouble())
        change.targetId = target.value("id"_L1).toInteger();
    else if (params.value("id"_L1).isDouble())
        change.targetId = params.value("id"_L1).toInteger();
    change.targetLabel = labelOf(target);
    change.details = diff(before, after);
    // A secret the call set shows as changed even when the answer does not carry it.
    for (const QString& secret : secretsIn(params)) {
        QString field = secret;
        if (targetType == "config"_L1 && field.startsWith("value."_L1))
            field = field.mid(6);
        change.details.insert(field, QJsonObject {{"after"_L1, u"changed"_s}});
    }
    record(change);
}

void AuditLog::recordLoginFailure(SqlSession& session, qint64 now, const QString& username,
                                  std::optional<qint64> account, const QString& peer)
{
    Principal nobody;
    nobody.username = username.left(100);
    nobody.peer = peer;
    AuditChange change;
    change.action = u"auth.login_failed"_s;
    change.targetType = u"user"_s;
    change.targetId = account;
    change.targetLabel = nobody.username;
    AuditLog(session, nobody, now).via(api::auditvia::Session).record(change);
}

QJsonObject AuditLog::diff(const QJsonValue& before, const QJsonValue& after)
{
    QJsonObject out;
    diffInto(out, QString(), before.isNull() ? QJsonValue(QJsonValue::Undefined) : before,
             after.isNull() ? QJsonValue(QJsonValue::Undefined) : after);
    return out;
}

bool AuditLog::isSecret(const QString& field)
{
    if (field.endsWith("_set"_L1))
        return false; // password_set: whether there is one, not what it is
    return field.contains("password"_L1, Qt::CaseInsensitive)
        || field.contains("secret"_L1, Qt::CaseInsensitive)
        || field.contains("token"_L1, Qt::CaseInsensitive);
}

QStringList AuditLog::secretsIn(const QJsonValue& params)
{
    QStringList secrets;
    collectSecrets(params, QString(), secrets);
    return secrets;
}

QString AuditLog::labelOf(const QJsonObject& target)
{
    for (QLatin1StringView key : {"name"_L1, "username"_L1, "title"_L1, "key"_L1, "kind"_L1}) {
        const QJsonValue value = target.value(key);
        if (value.isString() && !value.toString().isEmpty()) {
            if (key == "kind"_L1 && target.value("language"_L1).isString())
                return value.toString() + u" ("_s + target.value("language"_L1).toString() + u')';
            return value.toString();
        }
    }
    return QString();
}

QJsonValue auditValue(const ServiceResult& result)
{
    if (!result)
        return QJsonValue();
    return result->result.toValue();
}

QJsonValue auditItem(const QJsonValue& value, const QJsonObject& probe, const QStringList& keys)
{
    const QJsonObject object = value.toObject();
    if (object.size() != 1 || !object.begin().value().isArray())
        return value;
    for (const QJsonValue& item : object.begin().value().toArray()) {
        const QJsonObject candidate = item.toObject();
        bool matches = true;
        for (const QString& key : keys) {
            if (!probe.contains(key) || candidate.value(key) != probe.value(key))
                matches = false;
        }
        if (matches)
            return candidate;
    }
    return QJsonValue();
}

} // namespace frontline::server
