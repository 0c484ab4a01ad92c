#include "kpifieldquery.h"

#include "reports/kpifacts.h"
#include "reports/titleterms.h"
#include "storage/sqlsession.h"
#include "workflow/slapolicy.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <limits>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace frontline::server {

KpiFieldMatch kpiFieldMatch(const FieldFilter& field, const QString& ticketColumn)
{
    KpiFieldMatch match;
    match.sql =
        ticketColumn + u" IN (SELECT v.ticket_id FROM ticket_field_values v WHERE v.field_id = ?"_s;
    match.binds << field.fieldId;
    const QString column = u"v."_s + field.column;
    switch (field.op) {
    case FieldFilter::Op::Equals: {
        QStringList marks;
        for (qsizetype i = 0; i < field.values.size(); ++i)
            marks.append(u"?"_s);
        match.sql += u" AND "_s + column
            + (marks.size() == 1 ? u" = ?"_s : u" IN ("_s + marks.join(u", "_s) + u')');
        match.binds += field.values;
        break;
    }
    case FieldFilter::Op::Contains: {
        QString pattern = field.values.constFirst().toString();
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        match.sql += u" AND LOWER("_s + column + u") LIKE ? ESCAPE '\\'"_s;
        match.binds << QString(u'%' + pattern + u'%');
        break;
    }
    case FieldFilter::Op::Range:
        if (field.low) {
            match.sql += u" AND "_s + column + u" >= ?"_s;
            match.binds << *field.low;
        }
        if (field.high) {
            match.sql += u" AND "_s + column + u" <= ?"_s;
            match.binds << *field.high;
        }
        break;
    }
    match.sql += u')';
    return match;
}

namespace {

// One matching ticket's facts (a row of kpi_tickets with the ticket's own times).
struct FieldFacts
{
    qint64 createdAt = 0, createdDay = 0;
    kpi::Dims created, now, resolved, rated;
    bool open = false, escalated = false, reopened = false, merged = false;
    bool responseLate = false, resolutionLate = false, fcr = false, resolvedRated = false;
    qint64 pausedWall = 0, pausedBusiness = 0;
    std::optional<qint64> slaPolicy;
    std::optional<qint64> resolvedDay, ratingDay;
    int score = 0;
    std::optional<qint64> firstResponseAt, resolvedAt, closedAt, responseDue, resolveDue;
    qint64 updatedAt = 0;
};

bool fieldScopeHolds(const api::ReportFilter& f, const kpi::Dims& d)
{
    return (!f.group || *f.group == d.group) && (!f.category || *f.category == d.category)
        && (!f.type || *f.type == d.type) && (!f.agent || *f.agent == d.agent)
        && (!f.org || *f.org == d.org);
}

std::optional<double> fieldRatio(qint64 part, qint64 whole)
{
    return whole > 0 ? std::optional(double(part) / double(whole)) : std::nullopt;
}

double fieldHours(double seconds)
{
    return std::round(seconds / 36.0) / 100.0;
}

// Mean, median and 90th percentile (nearest rank) of durations in seconds.
api::KpiTimes fieldTimes(QList<qint64> seconds)
{
    if (seconds.isEmpty())
        return {};
    std::sort(seconds.begin(), seconds.end());
    double sum = 0;
    for (qint64 s : std::as_const(seconds))
        sum += double(s);
    const auto rank = [&seconds](double p) {
        const qsizetype k =
            std::max<qsizetype>(1, static_cast<qsizetype>(std::ceil(p * double(seconds.size()))));
        return fieldHours(double(seconds.at(k - 1)));
    };
    return {fieldHours(sum / double(seconds.size())), rank(0.5), rank(0.9)};
}

std::optional<api::KpiRef> fieldRef(qint64 id, const QHash<qint64, QString>& names)
{
    if (id == kpi::None)
        return std::nullopt;
    return api::KpiRef {id, names.value(id)};
}

} // namespace

