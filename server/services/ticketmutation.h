#pragma once

#include "auth/principal.h"
#include "domain/comment.h"
#include "services/outcome.h"
#include "storage/ticketrepository.h"

#include <QJsonValue>
#include <QList>

namespace frontline::server {

class SqlSession;
struct WorkflowConfig;

// What every change to a ticket shares: loading one the caller may see, moving it through its
// lifecycle with the SLA clock in step, saving it with a new version, writing the event log,
// and the notifications to push. Used by TicketCommands and TicketActions.
class TicketMutation
{
public:
    struct Change
    {
        QString field;
        QJsonValue oldValue;
        QJsonValue newValue;
        qint64 actorId = 0; // who made it, when not the caller (an automation rule)
        bool internal = false; // staff only: a custom field requesters do not see
    };

    TicketMutation(SqlSession& session, const WorkflowConfig& workflow, const Principal& principal,
                   qint64 now);

    SqlSession& session() const { return m_session; }
    const WorkflowConfig& workflow() const { return m_workflow; }
    const Principal& principal() const { return m_principal; }
    qint64 now() const { return m_now; }
    TicketRepository& tickets() { return m_tickets; }

    // Someone else's ticket answers exactly like a missing one: nothing to enumerate.
    // A ticket the caller may change (not found when they may not see it, forbidden
    // `read_only` when they only see it: an organisation viewer's colleague's ticket).
    Result<TicketRecord, rpc::RpcError> loadVisible(qint64 id);
    // A ticket the caller may read.
    Result<TicketRecord, rpc::RpcError> loadReadable(qint64 id);
    Result<UserRef, rpc::RpcError> resolveAssignee(qint64 userId, std::optional<qint64> groupId,
                                                   const QString& field);
    // (Re)computes the due and warning times from the matching SLA policy, counted in its
    // calendar's business time from the ticket's creation plus the time spent paused.
    void planSla(TicketRecord& record) const;
    // The stored SLA state and the scheduler's next look at the ticket, as of now.
    void refreshSla(TicketRecord& record) const;
    void enterState(TicketRecord& record, const QString& status, QList<Change>& changes) const;
    // Stops the SLA clock (false: it was stopped already) and starts it again, the time
    // stopped counted in the policy's business time (an approval chain on a ticket whose
    // state does not pause the clock).
    bool pauseSla(TicketRecord& record) const;
    void resumeSla(TicketRecord& record) const;
    // Moves the ticket to another group; the assignee stays only if they belong to it.
    void moveToGroup(TicketRecord& record, const std::optional<GroupRef>& group,
                     QList<Change>& changes);
    // Applies the lifecycle's automatic transition for `event` (assign, unassign, merge).
    bool applyAutomatic(TicketRecord& record, const QString& event, QList<Change>& changes) const;

    // Writes the changes to the event log (who made each, now).
    void logChanges(const TicketRecord& record, const QList<Change>& changes);
    // Saves a changed ticket as version expectedVersion + 1 and logs the changes.
    Status<rpc::RpcError> save(TicketRecord& record, int expectedVersion,
                               const QList<Change>& changes);
    // Appends a reply or note; a staff member's first public reply is the SLA's first response.
    Comment addComment(TicketRecord& record, const QString& body, bool internal);
    // A reply or note written by automation: never the SLA's first response.
    Comment addAutomaticComment(TicketRecord& record, const UserRef& author, const QString& body,
                                bool internal);

    // The ticket as the wire shows it (SLA state as of now), and its wire object.
    Ticket present(const TicketRecord& record) const;
    QByteArray encode(const TicketRecord& record) const;
    // ticket.created, ticket.changed and ticket.commented of an encoded ticket.
    PushEvent createdEvent(const QByteArray& ticket, const TicketRecord& record) const;
    PushEvent changedEvent(const QByteArray& ticket, const TicketRecord& record,
                           const QList<Change>& changes) const;
    PushEvent commentedEvent(const QByteArray& ticket, const TicketRecord& record,
                             const Comment& comment) const;
    // The usual outcome of a change: the ticket, ticket.changed and any comments.
    Outcome changedOutcome(const TicketRecord& record, const QList<Change>& changes,
                           const QList<Comment>& comments = {});

    // Notifications to individual users (escalations, rules) that go out with the outcome.
    QList<PushEvent>& notices() { return m_notices; }
    // The earliest instant this change asked the scheduler to look at (SLA or rule timer).
    void noteWake(std::optional<qint64> at) const;
    // Adds the notices and the scheduler hint to an outcome built by hand.
    void finish(Outcome& outcome);

    static QJsonValue refJson(const std::optional<UserRef>& ref);
    static QJsonValue refJson(const std::optional<GroupRef>& ref);

private:
    SqlSession& m_session;
    const WorkflowConfig& m_workflow;
    const Principal& m_principal;
    qint64 m_now;
    TicketRepository m_tickets;
    QList<PushEvent> m_notices;
    mutable std::optional<qint64> m_wake;
};

} // namespace frontline::server
