#include "kpirollup.h"

#include "cluster/eventhorizon.h"
#include "reports/kpifacts.h"
#include "reports/kpistore.h"
#include "reports/kpiticketstate.h"
#include "reports/titleterms.h"
#include "storage/sqlsession.h"
#include "workflow/workflowconfig.h"

#include <QDateTime>
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
    qint64 org = kpi::None; // fixed when the ticket is raised
};

using State = KpiTicketState;

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

} // namespace

// One pass over a chunk of events: the facts they imply, summed per rollup row, and the
// tickets' states after them.
class KpiRollupPass
{
public:
    KpiRollupPass(SqlSession& session, const WorkflowConfig& workflow)
        : m_session(session)
        , m_workflow(workflow)
    { }

    KpiRollupPlan run(qint64 from, qint64 to, bool reachesTail);

private:
    void loadEvents(qint64 from, qint64 to);
    void loadTickets(bool reachesTail);
    void initialise(qint64 ticket);
    void apply(const Event& e, State& s, const TicketRow& row);
    void changeStatus(const Event& e, State& s, const TicketRow& row, qint64 day);
    void resolve(const Event& e, State& s, const TicketRow& row, qint64 day);
    void respond(State& s, const TicketRow& row);
    void rate(const Event& e, State& s, qint64 day);
    qint64 categoryId(const QString& nameJson);
    const BusinessCalendar& calendar(const TicketRow& row) const;
    const LifecycleState* lifecycleState(const QString& type, const QString& status) const;

    void add(qint64 day, const Dims& d, kpi::Counter counter, qint64 value)
    {
        m_sums.add(day, d, counter, value);
    }
    void addDuration(qint64 day, const Dims& d, kpi::Metric metric, qint64 seconds)
    {
        m_sums.addDuration(day, d, metric, seconds);
    }
    SqlSession& m_session;
    const WorkflowConfig& m_workflow;
    QList<Event> m_events;
    QHash<qint64, TicketRow> m_rows;
    KpiTicketStates m_states;
    // Tickets met for the first time: the old value of the first change of each field.
    QHash<qint64, QHash<QString, QString>> m_firstOld;
    KpiFactSums m_sums;
    std::optional<QHash<QString, qint64>> m_categories;
};

KpiRollupPlan KpiRollupPass::run(qint64 from, qint64 to, bool reachesTail)
{
    loadEvents(from, to);
    loadTickets(reachesTail);
    for (const Event& e : std::as_const(m_events)) {
        auto row = m_rows.constFind(e.ticket);
        if (row == m_rows.constEnd())
            continue; // cannot happen: events reference their ticket
        if (!m_states.contains(e.ticket))
            initialise(e.ticket);
        apply(e, m_states[e.ticket], *row);
    }
    KpiRollupPlan plan(from, to);
    plan.m_events = m_events.size();
    m_sums.prepare(m_session);
    plan.m_sums = std::make_unique<KpiFactSums>(std::move(m_sums));
    plan.m_states = std::make_unique<KpiTicketStates>(std::move(m_states));
    return plan;
}

void KpiRollupPass::loadEvents(qint64 from, qint64 to)
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

