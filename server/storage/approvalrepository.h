#pragma once

#include "api/approvalapi.h"

#include <QList>
#include <QString>

#include <optional>

namespace frontline::server {

class SqlSession;

// The rows of approval chains: approval_chains, approvals, approval_delegations and each
// user's manager (users.manager_id).
class ApprovalRepository
{
public:
    struct Chain
    {
        qint64 id = 0;
        qint64 ticketId = 0;
        QList<api::ApprovalStep> steps;
        int currentStep = 0;
        int stepRequired = 1; // approvals the current step needs
        QString state = QStringLiteral("waiting"); // waiting | approved | rejected
        QString priorStatus; // the ticket's status when the chain started
        bool paused = false; // the chain itself paused the ticket's SLA clock
        qint64 requestedBy = 0;
        QString note;
        qint64 createdAt = 0;
    };

    struct Approval
    {
        qint64 id = 0;
        qint64 chainId = 0;
        qint64 ticketId = 0;
        int step = 0;
        QString kind; // manager | user | group | escalated
        qint64 approverId = 0;
        std::optional<qint64> delegatedFrom;
        QString state = QStringLiteral("pending");
        QString comment;
        QString token; // names the approval in mail (Message-ID, References)
        std::optional<qint64> remindAt;
        std::optional<qint64> escalateAt;
        qint64 createdAt = 0;
        std::optional<qint64> decidedAt;
    };

    struct Delegation
    {
        qint64 delegateId = 0;
        qint64 until = 0;
    };

    explicit ApprovalRepository(SqlSession& session)
        : m_session(session)
    { }

    qint64 insertChain(const Chain& chain);
    void updateChain(const Chain& chain, qint64 now);
    std::optional<Chain> chain(qint64 id);
    std::optional<Chain> waitingChainOf(qint64 ticketId);

    qint64 insertApproval(const Approval& approval);
    std::optional<Approval> approval(qint64 id);
    std::optional<Approval> approvalByToken(const QString& token);
    QList<Approval> approvalsOfStep(qint64 chainId, int step);
    // Decided, skipped or escalated: the scheduler stops looking at it.
    void settle(qint64 id, const QString& state, const QString& comment, qint64 now);
    void reassign(qint64 id, qint64 approverId, std::optional<qint64> delegatedFrom);
    void clearReminder(qint64 id);
    QList<Approval> pendingOf(qint64 approverId);

    // Pending approvals whose reminder / escalation is due, earliest first.
    QList<Approval> dueReminders(qint64 now, int limit);
    QList<Approval> dueEscalations(qint64 now, int limit);
    std::optional<qint64> nextDue();

    // The approvals as approval.list shows them: pending ones of `approverId` (all pending
    // ones when 0), or the ones of a chain.
    QList<api::ApprovalItem> pendingItems(qint64 approverId);
    std::optional<api::ApprovalItem> item(qint64 id);

    std::optional<Delegation> delegation(qint64 userId, qint64 now);
    void setDelegation(qint64 userId, qint64 delegateId, qint64 until, qint64 now);
    void clearDelegation(qint64 userId);

    std::optional<qint64> managerOf(qint64 userId);
    void setManager(qint64 userId, std::optional<qint64> managerId);

private:
    QList<api::ApprovalItem> items(const QString& where, const QList<qint64>& binds);

    SqlSession& m_session;
};

} // namespace frontline::server
