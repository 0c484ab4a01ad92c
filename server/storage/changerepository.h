#pragma once

#include "api/changeapi.h"
#include "storage/ticketlinkrepository.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace frontline::server {

class SqlSession;

// The change record of change tickets, change templates, maintenance / freeze windows and the
// incidents changes caused (an incident is caused by one change at most).
class ChangeRepository
{
public:
    struct Record
    {
        QString kind = QStringLiteral("normal");
        std::optional<qint64> templateId;
        QMap<QString, int> risk;
        int riskScore = 0;
        QString riskLevel;
        QString implementationPlan;
        QString backoutPlan;
        QString testPlan;
        std::optional<qint64> plannedStart;
        std::optional<qint64> plannedEnd;
        std::optional<api::ChangeReview> review;
    };
    // A template or window with its CIs as ids (names resolved by the service).
    struct Template
    {
        api::ChangeTemplate value;
        QList<qint64> cis;
    };
    struct Window
    {
        api::ChangeWindow value;
        QList<qint64> cis;
    };
    // A change whose schedule overlaps a range (the calendar and the conflict check).
    struct Scheduled
    {
        qint64 id = 0;
        QString title;
        QString kind;
        QString status;
        bool open = true;
        QString riskLevel;
        qint64 start = 0;
        qint64 end = 0;
    };

    explicit ChangeRepository(SqlSession& session)
        : m_session(session)
    { }

    std::optional<Record> find(qint64 ticketId);
    void save(qint64 ticketId, const Record& record, qint64 userId, qint64 now);

    qint64 insertTemplate(const Template& t, qint64 now);
    void updateTemplate(const Template& t, qint64 now);
    std::optional<Template> findTemplate(qint64 id);
    QList<Template> templates(bool includeInactive);

    qint64 insertWindow(const Window& w, qint64 now);
    void updateWindow(const Window& w, qint64 now);
    bool deleteWindow(qint64 id);
    std::optional<Window> findWindow(qint64 id);
    QList<Window> windows(); // few: all of them, by start

    QList<api::ChangeIncident> incidentsOf(qint64 changeId);
    std::optional<qint64> changeOf(qint64 incidentId);
    // The change that caused the incident as one of its links (kind "caused_by_change").
    std::optional<TicketLink> changeLinkOf(qint64 incidentId);
    void link(qint64 changeId, qint64 incidentId, qint64 userId, qint64 now);
    bool unlink(qint64 changeId, qint64 incidentId);

    // Changes not rejected, cancelled or merged whose schedule overlaps [from, to), by start;
    // at most `limit`.
    QList<Scheduled> scheduled(qint64 from, qint64 to, int limit);
    // The same as a page: only changes touching one of `cis` (when any), after (start, id).
    struct ScheduleQuery
    {
        qint64 from = 0;
        qint64 to = 0;
        QList<qint64> cis;
        std::optional<std::pair<qint64, qint64>> after;
        int limit = 500;
    };
    QList<Scheduled> scheduled(const ScheduleQuery& query);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
