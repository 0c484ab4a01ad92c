#include "kpiquery.h"

#include "core/timeutil.h"
#include "reports/kpifacts.h"
#include "storage/sqlsession.h"

#include <QJsonArray>

#include <algorithm>
#include <array>
#include <map>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using Sums = std::array<qint64, kpi::CounterCount>;
enum class By { Nothing, Category, Agent };

// The WHERE clause that reads a filter's rows: its scope rows when there are some (summed
// over what is not filtered), else the exact rows that match.
struct Scope
{
    QString where;
    QVariantList binds;
};

Scope scopeOf(const api::ReportFilter& f, By by)
{
    kpi::Dims want {f.group.value_or(kpi::Any), f.category.value_or(kpi::Any),
                    f.type.value_or(kpi::AnyType), f.agent.value_or(kpi::Any)};
    kpi::Dims pattern = want;
    if (by == By::Category)
        pattern.category = 0; // "specified" for isScope
    if (by == By::Agent)
        pattern.agent = 0;
    const bool scoped = kpi::isScope(pattern);
    Scope s;
    const auto dim = [&](const char* column, bool filtered, const QVariant& value, bool grouped,
                         const QVariant& any) {
        const QString name = QString::fromLatin1(column);
        if (!s.where.isEmpty())
            s.where += u" AND "_s;
        if (filtered) {
            s.where += name + u" = ?"_s;
            s.binds << value;
        } else if (grouped || !scoped) {
            s.where += name + u" <> ?"_s;
            s.binds << any;
        } else {
            s.where += name + u" = ?"_s;
            s.binds << any;
        }
    };
    dim("group_id", f.group.has_value(), want.group, false, kpi::Any);
    dim("category_id", f.category.has_value(), want.category, by == By::Category, kpi::Any);
    dim("type", f.type.has_value(), want.type, false, kpi::AnyType);
    dim("agent_id", f.agent.has_value(), want.agent, by == By::Agent, kpi::Any);
    return s;
}

void bindAll(Statement& q, const QVariantList& values)
{
    for (const QVariant& v : values)
        q.bind(v);
}

QJsonValue ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? QJsonValue(double(part) / double(whole)) : QJsonValue(QJsonValue::Null);
}

QJsonValue hours(double seconds, qint64 count)
{
    return count > 0 ? QJsonValue(std::round(seconds / count / 36.0) / 100.0)
                     : QJsonValue(QJsonValue::Null);
}

using Histogram = std::map<int, qint64>; // bucket -> count

QJsonValue percentileHours(const Histogram& h, double p)
{
    qint64 total = 0;
    for (const auto& [bucket, n] : h)
        total += n;
    if (total == 0)
        return QJsonValue::Null;
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
    return QJsonValue::Null;
}

QJsonObject timeFigures(const Histogram& h, qint64 sum, qint64 count)
{
    return QJsonObject {{"mean_hours"_L1, hours(double(sum), count)},
                        {"median_hours"_L1, percentileHours(h, 0.5)},
                        {"p90_hours"_L1, percentileHours(h, 0.9)}};
}

