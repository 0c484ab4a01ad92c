#pragma once

#include "api/ticketapi.h"
#include "auth/principal.h"
#include "domain/comment.h"
#include "services/outcome.h"
#include "storage/ticketrepository.h"

#include <QJsonValue>

namespace frontline::server {

class SqlSession;
struct WorkflowConfig;

// The ticket methods that change data: create, update, transition, comment. Each runs inside
// the writer's transaction, appends to the event log and returns the events to push.
class TicketCommands
{
public:
    TicketCommands(SqlSession& session, const WorkflowConfig& workflow, const Principal& principal,
                   qint64 now);

    ServiceResult create(const api::TicketCreateParams& params);
    ServiceResult update(const api::TicketUpdateParams& params);
    ServiceResult transition(const api::TicketTransitionParams& params);
    ServiceResult comment(const api::TicketCommentParams& params);

private:
    struct Change
    {
        QString field;
        QJsonValue oldValue;
        QJsonValue newValue;
    };

    Result<TicketRecord, rpc::RpcError> loadVisible(qint64 id);
    Result<UserRef, rpc::RpcError> resolveAssignee(qint64 userId, std::optional<qint64> groupId,
                                                   const QString& field);
    void applySlaTargets(TicketRecord& record) const;
    // Moves the ticket into `status`, keeping is_open, resolved/closed times and the SLA pause
    // in step; records the change.
    void enterState(TicketRecord& record, const QString& status, QList<Change>& changes) const;
    void recordChanges(const TicketRecord& record, const QList<Change>& changes);
    // `ticket` is the encoded wire object (see TicketPresenter::encode).
    PushEvent changedEvent(const QByteArray& ticket, const TicketRecord& record,
                           const QList<Change>& changes) const;
    PushEvent commentedEvent(const QByteArray& ticket, const TicketRecord& record,
                             const Comment& comment) const;

    SqlSession& m_session;
    const WorkflowConfig& m_workflow;
    const Principal& m_principal;
    qint64 m_now;
    TicketRepository m_tickets;
};

} // namespace frontline::server
