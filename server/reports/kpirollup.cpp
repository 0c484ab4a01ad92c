#include "kpirollup.h"

#include "reports/kpifacts.h"
#include "reports/titleterms.h"
#include "storage/sqlsession.h"
#include "workflow/workflowconfig.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using kpi::Dims;

struct Event
{
    qint64 id = 0;
    qint64 ticket = 0;
    qint64 at = 0;
    QString kind;
    QString field;
    QString oldValue; // JSON text, empty for null
    QString newValue;
    bool internal = false;
};

// The ticket's columns the facts need (SLA targets as they stand after the batch's writes).
struct TicketRow
{
    QString type;
    QString status;
    qint64 group = kpi::None;
    qint64 category = kpi::None;
    qint64 agent = kpi::None;
    qint64 createdAt = 0;
    std::optional<qint64> firstResponseAt;
    std::optional<qint64> responseDue;
    std::optional<qint64> resolveDue;
    std::optional<qint64> slaPolicyId;
};

// A row of kpi_tickets.
struct State
{
    qint64 createdAt = 0;
    qint64 createdDay = 0;
    Dims createdDims;
    Dims dims;
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
    Dims resolvedDims;
    bool resolvedFcr = false;
    bool resolvedRated = false;
    bool resolutionLate = false;
    std::optional<qint64> ratingDay;
    Dims ratingDims;
    int ratingScore = 0;
};

const QString StateColumns =
    u"ticket_id, created_at, created_day, created_group, created_category, created_type, "
    "created_agent, group_id, category_id, type, agent_id, status, is_open, first_agent, "
    "escalated, reopened, merged, responded, response_late, paused_since, paused_wall, "
    "paused_business, resolved_day, resolved_group, resolved_category, resolved_type, "
    "resolved_agent, resolved_fcr, resolved_rated, resolution_late, rating_day, rating_group, "
    "rating_category, rating_type, rating_agent, rating_score"_s;
constexpr int StateColumnCount = 36;

Dims readDims(const Statement& q, int at)
{
    return {q.int64(at), q.int64(at + 1), q.text(at + 2), q.int64(at + 3)};
}

State readState(const Statement& q)
{
    State s;
    s.createdAt = q.int64(1);
    s.createdDay = q.int64(2);
    s.createdDims = readDims(q, 3);
    s.dims = readDims(q, 7);
    s.status = q.text(11);
    s.open = q.boolean(12);
    s.firstAgent = q.int64(13);
    s.escalated = q.boolean(14);
    s.reopened = q.boolean(15);
    s.merged = q.boolean(16);
    s.responded = q.boolean(17);
    s.responseLate = q.boolean(18);
    s.pausedSince = q.optionalInt64(19);
    s.pausedWall = q.int64(20);
    s.pausedBusiness = q.int64(21);
    s.resolvedDay = q.optionalInt64(22);
    s.resolvedDims = readDims(q, 23);
    s.resolvedFcr = q.boolean(27);
    s.resolvedRated = q.boolean(28);
    s.resolutionLate = q.boolean(29);
    s.ratingDay = q.optionalInt64(30);
    s.ratingDims = readDims(q, 31);
    s.ratingScore = q.integer(35);
    return s;
}

void bindDims(Statement& q, const Dims& d)
{
    q.bind(d.group).bind(d.category).bind(d.type).bind(d.agent);
}

void writeState(Statement& q, qint64 ticket, const State& s)
{
    q.bind(ticket).bind(s.createdAt).bind(s.createdDay);
    bindDims(q, s.createdDims);
    bindDims(q, s.dims);
    q.bind(s.status).bind(s.open ? 1 : 0).bind(s.firstAgent).bind(s.escalated ? 1 : 0);
    q.bind(s.reopened ? 1 : 0).bind(s.merged ? 1 : 0).bind(s.responded ? 1 : 0);
    q.bind(s.responseLate ? 1 : 0).bindNullable(s.pausedSince).bind(s.pausedWall);
    q.bind(s.pausedBusiness).bindNullable(s.resolvedDay);
    bindDims(q, s.resolvedDims);
    q.bind(s.resolvedFcr ? 1 : 0).bind(s.resolvedRated ? 1 : 0).bind(s.resolutionLate ? 1 : 0);
    q.bindNullable(s.ratingDay);
    bindDims(q, s.ratingDims);
    q.bind(s.ratingScore);
}