api::KpiReport KpiFieldQuery::kpis(const api::ReportFilter& f, const FieldFilter& field)
{
    const qint64 first = f.from.toJulianDay();
    const qint64 last = f.to.toJulianDay();
    const qint64 days = last - first + 1;
    const qint64 previous = first - days;
    const qint64 periodStart = kpi::dayStart(first);

    // The matching tickets' facts, read once through the value index: those open now or with
    // a fact since the period before this one began (the others count in no figure).
    const KpiFieldMatch match = kpiFieldMatch(field, u"k.ticket_id"_s);
    QString sql = u"SELECT k.created_at, k.created_day, k.created_group, k.created_category, "
                  "k.created_type, k.created_agent, k.group_id, k.category_id, k.type, k.agent_id, "
                  "k.is_open, k.escalated, k.reopened, k.merged, k.response_late, k.paused_wall, "
                  "k.resolved_day, k.resolved_group, k.resolved_category, k.resolved_type, "
                  "k.resolved_agent, k.resolved_fcr, k.resolved_rated, k.resolution_late, "
                  "k.rating_day, k.rating_group, k.rating_category, k.rating_type, k.rating_agent, "
                  "k.rating_score, t.org_id, t.first_response_at, t.resolved_at, t.closed_at, "
                  "t.response_due, t.resolve_due, t.updated_at, k.paused_business, "
                  "t.sla_policy_id, CASE WHEN k.created_day BETWEEN ? AND ? THEN t.title END "
                  "FROM kpi_tickets k JOIN tickets t ON t.id = k.ticket_id WHERE "_s
        + match.sql;
    sql += u" AND (k.is_open = 1 OR k.created_day >= ? OR k.resolved_day >= ? OR "
           "k.rating_day >= ? OR t.closed_at >= ? OR t.first_response_at >= ? OR "
           "t.updated_at >= ?)"_s;
    // Titles only of the tickets created in the period or the one before (top items).
    QVariantList binds {previous, last};
    binds += match.binds;
    binds << previous << first << first << periodStart << periodStart << periodStart;
    if (f.org) {
        sql += u" AND t.org_id = ?"_s;
        binds << *f.org;
    }
    QList<FieldFacts> facts;
    // Top items: each title term's tickets created in the period and in the one before, under
    // the filter's scope at creation (counted as the rows are read: no title is kept). The keys
    // are views of termStore's strings: a term is copied once, when first seen.
    QHash<QStringView, std::pair<qint64, qint64>> terms;
    std::deque<QString> termStore;
    TitleTermScanner scanner;
    {
        Statement q = m_session.prepare(sql);
        for (const QVariant& bind : std::as_const(binds))
            q.bind(bind);
        q.exec();
        while (q.next()) {
            FieldFacts t;
            const qint64 org = q.int64(30);
            const auto dims = [&q, org](int at) {
                return kpi::Dims {q.int64(at), q.int64(at + 1), q.text(at + 2), q.int64(at + 3),
                                  org};
            };
            t.createdAt = q.int64(0);
            t.createdDay = q.int64(1);
            t.created = dims(2);
            t.now = dims(6);
            t.open = q.boolean(10);
            t.escalated = q.boolean(11);
            t.reopened = q.boolean(12);
            t.merged = q.boolean(13);
            t.responseLate = q.boolean(14);
            t.pausedWall = q.int64(15);
            t.resolvedDay = q.optionalInt64(16);
            t.resolved = dims(17);
            t.fcr = q.boolean(21);
            t.resolvedRated = q.boolean(22);
            t.resolutionLate = q.boolean(23);
            t.ratingDay = q.optionalInt64(24);
            t.rated = dims(25);
            t.score = q.integer(29);
            t.firstResponseAt = q.optionalInt64(31);
            t.resolvedAt = q.optionalInt64(32);
            t.closedAt = q.optionalInt64(33);
            t.responseDue = q.optionalInt64(34);
            t.resolveDue = q.optionalInt64(35);
            t.updatedAt = q.int64(36);
            t.pausedBusiness = q.int64(37);
            t.slaPolicy = q.optionalInt64(38);
            if (t.createdDay >= previous && t.createdDay <= last && fieldScopeHolds(f, t.created)) {
                const bool current = t.createdDay >= first;
                for (QStringView term : scanner.scan(q.text(39))) {
                    auto counted = terms.find(term);
                    if (counted == terms.end()) {
                        termStore.push_back(term.toString());
                        counted = terms.insert(QStringView(termStore.back()), {0, 0});
                    }
                    ++(current ? counted->first : counted->second);
                }
            }
            facts.append(t);
        }
    }

    api::KpiReport report;
    report.period = f;
    const qint64 today = kpi::dayOf(m_now);
    const auto in = [first, last](const std::optional<qint64>& day) {
        return day && *day >= first && *day <= last;
    };
    constexpr qint64 Never = std::numeric_limits<qint64>::max();
    // The day of a time, exact within the period (its days' starts, converted once: a time
    // zone conversion per ticket would cost more than the rest); before it, the day before;
    // after it, the day after.
    std::vector<qint64> starts;
    for (qint64 day = first; day <= last + 1; ++day)
        starts.push_back(kpi::dayStart(day));
    const auto dayAt = [&](qint64 msecs) {
        if (msecs < starts.front())
            return first - 1;
        if (msecs >= starts.back())
            return last + 1;
        return first + (std::upper_bound(starts.begin(), starts.end(), msecs) - starts.begin()) - 1;
    };
    const auto dayOfOptional = [&](const std::optional<qint64>& msecs) {
        return msecs ? std::optional(dayAt(*msecs)) : std::nullopt;
    };

    struct Day
    {
        qint64 created = 0, resolved = 0, closed = 0, openDelta = 0;
    };
    std::vector<Day> perDay(static_cast<size_t>(days));
    std::map<qint64, std::pair<qint64, qint64>> weeks; // Monday -> answers, score sum
    for (qint64 day = first; day <= last; ++day)
        weeks[day - (QDate::fromJulianDay(day).dayOfWeek() - 1)];
    struct Person
    {
        qint64 assigned = 0, resolved = 0, open = 0;
        QList<qint64> wall, business;
    };
    std::map<qint64, Person> people;
    struct Category
    {
        qint64 created = 0, previous = 0, resolved = 0;
    };
    std::map<qint64, Category> categories;
    std::array<qint64, 5> aging {};
    QList<qint64> responseWall, resolutionWall, responseBusiness, resolutionBusiness;
    qint64 paused = 0;
    auto& r = report;
    // Business time between two instants in the calendar of the ticket's SLA policy (the
    // rollups' rule: no policy, or none by that id any more, is around the clock), each
    // calendar's days turned into instants once for the whole report.
    std::map<const BusinessCalendar*, BusinessCalendar::SpanCounter> counters;
    QHash<qint64, BusinessCalendar::SpanCounter*> byPolicy;
    const auto businessBetween = [this, &counters, &byPolicy](const FieldFacts& t, qint64 from,
                                                              qint64 to) {
        const qint64 key = t.slaPolicy.value_or(0);
        auto found = byPolicy.constFind(key);
        if (found == byPolicy.constEnd()) {
            const SlaPolicy* policy = t.slaPolicy ? m_sla->policy(*t.slaPolicy) : nullptr;
            const BusinessCalendar& calendar =
                m_sla->calendarOf(policy ? policy->calendarId : std::nullopt);
            auto counter = counters.try_emplace(&calendar, calendar).first;
            found = byPolicy.insert(key, &counter->second);
        }
        return (*found)->between(from, to);
    };

    for (const FieldFacts& t : std::as_const(facts)) {
        // Created: counted under the dimensions at creation.
        if (fieldScopeHolds(f, t.created)) {
            if (in(t.createdDay)) {
                ++r.volume.created;
                ++perDay[size_t(t.createdDay - first)].created;
                ++categories[t.created.category].created;
                if (t.escalated)
                    ++r.escalation.count;
                if (t.merged)
                    ++r.volume.merged;
            } else if (t.createdDay >= previous && t.createdDay < first) {
                ++categories[t.created.category].previous;
            }
        }
        // Now: the open backlog, its age, each agent's open tickets, and the backlog by day
        // (open from creation to the day it was resolved or closed last).
        if (fieldScopeHolds(f, t.now)) {
            if (t.open) {
                ++r.backlog.openNow;
                const qint64 age = today - t.createdDay;
                ++aging[age < 1 ? 0 : age < 3 ? 1 : age < 7 ? 2 : age < 30 ? 3 : 4];
                ++people[t.now.agent].open;
            }
            if (in(t.createdDay) && t.now.agent != kpi::None)
                ++people[t.now.agent].assigned;
            if (in(dayOfOptional(t.closedAt)) && !t.merged) {
                ++r.volume.closed;
                ++perDay[size_t(dayAt(*t.closedAt) - first)].closed;
            }
            qint64 end = Never;
            if (!t.open) {
                const auto closed = dayOfOptional(t.closedAt);
                end = t.resolvedDay ? *t.resolvedDay : closed ? *closed : dayAt(t.updatedAt);
            }
            if (t.createdDay < first && end >= first)
                ++r.backlog.atStart;
            if (end > t.createdDay) {
                if (in(t.createdDay))
                    ++perDay[size_t(t.createdDay - first)].openDelta;
                if (end != Never && in(end))
                    --perDay[size_t(end - first)].openDelta;
            }
            // The first response: its duration and target, on its day.
            if (in(dayOfOptional(t.firstResponseAt))) {
                ++r.responseTime.count;
                responseWall.append(std::max<qint64>(0, *t.firstResponseAt - t.createdAt) / 1000);
                if (m_sla)
                    responseBusiness.append(businessBetween(t, t.createdAt, *t.firstResponseAt)
                                            / 1000);
                if (t.responseDue) {
                    ++r.sla.response.due;
                    r.sla.response.breached += t.responseLate ? 1 : 0;
                }
            }
        }
        // Resolved: under the dimensions at the (last) resolution.
        if (in(t.resolvedDay) && fieldScopeHolds(f, t.resolved)) {
            ++r.volume.resolved;
            ++perDay[size_t(*t.resolvedDay - first)].resolved;
            ++categories[t.resolved.category].resolved;
            Person& p = people[t.resolved.agent];
            ++p.resolved;
            if (t.resolvedAt) {
                const qint64 wall =
                    std::max<qint64>(0, *t.resolvedAt - t.createdAt - t.pausedWall) / 1000;
                resolutionWall.append(wall);
                p.wall.append(wall);
                if (m_sla) {
                    const qint64 business =
                        std::max<qint64>(
                            0, businessBetween(t, t.createdAt, *t.resolvedAt) - t.pausedBusiness)
                        / 1000;
                    resolutionBusiness.append(business);
                    p.business.append(business);
                }
            }
            paused += t.pausedWall / 1000;
            if (t.resolveDue) {
                ++r.sla.resolution.due;
                r.sla.resolution.breached += t.resolutionLate ? 1 : 0;
            }
            r.fcr.count += t.fcr ? 1 : 0;
            r.reopen.count += t.reopened ? 1 : 0;
            r.csat.rated += t.resolvedRated ? 1 : 0;
        }
        // Rated: the last answer, under the dimensions when it was given.
        if (in(t.ratingDay) && fieldScopeHolds(f, t.rated)) {
            ++r.csat.answers;
            auto& week = weeks[*t.ratingDay - (QDate::fromJulianDay(*t.ratingDay).dayOfWeek() - 1)];
            ++week.first;
            week.second += t.score;
        }
    }

    // The volume chart and the backlog.
    qint64 backlog = r.backlog.atStart;
    for (qint64 day = first; day <= last; ++day) {
        const Day& d = perDay[size_t(day - first)];
        backlog += d.openDelta;
        r.volume.perDay.append(
            {QDate::fromJulianDay(day), d.created, d.resolved, d.closed, backlog});
    }
    r.backlog.atEnd = backlog;
    r.volume.netFlow = r.volume.created - r.volume.resolved;
    const QStringList ageKeys = api::ReportTicketsParams::ages();
    for (int i = 0; i < 5; ++i)
        r.backlog.aging.append({ageKeys.at(i), aging[size_t(i)]});

    // Durations: exact, from the tickets' times.
    r.responseTime.wall = fieldTimes(responseWall);
    r.responseTime.business = fieldTimes(responseBusiness);
    r.resolutionTime.count = r.volume.resolved;
    r.resolutionTime.wall = fieldTimes(resolutionWall);
    r.resolutionTime.business = fieldTimes(resolutionBusiness);
    r.resolutionTime.meanPausedHours = r.volume.resolved > 0
        ? std::optional(fieldHours(double(paused) / double(r.volume.resolved)))
        : std::nullopt;

    const auto sla = [](api::KpiSla& s) {
        s.met = s.due - s.breached;
        s.rate = fieldRatio(s.met, s.due);
    };
    sla(r.sla.response);
    sla(r.sla.resolution);
    const qint64 resolved = r.volume.resolved;
    r.fcr.resolved = resolved;
    r.fcr.rate = fieldRatio(r.fcr.count, resolved);
    r.reopen.resolved = resolved;
    r.reopen.rate = fieldRatio(r.reopen.count, resolved);
    // Each escalated ticket counts once (the rollups count every escalation).
    r.escalation.created = r.volume.created;
    r.escalation.escalations = r.escalation.count;
    r.escalation.rate = fieldRatio(r.escalation.count, r.volume.created);
    qint64 scoreSum = 0;
    for (const auto& [monday, week] : weeks) {
        r.csat.perWeek.append(
            {QDate::fromJulianDay(monday), week.first, fieldRatio(week.second, week.first)});
        scoreSum += week.second;
    }
    r.csat.average = fieldRatio(scoreSum, r.csat.answers);
    r.csat.resolved = resolved;
    r.csat.responseRate = fieldRatio(r.csat.rated, resolved);

    // Recurring subjects: found in at least two tickets, most frequent first, ties by term (as
    // KpiTopTerms answers for the whole desk).
    QList<api::KpiTerm> items;
    for (auto term = terms.cbegin(); term != terms.cend(); ++term) {
        if (term->first >= 2)
            items.append({term.key().toString(), term->first, term->second});
    }
    std::sort(items.begin(), items.end(), [](const api::KpiTerm& a, const api::KpiTerm& b) {
        return a.count != b.count ? a.count > b.count : a.term < b.term;
    });
    r.topItems = items.mid(0, 10);

    // People and categories, with their names.
    const auto names = [this](const QString& text) {
        QHash<qint64, QString> byId;
        Statement q = m_session.prepare(text);
        q.exec();
        while (q.next())
            byId.insert(q.int64(0), q.text(1));
        return byId;
    };
    const QHash<qint64, QString> staff =
        names(u"SELECT id, display_name FROM users WHERE role <> 'requester'"_s);
    for (const auto& [agent, p] : people) {
        if (agent == kpi::None || (p.assigned == 0 && p.resolved == 0 && p.open == 0))
            continue;
        api::KpiAgent row {fieldRef(agent, staff), p.assigned, p.resolved, p.open, {}, {}};
        row.meanResolutionHours = fieldTimes(p.wall).meanHours;
        row.meanResolutionBusinessHours = fieldTimes(p.business).meanHours;
        r.agents.append(row);
    }
    const QHash<qint64, QString> known = names(u"SELECT id, name FROM categories"_s);
    for (const auto& [category, c] : categories) {
        if (c.created == 0 && c.previous == 0 && c.resolved == 0)
            continue;
        r.categories.append({fieldRef(category, known), c.created, c.previous, c.resolved});
    }
    std::stable_sort(
        r.categories.begin(), r.categories.end(),
        [](const api::KpiCategory& a, const api::KpiCategory& b) { return a.created > b.created; });
    return report;
}

} // namespace frontline::server
