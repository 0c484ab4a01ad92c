#include "changeschedule.h"

#include "services/auditlog.h"
#include "services/cmdbservice.h"
#include "storage/cmdbrepository.h"
#include "storage/sqlsession.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

constexpr qint64 Week = 7LL * 24 * 3600 * 1000;
constexpr int MaxCalendarChanges = 500;
// The CIs a change's conflict check narrows the overlapping changes to (its CIs' dependencies).
constexpr int MaxRelatedCis = 5000;

} // namespace

ChangeSchedule::ChangeSchedule(SqlSession& session, const Principal& principal, qint64 now)
    : m_session(session)
    , m_principal(principal)
    , m_now(now)
{ }

QList<api::CiNode> ChangeSchedule::nodes(const QList<qint64>& ids)
{
    const QHash<qint64, api::CiNode> found = CmdbRepository(m_session).ciNodes(ids);
    QList<api::CiNode> result;
    for (qint64 id : ids) {
        if (found.contains(id))
            result.append(found.value(id));
    }
    return result;
}

std::optional<rpc::RpcError> ChangeSchedule::checkCis(const QList<qint64>& ids)
{
    const QList<qint64> existing = CmdbRepository(m_session).existingCis(ids);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!existing.contains(ids.at(i)))
            return rpc::RpcError::invalidParams(u"cis[%1]"_s.arg(i), u"no such CI"_s);
    }
    return std::nullopt;
}

api::ChangeWindow ChangeSchedule::present(const ChangeRepository::Window& window)
{
    api::ChangeWindow w = window.value;
    w.cis = nodes(window.cis);
    return w;
}

QList<ChangeRepository::Window>& ChangeSchedule::windows()
{
    if (!m_windows)
        m_windows = ChangeRepository(m_session).windows();
    return *m_windows;
}

ServiceResult ChangeSchedule::createWindow(const api::ChangeWindowCreateParams& params)
{
    if (auto problem = checkCis(params.cis))
        return *problem;
    ChangeRepository::Window w;
    w.value.name = params.name;
    w.value.kind = params.kind;
    w.value.start = params.start;
    w.value.end = params.end;
    w.value.repeat = params.repeat;
    w.value.until = params.until;
    w.value.updatedAt = m_now;
    w.cis = params.cis;
    w.value.id = ChangeRepository(m_session).insertWindow(w, m_now);
    const QJsonObject created = present(w).toJson();
    // Windows decide which changes conflict: who set them is the auditor's business.
    AuditLog(m_session, m_principal, m_now)
        .recordChange(u"change.window.create"_s, u"change_window"_s, QJsonValue(), created,
                      params.toJson());
    return Outcome(created);
}

ServiceResult ChangeSchedule::updateWindow(const api::ChangeWindowUpdateParams& params)
{
    ChangeRepository changes(m_session);
    auto w = changes.findWindow(params.id);
    if (!w)
        return rpc::RpcError::notFound(u"window"_s);
    const QJsonObject before = present(*w).toJson();
    if (params.cis) {
        if (auto problem = checkCis(*params.cis))
            return *problem;
        w->cis = *params.cis;
    }
    if (params.name)
        w->value.name = *params.name;
    if (params.kind)
        w->value.kind = *params.kind;
    if (params.start)
        w->value.start = *params.start;
    if (params.end)
        w->value.end = *params.end;
    if (params.repeat)
        w->value.repeat = *params.repeat;
    if (params.until.present)
        w->value.until = params.until.value;
    if (w->value.end <= w->value.start)
        return rpc::RpcError::invalidParams(u"end"_s, u"must be after start"_s);
    if (w->value.repeat == u"weekly"_s && w->value.end - w->value.start > Week)
        return rpc::RpcError::invalidParams(u"end"_s, u"a weekly window lasts at most 7 days"_s);
    if (w->value.until && w->value.repeat != u"weekly"_s)
        return rpc::RpcError::invalidParams(u"until"_s, u"is only for weekly windows"_s);
    w->value.updatedAt = m_now;
    changes.updateWindow(*w, m_now);
    const QJsonObject after = present(*w).toJson();
    AuditLog(m_session, m_principal, m_now)
        .recordChange(u"change.window.update"_s, u"change_window"_s, before, after,
                      params.toJson());
    return Outcome(after);
}

