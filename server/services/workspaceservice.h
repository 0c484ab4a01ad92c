#pragma once

#include "api/workspaceapi.h"
#include "auth/principal.h"
#include "services/outcome.h"

namespace frontline::server {

class SqlSession;

// The agents' workspace: canned responses (shared, managed by admins) and saved views (each
// user's own named queries).
class WorkspaceService
{
public:
    WorkspaceService(SqlSession& session, const Principal& principal, qint64 now);

    ServiceResult listCanned();
    ServiceResult createCanned(const api::CannedCreateParams& params);
    ServiceResult updateCanned(const api::CannedUpdateParams& params);
    ServiceResult deleteCanned(qint64 id);

    ServiceResult listViews();
    ServiceResult saveView(const api::ViewSaveParams& params);
    ServiceResult deleteView(qint64 id);

private:
    SqlSession& m_session;
    const Principal& m_principal;
    qint64 m_now;
};

} // namespace frontline::server
