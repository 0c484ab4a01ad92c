#include "configservice.h"

#include "storage/automationrepository.h"
#include "storage/sessionrepository.h"
#include "storage/sqlsession.h"
#include "workflow/workflowconfig.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace frontline::server {

ConfigService::ConfigService(SqlSession& session, qint64 now)
    : m_session(session)
    , m_now(now)
{ }

Result<WorkflowConfig, QString> ConfigService::load()
{
    WorkflowConfig config = WorkflowConfig::defaults();
    ConfigRepository repository(m_session);
    for (const QString& key : api::configKeys()) {
        if (key == u"smtp"_s || key == u"ldap"_s)
            continue; // not workflow: notify::SmtpSettingsStore, LdapService
        const auto stored = repository.get(key);
        if (!stored)
            continue;
        auto updated =
            WorkflowConfig::with(config, key, QJsonDocument::fromJson(stored->toUtf8()).object());
        if (!updated)
            return u"stored configuration %1 is invalid: %2 %3"_s.arg(key, updated.error().first,
                                                                      updated.error().second);
        config = std::move(updated).value();
    }
    AutomationRepository(m_session).loadInto(config);
    return config;
}

api::WorkflowSnapshot ConfigService::snapshot(const WorkflowConfig& config)
{
    return {config.lifecycles, config.priorityMatrix, config.slaTargets};
}

api::ConfigValue ConfigService::value(const WorkflowConfig& config, const QString& key)
{
    return {key, config.toJson(key)};
}

ServiceResult ConfigService::set(const WorkflowConfig& current, const api::ConfigSetParams& params,
                                 qint64 userId)
{
    const auto field = [](const QString& inside) {
        return inside.isEmpty() ? u"value"_s : u"value."_s + inside;
    };
    auto updated = WorkflowConfig::with(current, params.key, params.value);
    if (!updated)
        return rpc::RpcError::invalidParams(field(updated.error().first), updated.error().second);
    if (params.key == u"lifecycles"_s) {
        // A new lifecycle must also be usable: every state reachable, one that ends the work.
        if (auto problem = updated->lifecycles.checkDesign())
            return rpc::RpcError::invalidParams(field(problem->first), problem->second);
        // Tickets must not be left in a status the new lifecycles lack, and the open flag of
        // existing tickets follows their state's new definition. (A rare admin action; the
        // scan over tickets is acceptable here.)
        Statement used = m_session.prepare(u"SELECT DISTINCT type, status FROM tickets"_s);
        used.exec();
        QList<std::pair<TicketType, QString>> pairs;
        while (used.next())
            pairs.append(
                {ticketTypeFromString(used.text(0)).value_or(TicketType::Incident), used.text(1)});
        for (const auto& [type, status] : std::as_const(pairs)) {
            if (!updated->lifecycles.of(type).hasState(status))
                return rpc::RpcError::invalidParams(
                    field(toString(type) + u".states"_s),
                    u"%1 tickets are in status %2, which the new lifecycle lacks"_s.arg(
                        toString(type), status));
        }
        for (const auto& [type, status] : std::as_const(pairs)) {
            const LifecycleState* state = updated->lifecycles.of(type).state(status);
            Statement fix = m_session.prepare(
                u"UPDATE tickets SET is_open = ? WHERE type = ? AND status = ? AND is_open <> ?"_s);
            fix.bind(state->open ? 1 : 0)
                .bind(toString(type))
                .bind(status)
                .bind(state->open ? 1 : 0);
            fix.exec();
        }
    }
    const QJsonObject normalized = updated->toJson(params.key);
    ConfigRepository(m_session).set(
        params.key, QString::fromUtf8(QJsonDocument(normalized).toJson(QJsonDocument::Compact)),
        userId, m_now);
    Outcome outcome(api::ConfigValue {params.key, normalized});
    outcome.workflow = std::make_shared<const WorkflowConfig>(std::move(updated).value());
    return outcome;
}

} // namespace frontline::server
