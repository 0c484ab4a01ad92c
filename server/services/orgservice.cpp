#include "orgservice.h"

#include "services/auditlog.h"
#include "storage/orgrepository.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

OrgService::OrgService(SqlSession& session, const Principal& principal, qint64 now)
    : m_session(session)
    , m_principal(principal)
    , m_now(now)
{ }

std::optional<rpc::RpcError> OrgService::checkUnique(qint64 id, const QString& name,
                                                     const QStringList& domains)
{
    OrgRepository orgs(m_session);
    if (const auto existing = orgs.findByName(name); existing && existing->id != id)
        return rpc::RpcError::conflict(u"name_taken"_s, QJsonObject {{"field"_L1, u"name"_s}});
    for (const QString& domain : domains) {
        if (const auto owner = orgs.byDomain(domain); owner && *owner != id)
            return rpc::RpcError::conflict(
                u"domain_taken"_s, QJsonObject {{"field"_L1, u"domains"_s}, {"domain"_L1, domain}});
    }
    return std::nullopt;
}

ServiceResult OrgService::create(const api::OrgCreateParams& params)
{
    if (auto problem = checkUnique(0, params.name, params.domains))
        return *problem;
    Organisation org;
    org.name = params.name;
    org.domains = params.domains;
    org.notes = params.notes;
    OrgRepository orgs(m_session);
    const qint64 id = orgs.insert(org, m_now);
    AuditLog(m_session, m_principal, m_now)
        .record(
            {u"org.create"_s, u"organisation"_s, id, org.name,
             QJsonObject {{u"name"_s, QJsonObject {{u"after"_s, org.name}}},
                          {u"domains"_s, QJsonObject {{u"after"_s, org.domains.join(u", "_s)}}}}});
    return Outcome(*orgs.find(id));
}

ServiceResult OrgService::list()
{
    return Outcome(api::OrgList {OrgRepository(m_session).list()});
}

ServiceResult OrgService::update(const api::OrgUpdateParams& params)
{
    OrgRepository orgs(m_session);
    auto org = orgs.find(params.id);
    if (!org)
        return rpc::RpcError::notFound(u"organisation"_s);
    if (params.name)
        org->name = *params.name;
    if (params.domains)
        org->domains = *params.domains;
    if (params.notes)
        org->notes = *params.notes;
    if (auto problem = checkUnique(org->id, org->name, org->domains))
        return *problem;
    orgs.update(*org, m_now);
    AuditLog(m_session, m_principal, m_now)
        .record(
            {u"org.update"_s, u"organisation"_s, org->id, org->name,
             QJsonObject {{u"name"_s, QJsonObject {{u"after"_s, org->name}}},
                          {u"domains"_s, QJsonObject {{u"after"_s, org->domains.join(u", "_s)}}}}});
    return Outcome(*orgs.find(org->id));
}

} // namespace frontline::server
