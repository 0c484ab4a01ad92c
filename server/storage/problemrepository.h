#pragma once

#include "api/problemapi.h"
#include "storage/ticketlinkrepository.h"

#include <QList>
#include <QString>

#include <optional>

namespace frontline::server {

class SqlSession;

// The investigation record of problem tickets (root cause, workaround, known error) and the
// incidents each problem caused (an incident belongs to one problem at most).
class ProblemRepository
{
public:
    struct Record
    {
        QString rootCause;
        QString workaround;
        bool knownError = false;
    };
    // A known error as problem.match ranks it.
    struct KnownError
    {
        qint64 problemId = 0;
        QString title;
        QString description;
        QString category;
        Record record;
    };
    // An incident of the period candidate problems are looked for in.
    struct RecentIncident
    {
        api::ProblemIncident incident;
        QString description;
    };

    explicit ProblemRepository(SqlSession& session)
        : m_session(session)
    { }

    Record record(qint64 problemId);
    void saveRecord(qint64 problemId, const Record& record, qint64 userId, qint64 now);

    QList<api::ProblemIncident> incidentsOf(qint64 problemId);
    std::optional<qint64> problemOf(qint64 incidentId);
    // The incident's problem as one of its links (kind "problem", when it was linked).
    std::optional<TicketLink> problemLinkOf(qint64 incidentId);
    void link(qint64 problemId, qint64 incidentId, qint64 userId, qint64 now);
    bool unlink(qint64 problemId, qint64 incidentId);

    // Known errors of open problems, newest first, at most `limit`.
    QList<KnownError> knownErrors(int limit);
    // Incidents created since `since` with a category and no problem, newest first, at most
    // `limit` (the tickets_type_created index bounds the read).
    QList<RecentIncident> recentUnlinkedIncidents(qint64 since, int limit);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
