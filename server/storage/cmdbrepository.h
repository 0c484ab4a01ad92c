#pragma once

#include "api/cmdbapi.h"

#include <QHash>
#include <QList>
#include <QPair>

#include <functional>
#include <optional>

namespace frontline::server {

class SqlSession;

// CI classes, configuration items, their relationships and the CIs of tickets.
class CmdbRepository
{
public:
    explicit CmdbRepository(SqlSession& session)
        : m_session(session)
    { }

    qint64 insertClass(const api::CiClass& ciClass, qint64 now);
    void updateClass(const api::CiClass& ciClass, qint64 now);
    std::optional<api::CiClass> findClass(qint64 id);
    std::optional<api::CiClass> findClassByName(const QString& name);
    QList<api::CiClass> classes(); // by name

    // Items: the class by id in the row, by name in the item.
    qint64 insert(const api::Ci& ci, qint64 classId, qint64 now);
    void update(const api::Ci& ci, qint64 now); // bumps the version
    std::optional<api::Ci> find(qint64 id);
    // The first CI of `classId` whose host name or serial is one of these (any case).
    std::optional<qint64> findByHostOrSerial(qint64 classId, const QString& host,
                                             const QString& serial);
    // An import row's CI: by serial when given, else by name within the class (any case).
    std::optional<qint64> findForImport(qint64 classId, const QString& name, const QString& serial);
    // A page by id after `after`, filtered; `ownerOnly` set: only that owner's CIs.
    QList<api::Ci> list(const api::CiListParams& params, std::optional<qint64> classId,
                        std::optional<qint64> ownerOnly, int limit);
    QList<api::Ci> search(const QString& text, std::optional<qint64> ownerOnly, int limit);

    // Relationships: false when it was already there (relate) or was not (unrelate).
    bool relate(const api::CiRelateParams& relation, qint64 now);
    bool unrelate(const api::CiRelateParams& relation);
    QList<api::CiRelation> outgoing(qint64 ciId);
    QList<api::CiRelation> incoming(qint64 ciId);

    // One step of the impact walk from `frontier` (CI ids): the CIs that depend on them
    // (depends_on, runs_on, connected_to pointing at them) and what they are used_by, each as
    // (kind, id) to `each`, repeats included. `each` answers false to stop: no further chunk
    // of the frontier is read (the walk's node bound).
    void dependents(const QList<qint64>& frontier,
                    const std::function<bool(const QString& kind, qint64 id)>& each);
    // The walk backwards: the CIs the frontier depends on (what it depends_on, runs_on or is
    // connected_to, and the CIs used_by it), each to `each`, repeats included; false stops.
    void dependencies(const QList<qint64>& frontier, const std::function<bool(qint64 id)>& each);
    // Names of what the walk reached.
    QHash<qint64, api::CiNode> ciNodes(const QList<qint64>& ids);
    QHash<qint64, QString> userNames(const QList<qint64>& ids);
    QHash<qint64, QString> orgNames(const QList<qint64>& ids);

    bool userExists(qint64 id);
    bool orgExists(qint64 id);
    std::optional<qint64> userByName(const QString& username);
    std::optional<qint64> orgByName(const QString& name);

    // The CIs a ticket is about.
    void setTicketCis(qint64 ticketId, const QList<qint64>& ciIds);
    void linkTicket(qint64 ticketId, qint64 ciId, bool automatic);
    QList<api::CiNode> ticketCis(qint64 ticketId);
    QList<qint64> existingCis(const QList<qint64>& ids);
    void setOwner(qint64 ciId, qint64 userId, qint64 now);
    // The active (not disabled) users among `users` and the active members of `orgs`, each
    // with whether they are staff.
    QHash<qint64, bool> activePeople(const QList<qint64>& users, const QList<qint64>& orgs);

private:
    template<typename Each>
    void inChunks(const QString& sqlBefore, const QString& sqlAfter, const QList<qint64>& ids,
                  Each each);

    SqlSession& m_session;
};

} // namespace frontline::server
