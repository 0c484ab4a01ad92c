#pragma once

#include "api/approvalapi.h"
#include "services/ticketmutation.h"
#include "storage/approvalrepository.h"

namespace frontline::server {

// An approval chain running on a ticket, inside the caller's transaction. Steps run in order;
// a step resolves its approvers when it starts (the requester's manager, a named user, a
// group's members of whom any, all or n must approve), each one replaced by their delegate
// while they are away. While the chain waits the ticket is in its lifecycle's
// `awaiting_approval` state when it has one (which pauses the SLA clock), or keeps its state
// with the clock paused by the chain. An approval settles its step when enough approvers
// agree; a rejection ends the chain and moves the ticket back to the state it had. Every
// decision, reminder and escalation is in the ticket's event log and pushed
// (`approval.changed`) to the approvers and to whoever sees the ticket.
class ApprovalEngine
{
public:
    using Change = TicketMutation::Change;

    explicit ApprovalEngine(TicketMutation& mutation);

    // Checks the steps against the ticket before anything is written (the error names the
    // step: steps[1].group), then starts the chain and its first step.
    Result<qint64, rpc::RpcError> startChain(TicketRecord& record,
                                             const QList<api::ApprovalStep>& steps,
                                             const QString& note, QList<Change>& changes,
                                             const QString& stepsField = QStringLiteral("steps"));

    // A decision by the caller (who must be the approval's current approver).
    Result<api::ApprovalItem, rpc::RpcError> decide(qint64 approvalId, bool approve,
                                                    const QString& comment, TicketRecord& record,
                                                    QList<Change>& changes,
                                                    QList<Comment>& comments);

    // The scheduler's round: due reminders, then due escalations, at most `limit` of each.
    int runDue(int limit, Outcome& outcome);

    // The caller's pending approvals go to `to` (delegation), or back to the caller from
    // whoever holds them for them (`to` empty).
    void moveApprovals(qint64 from, std::optional<qint64> to);

    // approval.changed for the approvals touched so far, and the notifications made.
    QList<PushEvent> takeEvents();

private:
    struct Resolved
    {
        QList<qint64> approvers;
        int required = 1;
    };
    Result<Resolved, rpc::RpcError> resolve(const api::ApprovalStep& step, qint64 requesterId,
                                            const QString& path);
    void startStep(ApprovalRepository::Chain& chain, TicketRecord& record, QList<Change>& changes);
    void finishChain(ApprovalRepository::Chain& chain, TicketRecord& record, bool approved,
                     QList<Change>& changes);
    qint64 addApproval(const ApprovalRepository::Chain& chain, const QString& kind,
                       qint64 approverId);
    std::optional<qint64> escalationTarget(const ApprovalRepository::Chain& chain,
                                           qint64 currentApprover);
    void remind(const ApprovalRepository::Approval& approval, Outcome& outcome);
    void escalate(const ApprovalRepository::Approval& approval, Outcome& outcome);
    void notifyUser(qint64 userId, qint64 ticketId, const QString& kind, const QString& message);
    void mailApprover(const ApprovalRepository::Approval& approval, bool reminder);
    void pushChanged(qint64 approvalId, const QString& chainState, const TicketRecord& record);

    TicketMutation& m;
    ApprovalRepository m_approvals;
    QList<PushEvent> m_events;
};

} // namespace frontline::server
