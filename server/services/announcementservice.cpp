#include "announcementservice.h"

#include "api/methods.h"
#include "api/selfserviceresults.h"
#include "auth/policy.h"
#include "storage/announcementrepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

constexpr int ListLimit = 100;

PushEvent broadcast(QLatin1StringView method, const Announcement& announcement)
{
    PushEvent event;
    event.topic = QString(api::topic::Announcements);
    event.method = QString(method);
    event.params = rpc::JsonPayload(announcement.toJson());
    event.broadcast = true;
    event.internal = announcement.audience == u"staff"_s; // staff only
    return event;
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
    a.id = AnnouncementRepository(m_session).insert(a);
    Outcome outcome(a);
    outcome.events.append(broadcast(api::notification::AnnouncementPublished, a));
    return outcome;
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
    Outcome outcome(*a);
    outcome.events.append(broadcast(api::notification::AnnouncementWithdrawn, *a));
    return outcome;
}

ServiceResult AnnouncementService::list(const api::AnnouncementListParams& params)
{
    const bool staff = policy::canSeeInternal(m_principal);
    if (params.includeEnded && !staff)
        return rpc::RpcError::forbidden(u"staff_only"_s, u"include_ended"_s);
    const QStringList audiences = staff ? QStringList {u"everyone"_s, u"requesters"_s, u"staff"_s}
                                        : QStringList {u"everyone"_s, u"requesters"_s};
    return Outcome(api::AnnouncementList {
        AnnouncementRepository(m_session).list(audiences, m_now, params.includeEnded, ListLimit)});
}

} // namespace frontline::server
