#pragma once

#include "benchseeder.h"
#include "storage/ticketrepository.h"
#include "workflow/businesscalendar.h"

#include <QJsonValue>
#include <queue>

#include <functional>
#include <optional>
#include <random>
#include <vector>

namespace frontline::bench {

// Two years of a help desk's life, ticket by ticket, for the KPI benchmark: twelve categories
// routed to the six groups, the four ticket types with their lifecycles, SLA policies per
// priority on an office-hours calendar (Mon-Fri 08:00-18:00, Europe/Berlin, with holidays),
// and each ticket's history as agents make it — assignment, work, a first public reply, waits
// on the requester, escalation to a higher tier, reopens, merges, cancellations, closure, the
// satisfaction survey (sometimes answered twice) — cut off at "now", so that recent tickets are
// still open. The events are written in the order they happened, as a live server logs them. Titles
// come from a vocabulary of IT subjects and symptoms with a long tail of error codes and product
// names, and VPN trouble rising over the last two months (the top affected items' trend).
class DeskHistory final : public TicketHistory
{
public:
    explicit DeskHistory(qint64 now);

    void prepare(server::SqlSession& session, const Population& people) override;
    void shape(qint64 i, server::TicketRecord& record) override;
    void write(qint64 id, const server::TicketRecord& record, server::SqlSession& session) override;
    void finish(server::SqlSession& session) override;

    // The names of the categories it creates, in id order.
    static QStringList categoryNames();

private:
    struct Step
    {
        qint64 at = 0;
        qint64 actor = 0;
        QString field; // empty: a comment
        QJsonValue oldValue;
        QJsonValue newValue;
        bool internal = false;
    };

    double uniform() { return std::uniform_real_distribution<double>(0, 1)(m_random); }
    bool chance(double p) { return uniform() < p; }
    // A log-normal duration in milliseconds around `medianMinutes`.
    qint64 minutes(double medianMinutes, double sigma);
    int pick(int n) { return static_cast<int>(m_random() % static_cast<unsigned>(n)); }
    QString title(qint64 createdAt, int category);
    int groupIndex(qint64 groupId) const;

    qint64 m_now;
    std::mt19937_64 m_random {7};
    Population m_people;
    QList<qint64> m_categories;
    QList<int> m_categoryGroup;
    QList<qint64> m_policies; // per priority 1..5
    BusinessCalendar m_calendar;
    void emitUntil(qint64 until, server::SqlSession& session);

    QList<Step> m_steps; // of the ticket between shape() and write()
    // Steps of stored tickets not yet written, earliest first.
    struct Due
    {
        qint64 at = 0;
        qint64 sequence = 0;
        qint64 ticket = 0;
        qint64 requester = 0;
        Step step;
        bool operator>(const Due& other) const
        {
            return at != other.at ? at > other.at : sequence > other.sequence;
        }
    };
    std::priority_queue<Due, std::vector<Due>, std::greater<>> m_due;
    qint64 m_sequence = 0;
};

} // namespace frontline::bench
