#include "kpiquery.h"

#include "core/timeutil.h"
#include "reports/kpifacts.h"
#include "reports/kpifieldquery.h"
#include "reports/kpitopterms.h"
#include "storage/sqlsession.h"

#include <algorithm>
#include <array>
#include <map>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using Sums = std::array<qint64, kpi::CounterCount>;

// The rollup row of a filter: each dimension it names, "any" for the others (every
// combination has its rows, kpi::scopesOf).
kpi::Dims scopeOf(const api::ReportFilter& f)
{
    return {f.group.value_or(kpi::Any), f.category.value_or(kpi::Any),
            f.type.value_or(kpi::AnyType), f.agent.value_or(kpi::Any), f.org.value_or(kpi::Any)};
}

// "span = ? AND group_id = ? ..." with its binds; `open` leaves one dimension to an IN list.
struct Where
{
    QString sql;
    QVariantList binds;
};

Where whereScope(const kpi::Dims& d, const char* open = nullptr, const QList<qint64>& ids = {})
{
    Where w;
    const auto dim = [&](const char* column, const QVariant& value) {
        if (!w.sql.isEmpty())
            w.sql += u" AND "_s;
        const QString name = QString::fromLatin1(column);
        if (open && qstrcmp(open, column) == 0) {
            // Ids of our own tables, written into the text: an IN list the index can seek.
            QStringList list;
            for (qint64 id : ids)
                list.append(QString::number(id));
            w.sql += name + u" IN ("_s + (list.isEmpty() ? u"NULL"_s : list.join(u',')) + u')';
        } else {
            w.sql += name + u" = ?"_s;
            w.binds << value;
        }
    };
    dim("group_id", d.group);
    dim("category_id", d.category);
    dim("type", d.type);
    dim("agent_id", d.agent);
    dim("org_id", d.org);
    return w;
}

void bindAll(Statement& q, const QVariantList& values)
{
    for (const QVariant& v : values)
        q.bind(v);
}

std::optional<double> ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? std::optional(double(part) / double(whole)) : std::nullopt;
}

std::optional<double> hours(double seconds, qint64 count)
{
    return count > 0 ? std::optional(std::round(seconds / count / 36.0) / 100.0) : std::nullopt;
}

using BucketCounts = std::map<int, qint64>; // bucket -> count

std::optional<double> percentileHours(const BucketCounts& h, double p)
{
    qint64 total = 0;
    for (const auto& [bucket, n] : h)
        total += n;
    if (total == 0)
        return std::nullopt;
    // Nearest rank: the k-th smallest duration, read as the geometric middle of its bucket.
    const qint64 rank = std::max<qint64>(1, static_cast<qint64>(std::ceil(p * double(total))));
    qint64 before = 0;
    for (const auto& [bucket, n] : h) {
        if (before + n >= rank) {
            const double seconds =
                bucket == 0 ? 0.5 : std::sqrt(kpi::bucketLow(bucket) * kpi::bucketHigh(bucket));
            return std::round(seconds / 36.0) / 100.0;
        }
        before += n;
    }
    return std::nullopt;
}

api::KpiTimes timeFigures(const BucketCounts& h, qint64 sum, qint64 count)
{
    return {hours(double(sum), count), percentileHours(h, 0.5), percentileHours(h, 0.9)};
}

std::optional<api::KpiRef> named(qint64 id, const QString& name)
{
    if (id == kpi::None)
        return std::nullopt;
    return api::KpiRef {id, name};
}

} // namespace

QHash<qint64, QString> KpiQuery::namesOf(const QString& sql)
{
    QHash<qint64, QString> names;
    Statement q = m_session.prepare(sql);
    q.exec();
    while (q.next())
        names.insert(q.int64(0), q.text(1));
    return names;
}

namespace {

// Runs `sql` (its WHERE ends in "AND span = ? AND day >= ? AND day <= ?") once per range.
template<typename Read>
void forRanges(SqlSession& session, const QString& sql, const QVariantList& binds,
               const QList<kpi::Range>& ranges, Read read)
{
    Statement q = session.prepare(sql);
    for (const kpi::Range& r : ranges) {
        bindAll(q, binds);
        q.bind(static_cast<int>(r.span)).bind(r.from).bind(r.to);
        q.exec();
        while (q.next())
            read(q);
    }
}

constexpr auto InRanges = " AND span = ? AND day >= ? AND day <= ?";

} // namespace

