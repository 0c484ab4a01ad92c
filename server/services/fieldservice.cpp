#include "fieldservice.h"

#include "services/auditlog.h"
#include "storage/fieldrepository.h"
#include "storage/grouprepository.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

FieldService::FieldService(SqlSession& session, const Principal& principal, qint64 now)
    : m_session(session)
    , m_principal(principal)
    , m_now(now)
{ }

QList<api::FieldDefinition> FieldService::visibleTo(const QList<api::FieldDefinition>& fields,
                                                    const Principal& principal)
{
    if (principal.isStaff())
        return fields;
    QList<api::FieldDefinition> shown;
    for (const api::FieldDefinition& field : fields) {
        if (field.active && field.visibleToRequester)
            shown.append(field);
    }
    return shown;
}

std::optional<rpc::RpcError> FieldService::checkCategories(const QStringList& names)
{
    CategoryRepository categories(m_session);
    for (const QString& name : names) {
        if (!categories.findByName(name))
            return rpc::RpcError::invalidParams(u"categories"_s,
                                                u"%1 is not a category"_s.arg(name));
    }
    return std::nullopt;
}

ServiceResult FieldService::create(const api::FieldCreateParams& params)
{
    FieldRepository fields(m_session);
    if (fields.findByName(params.field.name))
        return rpc::RpcError::conflict(u"name_taken"_s, QJsonObject {{"field"_L1, u"name"_s}});
    if (auto problem = checkCategories(params.field.categories))
        return *problem;
    const qint64 id = fields.insert(params.field, m_now);
    const api::FieldDefinition created = *fields.find(id);
    AuditLog(m_session, m_principal, m_now)
        .recordChange(u"field.create"_s, u"field"_s, QJsonValue(), created.toJson(),
                      params.toJson());
    return Outcome(created.toJson());
}

ServiceResult FieldService::list()
{
    return Outcome(
        api::FieldList {visibleTo(FieldRepository(m_session).list(), m_principal)}.toJson());
}

ServiceResult FieldService::update(const api::FieldUpdateParams& params)
{
    FieldRepository fields(m_session);
    const auto before = fields.find(params.id);
    if (!before)
        return rpc::RpcError::notFound(u"field"_s);
    const api::FieldDefinition after = params.applied(*before);
    if (auto problem = api::checkFieldDefinition(after))
        return rpc::RpcError::invalidParams(problem->path, problem->reason);
    if (params.categories) {
        if (auto problem = checkCategories(*params.categories))
            return *problem;
    }
    fields.update(after, m_now);
    const api::FieldDefinition stored = *fields.find(params.id);
    AuditLog(m_session, m_principal, m_now)
        .recordChange(u"field.update"_s, u"field"_s, before->toJson(), stored.toJson(),
                      params.toJson());
    return Outcome(stored.toJson());
}

} // namespace frontline::server
