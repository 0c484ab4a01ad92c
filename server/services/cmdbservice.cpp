#include "cmdbservice.h"

#include "api/fieldapi.h"
#include "services/auditlog.h"
#include "storage/cmdbrepository.h"
#include "storage/fieldrepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

const QString ServiceClass = u"service"_s;
const QString LaptopClass = u"laptop"_s;

QString relationText(const api::CiRelateParams& p)
{
    return u"%1 %2 %3 %4"_s.arg(p.from).arg(p.type, p.targetKind).arg(p.target);
}

bool byDepthAndName(const api::CiNode& a, const api::CiNode& b)
{
    if (a.depth != b.depth)
        return a.depth < b.depth;
    if (a.name != b.name)
        return a.name < b.name;
    return a.id < b.id;
}

} // namespace

CmdbService::CmdbService(SqlSession& session, const Principal& principal, qint64 now)
    : m_session(session)
    , m_principal(principal)
    , m_now(now)
{ }

bool CmdbService::canRead(const api::Ci& ci) const
{
    return m_principal.isStaff() || (ci.owner && *ci.owner == m_principal.userId);
}

ServiceResult CmdbService::createClass(const api::CiClassCreateParams& params)
{
    CmdbRepository cmdb(m_session);
    if (cmdb.findClassByName(params.ciClass.name))
        return rpc::RpcError::conflict(u"name_taken"_s, QJsonObject {{"field"_L1, u"name"_s}});
    FieldRepository fields(m_session);
    for (qsizetype i = 0; i < params.ciClass.fields.size(); ++i) {
        if (!fields.findByName(params.ciClass.fields.at(i).field))
            return rpc::RpcError::invalidParams(u"fields[%1].field"_s.arg(i),
                                                u"is not a custom field"_s);
    }
    const qint64 id = cmdb.insertClass(params.ciClass, m_now);
    const api::CiClass created = *cmdb.findClass(id);
    AuditLog(m_session, m_principal, m_now)
        .recordChange(u"ci.class.create"_s, u"ci_class"_s, QJsonValue(), created.toJson(),
                      params.toJson());
    return Outcome(created.toJson());
}

ServiceResult CmdbService::listClasses()
{
    return Outcome(api::CiClassList {CmdbRepository(m_session).classes()}.toJson());
}

ServiceResult CmdbService::updateClass(const api::CiClassUpdateParams& params)
{
    CmdbRepository cmdb(m_session);
    const auto before = cmdb.findClass(params.id);
    if (!before)
        return rpc::RpcError::notFound(u"ci_class"_s);
    if (params.fields) {
        FieldRepository fields(m_session);
        for (qsizetype i = 0; i < params.fields->size(); ++i) {
            if (!fields.findByName(params.fields->at(i).field))
                return rpc::RpcError::invalidParams(u"fields[%1].field"_s.arg(i),
                                                    u"is not a custom field"_s);
        }
    }
    cmdb.updateClass(params.applied(*before), m_now);
    const api::CiClass stored = *cmdb.findClass(params.id);
    AuditLog(m_session, m_principal, m_now)
        .recordChange(u"ci.class.update"_s, u"ci_class"_s, before->toJson(), stored.toJson(),
                      params.toJson());
    return Outcome(stored.toJson());
}

CmdbService::FieldsByName CmdbService::fieldsByName(SqlSession& session)
{
    FieldsByName definitions;
    for (const api::FieldDefinition& field : FieldRepository(session).list())
        definitions.insert(field.name, field);
    return definitions;
}

Result<QJsonObject, rpc::RpcError> CmdbService::checkAttributes(SqlSession& session,
                                                                const api::CiClass& ciClass,
                                                                const QJsonObject& attributes,
                                                                const QJsonObject& current)
{
    if (attributes.isEmpty()
        && std::none_of(ciClass.fields.cbegin(), ciClass.fields.cend(),
                        [](const api::CiClassField& f) { return f.required; }))
        return current;
    return checkAttributes(session, fieldsByName(session), ciClass, attributes, current);
}

