#pragma once

#include "api/fieldapi.h"
#include "auth/principal.h"
#include "services/outcome.h"

#include <QJsonObject>

namespace frontline::server {

class SqlSession;
struct TicketRecord;

// Custom field definitions (admins create and change them; staff list them all, requesters the
// active ones shown to them) and the values of one ticket: checked against the definitions,
// written with the ticket's other changes.
class FieldService
{
public:
    FieldService(SqlSession& session, const Principal& principal, qint64 now);

    ServiceResult create(const api::FieldCreateParams& params);
    ServiceResult list();
    ServiceResult update(const api::FieldUpdateParams& params);

    // The definitions the caller may see (requesters: active and visible to them).
    static QList<api::FieldDefinition> visibleTo(const QList<api::FieldDefinition>& fields,
                                                 const Principal& principal);

private:
    std::optional<rpc::RpcError> checkCategories(const QStringList& names);

    SqlSession& m_session;
    const Principal& m_principal;
    qint64 m_now;
};

} // namespace frontline::server