ServiceResult ChangeSchedule::deleteWindow(qint64 id)
{
    ChangeRepository changes(m_session);
    const auto w = changes.findWindow(id);
    if (!w || !changes.deleteWindow(id))
        return rpc::RpcError::notFound(u"window"_s);
    AuditLog(m_session, m_principal, m_now)
        .recordChange(u"change.window.delete"_s, u"change_window"_s, present(*w).toJson(),
                      QJsonValue(), QJsonObject {{"id"_L1, id}});
    return Outcome(api::ChangeWindowDeleted {id, true});
}

ServiceResult ChangeSchedule::listWindows()
{
    api::ChangeWindowList list;
    for (const ChangeRepository::Window& w : windows())
        list.items.append(present(w));
    return Outcome(list.toJson());
}

QList<std::pair<qint64, qint64>> ChangeSchedule::occurrences(const api::ChangeWindow& window,
                                                             qint64 from, qint64 to)
{
    QList<std::pair<qint64, qint64>> result;
    const qint64 length = window.end - window.start;
    if (window.repeat != u"weekly"_s) {
        if (window.start < to && window.end > from)
            result.append({window.start, window.end});
        return result;
    }
    // The first occurrence that may end after `from`.
    qint64 k = from > window.end ? (from - window.end) / Week : 0;
    for (;; ++k) {
        const qint64 start = window.start + k * Week;
        if (start >= to || (window.until && start > *window.until))
            break;
        if (start + length > from)
            result.append({start, start + length});
    }
    return result;
}

QSet<qint64> ChangeSchedule::reach(const QList<qint64>& ids)
{
    QSet<qint64> all;
    for (qint64 id : ids) {
        if (!m_reach.contains(id)) {
            QSet<qint64> reached {id};
            api::CiNode start;
            start.id = id;
            const api::CiImpact impact =
                CmdbService::walk(m_session, start, api::DefaultImpactDepth, 2000);
            for (const api::CiNode& node : impact.cis)
                reached.insert(node.id);
            m_reach.insert(id, reached);
        }
        all.unite(m_reach.value(id));
    }
    return all;
}

std::optional<QSet<qint64>> ChangeSchedule::reachedFrom(const QList<qint64>& ids, int limit)
{
    QSet<qint64> seen(ids.begin(), ids.end());
    QList<qint64> frontier = ids;
    CmdbRepository cmdb(m_session);
    bool within = true;
    for (int level = 1; level <= api::DefaultImpactDepth && !frontier.isEmpty() && within;
         ++level) {
        QList<qint64> next;
        cmdb.dependencies(frontier, [&](qint64 id) {
            if (seen.contains(id))
                return true;
            if (seen.size() >= limit)
                return within = false;
            seen.insert(id);
            next.append(id);
            return true;
        });
        frontier = next;
    }
    if (!within)
        return std::nullopt;
    return seen;
}

api::ChangeImpact ChangeSchedule::impactOf(const QList<api::CiNode>& cis)
{
    api::ChangeImpact result;
    if (cis.isEmpty())
        return result;
    const int limit = std::max(200, api::DefaultImpactNodes / int(cis.size()));
    QSet<qint64> services;
    QSet<qint64> users;
    QSet<qint64> orgs;
    for (const api::CiNode& ci : cis) {
        const api::CiImpact impact =
            CmdbService::walk(m_session, ci, api::DefaultImpactDepth, limit);
        result.truncated = result.truncated || impact.truncated;
        for (const api::CiNode& node : impact.services) {
            if (!services.contains(node.id)) {
                services.insert(node.id);
                result.services.append(node);
            }
        }
        for (const api::CiNode& node : impact.users) {
            if (!users.contains(node.id)) {
                users.insert(node.id);
                result.users.append(node);
            }
        }
        for (const api::CiNode& node : impact.organisations) {
            if (!orgs.contains(node.id)) {
                orgs.insert(node.id);
                result.organisations.append(node);
            }
        }
    }
    result.userCount = int(result.users.size());
    return result;
}