Result<QJsonObject, rpc::RpcError> CmdbService::checkAttributes(SqlSession& session,
                                                                const FieldsByName& definitions,
                                                                const api::CiClass& ciClass,
                                                                const QJsonObject& attributes,
                                                                const QJsonObject& current)
{
    CmdbRepository cmdb(session);
    QJsonObject merged = current;
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        const QString path = u"attributes."_s + it.key();
        const auto definition = definitions.constFind(it.key());
        if (!ciClass.field(it.key()) || definition == definitions.constEnd())
            return rpc::RpcError::invalidParams(
                path, u"is not an attribute of class %1"_s.arg(ciClass.name));
        if (api::isEmptyFieldValue(it.value())) {
            merged.remove(it.key());
            continue;
        }
        if (!definition->active && it.value() != current.value(it.key()))
            return rpc::RpcError::invalidParams(path, u"is an inactive field"_s);
        if (auto problem = api::checkFieldValue(*definition, it.value(), current.value(it.key())))
            return rpc::RpcError::invalidParams(path, *problem);
        const QJsonValue value = api::normalizedFieldValue(*definition, it.value());
        if (definition->type == api::FieldType::User && !cmdb.userExists(value.toInteger()))
            return rpc::RpcError::invalidParams(path, u"no such user"_s);
        if (definition->type == api::FieldType::Organisation && !cmdb.orgExists(value.toInteger()))
            return rpc::RpcError::invalidParams(path, u"no such organisation"_s);
        if (api::isEmptyFieldValue(value))
            merged.remove(it.key());
        else
            merged.insert(it.key(), value);
    }
    for (const api::CiClassField& field : ciClass.fields) {
        if (field.required && !merged.contains(field.field))
            return rpc::RpcError::invalidParams(u"attributes."_s + field.field, u"is required"_s);
    }
    return merged;
}

std::optional<rpc::RpcError> CmdbService::checkPeople(std::optional<qint64> owner,
                                                      std::optional<qint64> organisation)
{
    CmdbRepository cmdb(m_session);
    if (owner && !cmdb.userExists(*owner))
        return rpc::RpcError::invalidParams(u"owner"_s, u"no such user"_s);
    if (organisation && !cmdb.orgExists(*organisation))
        return rpc::RpcError::invalidParams(u"organisation"_s, u"no such organisation"_s);
    return std::nullopt;
}

void CmdbService::audit(const QString& action, const QJsonValue& before, const api::Ci& after,
                        const QJsonObject& params)
{
    AuditLog(m_session, m_principal, m_now)
        .recordChange(action, u"ci"_s, before, after.toJson(), params);
}

ServiceResult CmdbService::create(const api::CiCreateParams& params)
{
    CmdbRepository cmdb(m_session);
    const auto ciClass = cmdb.findClassByName(params.ciClass);
    if (!ciClass || !ciClass->active)
        return rpc::RpcError::invalidParams(u"class"_s, u"is not an active CI class"_s);
    if (auto problem = checkPeople(params.owner, params.organisation))
        return *problem;
    auto attributes = checkAttributes(m_session, *ciClass, params.attributes, {});
    if (!attributes)
        return attributes.error();
    api::Ci ci;
    ci.name = params.name;
    ci.ciClass = ciClass->name;
    ci.status = params.status;
    ci.owner = params.owner;
    ci.organisation = params.organisation;
    ci.hostName = params.hostName;
    ci.serial = params.serial;
    ci.attributes = *attributes;
    const qint64 id = cmdb.insert(ci, ciClass->id, m_now);
    const api::Ci created = *cmdb.find(id);
    audit(u"ci.create"_s, QJsonValue(), created, params.toJson());
    return Outcome(created.toJson());
}

ServiceResult CmdbService::update(const api::CiUpdateParams& params)
{
    CmdbRepository cmdb(m_session);
    const auto before = cmdb.find(params.id);
    if (!before)
        return rpc::RpcError::notFound(u"ci"_s);
    if (params.version && *params.version != before->version)
        return rpc::RpcError::conflict(u"stale_version"_s,
                                       QJsonObject {{"current_version"_L1, before->version}});
    const auto ciClass = cmdb.findClassByName(before->ciClass);
    api::Ci after = *before;
    if (params.name)
        after.name = *params.name;
    if (params.status)
        after.status = *params.status;
    if (params.owner.present)
        after.owner = params.owner.value;
    if (params.organisation.present)
        after.organisation = params.organisation.value;
    if (params.hostName)
        after.hostName = *params.hostName;
    if (params.serial)
        after.serial = *params.serial;
    if (auto problem = checkPeople(params.owner.value, params.organisation.value))
        return *problem;
    if (params.attributes) {
        auto attributes =
            checkAttributes(m_session, *ciClass, *params.attributes, before->attributes);
        if (!attributes)
            return attributes.error();
        after.attributes = *attributes;
    }
    cmdb.update(after, m_now);
    const api::Ci stored = *cmdb.find(params.id);
    audit(u"ci.update"_s, before->toJson(), stored, params.toJson());
    return Outcome(stored.toJson());
}

