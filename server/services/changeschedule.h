#pragma once

#include "api/changeapi.h"
#include "auth/principal.h"
#include "services/outcome.h"
#include "storage/changerepository.h"

#include <QHash>
#include <QSet>

namespace frontline::server {

class SqlSession;

// The time side of change management: maintenance and freeze windows (change.window.*), the
// change calendar, the impact of a change's CIs and the conflicts of its schedule. Conflicts are
// computed when asked, never stored (so never stale): overlap with another change on the same
// or a dependent CI (the ci.impact walk, bounded and cycle-safe, both ways), a schedule outside
// every maintenance window of its CIs, a freeze over it.
class ChangeSchedule
{
public:
    ChangeSchedule(SqlSession& session, const Principal& principal, qint64 now);

    ServiceResult createWindow(const api::ChangeWindowCreateParams& params);
    ServiceResult updateWindow(const api::ChangeWindowUpdateParams& params);
    ServiceResult deleteWindow(qint64 id);
    ServiceResult listWindows();
    ServiceResult calendar(const api::ChangeCalendarParams& params);

    // The union of ci.impact over the CIs (each walk bounded; `truncated` when one was cut).
    api::ChangeImpact impactOf(const QList<api::CiNode>& cis);
    // The conflicts of change `changeId` scheduled [start, end) on `cis`.
    QList<api::ChangeConflict> conflictsOf(qint64 changeId, qint64 start, qint64 end,
                                           const QList<api::CiNode>& cis);
    // The occurrences of a window overlapping [from, to) (weekly ones expanded).
    static QList<std::pair<qint64, qint64>> occurrences(const api::ChangeWindow& window,
                                                        qint64 from, qint64 to);

private:
    // The CIs `ids` reach in the impact walk, the CIs themselves included.
    QSet<qint64> reach(const QList<qint64>& ids);
    // The CIs whose impact walk reaches one of `ids` (what they depend on, as deep as the walk
    // goes), the CIs themselves included; nullopt past `limit` CIs.
    std::optional<QSet<qint64>> reachedFrom(const QList<qint64>& ids, int limit);
    QList<api::CiNode> nodes(const QList<qint64>& ids);
    std::optional<rpc::RpcError> checkCis(const QList<qint64>& ids);
    api::ChangeWindow present(const ChangeRepository::Window& window);
    QList<ChangeRepository::Window>& windows();

    SqlSession& m_session;
    const Principal& m_principal;
    qint64 m_now;
    std::optional<QList<ChangeRepository::Window>> m_windows;
    QHash<qint64, QSet<qint64>> m_reach; // per CI, within one call
};

} // namespace frontline::server