api::KpiReport KpiQuery::kpis(const api::ReportFilter& f)
{
    if (m_field)
        return KpiFieldQuery(m_session, m_now, m_sla).kpis(f, *m_field);
    api::KpiReport report;
    report.period = f;
    const qint64 first = f.from.toJulianDay();
    const qint64 last = f.to.toJulianDay();
    const kpi::Dims scope = scopeOf(f);
    const Where where = whereScope(scope);
    const QList<kpi::Range> period = kpi::rangesOf(first, last);
    const auto& columns = kpi::counterColumns();

    // The period's counters: its whole months and the days at its edges.
    QString sums;
    for (const char* column : columns)
        sums += (sums.isEmpty() ? u"SUM("_s : u", SUM("_s) + QString::fromLatin1(column) + u')';
    Sums total {};
    forRanges(m_session,
              u"SELECT "_s + sums + u" FROM kpi_rollups WHERE "_s + where.sql
                  + QLatin1String(InRanges),
              where.binds, period, [&total](Statement& q) {
                  for (int i = 0; i < kpi::CounterCount; ++i)
                      total[i] += q.int64(i);
              });
    // The charts' days, one row each.
    struct Day
    {
        qint64 created = 0, resolved = 0, closed = 0, openDelta = 0, csatCount = 0, csatSum = 0;
    };
    std::map<qint64, Day> perDay;
    forRanges(m_session,
              u"SELECT day, created, resolved, closed, open_delta, csat_count, csat_sum FROM "
              "kpi_rollups WHERE "_s
                  + where.sql + QLatin1String(InRanges),
              where.binds, {{kpi::Span::Day, first, last}}, [&perDay](Statement& q) {
                  perDay[q.int64(0)] =
                      Day {q.int64(1), q.int64(2), q.int64(3), q.int64(4), q.int64(5), q.int64(6)};
              });
    // The backlog before the period: every open and close before it, by month and day.
    qint64 backlog = 0;
    forRanges(m_session,
              u"SELECT SUM(open_delta) FROM kpi_rollups WHERE "_s + where.sql
                  + QLatin1String(InRanges),
              where.binds, kpi::rangesOf(first - 100 * 366, first - 1),
              [&backlog](Statement& q) { backlog += q.int64(0); });
    report.backlog.atStart = backlog;
    std::map<qint64, std::pair<qint64, qint64>> weeks; // Monday -> csat count, sum
    for (qint64 day = first; day <= last; ++day) {
        const auto it = perDay.find(day);
        const Day d = it == perDay.end() ? Day {} : it->second;
        backlog += d.openDelta;
        report.volume.perDay.append(
            {QDate::fromJulianDay(day), d.created, d.resolved, d.closed, backlog});
        const qint64 monday = day - (QDate::fromJulianDay(day).dayOfWeek() - 1);
        weeks[monday].first += d.csatCount;
        weeks[monday].second += d.csatSum;
    }
    report.backlog.atEnd = backlog;
    for (const auto& [monday, answers] : weeks)
        report.csat.perWeek.append(
            {QDate::fromJulianDay(monday), answers.first, ratio(answers.second, answers.first)});

    // Durations: the histograms of the period's months and edge days, merged.
    kpi::Durations durations;
    forRanges(m_session,
              u"SELECT durations FROM kpi_durations WHERE "_s + where.sql + QLatin1String(InRanges),
              where.binds, period, [&durations](Statement& q) {
                  kpi::addDurations(durations, q.value(0).toByteArray());
              });
    std::array<BucketCounts, kpi::MetricCount> histograms;
    for (const auto& [key, n] : durations) {
        if (key.first >= 0 && key.first < kpi::MetricCount)
            histograms[key.first][key.second] += n;
    }

    // The open backlog now (every open and close so far, by month), and by the day of creation
    // for the last 30 days; older than that is the rest.
    const qint64 today = kpi::dayOf(m_now);
    const QList<kpi::Range> allMonths {{kpi::Span::Month, first - 100 * 366, today + 100 * 366}};
    qint64 openNow = 0;
    forRanges(m_session,
              u"SELECT SUM(open_delta) FROM kpi_rollups WHERE "_s + where.sql
                  + QLatin1String(InRanges),
              where.binds, allMonths, [&openNow](Statement& q) { openNow += q.int64(0); });
    std::array<qint64, 5> aging {};
    forRanges(m_session,
              u"SELECT day, open_by_created FROM kpi_rollups WHERE "_s + where.sql
                  + QLatin1String(InRanges),
              where.binds, {{kpi::Span::Day, today - 29, today + 100 * 366}},
              [&aging, today](Statement& q) {
                  const qint64 age = today - q.int64(0);
                  aging[age < 1 ? 0 : age < 3 ? 1 : age < 7 ? 2 : 3] += q.int64(1);
              });
    aging[4] = openNow - aging[0] - aging[1] - aging[2] - aging[3];
    report.backlog.openNow = openNow;
    const QStringList ageKeys = api::ReportTicketsParams::ages();
    for (int i = 0; i < 5; ++i)
        report.backlog.aging.append({ageKeys.at(i), aging[i]});

    // People: per agent in the period, and their open tickets now (all months' opens and
    // closes).
    {
        struct Row
        {
            qint64 assigned = 0, resolved = 0, wall = 0, business = 0, open = 0;
        };
        const QHash<qint64, QString> staff =
            namesOf(u"SELECT id, display_name FROM users WHERE role <> 'requester'"_s);
        QList<qint64> ids = f.agent ? QList<qint64> {*f.agent} : staff.keys();
        std::sort(ids.begin(), ids.end());
        const Where byAgent = whereScope(scope, "agent_id", ids);
        std::map<qint64, Row> rows;
        forRanges(m_session,
                  u"SELECT agent_id, SUM(assigned), SUM(resolved), SUM(resolution_wall), "
                  "SUM(resolution_business) FROM kpi_rollups WHERE "_s
                      + byAgent.sql + QLatin1String(InRanges) + u" GROUP BY agent_id"_s,
                  byAgent.binds, period, [&rows](Statement& q) {
                      Row& r = rows[q.int64(0)];
                      r.assigned += q.int64(1);
                      r.resolved += q.int64(2);
                      r.wall += q.int64(3);
                      r.business += q.int64(4);
                  });
        forRanges(m_session,
                  u"SELECT agent_id, SUM(open_delta) FROM kpi_rollups WHERE "_s + byAgent.sql
                      + QLatin1String(InRanges) + u" GROUP BY agent_id"_s,
                  byAgent.binds, allMonths,
                  [&rows](Statement& q) { rows[q.int64(0)].open += q.int64(1); });
        for (const auto& [agent, r] : rows) {
            if (agent == kpi::None || (r.assigned == 0 && r.resolved == 0 && r.open == 0))
                continue;
            report.agents.append({named(agent, staff.value(agent)), r.assigned, r.resolved, r.open,
                                  hours(double(r.wall), r.resolved),
                                  hours(double(r.business), r.resolved)});
        }
    }

    // Categories: created in the period and in the one before it.
    {
        const QHash<qint64, QString> known = namesOf(u"SELECT id, name FROM categories"_s);
        QList<qint64> ids = f.category ? QList<qint64> {*f.category} : known.keys();
        if (!f.category)
            ids.append(kpi::None);
        std::sort(ids.begin(), ids.end());
        const Where byCategory = whereScope(scope, "category_id", ids);
        const QString sql = u"SELECT category_id, SUM(created), SUM(resolved) FROM kpi_rollups "
                            "WHERE "_s
            + byCategory.sql + QLatin1String(InRanges) + u" GROUP BY category_id"_s;
        struct Row
        {
            qint64 created = 0, previous = 0, resolved = 0;
        };
        std::map<qint64, Row> rows;
        forRanges(m_session, sql, byCategory.binds, period, [&rows](Statement& q) {
            rows[q.int64(0)].created += q.int64(1);
            rows[q.int64(0)].resolved += q.int64(2);
        });
        const qint64 previous = first - (last - first + 1);
        forRanges(m_session, sql, byCategory.binds, kpi::rangesOf(previous, first - 1),
                  [&rows](Statement& q) { rows[q.int64(0)].previous += q.int64(1); });
        for (const auto& [category, r] : rows) {
            if (r.created == 0 && r.previous == 0 && r.resolved == 0)
                continue;
            report.categories.append(
                {named(category, known.value(category)), r.created, r.previous, r.resolved});
        }
        std::stable_sort(report.categories.begin(), report.categories.end(),
                         [](const api::KpiCategory& a, const api::KpiCategory& b) {
                             return a.created > b.created;
                         });
    }

    // Recurring subjects of the period's titles, with the previous period for the trend.
    for (const KpiTopTerms::Term& term : KpiTopTerms(m_session).top(first, last, 10, 2))
        report.topItems.append({term.term, term.count, term.previous});

    const auto count = [&total](kpi::Counter c) { return total[c]; };
    const qint64 resolved = count(kpi::Resolved);
    report.volume.created = count(kpi::Created);
    report.volume.resolved = resolved;
    report.volume.closed = count(kpi::Closed);
    report.volume.merged = count(kpi::Merged);
    report.volume.netFlow = count(kpi::Created) - resolved;
    const auto times = [&](kpi::Metric metric, kpi::Counter sum, qint64 of) {
        return timeFigures(histograms[metric], count(sum), of);
    };
    report.responseTime = {
        count(kpi::Responses),
        times(kpi::ResponseWallTime, kpi::ResponseWall, count(kpi::Responses)),
        times(kpi::ResponseBusinessTime, kpi::ResponseBusiness, count(kpi::Responses))};
    report.resolutionTime = {resolved,
                             times(kpi::ResolutionWallTime, kpi::ResolutionWall, resolved),
                             times(kpi::ResolutionBusinessTime, kpi::ResolutionBusiness, resolved),
                             hours(double(count(kpi::PausedWall)), resolved)};
    const auto sla = [&](kpi::Counter due, kpi::Counter met) {
        return api::KpiSla {count(due), count(met), count(due) - count(met),
                            ratio(count(met), count(due))};
    };
    report.sla = {sla(kpi::ResponseSla, kpi::ResponseMet),
                  sla(kpi::ResolutionSla, kpi::ResolutionMet)};
    report.fcr = {resolved, count(kpi::Fcr), ratio(count(kpi::Fcr), resolved)};
    report.reopen = {resolved, count(kpi::Reopened), ratio(count(kpi::Reopened), resolved)};
    report.escalation = {count(kpi::Created), count(kpi::EscalatedCreated), count(kpi::Escalations),
                         ratio(count(kpi::EscalatedCreated), count(kpi::Created))};
    report.csat.answers = count(kpi::CsatCount);
    report.csat.average = ratio(count(kpi::CsatSum), count(kpi::CsatCount));
    report.csat.resolved = resolved;
    report.csat.rated = count(kpi::RatedResolutions);
    report.csat.responseRate = ratio(count(kpi::RatedResolutions), resolved);
    return report;
}