ServiceResult CmdbService::get(qint64 id)
{
    CmdbRepository cmdb(m_session);
    auto ci = cmdb.find(id);
    if (!ci || !canRead(*ci))
        return rpc::RpcError::notFound(u"ci"_s);
    ci->outgoing = cmdb.outgoing(id);
    ci->incoming = cmdb.incoming(id);
    return Outcome(ci->toJson());
}

ServiceResult CmdbService::list(const api::CiListParams& params)
{
    CmdbRepository cmdb(m_session);
    std::optional<qint64> classId;
    if (params.ciClass) {
        const auto ciClass = cmdb.findClassByName(*params.ciClass);
        if (!ciClass)
            return rpc::RpcError::invalidParams(u"class"_s, u"is not a CI class"_s);
        classId = ciClass->id;
    }
    const std::optional<qint64> ownerOnly =
        m_principal.isStaff() ? std::nullopt : std::optional(m_principal.userId);
    api::CiPage page;
    page.items = cmdb.list(params, classId, ownerOnly, params.limit + 1);
    if (page.items.size() > params.limit) {
        page.items.resize(params.limit);
        page.nextCursor = QString::number(page.items.constLast().id);
    }
    return Outcome(page.toJson());
}

ServiceResult CmdbService::search(const api::CiSearchParams& params)
{
    const std::optional<qint64> ownerOnly =
        m_principal.isStaff() ? std::nullopt : std::optional(m_principal.userId);
    api::CiPage page;
    page.items = CmdbRepository(m_session).search(params.query, ownerOnly, params.limit);
    return Outcome(page.toJson());
}

ServiceResult CmdbService::relate(const api::CiRelateParams& params)
{
    CmdbRepository cmdb(m_session);
    const auto from = cmdb.find(params.from);
    if (!from)
        return rpc::RpcError::invalidParams(u"from"_s, u"no such CI"_s);
    if (params.targetKind == "ci"_L1) {
        if (params.target == params.from)
            return rpc::RpcError::invalidParams(u"to"_s, u"a CI cannot relate to itself"_s);
        if (!cmdb.find(params.target))
            return rpc::RpcError::invalidParams(u"to"_s, u"no such CI"_s);
    } else if (params.targetKind == "user"_L1 && !cmdb.userExists(params.target)) {
        return rpc::RpcError::invalidParams(u"user"_s, u"no such user"_s);
    } else if (params.targetKind == "organisation"_L1 && !cmdb.orgExists(params.target)) {
        return rpc::RpcError::invalidParams(u"organisation"_s, u"no such organisation"_s);
    }
    if (cmdb.relate(params, m_now)) {
        AuditLog(m_session, m_principal, m_now)
            .record(
                {u"ci.relate"_s, u"ci"_s, params.from, from->name,
                 QJsonObject {{"relation"_L1, QJsonObject {{"after"_L1, relationText(params)}}}}});
    }
    return get(params.from);
}

ServiceResult CmdbService::unrelate(const api::CiRelateParams& params)
{
    CmdbRepository cmdb(m_session);
    const auto from = cmdb.find(params.from);
    if (!from)
        return rpc::RpcError::invalidParams(u"from"_s, u"no such CI"_s);
    if (!cmdb.unrelate(params))
        return rpc::RpcError::notFound(u"relation"_s);
    AuditLog(m_session, m_principal, m_now)
        .record({u"ci.unrelate"_s, u"ci"_s, params.from, from->name,
                 QJsonObject {{"relation"_L1, QJsonObject {{"before"_L1, relationText(params)}}}}});
    return get(params.from);
}