struct RowKey
{
    qint64 day = 0;
    Dims dims;
    int metric = 0; // histograms only
    int bucket = 0;

    friend bool operator==(const RowKey&, const RowKey&) = default;
};

size_t qHash(const RowKey& k, size_t seed = 0)
{
    return qHashMulti(seed, k.day, k.dims.group, k.dims.category, k.dims.type, k.dims.agent,
                      k.metric, k.bucket);
}

QJsonValue decode(const QString& text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    return QJsonDocument::fromJson('[' + text.toUtf8() + ']').array().at(0);
}

qint64 refId(const QString& text)
{
    const QJsonValue value = decode(text);
    return value.isObject() ? value.toObject().value("id"_L1).toInteger() : kpi::None;
}

// One pass over a chunk of events: the facts they imply, summed per rollup row.
class Pass
{
public:
    Pass(SqlSession& session, const WorkflowConfig& workflow)
        : m_session(session)
        , m_workflow(workflow)
    { }

    qint64 run(qint64 from, qint64 to, bool reachesTail);

private:
    void loadEvents(qint64 from, qint64 to);
    void loadTickets();
    void initialise(qint64 ticket, bool reachesTail);
    void apply(const Event& e, State& s, const TicketRow& row);
    void changeStatus(const Event& e, State& s, const TicketRow& row, qint64 day);
    void resolve(const Event& e, State& s, const TicketRow& row, qint64 day);
    void respond(State& s, const TicketRow& row);
    void rate(const Event& e, State& s, qint64 day);
    qint64 categoryId(const QString& nameJson);
    const BusinessCalendar& calendar(const TicketRow& row) const;
    const LifecycleState* lifecycleState(const QString& type, const QString& status) const;

    void add(qint64 day, const Dims& d, kpi::Counter counter, qint64 value);
    void addDuration(qint64 day, const Dims& d, kpi::Metric metric, qint64 seconds);
    void flush(qint64 to);

    SqlSession& m_session;
    const WorkflowConfig& m_workflow;
    QList<Event> m_events;
    QHash<qint64, TicketRow> m_rows;
    QHash<qint64, State> m_states;
    QHash<RowKey, std::array<qint64, kpi::CounterCount>> m_daily;
    QHash<RowKey, qint64> m_hist;
    std::optional<QHash<QString, qint64>> m_categories;
};

qint64 Pass::run(qint64 from, qint64 to, bool reachesTail)
{
    loadEvents(from, to);
    loadTickets();
    for (const Event& e : std::as_const(m_events)) {
        auto row = m_rows.constFind(e.ticket);
        if (row == m_rows.constEnd())
            continue; // cannot happen: events reference their ticket
        if (!m_states.contains(e.ticket))
            initialise(e.ticket, reachesTail);
        apply(e, m_states[e.ticket], *row);
    }
    flush(to);
    return m_events.size();
}

void Pass::loadEvents(qint64 from, qint64 to)
{
    Statement q = m_session.prepare(
        u"SELECT id, ticket_id, at, kind, field, old_value, new_value, internal FROM "
        "ticket_events WHERE id > ? AND id <= ? ORDER BY id"_s);
    q.bind(from).bind(to);
    q.exec();
    while (q.next()) {
        m_events.append({q.int64(0), q.int64(1), q.int64(2), q.text(3), q.text(4), q.text(5),
                         q.text(6), q.boolean(7)});
    }
}

// Statements with a fixed number of ids (1, 8 or 64, padded), so that few shapes are cached.
template<typename Read>
void forIds(SqlSession& session, const QList<qint64>& ids, const QString& sqlBefore, Read read)
{
    for (qsizetype at = 0; at < ids.size();) {
        const qsizetype left = ids.size() - at;
        const int size = left == 1 ? 1 : left <= 8 ? 8 : 64;
        QString sql = sqlBefore + u" IN (?"_s;
        for (int i = 1; i < size; ++i)
            sql += u", ?"_s;
        sql += u')';
        Statement q = session.prepare(sql);
        for (int i = 0; i < size; ++i)
            q.bind(at + i < ids.size() ? ids.at(at + i) : qint64(-1));
        q.exec();
        while (q.next())
            read(q);
        at += size;
    }
}

