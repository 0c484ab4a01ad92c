#pragma once

#include "api/selfserviceapi.h"
#include "auth/principal.h"
#include "services/outcome.h"

namespace frontline::server {

class SqlSession;

// Announcements (planned maintenance, outages, news): staff publish them for an audience and a
// time window; every connected client in the audience hears of it at once
// (announcement.published), and of its withdrawal.
class AnnouncementService
{
public:
    AnnouncementService(SqlSession& session, const Principal& principal, qint64 now);

    ServiceResult publish(const api::AnnouncementPublishParams& params);
    ServiceResult withdraw(qint64 id);
    ServiceResult list(const api::AnnouncementListParams& params);

private:
    SqlSession& m_session;
    const Principal& m_principal;
    qint64 m_now;
};

} // namespace frontline::server
