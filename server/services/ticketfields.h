#pragma once

#include "api/fieldapi.h"
#include "auth/principal.h"
#include "rpc/rpcerror.h"
#include "services/ticketmutation.h"
#include "storage/ticketrepository.h"

#include <QJsonObject>

namespace frontline::server {

class SqlSession;

// Custom field values on a ticket change: the definitions, the checks the server enforces
// (the same shared rules the clients show inline), the changes for the event log and the
// values each caller may see.
class TicketFields
{
public:
    TicketFields(SqlSession& session, const Principal& principal);

    // Every definition, read once per instance.
    const QList<api::FieldDefinition>& definitions();
    // Reads the record's current values (once).
    void load(TicketRecord& record);
    // Checks `values` for the record as it now is (type and category) and queues their writes
    // with the record; changed values become `changes` (fields.<name>; internal when
    // requesters do not see the field). With `checkRequired`, every required field that
    // applies must have a value afterwards (a requester: the fields shown to them).
    std::optional<rpc::RpcError> apply(TicketRecord& record, const QJsonObject& values,
                                       bool checkRequired, QList<TicketMutation::Change>& changes);
    // The values of `values` that `principal` may see.
    QJsonObject visible(const QJsonObject& values, const Principal& principal);
    // Requesters see only the fields shown to them (and pushes go to requesters too).
    QJsonObject shownToRequesters(const QJsonObject& values);
    // List conditions resolved to their fields (errors name filter.fields.<name>).
    Result<QList<FieldFilter>, rpc::RpcError> resolve(const QList<api::FieldCondition>& conditions);
    // A checked condition in the value table's terms (its column and typed values).
    static FieldFilter filterOf(const api::FieldDefinition& field,
                                const api::FieldCondition& condition);

    // The event-log name of a field's changes.
    static QString changeName(const QString& field) { return QStringLiteral("fields.") + field; }

private:
    const api::FieldDefinition* byName(const QString& name);
    std::optional<QString> checkReference(const api::FieldDefinition& field,
                                          const QJsonValue& value);

    SqlSession& m_session;
    const Principal& m_principal;
    std::optional<QList<api::FieldDefinition>> m_definitions;
};

} // namespace frontline::server
