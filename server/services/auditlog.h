#pragma once

#include "api/auditapi.h"
#include "auth/principal.h"
#include "services/jobrunner.h"
#include "services/outcome.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace frontline::server {

class SqlSession;

// How a principal's calls reach the server, for the audit log's `via`: the one place to say
// it (an API token's calls: `token:<id>`, once principals carry their token).
QString auditVia(const Principal& principal);

// What one audited change did to what.
struct AuditChange
{
    QString action; // dotted: user.update, config.set, auth.login_failed
    QString targetType;
    std::optional<qint64> targetId;
    QString targetLabel;
    QJsonObject details; // field -> {"before", "after"}
};

// Writes the audit log in the transaction of the change it records: an acknowledged change
// always has its entry, a refused or rolled-back one never does.
class AuditLog
{
public:
    AuditLog(SqlSession& session, const Principal& actor, qint64 now);

    // Overrides auditVia(actor) (the directory sync: `directory`).
    AuditLog& via(const QString& via);
    void record(const AuditChange& change);
    // An entry from what a change did: `before` and `after` are the target's JSON (either may
    // be null: created, deleted), `params` the call's params, whose secrets show as "changed".
    void recordChange(const QString& action, const QString& targetType, const QJsonValue& before,
                      const QJsonValue& after, const QJsonObject& params = {});

    // A failed sign-in: no actor; the name that was tried, the account when it exists.
    static void recordLoginFailure(SqlSession& session, qint64 now, const QString& username,
                                   std::optional<qint64> account, const QString& peer);

    // Field by field (nested objects as dotted paths), timestamps left out, secrets masked.
    static QJsonObject diff(const QJsonValue& before, const QJsonValue& after);
    // A field whose value never enters the log (passwords, secrets, tokens).
    static bool isSecret(const QString& field);
    // The secret fields set (non-empty) anywhere in `params`.
    static QStringList secretsIn(const QJsonValue& params);
    static QString labelOf(const QJsonObject& target);

private:
    SqlSession& m_session;
    const Principal& m_actor;
    qint64 m_now;
    QString m_via;
};

// The JSON of a service's answer (null when it failed).
QJsonValue auditValue(const ServiceResult& result);
inline QJsonValue auditValue(const QJsonValue& value)
{
    return value;
}
// The item of a list answer ({"items": [...]}, {"rules": [...]}) whose `keys` equal those of
// `probe`; `value` itself when it is not a list.
QJsonValue auditItem(const QJsonValue& value, const QJsonObject& probe, const QStringList& keys);

// A write whose change goes into the audit log in its own transaction: `before(scope, params)`
// reads the target (a get or a list; a list is searched by `keys`) before `run` changes it;
// the after state is run's answer (none for a deletion).
template<typename Params, typename Before, typename Run>
auto audited(QString action, QString targetType, Before before, Run run,
             QStringList keys = {QStringLiteral("id")})
{
    return [action = std::move(action), targetType = std::move(targetType), before, run,
            keys = std::move(keys)](JobScope& scope, const Params& params) -> ServiceResult {
        const QJsonObject paramsJson = params.toJson();
        const QJsonValue beforeValue = auditValue(before(scope, params));
        ServiceResult result = run(scope, params);
        if (!result)
            return result;
        const QJsonValue answer = auditValue(result);
        QJsonObject probe = paramsJson;
        const QJsonObject answerObject = answer.toObject();
        for (auto it = answerObject.begin(); it != answerObject.end(); ++it)
            probe.insert(it.key(), it.value());
        const QJsonValue beforeItem = auditItem(beforeValue, probe, keys);
        QJsonValue afterItem = auditItem(answer, probe, keys);
        // A deletion answers {"deleted": true} (with or without the id) or {"changed": true}:
        // no target after it.
        if (beforeItem.isObject() && afterItem.isObject()) {
            for (const QString& key : keys) {
                if (!afterItem.toObject().contains(key))
                    afterItem = QJsonValue();
            }
            if (afterItem.toObject().value(QLatin1StringView("deleted")).toBool())
                afterItem = QJsonValue();
        }
        AuditLog(scope.session, scope.principal, scope.now)
            .recordChange(action, targetType, beforeItem, afterItem, paramsJson);
        return result;
    };
}

// No before state: a creation.
inline constexpr auto auditNothing = [](JobScope&, const auto&) { return QJsonValue(); };

} // namespace frontline::server
