#include "problemrepository.h"

#include "storage/sqlsession.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

ProblemRepository::Record ProblemRepository::record(qint64 problemId)
{
    Statement query = m_session.prepare(
        u"SELECT root_cause, workaround, known_error FROM problems WHERE ticket_id = ?"_s);
    query.bind(problemId);
    query.exec();
    if (!query.next())
        return {};
    return {query.text(0), query.text(1), query.boolean(2)};
}

void ProblemRepository::saveRecord(qint64 problemId, const Record& record, qint64 userId,
                                   qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE problems SET root_cause = ?, workaround = ?, known_error = ?, updated_by = ?, "
        u"updated_at = ? WHERE ticket_id = ?"_s);
    update.bind(record.rootCause).bind(record.workaround).bind(record.knownError ? 1 : 0);
    update.bind(userId).bind(now).bind(problemId);
    update.exec();
    if (update.rowsAffected() > 0)
        return;
    Statement insert = m_session.prepare(
        u"INSERT INTO problems (ticket_id, root_cause, workaround, known_error, updated_by, "
        u"updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.bind(problemId).bind(record.rootCause).bind(record.workaround);
    insert.bind(record.knownError ? 1 : 0).bind(userId).bind(now);
    insert.exec();
}

QList<api::ProblemIncident> ProblemRepository::incidentsOf(qint64 problemId)
{
    Statement query = m_session.prepare(
        u"SELECT t.id, t.title, t.status, t.is_open, COALESCE(c.name, ''), u.display_name, "
        u"t.created_at FROM problem_incidents p JOIN tickets t ON t.id = p.incident_id "
        u"LEFT JOIN categories c ON c.id = t.category_id JOIN users u ON u.id = t.requester_id "
        u"WHERE p.problem_id = ? ORDER BY t.id"_s);
    query.bind(problemId);
    query.exec();
    QList<api::ProblemIncident> incidents;
    while (query.next())
        incidents.append({query.int64(0), query.text(1), query.text(2), query.boolean(3),
                          query.text(4), query.text(5), query.int64(6)});
    return incidents;
}

std::optional<qint64> ProblemRepository::problemOf(qint64 incidentId)
{
    Statement query =
        m_session.prepare(u"SELECT problem_id FROM problem_incidents WHERE incident_id = ?"_s);
    query.bind(incidentId);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return query.int64(0);
}

std::optional<TicketLink> ProblemRepository::problemLinkOf(qint64 incidentId)
{
    Statement query = m_session.prepare(
        u"SELECT problem_id, linked_by, linked_at FROM problem_incidents WHERE incident_id = ?"_s);
    query.bind(incidentId);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return TicketLink {query.int64(0), u"problem"_s, query.int64(1), query.int64(2)};
}

void ProblemRepository::link(qint64 problemId, qint64 incidentId, qint64 userId, qint64 now)
{
    Statement insert = m_session.prepare(
        u"INSERT INTO problem_incidents (incident_id, problem_id, linked_by, linked_at) "
        u"VALUES (?, ?, ?, ?)"_s);
    insert.bind(incidentId).bind(problemId).bind(userId).bind(now);
    insert.exec();
}

bool ProblemRepository::unlink(qint64 problemId, qint64 incidentId)
{
    Statement remove = m_session.prepare(
        u"DELETE FROM problem_incidents WHERE problem_id = ? AND incident_id = ?"_s);
    remove.bind(problemId).bind(incidentId);
    remove.exec();
    return remove.rowsAffected() > 0;
}

QList<ProblemRepository::KnownError> ProblemRepository::knownErrors(int limit)
{
    Statement query = m_session.prepare(
        u"SELECT t.id, t.title, t.description, COALESCE(c.name, ''), p.root_cause, "
        u"p.workaround FROM problems p JOIN tickets t ON t.id = p.ticket_id "
        u"LEFT JOIN categories c ON c.id = t.category_id "
        u"WHERE p.known_error = 1 AND t.is_open = 1 ORDER BY p.ticket_id DESC LIMIT ?"_s);
    query.bind(limit);
    query.exec();
    QList<KnownError> errors;
    while (query.next())
        errors.append({query.int64(0),
                       query.text(1),
                       query.text(2),
                       query.text(3),
                       {query.text(4), query.text(5), true}});
    return errors;
}

QList<ProblemRepository::RecentIncident> ProblemRepository::recentUnlinkedIncidents(qint64 since,
                                                                                    int limit)
{
    Statement query = m_session.prepare(
        u"SELECT t.id, t.title, t.status, t.is_open, c.name, u.display_name, t.created_at, "
        u"t.description FROM tickets t JOIN categories c ON c.id = t.category_id "
        u"JOIN users u ON u.id = t.requester_id "
        u"WHERE t.type = 'incident' AND t.created_at >= ? AND t.status <> 'merged' "
        u"AND NOT EXISTS (SELECT 1 FROM problem_incidents p WHERE p.incident_id = t.id) "
        u"ORDER BY t.created_at DESC LIMIT ?"_s);
    query.bind(since).bind(limit);
    query.exec();
    QList<RecentIncident> incidents;
    while (query.next())
        incidents.append({{query.int64(0), query.text(1), query.text(2), query.boolean(3),
                           query.text(4), query.text(5), query.int64(6)},
                          query.text(7)});
    return incidents;
}

} // namespace frontline::server
