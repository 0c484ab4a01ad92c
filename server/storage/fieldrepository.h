#pragma once

#include "api/fieldapi.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace frontline::server {

class SqlSession;

// Custom field definitions and the values tickets hold, one row per value in typed columns.
class FieldRepository
{
public:
    explicit FieldRepository(SqlSession& session)
        : m_session(session)
    { }

    qint64 insert(const api::FieldDefinition& field, qint64 now);
    void update(const api::FieldDefinition& field, qint64 now);
    std::optional<api::FieldDefinition> find(qint64 id);
    std::optional<api::FieldDefinition> findByName(const QString& name);
    // Every definition in creation order.
    QList<api::FieldDefinition> list();

    // A ticket's values by field name (every field that has one).
    QJsonObject values(qint64 ticketId, const QList<api::FieldDefinition>& fields);
    // The values of several tickets at once (a list page).
    QHash<qint64, QJsonObject> values(const QList<qint64>& ticketIds,
                                      const QList<api::FieldDefinition>& fields);
    // Replaces the value (null clears it).
    void write(qint64 ticketId, const api::FieldDefinition& field, const QJsonValue& value);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
