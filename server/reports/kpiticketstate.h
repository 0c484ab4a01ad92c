#pragma once

#include "reports/kpifacts.h"
#include "storage/sqlsession.h"

#include <QHash>
#include <QList>
#include <QVariant>

#include <array>
#include <optional>

namespace frontline::server {

// What KpiRollup remembers of a ticket between events (a row of kpi_tickets): its dimensions
// at creation, now, at its last resolution and at its last rating, and the facts that decide
// the figures still to come (first agent, escalated, reopened, paused time, ...).
struct KpiTicketState
{
    qint64 createdAt = 0;
    qint64 createdDay = 0;
    kpi::Dims createdDims;
    kpi::Dims dims;
    QString status;
    bool open = false;
    qint64 firstAgent = kpi::None;
    bool escalated = false;
    bool reopened = false;
    bool merged = false;
    bool responded = false;
    bool responseLate = false;
    std::optional<qint64> pausedSince;
    qint64 pausedWall = 0;
    qint64 pausedBusiness = 0;
    std::optional<qint64> resolvedDay;
    kpi::Dims resolvedDims;
    bool resolvedFcr = false;
    bool resolvedRated = false;
    bool resolutionLate = false;
    std::optional<qint64> ratingDay;
    kpi::Dims ratingDims;
    int ratingScore = 0;

    static constexpr int ColumnCount = 35; // after ticket_id
    // The columns (bit i: column i of kpi_tickets after ticket_id) where `other` differs, field
    // by field: a pass compares every state it writes with what it read.
    quint64 differences(const KpiTicketState& other) const;
    // Column i's value, as it is bound.
    QVariant value(int column) const;
};

// The states of one rollup pass: loaded once for the pass's tickets, changed in memory, and
// written back with only what changed — new tickets' rows with their values that differ from
// the columns' defaults, many rows a statement; a known ticket's changed columns — so that a
// create costs part of a short INSERT and a status change an UPDATE of a few columns.
class KpiTicketStates
{
public:
    void load(SqlSession& session, const QList<qint64>& ids);
    bool contains(qint64 ticket) const { return m_states.contains(ticket); }
    KpiTicketState& operator[](qint64 ticket) { return m_states[ticket]; }
    void add(qint64 ticket, const KpiTicketState& state) { m_states.insert(ticket, state); }
    void write(SqlSession& session) const;

private:
    QHash<qint64, KpiTicketState> m_states;
    QHash<qint64, KpiTicketState> m_loaded; // as read, to tell what changed
};

// Runs `sqlBefore IN (...) sqlAfter` over `ids` and hands each row to `read`, in statements
// with a fixed number of ids (1, 8 or 64, padded with -1), so that few shapes are cached.
template<typename Read>
void forIdsIn(SqlSession& session, const QList<qint64>& ids, const QString& sqlBefore, Read read,
              const QString& sqlAfter = {})
{
    for (qsizetype at = 0; at < ids.size();) {
        const qsizetype left = ids.size() - at;
        const int size = left == 1 ? 1 : left <= 8 ? 8 : 64;
        QString sql = sqlBefore + QStringLiteral(" IN (?");
        for (int i = 1; i < size; ++i)
            sql += QStringLiteral(", ?");
        sql += QLatin1Char(')') + sqlAfter;
        Statement q = session.prepare(sql);
        for (int i = 0; i < size; ++i)
            q.bind(at + i < ids.size() ? ids.at(at + i) : qint64(-1));
        q.exec();
        while (q.next())
            read(q);
        at += size;
    }
}

} // namespace frontline::server