QString dateOf(qint64 day)
{
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

QJsonValue named(qint64 id, const QString& name)
{
    if (id == kpi::None)
        return QJsonValue::Null;
    return QJsonObject {{"id"_L1, id}, {"name"_L1, name}};
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

QJsonObject KpiQuery::kpis(const api::ReportFilter& f)
{
    const qint64 first = f.from.toJulianDay();
    const qint64 last = f.to.toJulianDay();
    const Scope scope = scopeOf(f, By::Nothing);
    const auto& columns = kpi::counterColumns();

    // The period's days: every counter per day.
    QString sums;
    for (const char* column : columns)
        sums += u", SUM("_s + QString::fromLatin1(column) + u')';
    std::map<qint64, Sums> perDay;
    {
        Statement q =
            m_session.prepare(u"SELECT day"_s + sums + u" FROM kpi_daily WHERE "_s + scope.where
                              + u" AND day >= ? AND day <= ? GROUP BY day"_s);
        bindAll(q, scope.binds);
        q.bind(first).bind(last);
        q.exec();
        while (q.next()) {
            Sums& s = perDay[q.int64(0)];
            for (int i = 0; i < kpi::CounterCount; ++i)
                s[i] = q.int64(i + 1);
        }
    }
    Sums total {};
    for (const auto& [day, s] : perDay) {
        for (int i = 0; i < kpi::CounterCount; ++i)
            total[i] += s[i];
    }
    qint64 backlog = 0;
    {
        Statement q = m_session.prepare(u"SELECT SUM(open_delta) FROM kpi_daily WHERE "_s
                                        + scope.where + u" AND day < ?"_s);
        bindAll(q, scope.binds);
        q.bind(first);
        q.exec();
        if (q.next())
            backlog = q.int64(0);
    }
    const qint64 backlogAtStart = backlog;
    QJsonArray days;
    std::map<qint64, std::pair<qint64, qint64>> weeks; // Monday -> csat count, sum
    for (qint64 day = first; day <= last; ++day) {
        const auto it = perDay.find(day);
        const Sums s = it == perDay.end() ? Sums {} : it->second;
        backlog += s[kpi::OpenDelta];
        days.append(QJsonObject {{"date"_L1, dateOf(day)},
                                 {"created"_L1, s[kpi::Created]},
                                 {"resolved"_L1, s[kpi::Resolved]},
                                 {"closed"_L1, s[kpi::Closed]},
                                 {"backlog"_L1, backlog}});
        const qint64 monday = day - (QDate::fromJulianDay(day).dayOfWeek() - 1);
        weeks[monday].first += s[kpi::CsatCount];
        weeks[monday].second += s[kpi::CsatSum];
    }
    QJsonArray csatWeeks;
    for (const auto& [monday, answers] : weeks) {
        csatWeeks.append(
            QJsonObject {{"week"_L1, dateOf(monday)},
                         {"answers"_L1, answers.first},
                         {"average"_L1,
                          answers.first > 0 ? QJsonValue(double(answers.second) / answers.first)
                                            : QJsonValue(QJsonValue::Null)}});
    }

    // Durations: the merged histograms.
    std::array<Histogram, kpi::MetricCount> histograms;
    {
        Statement q =
            m_session.prepare(u"SELECT metric, bucket, SUM(n) FROM kpi_hist WHERE "_s + scope.where
                              + u" AND day >= ? AND day <= ? GROUP BY metric, bucket"_s);
        bindAll(q, scope.binds);
        q.bind(first).bind(last);
        q.exec();
        while (q.next()) {
            const int metric = q.integer(0);
            if (metric >= 0 && metric < kpi::MetricCount)
                histograms[metric][q.integer(1)] += q.int64(2);
        }
    }

    // The open backlog now, by the day of creation.
    const qint64 today = kpi::dayOf(m_now);
    std::array<qint64, 5> aging {};
    {
        Statement q =
            m_session.prepare(u"SELECT day, SUM(open_by_created) FROM kpi_daily WHERE "_s
                              + scope.where + u" AND open_by_created <> 0 GROUP BY day"_s);
        bindAll(q, scope.binds);
        q.exec();
        while (q.next()) {
            const qint64 age = today - q.int64(0);
            const int bucket = age < 1 ? 0 : age < 3 ? 1 : age < 7 ? 2 : age < 30 ? 3 : 4;
            aging[bucket] += q.int64(1);
        }
    }
    QJsonArray agingBuckets;
    const QStringList ageKeys = api::ReportTicketsParams::ages();
    for (int i = 0; i < 5; ++i)
        agingBuckets.append(QJsonObject {{"age"_L1, ageKeys.at(i)}, {"count"_L1, aging[i]}});

    // People: per agent in the period, and their open tickets now.
    QJsonArray agents;
    {
        const Scope byAgent = scopeOf(f, By::Agent);
        struct Row
        {
            qint64 assigned = 0, resolved = 0, wall = 0, business = 0, open = 0;
        };
        std::map<qint64, Row> rows;
        Statement q = m_session.prepare(
            u"SELECT agent_id, SUM(assigned), SUM(resolved), SUM(resolution_wall), "
            "SUM(resolution_business) FROM kpi_daily WHERE "_s
            + byAgent.where + u" AND day >= ? AND day <= ? GROUP BY agent_id"_s);
        bindAll(q, byAgent.binds);
        q.bind(first).bind(last);
        q.exec();
        while (q.next())
            rows[q.int64(0)] = Row {q.int64(1), q.int64(2), q.int64(3), q.int64(4), 0};
        Statement open =
            m_session.prepare(u"SELECT agent_id, SUM(open_by_created) FROM kpi_daily WHERE "_s
                              + byAgent.where + u" AND open_by_created <> 0 GROUP BY agent_id"_s);
        bindAll(open, byAgent.binds);
        open.exec();
        while (open.next())
            rows[open.int64(0)].open = open.int64(1);
        const QHash<qint64, QString> names =
            namesOf(u"SELECT id, display_name FROM users WHERE role <> 'requester'"_s);
        for (const auto& [agent, r] : rows) {
            if (agent == kpi::None || (r.assigned == 0 && r.resolved == 0 && r.open == 0))
                continue;
            agents.append(QJsonObject {
                {"agent"_L1, named(agent, names.value(agent))},
                {"assigned"_L1, r.assigned},
                {"resolved"_L1, r.resolved},
                {"open"_L1, r.open},
                {"mean_resolution_hours"_L1, hours(double(r.wall), r.resolved)},
                {"mean_resolution_business_hours"_L1, hours(double(r.business), r.resolved)}});
        }
    }

    // Categories: created in the period and in the one before it.
    QJsonArray categories;
    {
        // Read before the figures: a PostgreSQL cursor is single-row, one at a time.
        const QHash<qint64, QString> names = namesOf(u"SELECT id, name FROM categories"_s);
        const Scope byCategory = scopeOf(f, By::Category);
        const qint64 previous = first - (last - first + 1);
        Statement q = m_session.prepare(
            u"SELECT category_id, SUM(CASE WHEN day >= ? THEN created ELSE 0 END), "
            "SUM(CASE WHEN day < ? THEN created ELSE 0 END), "
            "SUM(CASE WHEN day >= ? THEN resolved ELSE 0 END) FROM kpi_daily WHERE "_s
            + byCategory.where + u" AND day >= ? AND day <= ? GROUP BY category_id"_s);
        q.bind(first).bind(first).bind(first);
        bindAll(q, byCategory.binds);
        q.bind(previous).bind(last);
        q.exec();
        QList<QJsonObject> rows;
        while (q.next()) {
            if (q.int64(1) == 0 && q.int64(2) == 0 && q.int64(3) == 0)
                continue;
            rows.append(QJsonObject {{"category"_L1, named(q.int64(0), names.value(q.int64(0)))},
                                     {"created"_L1, q.int64(1)},
                                     {"previous"_L1, q.int64(2)},
                                     {"resolved"_L1, q.int64(3)}});
        }
        std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return a.value("created"_L1).toInteger() > b.value("created"_L1).toInteger();
        });
        for (const QJsonObject& row : std::as_const(rows))
            categories.append(row);
    }

    // Recurring subjects of the period's titles, with the previous period for the trend.
    QJsonArray items;
    {
        const qint64 previous = first - (last - first + 1);
        Statement q = m_session.prepare(
            u"SELECT term, SUM(CASE WHEN day >= ? THEN n ELSE 0 END) AS now_n, "
            "SUM(CASE WHEN day < ? THEN n ELSE 0 END) FROM kpi_terms WHERE day >= ? AND "
            "day <= ? GROUP BY term ORDER BY now_n DESC, term LIMIT 10"_s);
        q.bind(first).bind(first).bind(previous).bind(last);
        q.exec();
        while (q.next()) {
            if (q.int64(1) < 2)
                break; // a subject that came up once is not recurring
            items.append(QJsonObject {
                {"term"_L1, q.text(0)}, {"count"_L1, q.int64(1)}, {"previous"_L1, q.int64(2)}});
        }
    }

    const auto count = [&total](kpi::Counter c) { return total[c]; };
    QJsonObject filter = f.toJson();
    filter.insert("days"_L1, f.days());
    return QJsonObject {
        {"period"_L1, filter},
        {"volume"_L1,
         QJsonObject {{"created"_L1, count(kpi::Created)},
                      {"resolved"_L1, count(kpi::Resolved)},
                      {"closed"_L1, count(kpi::Closed)},
                      {"merged"_L1, count(kpi::Merged)},
                      {"net_flow"_L1, count(kpi::Created) - count(kpi::Resolved)},
                      {"per_day"_L1, days}}},
        {"backlog"_L1,
         QJsonObject {{"at_start"_L1, backlogAtStart},
                      {"at_end"_L1, backlog},
                      {"open_now"_L1, aging[0] + aging[1] + aging[2] + aging[3] + aging[4]},
                      {"aging"_L1, agingBuckets}}},
        {"response_time"_L1,
         QJsonObject {{"count"_L1, count(kpi::Responses)},
                      {"wall"_L1,
                       timeFigures(histograms[kpi::ResponseWallTime], count(kpi::ResponseWall),
                                   count(kpi::Responses))},
                      {"business"_L1,
                       timeFigures(histograms[kpi::ResponseBusinessTime],
                                   count(kpi::ResponseBusiness), count(kpi::Responses))}}},
        {"resolution_time"_L1,
         QJsonObject {{"count"_L1, count(kpi::Resolved)},
                      {"wall"_L1,
                       timeFigures(histograms[kpi::ResolutionWallTime], count(kpi::ResolutionWall),
                                   count(kpi::Resolved))},
                      {"business"_L1,
                       timeFigures(histograms[kpi::ResolutionBusinessTime],
                                   count(kpi::ResolutionBusiness), count(kpi::Resolved))},
                      {"mean_paused_hours"_L1,
                       hours(double(count(kpi::PausedWall)), count(kpi::Resolved))}}},
        {"sla"_L1,
         QJsonObject {
             {"response"_L1,
              QJsonObject {{"due"_L1, count(kpi::ResponseSla)},
                           {"met"_L1, count(kpi::ResponseMet)},
                           {"breached"_L1, count(kpi::ResponseSla) - count(kpi::ResponseMet)},
                           {"rate"_L1, ratio(count(kpi::ResponseMet), count(kpi::ResponseSla))}}},
             {"resolution"_L1,
              QJsonObject {
                  {"due"_L1, count(kpi::ResolutionSla)},
                  {"met"_L1, count(kpi::ResolutionMet)},
                  {"breached"_L1, count(kpi::ResolutionSla) - count(kpi::ResolutionMet)},
                  {"rate"_L1, ratio(count(kpi::ResolutionMet), count(kpi::ResolutionSla))}}}}},
        {"fcr"_L1,
         QJsonObject {{"resolved"_L1, count(kpi::Resolved)},
                      {"count"_L1, count(kpi::Fcr)},
                      {"rate"_L1, ratio(count(kpi::Fcr), count(kpi::Resolved))}}},
        {"reopen"_L1,
         QJsonObject {{"resolved"_L1, count(kpi::Resolved)},
                      {"count"_L1, count(kpi::Reopened)},
                      {"rate"_L1, ratio(count(kpi::Reopened), count(kpi::Resolved))}}},
        {"escalation"_L1,
         QJsonObject {{"created"_L1, count(kpi::Created)},
                      {"count"_L1, count(kpi::EscalatedCreated)},
                      {"escalations"_L1, count(kpi::Escalations)},
                      {"rate"_L1, ratio(count(kpi::EscalatedCreated), count(kpi::Created))}}},
        {"csat"_L1,
         QJsonObject {
             {"answers"_L1, count(kpi::CsatCount)},
             {"average"_L1,
              count(kpi::CsatCount) > 0
                  ? QJsonValue(double(count(kpi::CsatSum)) / count(kpi::CsatCount))
                  : QJsonValue(QJsonValue::Null)},
             {"resolved"_L1, count(kpi::Resolved)},
             {"rated"_L1, count(kpi::RatedResolutions)},
             {"response_rate"_L1, ratio(count(kpi::RatedResolutions), count(kpi::Resolved))},
             {"per_week"_L1, csatWeeks}}},
        {"agents"_L1, agents},
        {"categories"_L1, categories},
        {"top_items"_L1, items},
    };
}

