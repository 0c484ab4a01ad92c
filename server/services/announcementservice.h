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

private:
    // The CIs (named: as the announcement shows them) and the active people their impact walks
    // reach: the users of the dependent services and the members of the organisations, each
    // with whether they are staff; or the problem naming `cis[i]`.
    Result<QHash<qint64, bool>, rpc::RpcError> affectedPeople(const QList<qint64>& ciIds,
                                                              QList<Announcement::Ci>& named);

    SqlSession& m_session;
    const Principal& m_principal;
    qint64 m_now;
};

} // namespace frontline::server