api::CiImpact CmdbService::walk(SqlSession& session, const api::CiNode& start, int depth, int limit)
{
    CmdbRepository cmdb(session);
    api::CiImpact impact;
    impact.ci = start;
    // Breadth first: each node once, at its shortest distance; the start counts as seen, so a
    // cycle back to it (or anywhere) ends there.
    QHash<qint64, int> cis {{start.id, 0}};
    QHash<qint64, int> users;
    QHash<qint64, int> orgs;
    QList<qint64> frontier {start.id};
    int reached = 0;
    for (int level = 1; level <= depth && !frontier.isEmpty() && !impact.truncated; ++level) {
        QList<qint64> next;
        cmdb.dependents(frontier, [&](const QString& kind, qint64 id) {
            QHash<qint64, int>& seen = kind == "ci"_L1 ? cis : kind == "user"_L1 ? users : orgs;
            if (seen.contains(id))
                return true;
            if (reached >= limit) {
                impact.truncated = true;
                return false;
            }
            seen.insert(id, level);
            ++reached;
            if (kind == "ci"_L1)
                next.append(id);
            return true;
        });
        frontier = next;
    }
    // The depth bound cut the walk short when the last level still leads somewhere new.
    if (!impact.truncated && !frontier.isEmpty()) {
        cmdb.dependents(frontier, [&](const QString& kind, qint64 id) {
            const QHash<qint64, int>& seen = kind == "ci"_L1 ? cis
                : kind == "user"_L1                          ? users
                                                             : orgs;
            if (!seen.contains(id))
                impact.truncated = true;
            return !impact.truncated;
        });
    }
    cis.remove(start.id);
    const QHash<qint64, api::CiNode> nodes = cmdb.ciNodes(cis.keys());
    for (auto it = cis.constBegin(); it != cis.constEnd(); ++it) {
        api::CiNode node = nodes.value(it.key());
        node.depth = it.value();
        impact.cis.append(node);
        if (node.ciClass == ServiceClass)
            impact.services.append(node);
    }
    const QHash<qint64, QString> userNames = cmdb.userNames(users.keys());
    for (auto it = users.constBegin(); it != users.constEnd(); ++it)
        impact.users.append({u"user"_s, it.key(), userNames.value(it.key()), {}, {}, it.value()});
    const QHash<qint64, QString> orgNames = cmdb.orgNames(orgs.keys());
    for (auto it = orgs.constBegin(); it != orgs.constEnd(); ++it)
        impact.organisations.append(
            {u"organisation"_s, it.key(), orgNames.value(it.key()), {}, {}, it.value()});
    for (QList<api::CiNode>* list :
         {&impact.cis, &impact.services, &impact.users, &impact.organisations})
        std::sort(list->begin(), list->end(), byDepthAndName);
    return impact;
}

ServiceResult CmdbService::impact(const api::CiImpactParams& params)
{
    const auto ci = CmdbRepository(m_session).find(params.id);
    if (!ci)
        return rpc::RpcError::notFound(u"ci"_s);
    api::CiNode start;
    start.id = ci->id;
    start.name = ci->name;
    start.ciClass = ci->ciClass;
    start.status = ci->status;
    return Outcome(walk(m_session, start, params.depth, params.limit).toJson());
}

std::optional<rpc::RpcError> CmdbService::checkTicketCis(SqlSession& session,
                                                         const Principal& principal,
                                                         const QList<qint64>& ids)
{
    CmdbRepository cmdb(session);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const auto ci = cmdb.find(ids.at(i));
        if (!ci || (!principal.isStaff() && ci->owner != principal.userId))
            return rpc::RpcError::invalidParams(u"cis[%1]"_s.arg(i), u"no such CI"_s);
    }
    return std::nullopt;
}

void CmdbService::linkReportedComputer(SqlSession& session, const Principal& principal, qint64 now,
                                       qint64 ticketId, qint64 requesterId,
                                       const QJsonObject& systemInfo)
{
    const QString host = systemInfo.value("host"_L1).toString();
    const QString serial = systemInfo.value("serial"_L1).toString();
    if (host.trimmed().isEmpty() && serial.trimmed().isEmpty())
        return;
    CmdbRepository cmdb(session);
    const auto laptops = cmdb.findClassByName(LaptopClass);
    if (!laptops)
        return;
    const auto found = cmdb.findByHostOrSerial(laptops->id, host, serial);
    if (!found)
        return;
    const api::Ci before = *cmdb.find(*found);
    // Someone else's laptop is not linked to this requester's ticket.
    if (before.owner && *before.owner != requesterId)
        return;
    cmdb.linkTicket(ticketId, before.id, true);
    AuditLog log(session, principal, now);
    if (!before.owner) {
        cmdb.setOwner(before.id, requesterId, now);
        log.recordChange(u"ci.update"_s, u"ci"_s, before.toJson(), cmdb.find(before.id)->toJson(),
                         QJsonObject {{"ticket"_L1, ticketId}});
    }
    log.record({u"ci.link_ticket"_s, u"ci"_s, before.id, before.name,
                QJsonObject {{"ticket"_L1, QJsonObject {{"after"_L1, ticketId}}}}});
}

std::optional<QJsonArray> CmdbService::ticketCis(SqlSession& session, qint64 ticketId)
{
    const QList<api::CiNode> nodes = CmdbRepository(session).ticketCis(ticketId);
    if (nodes.isEmpty())
        return std::nullopt;
    QJsonArray array;
    for (const api::CiNode& node : nodes)
        array.append(node.toJson());
    return array;
}

} // namespace frontline::server