api::ReportTickets KpiQuery::tickets(const api::ReportTicketsParams& p)
{
    const api::ReportFilter& f = p.filter;
    // Which of the ticket's remembered dimensions the segment is filtered on.
    QString prefix = u"k."_s;
    QString dayColumn;
    QString where;
    QVariantList binds;
    const QString& s = p.segment;
    if (s == u"created"_s || s == u"escalated"_s) {
        prefix = u"k.created_"_s;
        dayColumn = u"k.created_day"_s;
        if (s == u"escalated"_s)
            where += u" AND k.escalated = 1"_s;
    } else if (s == u"open"_s) {
        where += u" AND k.is_open = 1"_s;
        if (p.age) {
            const qint64 today = kpi::dayOf(m_now);
            const QList<std::pair<int, int>> ranges {{0, 0}, {1, 2}, {3, 6}, {7, 29}, {30, 100000}};
            const auto range = ranges.at(api::ReportTicketsParams::ages().indexOf(*p.age));
            where += u" AND k.created_day >= ? AND k.created_day <= ?"_s;
            binds << today - range.second << today - range.first;
        }
    } else {
        prefix = u"k.resolved_"_s;
        dayColumn = u"k.resolved_day"_s;
        if (s == u"reopened"_s)
            where += u" AND k.reopened = 1"_s;
        else if (s == u"fcr"_s)
            where += u" AND k.resolved_fcr = 1"_s;
        else if (s == u"resolution_breached"_s)
            where += u" AND k.resolution_late = 1"_s;
        else if (s == u"response_breached"_s)
            where += u" AND k.response_late = 1"_s;
        else if (s == u"rated"_s) {
            prefix = u"k.rating_"_s;
            dayColumn = u"k.rating_day"_s;
            if (p.score) {
                where += u" AND k.rating_score = ?"_s;
                binds << *p.score;
            }
        }
    }
    // The rated tickets come with the requester's answer: what managers read the comments in.
    const bool rated = s == u"rated"_s;
    QString sql = u"SELECT t.id, t.title, t.status, t.priority, t.created_at, g.name, "
                  "u.display_name, t.type"_s
        + (rated ? u", r.score, r.comment, r.rated_at"_s : QString())
        + u" FROM kpi_tickets k JOIN tickets t ON t.id = k.ticket_id "
          "LEFT JOIN agent_groups g ON g.id = t.group_id "
          "LEFT JOIN users u ON u.id = t.assignee_id"_s
        + (rated ? u" LEFT JOIN ticket_ratings r ON r.ticket_id = t.id"_s : QString())
        + u" WHERE 1 = 1"_s;
    QVariantList all;
    if (!dayColumn.isEmpty()) {
        sql += u" AND "_s + dayColumn + u" >= ? AND "_s + dayColumn + u" <= ?"_s;
        all << f.from.toJulianDay() << f.to.toJulianDay();
    }
    const auto column = [&prefix](const char* name) -> QString {
        // kpi_tickets names the current dimensions group_id, category_id, type, agent_id.
        const QString base = QString::fromLatin1(name);
        if (prefix == u"k."_s && base != u"type"_s)
            return prefix + base + u"_id"_s;
        return prefix + base;
    };
    if (f.group) {
        sql += u" AND "_s + column("group") + u" = ?"_s;
        all << *f.group;
    }
    if (f.category) {
        sql += u" AND "_s + column("category") + u" = ?"_s;
        all << *f.category;
    }
    if (f.type) {
        sql += u" AND "_s + column("type") + u" = ?"_s;
        all << *f.type;
    }
    if (f.agent) {
        sql += u" AND "_s + column("agent") + u" = ?"_s;
        all << *f.agent;
    }
    if (f.org) {
        // A ticket's organisation is fixed when it is raised: the ticket's own column.
        sql += u" AND t.org_id = ?"_s;
        all << *f.org;
    }
    if (m_field) {
        const KpiFieldMatch match = kpiFieldMatch(*m_field, u"k.ticket_id"_s);
        sql += u" AND "_s + match.sql;
        all += match.binds;
    }
    // Newest first by the figure's day, read in the order of its index until the page is full.
    const QString order = dayColumn.isEmpty() ? u"k.created_day"_s : dayColumn;
    sql += where + u" ORDER BY "_s + order + u" DESC, k.ticket_id DESC LIMIT ?"_s;
    all += binds;
    all << p.limit + 1;
    Statement q = m_session.prepare(sql);
    bindAll(q, all);
    q.exec();
    api::ReportTickets result;
    while (q.next()) {
        if (result.tickets.size() == p.limit) {
            result.more = true;
            break;
        }
        api::ReportTicketRow row;
        row.id = q.int64(0);
        row.title = q.text(1);
        row.status = q.text(2);
        row.priority = q.integer(3);
        row.createdAt = q.int64(4);
        row.group = q.value(5).isNull() ? QString() : q.text(5);
        row.assignee = q.value(6).isNull() ? QString() : q.text(6);
        row.type = q.text(7);
        if (rated && !q.value(8).isNull())
            row.rating = Rating {q.integer(8), q.text(9), q.int64(10)};
        result.tickets.append(row);
    }
    return result;
}

} // namespace frontline::server
