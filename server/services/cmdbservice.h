#pragma once

#include "api/cmdbapi.h"
#include "api/fieldapi.h"
#include "auth/principal.h"
#include "services/outcome.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace frontline::server {

class SqlSession;

// Configuration management: CI classes and their attribute fields, configuration items, their
// relationships and the impact walk (admins write; staff read everything; requesters read
// their own CIs). Every change has its audit entry in the change's transaction.
class CmdbService
{
public:
    CmdbService(SqlSession& session, const Principal& principal, qint64 now);

    ServiceResult createClass(const api::CiClassCreateParams& params);
    ServiceResult listClasses();
    ServiceResult updateClass(const api::CiClassUpdateParams& params);

    ServiceResult create(const api::CiCreateParams& params);
    ServiceResult update(const api::CiUpdateParams& params);
    ServiceResult get(qint64 id);
    ServiceResult list(const api::CiListParams& params);
    ServiceResult search(const api::CiSearchParams& params);

    ServiceResult relate(const api::CiRelateParams& params);
    ServiceResult unrelate(const api::CiRelateParams& params);
    ServiceResult impact(const api::CiImpactParams& params);

    // The walk itself (ci.impact and the benchmark).
    static api::CiImpact walk(SqlSession& session, const api::CiNode& start, int depth, int limit);

    // Checks `attributes` (set on top of `current`; null clears a value) against the class's
    // fields: the values as stored, or the problem naming `attributes.<name>`.
    static Result<QJsonObject, rpc::RpcError> checkAttributes(SqlSession& session,
                                                              const api::CiClass& ciClass,
                                                              const QJsonObject& attributes,
                                                              const QJsonObject& current);
    using FieldsByName = QHash<QString, api::FieldDefinition>;
    static FieldsByName fieldsByName(SqlSession& session);
    static Result<QJsonObject, rpc::RpcError> checkAttributes(SqlSession& session,
                                                              const FieldsByName& definitions,
                                                              const api::CiClass& ciClass,
                                                              const QJsonObject& attributes,
                                                              const QJsonObject& current);

    // Tickets and CIs (ticket.create / ticket.update `cis`): the ids the caller may link, or
    // the problem naming `cis[i]` (requesters link only their own CIs).
    static std::optional<rpc::RpcError>
    checkTicketCis(SqlSession& session, const Principal& principal, const QList<qint64>& ids);
    // The laptop CI the applet's computer details (system_info `host`, `serial`) name, linked
    // to the new ticket; an unowned one becomes the requester's. Audited.
    static void linkReportedComputer(SqlSession& session, const Principal& principal, qint64 now,
                                     qint64 ticketId, qint64 requesterId,
                                     const QJsonObject& systemInfo);

    // A ticket's CIs as ticket.get shows them (nullopt: none, and the ticket answers as before).
    static std::optional<QJsonArray> ticketCis(SqlSession& session, qint64 ticketId);

private:
    bool canRead(const api::Ci& ci) const;
    std::optional<rpc::RpcError> checkPeople(std::optional<qint64> owner,
                                             std::optional<qint64> organisation);
    void audit(const QString& action, const QJsonValue& before, const api::Ci& after,
               const QJsonObject& params);

    SqlSession& m_session;
    const Principal& m_principal;
    qint64 m_now;
};

} // namespace frontline::server
