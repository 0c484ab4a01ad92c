#pragma once

#include "workflow/rule.h"
#include "workflow/slapolicy.h"

#include <QList>

#include <optional>

namespace frontline::server {

class SqlSession;
struct WorkflowConfig;

// Calendars, SLA policies and automation rules: configuration kept in tables, loaded into the
// workflow snapshot at start and after every change.
class AutomationRepository
{
public:
    explicit AutomationRepository(SqlSession& session)
        : m_session(session)
    { }

    // Replaces config.sla and config.rules with what the tables hold.
    void loadInto(WorkflowConfig& config);

    QList<CalendarEntry> calendars();
    qint64 insertCalendar(const CalendarEntry& calendar, qint64 now); // throws on a duplicate
    bool updateCalendar(const CalendarEntry& calendar, qint64 now);
    bool deleteCalendar(qint64 id);
    bool calendarInUse(qint64 id);
    bool calendarExists(qint64 id);

    QList<SlaPolicy> policies();
    qint64 insertPolicy(const SlaPolicy& policy, qint64 now); // throws on a duplicate name
    bool updatePolicy(const SlaPolicy& policy, qint64 now);
    bool deletePolicy(qint64 id);

    QList<Rule> rules();
    std::optional<Rule> rule(qint64 id);
    qint64 insertRule(const Rule& rule, qint64 userId, qint64 now);
    bool updateRule(const Rule& rule, qint64 userId, qint64 now);
    // Deletes the rule and its pending timers.
    bool deleteRule(qint64 id);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