void KpiRollupPass::loadTickets(bool reachesTail)
{
    QList<qint64> ids;
    for (const Event& e : std::as_const(m_events)) {
        if (ids.isEmpty() || ids.constLast() != e.ticket)
            ids.append(e.ticket);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    forIdsIn(m_session, ids,
             u"SELECT id, type, status, COALESCE(group_id, 0), COALESCE(category_id, 0), "
             "COALESCE(assignee_id, 0), created_at, first_response_at, response_due, resolve_due, "
             "sla_policy_id, COALESCE(org_id, 0) FROM tickets WHERE id"_s,
             [this](Statement& q) {
                 m_rows.insert(q.int64(0),
                               TicketRow {q.text(1), q.text(2), q.int64(3), q.int64(4), q.int64(5),
                                          q.int64(6), q.optionalInt64(7), q.optionalInt64(8),
                                          q.optionalInt64(9), q.optionalInt64(10), q.int64(11)});
             });
    // A ticket whose creation is in this pass has no state yet: only the others are looked up.
    QList<qint64> created;
    for (const Event& e : std::as_const(m_events)) {
        if (e.kind == u"created"_s)
            created.append(e.ticket);
    }
    std::sort(created.begin(), created.end());
    QList<qint64> known;
    known.reserve(ids.size());
    std::set_difference(ids.cbegin(), ids.cend(), created.cbegin(), created.cend(),
                        std::back_inserter(known));
    m_states.load(m_session, known);
    // kpi_tickets does not keep the organisation: it is the ticket's own, which never changes.
    for (qint64 id : std::as_const(known)) {
        if (!m_states.contains(id))
            continue;
        KpiTicketState& s = m_states[id];
        const qint64 org = m_rows.value(id).org;
        for (kpi::Dims* d : {&s.createdDims, &s.dims, &s.resolvedDims, &s.ratingDims})
            d->org = org;
    }

    // The tickets met for the first time: their values at creation are their current ones
    // with every later change undone (the first change of each field holds the value it had
    // before). When the pass reaches the log's end, all of those changes are in it.
    QList<qint64> fresh;
    for (qint64 id : std::as_const(ids)) {
        if (!m_states.contains(id))
            fresh.append(id);
    }
    const auto note = [this](qint64 ticket, const QString& field, const QString& old) {
        QHash<QString, QString>& first = m_firstOld[ticket];
        if (!first.contains(field))
            first.insert(field, old);
    };
    if (reachesTail) {
        for (const Event& e : std::as_const(m_events)) {
            if (e.kind == u"change"_s && !m_states.contains(e.ticket))
                note(e.ticket, e.field, e.oldValue);
        }
        return;
    }
    forIdsIn(
        m_session, fresh,
        u"SELECT ticket_id, field, old_value FROM ticket_events WHERE kind = 'change' AND "
        "field IN ('status', 'group', 'category', 'type', 'assignee') AND ticket_id"_s,
        [&note](Statement& q) { note(q.int64(0), q.text(1), q.text(2)); },
        u" ORDER BY ticket_id, id"_s);
}

// A ticket met for the first time, as it was created.
void KpiRollupPass::initialise(qint64 ticket)
{
    const TicketRow& row = m_rows[ticket];
    const QHash<QString, QString> firstOld = m_firstOld.value(ticket);
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
    s.dims.org = row.org;
    const LifecycleState* state = lifecycleState(s.dims.type, s.status);
    s.open = state && state->open;
    s.createdDims = s.dims;
    s.firstAgent = s.dims.agent;
    m_states.add(ticket, s);
}

qint64 KpiRollupPass::categoryId(const QString& nameJson)
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

const BusinessCalendar& KpiRollupPass::calendar(const TicketRow& row) const
{
    const SlaPolicy* policy = row.slaPolicyId ? m_workflow.sla.policy(*row.slaPolicyId) : nullptr;
    return m_workflow.sla.calendarOf(policy ? policy->calendarId : std::nullopt);
}

const LifecycleState* KpiRollupPass::lifecycleState(const QString& type,
                                                    const QString& status) const
{
    const auto ticketType = ticketTypeFromString(type);
    return m_workflow.lifecycles.of(ticketType.value_or(TicketType::Incident)).state(status);
}

void KpiRollupPass::apply(const Event& e, State& s, const TicketRow& row)
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

void KpiRollupPass::changeStatus(const Event& e, State& s, const TicketRow& row, qint64 day)
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

void KpiRollupPass::resolve(const Event& e, State& s, const TicketRow& row, qint64 day)
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

void KpiRollupPass::respond(State& s, const TicketRow& row)
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
void KpiRollupPass::rate(const Event& e, State& s, qint64 day)
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

KpiRollupPlan::KpiRollupPlan(qint64 from, qint64 to)
    : m_from(from)
    , m_to(to)
{ }

KpiRollupPlan::~KpiRollupPlan() = default;
KpiRollupPlan::KpiRollupPlan(KpiRollupPlan&&) noexcept = default;
KpiRollupPlan& KpiRollupPlan::operator=(KpiRollupPlan&&) noexcept = default;

bool KpiRollupPlan::apply(SqlSession& session) const
{
    // Moving a mark first claims what it covers: a concurrent pass (another server on the same
    // PostgreSQL) waits on the row and then finds it moved.
    const auto claim = [&session](const QString& mark, qint64 from, qint64 to) {
        Statement q = session.prepare(u"UPDATE kpi_state SET %1 = ? WHERE %1 = ?"_s.arg(mark));
        q.bind(to).bind(from);
        q.exec();
        return q.rowsAffected() == 1;
    };
    bool whole = true;
    if (m_to > m_from) {
        if (claim(u"events_to"_s, m_from, m_to)) {
            m_sums->write(session);
            m_states->write(session);
        } else {
            whole = false;
        }
    }
    if (m_termsTo > m_termsFrom) {
        if (claim(u"terms_to"_s, m_termsFrom, m_termsTo))
            writeTermCounts(session, m_terms->counts);
        else
            whole = false;
    }
    return whole;
}

std::optional<KpiRollupPlan> KpiRollup::plan(SqlSession& session, const WorkflowConfig& workflow,
                                             int chunk)
{
    qint64 mark = 0;
    qint64 last = 0;
    qint64 termsMark = 0;
    qint64 lastTicket = 0;
    {
        Statement q = session.prepare(
            u"SELECT events_to, (SELECT COALESCE(MAX(id), 0) FROM ticket_events), terms_to, "
            "(SELECT COALESCE(MAX(id), 0) FROM tickets) FROM kpi_state"_s);
        q.exec();
        if (!q.next())
            return std::nullopt;
        mark = q.int64(0);
        last = q.int64(1);
        termsMark = q.int64(2);
        lastTicket = q.int64(3);
    }
    if (last <= mark && lastTicket <= termsMark)
        return std::nullopt;
    chunk = std::max(1, chunk);
    // Several servers: not past an event another server has yet to commit.
    const qint64 to = cluster::settledEvents(session, mark, std::min(last, mark + chunk),
                                             QDateTime::currentMSecsSinceEpoch());
    if (to <= mark && lastTicket <= termsMark)
        return std::nullopt;
    KpiRollupPlan plan = to > mark ? KpiRollupPass(session, workflow).run(mark, to, to == last)
                                   : KpiRollupPlan(mark, mark);
    // The words of the new tickets' titles (top affected items).
    if (lastTicket > termsMark) {
        plan.m_termsFrom = termsMark;
        // A ticket brings about nine events and a few dozen terms: titles are read at an eighth
        // of the events' pace, so that a pass's writes stay balanced (and short) in a rebuild.
        plan.m_termsTo = std::min(lastTicket, termsMark + std::max(1, chunk / 8));
        plan.m_terms = std::make_unique<KpiTermCounts>();
        Statement q =
            session.prepare(u"SELECT created_at, title FROM tickets WHERE id > ? AND id <= ?"_s);
        q.bind(plan.m_termsFrom).bind(plan.m_termsTo);
        q.exec();
        TitleTermScanner scanner;
        while (q.next()) {
            const qint64 day = kpi::dayOf(q.int64(0));
            for (QStringView term : scanner.scan(q.text(1)))
                ++plan.m_terms->counts[{day, term.toString()}];
        }
    }
    return plan;
}

qint64 KpiRollup::catchUp(SqlSession& session, const WorkflowConfig& workflow, int chunk)
{
    qint64 done = 0;
    while (auto next = plan(session, workflow, chunk)) {
        if (next->apply(session))
            done += next->events();
    }
    return done;
}

qint64 KpiRollup::pending(SqlSession& session)
{
    Statement q = session.prepare(
        u"SELECT (SELECT COALESCE(MAX(id), 0) FROM ticket_events) - events_to FROM kpi_state"_s);
    q.exec();
    return q.next() ? q.int64(0) : 0;
}

void KpiRollup::reset(SqlSession& session)
{
    for (const QString& table :
         {u"kpi_rollups"_s, u"kpi_durations"_s, u"kpi_tickets"_s, u"kpi_terms"_s})
        session.execute(u"DELETE FROM "_s + table);
    session.execute(u"UPDATE kpi_state SET events_to = 0, terms_to = 0"_s);
}

} // namespace frontline::server