void Pass::loadTickets()
{
    QList<qint64> ids;
    for (const Event& e : std::as_const(m_events)) {
        if (ids.isEmpty() || ids.constLast() != e.ticket)
            ids.append(e.ticket);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    forIds(m_session, ids,
           u"SELECT id, type, status, COALESCE(group_id, 0), COALESCE(category_id, 0), "
           "COALESCE(assignee_id, 0), created_at, first_response_at, response_due, resolve_due, "
           "sla_policy_id FROM tickets WHERE id"_s,
           [this](Statement& q) {
               m_rows.insert(q.int64(0),
                             TicketRow {q.text(1), q.text(2), q.int64(3), q.int64(4), q.int64(5),
                                        q.int64(6), q.optionalInt64(7), q.optionalInt64(8),
                                        q.optionalInt64(9), q.optionalInt64(10)});
           });
    forIds(m_session, ids, u"SELECT "_s + StateColumns + u" FROM kpi_tickets WHERE ticket_id"_s,
           [this](Statement& q) { m_states.insert(q.int64(0), readState(q)); });
}

// A ticket met for the first time: its values at creation are its current ones with every
// later change undone (the first change of each field holds the value it had before).
void Pass::initialise(qint64 ticket, bool reachesTail)
{
    const TicketRow& row = m_rows[ticket];
    QHash<QString, QString> firstOld;
    const auto note = [&firstOld](const QString& field, const QString& old) {
        if (!firstOld.contains(field))
            firstOld.insert(field, old);
    };
    if (reachesTail) {
        // Every later event of the ticket is in this pass.
        for (const Event& e : std::as_const(m_events)) {
            if (e.ticket == ticket && e.kind == u"change"_s)
                note(e.field, e.oldValue);
        }
    } else {
        Statement q = m_session.prepare(
            u"SELECT field, old_value FROM ticket_events WHERE ticket_id = ? AND kind = "
            "'change' AND field IN ('status', 'group', 'category', 'type', 'assignee') "
            "ORDER BY id"_s);
        q.bind(ticket);
        q.exec();
        while (q.next())
            note(q.text(0), q.text(1));
    }
    State s;
    s.createdAt = row.createdAt;
    s.createdDay = kpi::dayOf(row.createdAt);
    s.status =
        firstOld.contains(u"status"_s) ? decode(firstOld[u"status"_s]).toString() : row.status;
    s.dims.type = firstOld.contains(u"type"_s) ? decode(firstOld[u"type"_s]).toString() : row.type;
    s.dims.group = firstOld.contains(u"group"_s) ? refId(firstOld[u"group"_s]) : row.group;
    s.dims.agent = firstOld.contains(u"assignee"_s) ? refId(firstOld[u"assignee"_s]) : row.agent;
    s.dims.category =
        firstOld.contains(u"category"_s) ? categoryId(firstOld[u"category"_s]) : row.category;
    const LifecycleState* state = lifecycleState(s.dims.type, s.status);
    s.open = state && state->open;
    s.createdDims = s.dims;
    s.firstAgent = s.dims.agent;
    m_states.insert(ticket, s);
}

qint64 Pass::categoryId(const QString& nameJson)
{
    const QString name = decode(nameJson).toString();
    if (name.isEmpty())
        return kpi::None;
    if (!m_categories) {
        m_categories.emplace();
        Statement q = m_session.prepare(u"SELECT id, name FROM categories"_s);
        q.exec();
        while (q.next())
            m_categories->insert(q.text(1), q.int64(0));
    }
    return m_categories->value(name, kpi::None);
}

const BusinessCalendar& Pass::calendar(const TicketRow& row) const
{
    const SlaPolicy* policy = row.slaPolicyId ? m_workflow.sla.policy(*row.slaPolicyId) : nullptr;
    return m_workflow.sla.calendarOf(policy ? policy->calendarId : std::nullopt);
}

const LifecycleState* Pass::lifecycleState(const QString& type, const QString& status) const
{
    const auto ticketType = ticketTypeFromString(type);
    return m_workflow.lifecycles.of(ticketType.value_or(TicketType::Incident)).state(status);
}

void Pass::apply(const Event& e, State& s, const TicketRow& row)
{
    const qint64 day = kpi::dayOf(e.at);
    if (e.kind == u"created"_s) {
        add(day, s.dims, kpi::Created, 1);
        if (s.open) {
            add(day, s.dims, kpi::OpenDelta, 1);
            add(s.createdDay, s.dims, kpi::OpenByCreated, 1);
        }
        if (s.dims.agent != kpi::None)
            add(day, s.dims, kpi::Assigned, 1);
        return;
    }
    if (e.kind == u"comment"_s) {
        if (!s.responded && !e.internal && row.firstResponseAt && *row.firstResponseAt <= e.at)
            respond(s, row);
        return;
    }
    // A change: the open backlog moves when the ticket opens, closes or changes dimensions.
    const bool wasOpen = s.open;
    const Dims before = s.dims;
    if (e.field == u"status"_s) {
        changeStatus(e, s, row, day);
    } else if (e.field == u"assignee"_s) {
        s.dims.agent = refId(e.newValue);
        if (s.dims.agent != kpi::None) {
            add(day, s.dims, kpi::Assigned, 1);
            if (s.firstAgent == kpi::None)
                s.firstAgent = s.dims.agent;
        }
    } else if (e.field == u"group"_s) {
        s.dims.group = refId(e.newValue);
    } else if (e.field == u"category"_s) {
        s.dims.category = categoryId(e.newValue);
    } else if (e.field == u"type"_s) {
        s.dims.type = decode(e.newValue).toString();
    } else if (e.field == u"escalation"_s) {
        add(day, s.dims, kpi::Escalations, 1);
        if (!s.escalated) {
            s.escalated = true;
            add(s.createdDay, s.createdDims, kpi::EscalatedCreated, 1);
        }
    } else if (e.field == u"merged_into"_s) {
        s.merged = true;
        add(day, s.dims, kpi::Merged, 1);
    } else if (e.field == u"rating"_s) {
        rate(e, s, day);
    }
    if (wasOpen == s.open && before == s.dims)
        return;
    if (wasOpen) {
        add(day, before, kpi::OpenDelta, -1);
        add(s.createdDay, before, kpi::OpenByCreated, -1);
    }
    if (s.open) {
        add(day, s.dims, kpi::OpenDelta, 1);
        add(s.createdDay, s.dims, kpi::OpenByCreated, 1);
    }
}

void Pass::changeStatus(const Event& e, State& s, const TicketRow& row, qint64 day)
{
    const LifecycleState* from = lifecycleState(s.dims.type, s.status);
    const QString status = decode(e.newValue).toString();
    const LifecycleState* to = lifecycleState(s.dims.type, status);
    s.status = status;
    s.open = to && to->open;
    // Time waiting on the requester or an approval is left out, as the SLA clock leaves it.
    const bool pauses = to && to->pausesSla && to->open;
    if (pauses && !s.pausedSince) {
        s.pausedSince = e.at;
    } else if (!pauses && s.pausedSince) {
        s.pausedWall += e.at - *s.pausedSince;
        s.pausedBusiness += calendar(row).between(*s.pausedSince, e.at);
        s.pausedSince.reset();
    }
    const bool wasResolved = from && from->resolved;
    if (to && to->resolved && !wasResolved)
        resolve(e, s, row, day);
    if (wasResolved && s.open && s.resolvedDay) {
        // Reopened: the resolution it undoes was not first-contact after all.
        s.reopened = true;
        add(*s.resolvedDay, s.resolvedDims, kpi::Reopened, 1);
        if (s.resolvedFcr) {
            add(*s.resolvedDay, s.resolvedDims, kpi::Fcr, -1);
            s.resolvedFcr = false;
        }
    }
    if (to && !to->open && !to->resolved && status != u"merged"_s && !s.merged)
        add(day, s.dims, kpi::Closed, 1);
}

void Pass::resolve(const Event& e, State& s, const TicketRow& row, qint64 day)
{
    const qint64 wall = std::max<qint64>(0, e.at - s.createdAt - s.pausedWall) / 1000;
    const qint64 business =
        std::max<qint64>(0, calendar(row).between(s.createdAt, e.at) - s.pausedBusiness) / 1000;
    add(day, s.dims, kpi::Resolved, 1);
    add(day, s.dims, kpi::ResolutionWall, wall);
    add(day, s.dims, kpi::ResolutionBusiness, business);
    add(day, s.dims, kpi::PausedWall, s.pausedWall / 1000);
    addDuration(day, s.dims, kpi::ResolutionWallTime, wall);
    addDuration(day, s.dims, kpi::ResolutionBusinessTime, business);
    s.resolutionLate = false;
    if (row.resolveDue) {
        add(day, s.dims, kpi::ResolutionSla, 1);
        s.resolutionLate = e.at > *row.resolveDue;
        if (!s.resolutionLate)
            add(day, s.dims, kpi::ResolutionMet, 1);
    }
    s.resolvedFcr = !s.escalated && !s.reopened && !s.merged
        && (s.firstAgent == kpi::None || s.firstAgent == s.dims.agent);
    if (s.resolvedFcr)
        add(day, s.dims, kpi::Fcr, 1);
    s.resolvedDay = day;
    s.resolvedDims = s.dims;
    s.resolvedRated = false;
}

void Pass::respond(State& s, const TicketRow& row)
{
    const qint64 at = *row.firstResponseAt;
    const qint64 day = kpi::dayOf(at);
    const qint64 wall = std::max<qint64>(0, at - s.createdAt) / 1000;
    const qint64 business = calendar(row).between(s.createdAt, at) / 1000;
    s.responded = true;
    add(day, s.dims, kpi::Responses, 1);
    add(day, s.dims, kpi::ResponseWall, wall);
    add(day, s.dims, kpi::ResponseBusiness, business);
    addDuration(day, s.dims, kpi::ResponseWallTime, wall);
    addDuration(day, s.dims, kpi::ResponseBusinessTime, business);
    if (row.responseDue) {
        add(day, s.dims, kpi::ResponseSla, 1);
        s.responseLate = at > *row.responseDue;
        if (!s.responseLate)
            add(day, s.dims, kpi::ResponseMet, 1);
    }
}

// An answer changed later counts once, with its last score, on the day of its last change.
void Pass::rate(const Event& e, State& s, qint64 day)
{
    const int score = decode(e.newValue).toInt();
    if (s.ratingDay) {
        add(*s.ratingDay, s.ratingDims, kpi::CsatCount, -1);
        add(*s.ratingDay, s.ratingDims, kpi::CsatSum, -s.ratingScore);
    }
    add(day, s.dims, kpi::CsatCount, 1);
    add(day, s.dims, kpi::CsatSum, score);
    s.ratingDay = day;
    s.ratingDims = s.dims;
    s.ratingScore = score;
    if (s.resolvedDay && !s.resolvedRated) {
        s.resolvedRated = true;
        add(*s.resolvedDay, s.resolvedDims, kpi::RatedResolutions, 1);
    }
}

void Pass::add(qint64 day, const Dims& d, kpi::Counter counter, qint64 value)
{
    if (value == 0)
        return;
    for (const Dims& scope : kpi::scopesOf(d)) {
        auto it = m_daily.find(RowKey {day, scope, 0, 0});
        if (it == m_daily.end())
            it = m_daily.insert(RowKey {day, scope, 0, 0}, {});
        (*it)[counter] += value;
    }
}

void Pass::addDuration(qint64 day, const Dims& d, kpi::Metric metric, qint64 seconds)
{
    const int bucket = kpi::bucketOf(seconds);
    for (const Dims& scope : kpi::scopesOf(d))
        ++m_hist[RowKey {day, scope, metric, bucket}];
}

// The upserts of flush(), written once: every counter adds to the row's.
const QString& dailyUpsert()
{
    static const QString sql = []() -> QString {
        QString names;
        QString values;
        QString updates;
        for (const char* column : kpi::counterColumns()) {
            const QString name = QString::fromLatin1(column);
            names += u", "_s + name;
            values += u", ?"_s;
            updates += (updates.isEmpty() ? u""_s : u", "_s) + name + u" = kpi_daily."_s + name
                + u" + excluded."_s + name;
        }
        return u"INSERT INTO kpi_daily (day, group_id, category_id, type, agent_id"_s + names
            + u") VALUES (?, ?, ?, ?, ?"_s + values
            + u") ON CONFLICT (group_id, category_id, type, agent_id, day) DO UPDATE SET "_s
            + updates;
    }();
    return sql;
}

const QString& stateUpsert()
{
    static const QString sql = []() -> QString {
        QString placeholders = u"?"_s;
        for (int i = 1; i < StateColumnCount; ++i)
            placeholders += u", ?"_s;
        QString assign;
        for (const QString& column : StateColumns.split(u", "_s).mid(1))
            assign += (assign.isEmpty() ? u""_s : u", "_s) + column + u" = excluded."_s + column;
        return u"INSERT INTO kpi_tickets ("_s + StateColumns + u") VALUES ("_s + placeholders
            + u") ON CONFLICT (ticket_id) DO UPDATE SET "_s + assign;
    }();
    return sql;
}

void Pass::flush(qint64 to)
{
    Statement daily = m_session.prepare(dailyUpsert());
    for (auto it = m_daily.cbegin(); it != m_daily.cend(); ++it) {
        if (std::all_of(it->begin(), it->end(), [](qint64 v) { return v == 0; }))
            continue;
        daily.bind(it.key().day);
        bindDims(daily, it.key().dims);
        for (qint64 value : *it)
            daily.bind(value);
        daily.exec();
    }
    Statement hist = m_session.prepare(
        u"INSERT INTO kpi_hist (day, group_id, category_id, type, agent_id, metric, bucket, n) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (group_id, category_id, type, agent_id, "
        "day, metric, bucket) DO UPDATE SET n = kpi_hist.n + excluded.n"_s);
    for (auto it = m_hist.cbegin(); it != m_hist.cend(); ++it) {
        hist.bind(it.key().day);
        bindDims(hist, it.key().dims);
        hist.bind(it.key().metric).bind(it.key().bucket).bind(*it);
        hist.exec();
    }
    Statement states = m_session.prepare(stateUpsert());
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        writeState(states, it.key(), *it);
        states.exec();
    }
    m_session.prepare(u"UPDATE kpi_state SET events_to = ?"_s).bind(to).exec();
}

} // namespace

