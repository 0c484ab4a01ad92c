#pragma once

#include "api/selfserviceapi.h"
#include "auth/principal.h"
#include "domain/announcement.h"
#include "services/outcome.h"

#include <QHash>
#include <QList>

namespace frontline::server {

class SqlSession;

// Announcements (planned maintenance, outages, news): staff publish them for an audience and a
// time window; every connected client in the audience hears of it at once
// (announcement.published), and of its withdrawal. An announcement for the users of the
// affected services (audience affected) reaches, once at publish, the users and organisation
// members that the impact walks from its CIs find; they and staff hear and list it.
class AnnouncementService
{
public:
    AnnouncementService(SqlSession& session, const Principal& principal, qint64 now);

    ServiceResult publish(const api::AnnouncementPublishParams& params);
    ServiceResult withdraw(qint64 id);
    ServiceResult list(const api::AnnouncementListParams& params);
    // announcement.reach: the preview of an `affected` announcement on these CIs.
    ServiceResult reach(const api::AnnouncementReachParams& params);

private:
    // What an `affected` announcement on some CIs reaches.
    struct Reach
    {
        QList<Announcement::Ci> cis; // the CIs, named as the announcement shows them
        QList<Announcement::Ci> services; // the services the walks found (a CI may be one)
        QHash<qint64, bool> people; // the active people reached: whether staff
        bool truncated = false; // a walk's bound cut it short
    };
    // The active people the CIs' impact walks reach: the users of the dependent services and
    // the members of the organisations; or the problem naming `cis[i]`.
    Result<Reach, rpc::RpcError> affected(const QList<qint64>& ciIds);

    SqlSession& m_session;
    const Principal& m_principal;
    qint64 m_now;
};

} // namespace frontline::server
