#include "announcementservice.h"

#include "api/methods.h"
#include "api/selfserviceresults.h"
#include "auth/policy.h"
#include "services/cmdbservice.h"
#include "storage/announcementrepository.h"
#include "storage/cmdbrepository.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

constexpr int ListLimit = 100;

const QString Affected = u"affected"_s;

PushEvent broadcast(QLatin1StringView method, const Announcement& announcement)
{
    PushEvent event;
    event.topic = QString(api::topic::Announcements);
    event.method = QString(method);
    event.params = rpc::JsonPayload(announcement.toJson());
    event.broadcast = true;
    // Staff only: staff news, and the staff's copy of an announcement for affected users.
    event.internal = announcement.audience == u"staff"_s || announcement.audience == Affected;
    return event;
}

// Staff hear every announcement; the requesters it reached hear an `affected` one, without the
// staff-only count.
QList<PushEvent> pushes(QLatin1StringView method, const Announcement& announcement,
                        const QList<qint64>& requesters)
{
    QList<PushEvent> events {broadcast(method, announcement)};
    if (announcement.audience == Affected && !requesters.isEmpty()) {
        Announcement theirs = announcement;
        theirs.recipients.reset();
        PushEvent event;
        event.topic = QString(api::topic::Announcements);
        event.method = QString(method);
        event.params = rpc::JsonPayload(theirs.toJson());
        event.recipients = requesters;
        events.append(event);
    }
    return events;
}

} // namespace

AnnouncementService::AnnouncementService(SqlSession& session, const Principal& principal,
                                         qint64 now)
    : m_session(session)
    , m_principal(principal)
    , m_now(now)
{ }

ServiceResult AnnouncementService::publish(const api::AnnouncementPublishParams& params)
{
    if (params.endsAt && *params.endsAt <= m_now)
        return rpc::RpcError::invalidParams(u"ends_at"_s, u"must be in the future"_s);
    Announcement a;
    a.kind = params.kind;
    a.title = params.title;
    a.body = params.body;
    a.audience = params.audience;
    a.startsAt = params.startsAt.value_or(m_now);
    a.endsAt = params.endsAt;
    a.author = m_principal.ref();
    a.publishedAt = m_now;
    QHash<qint64, bool> people; // reached: whether staff
    if (a.audience == Affected) {
        auto reached = affected(params.cis);
        if (!reached)
            return reached.error();
        a.cis = reached->cis;
        a.services = reached->services;
        people = reached->people;
    }
    AnnouncementRepository announcements(m_session);
    a.id = announcements.insert(a);
    QList<qint64> requesters;
    if (a.audience == Affected) {
        QList<qint64> ids = people.keys();
        std::sort(ids.begin(), ids.end());
        announcements.setCis(a.id, params.cis);
        QList<qint64> services;
        for (const Announcement::Ci& service : std::as_const(a.services))
            services.append(service.id);
        announcements.setServices(a.id, services);
        announcements.setRecipients(a.id, ids);
        a.recipients = int(ids.size());
        for (qint64 id : std::as_const(ids)) {
            if (!people.value(id))
                requesters.append(id);
        }
    }
    Outcome outcome(a);
    outcome.events = pushes(api::notification::AnnouncementPublished, a, requesters);
    return outcome;
}

ServiceResult AnnouncementService::reach(const api::AnnouncementReachParams& params)
{
    auto reached = affected(params.cis);
    if (!reached)
        return reached.error();
    api::AnnouncementReach result;
    result.services = reached->services;
    result.people = int(reached->people.size());
    result.truncated = reached->truncated;
    return Outcome(result.toJson());
}

Result<AnnouncementService::Reach, rpc::RpcError>
AnnouncementService::affected(const QList<qint64>& ciIds)
{
    Reach reach;
    CmdbRepository cmdb(m_session);
    const QHash<qint64, api::CiNode> nodes = cmdb.ciNodes(ciIds);
    // The walk's bound per CI, as a change's impact shares it among its CIs.
    const int limit =
        std::max(200, api::DefaultImpactNodes / int(std::max<qsizetype>(1, ciIds.size())));
    QSet<qint64> users;
    QSet<qint64> orgs;
    QSet<qint64> services;
    for (qsizetype i = 0; i < ciIds.size(); ++i) {
        const auto node = nodes.constFind(ciIds.at(i));
        if (node == nodes.constEnd())
            return rpc::RpcError::invalidParams(u"cis[%1]"_s.arg(i), u"no such CI"_s);
        reach.cis.append({node->id, node->name, node->ciClass});
        const api::CiImpact impact =
            CmdbService::walk(m_session, *node, api::DefaultImpactDepth, limit);
        for (const api::CiNode& user : impact.users)
            users.insert(user.id);
        for (const api::CiNode& org : impact.organisations)
            orgs.insert(org.id);
        // A chosen service is affected itself; the walk lists what depends on it.
        QList<api::CiNode> found = impact.services;
        if (node->ciClass == u"service"_s)
            found.prepend(*node);
        for (const api::CiNode& service : std::as_const(found)) {
            if (!services.contains(service.id)) {
                services.insert(service.id);
                reach.services.append({service.id, service.name, service.ciClass});
            }
        }
        reach.truncated = reach.truncated || impact.truncated;
    }
    std::sort(reach.services.begin(), reach.services.end(),
              [](const Announcement::Ci& a, const Announcement::Ci& b) {
                  return a.name.localeAwareCompare(b.name) < 0;
              });
    reach.people = cmdb.activePeople(users.values(), orgs.values());
    return reach;
}

ServiceResult AnnouncementService::withdraw(qint64 id)
{
    AnnouncementRepository announcements(m_session);
    auto a = announcements.find(id);
    if (!a)
        return rpc::RpcError::notFound(u"announcement"_s);
    if (a->author.id != m_principal.userId && !policy::allows(&m_principal, Access::Manager))
        return rpc::RpcError::forbidden(u"not_author"_s, u"id"_s);
    if (a->withdrawnAt)
        return rpc::RpcError::conflict(u"already_withdrawn"_s, QJsonObject {{"field"_L1, u"id"_s}});
    announcements.withdraw(id, m_now);
    a->withdrawnAt = m_now;
    QList<Announcement> one {*a};
    announcements.loadDetails(one, true);
    const QList<qint64> requesters =
        a->audience == Affected ? announcements.requesterRecipients(id) : QList<qint64>();
    Outcome outcome(one.constFirst());
    outcome.events = pushes(api::notification::AnnouncementWithdrawn, one.constFirst(), requesters);
    return outcome;
}

ServiceResult AnnouncementService::list(const api::AnnouncementListParams& params)
{
    const bool staff = policy::canSeeInternal(m_principal);
    if (params.includeEnded && !staff)
        return rpc::RpcError::forbidden(u"staff_only"_s, u"include_ended"_s);
    AnnouncementRepository announcements(m_session);
    // Staff see every announcement; a requester the general ones and those that reached them.
    QList<Announcement> items = staff
        ? announcements.list({u"everyone"_s, u"requesters"_s, u"staff"_s, Affected}, std::nullopt,
                             m_now, params.includeEnded, ListLimit)
        : announcements.list({u"everyone"_s, u"requesters"_s}, m_principal.userId, m_now,
                             params.includeEnded, ListLimit);
    announcements.loadDetails(items, staff);
    return Outcome(api::AnnouncementList {items});
}

} // namespace frontline::server