QList<api::ChangeConflict> ChangeSchedule::conflictsOf(qint64 changeId, qint64 start, qint64 end,
                                                       const QList<api::CiNode>& cis)
{
    QList<api::ChangeConflict> conflicts;
    QList<qint64> mine;
    QHash<qint64, api::CiNode> byId;
    for (const api::CiNode& ci : cis) {
        mine.append(ci.id);
        byId.insert(ci.id, ci);
    }
    const QSet<qint64> myReach = reach(mine);
    CmdbRepository cmdb(m_session);

    // 1. Other changes at overlapping times on the same or dependent CIs. Only those on a CI
    // that can conflict are read: one that depends on ours (our reach) or one ours depends on
    // (whose reach holds ours); each is then checked as before. Past the bound of that second
    // walk, every change at the time is checked.
    QList<ChangeRepository::Scheduled> overlapping;
    if (!mine.isEmpty()) {
        ChangeRepository::ScheduleQuery query {start, end, {}, std::nullopt, MaxCalendarChanges};
        if (const auto upstream = reachedFrom(mine, MaxRelatedCis)) {
            QSet<qint64> related = myReach;
            related.unite(*upstream);
            query.cis = QList<qint64>(related.begin(), related.end());
            std::sort(query.cis.begin(), query.cis.end());
        }
        overlapping = ChangeRepository(m_session).scheduled(query);
    }
    for (const auto& other : std::as_const(overlapping)) {
        if (other.id == changeId)
            continue;
        const QList<api::CiNode> theirs = cmdb.ticketCis(other.id);
        std::optional<api::CiNode> through;
        for (const api::CiNode& ci : theirs) {
            if (myReach.contains(ci.id)) { // same CI, or one depending on ours
                through = byId.value(ci.id, ci);
                break;
            }
        }
        if (!through) {
            QList<qint64> theirIds;
            for (const api::CiNode& ci : theirs)
                theirIds.append(ci.id);
            const QSet<qint64> theirReach = reach(theirIds);
            for (const api::CiNode& ci : cis) {
                if (theirReach.contains(ci.id)) { // ours depends on theirs
                    through = ci;
                    break;
                }
            }
        }
        if (!through)
            continue;
        api::ChangeConflict c;
        c.kind = u"overlap"_s;
        c.change = other.id;
        c.changeTitle = other.title;
        c.ci = *through;
        c.start = std::max(start, other.start);
        c.end = std::min(end, other.end);
        conflicts.append(c);
    }

    // 2. and 3. Windows: maintenance of our CIs (or global), freezes on us or dependents.
    const auto appliesTo = [](const ChangeRepository::Window& w,
                              const QSet<qint64>& set) -> std::optional<qint64> {
        for (qint64 id : w.cis) {
            if (set.contains(id))
                return id;
        }
        return std::nullopt;
    };
    const QSet<qint64> mineSet(mine.begin(), mine.end());
    std::optional<ChangeRepository::Window> firstMaintenance;
    bool contained = false;
    for (const ChangeRepository::Window& w : windows()) {
        if (w.value.kind == u"maintenance"_s) {
            if (!w.cis.isEmpty() && !appliesTo(w, mineSet))
                continue;
            if (!firstMaintenance)
                firstMaintenance = w;
            for (const auto& [from, to] : occurrences(w.value, start, end)) {
                if (from <= start && to >= end)
                    contained = true;
            }
            continue;
        }
        const std::optional<qint64> on = appliesTo(w, myReach);
        if (!w.cis.isEmpty() && !on)
            continue;
        for (const auto& [from, to] : occurrences(w.value, start, end)) {
            api::ChangeConflict c;
            c.kind = u"freeze"_s;
            c.window = w.value.id;
            c.windowName = w.value.name;
            if (on)
                c.ci = byId.contains(*on) ? byId.value(*on)
                                          : cmdb.ciNodes({*on}).value(*on, api::CiNode {});
            c.start = std::max(start, from);
            c.end = std::min(end, to);
            conflicts.append(c);
        }
    }
    if (firstMaintenance && !contained) {
        api::ChangeConflict c;
        c.kind = u"outside_window"_s;
        c.window = firstMaintenance->value.id;
        c.windowName = firstMaintenance->value.name;
        c.start = start;
        c.end = end;
        conflicts.append(c);
    }
    return conflicts;
}