QJsonObject KpiQuery::tickets(const api::ReportTicketsParams& p)
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
    QString sql = u"SELECT t.id, t.title, t.status, t.priority, t.created_at, g.name, "
                  "u.display_name, t.type FROM kpi_tickets k JOIN tickets t ON t.id = k.ticket_id "
                  "LEFT JOIN agent_groups g ON g.id = t.group_id "
                  "LEFT JOIN users u ON u.id = t.assignee_id WHERE 1 = 1"_s;
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
    sql += where + u" ORDER BY t.id DESC LIMIT ?"_s;
    all += binds;
    all << p.limit + 1;
    Statement q = m_session.prepare(sql);
    bindAll(q, all);
    q.exec();
    QJsonArray rows;
    bool more = false;
    while (q.next()) {
        if (rows.size() == p.limit) {
            more = true;
            break;
        }
        rows.append(QJsonObject {
            {"id"_L1, q.int64(0)},
            {"title"_L1, q.text(1)},
            {"status"_L1, q.text(2)},
            {"priority"_L1, q.integer(3)},
            {"created_at"_L1, timeutil::toIso(q.int64(4))},
            {"group"_L1, q.value(5).isNull() ? QJsonValue(QJsonValue::Null) : q.text(5)},
            {"assignee"_L1, q.value(6).isNull() ? QJsonValue(QJsonValue::Null) : q.text(6)},
            {"type"_L1, q.text(7)}});
    }
    return QJsonObject {{"tickets"_L1, rows}, {"more"_L1, more}};
}

} // namespace frontline::server