qint64 KpiRollup::catchUp(SqlSession& session, const WorkflowConfig& workflow)
{
    qint64 done = 0;
    for (;;) {
        qint64 mark = 0;
        qint64 last = 0;
        {
            Statement q = session.prepare(
                u"SELECT events_to, (SELECT COALESCE(MAX(id), 0) FROM ticket_events) "
                "FROM kpi_state"_s);
            q.exec();
            if (!q.next())
                return done;
            mark = q.int64(0);
            last = q.int64(1);
        }
        if (last <= mark)
            return done;
        const qint64 to = std::min(last, mark + Chunk);
        done += Pass(session, workflow).run(mark, to, to == last);
    }
}

void KpiRollup::indexTerms(SqlSession& session, bool all)
{
    qint64 mark = 0;
    qint64 last = 0;
    {
        Statement q = session.prepare(
            u"SELECT terms_to, (SELECT COALESCE(MAX(id), 0) FROM tickets) FROM kpi_state"_s);
        q.exec();
        if (!q.next())
            return;
        mark = q.int64(0);
        last = q.int64(1);
    }
    if (last <= mark || (!all && last - mark < TermsBatch))
        return;
    for (qint64 from = mark; from < last; from += Chunk) {
        const qint64 to = std::min(last, from + Chunk);
        QHash<std::pair<qint64, QString>, qint64> counts;
        Statement q =
            session.prepare(u"SELECT created_at, title FROM tickets WHERE id > ? AND id <= ?"_s);
        q.bind(from).bind(to);
        q.exec();
        while (q.next()) {
            const qint64 day = kpi::dayOf(q.int64(0));
            for (const QString& term : titleTerms(q.text(1)))
                ++counts[{day, term}];
        }
        Statement upsert = session.prepare(
            u"INSERT INTO kpi_terms (day, term, n) VALUES (?, ?, ?) ON CONFLICT (day, term) "
            "DO UPDATE SET n = kpi_terms.n + excluded.n"_s);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            upsert.bind(it.key().first).bind(it.key().second).bind(*it);
            upsert.exec();
        }
        session.prepare(u"UPDATE kpi_state SET terms_to = ?"_s).bind(to).exec();
    }
}

void KpiRollup::reset(SqlSession& session)
{
    for (const QString& table : {u"kpi_daily"_s, u"kpi_hist"_s, u"kpi_tickets"_s, u"kpi_terms"_s})
        session.execute(u"DELETE FROM "_s + table);
    session.execute(u"UPDATE kpi_state SET events_to = 0, terms_to = 0"_s);
}

} // namespace frontline::server