ServiceResult ChangeSchedule::calendar(const api::ChangeCalendarParams& params)
{
    if (params.cis) {
        if (auto problem = checkCis(*params.cis))
            return *problem;
    }
    const QSet<qint64> filter =
        params.cis ? QSet<qint64>(params.cis->begin(), params.cis->end()) : QSet<qint64>();
    api::ChangeCalendar result;
    CmdbRepository cmdb(m_session);
    // One more than the page: whether another follows. The CI filter is in the query, so that
    // a page holds `limit` changes of those CIs however many others the range has.
    ChangeRepository::ScheduleQuery query {params.from, params.to,
                                           params.cis.value_or(QList<qint64>()), std::nullopt,
                                           params.limit + 1};
    if (params.after)
        query.after = std::pair {params.after->start, params.after->id};
    QList<ChangeRepository::Scheduled> page;
    if (!params.cis || !params.cis->isEmpty()) // an empty list: no CI, so no change
        page = ChangeRepository(m_session).scheduled(query);
    if (page.size() > params.limit) {
        page.resize(params.limit);
        result.nextCursor = api::ChangeCalendarParams::cursorOf(page.last().start, page.last().id);
    }
    for (const auto& s : std::as_const(page)) {
        api::ChangeSlot slot;
        slot.id = s.id;
        slot.title = s.title;
        slot.kind = s.kind;
        slot.status = s.status;
        slot.open = s.open;
        slot.riskLevel = s.riskLevel;
        slot.plannedStart = s.start;
        slot.plannedEnd = s.end;
        slot.cis = cmdb.ticketCis(s.id);
        if (params.cis) {
            bool touches = false;
            for (const api::CiNode& ci : std::as_const(slot.cis))
                touches = touches || filter.contains(ci.id);
            if (!touches)
                continue;
        }
        for (const api::ChangeConflict& c : conflictsOf(s.id, s.start, s.end, slot.cis))
            result.conflicts.append({s.id, c});
        slot.conflictCount = int(std::count_if(result.conflicts.begin(), result.conflicts.end(),
                                               [&](const auto& c) { return c.change == s.id; }));
        result.changes.append(slot);
    }
    for (const ChangeRepository::Window& w :
         params.after ? QList<ChangeRepository::Window>() : windows()) {
        if (params.cis && !w.cis.isEmpty()) {
            bool touches = false;
            for (qint64 id : w.cis)
                touches = touches || filter.contains(id);
            if (!touches)
                continue;
        }
        const QList<api::CiNode> cis = nodes(w.cis);
        for (const auto& [from, to] : occurrences(w.value, params.from, params.to))
            result.windows.append({w.value.id, w.value.name, w.value.kind, from, to, cis});
    }
    std::sort(result.windows.begin(), result.windows.end(),
              [](const auto& a, const auto& b) { return a.start < b.start; });
    return Outcome(result.toJson());
}

} // namespace frontline::server
