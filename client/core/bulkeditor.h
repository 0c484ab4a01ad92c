#pragma once

#include "client/core/workflowinfo.h"
#include "domain/ticket.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace frontline::client {

class Outbox;
class Session;

// Changes to several tickets at once (a multi-selection in the queue): one outbox item per
// ticket, each against the version the agent saw, so a ticket someone else changed meanwhile
// comes back as a conflict to resolve instead of being overwritten.
class BulkEditor
{
    Q_DECLARE_TR_FUNCTIONS(BulkEditor)

public:
    BulkEditor(Outbox& outbox, const WorkflowInfo& workflow, const Session& session);

    // Each returns how many tickets were sent a change (tickets already in that state skipped).
    int assign(const QList<Ticket>& tickets, std::optional<qint64> userId);
    int setPriority(const QList<Ticket>& tickets, int priority);
    int transition(const QList<Ticket>& tickets, const QString& status, const QString& note);

    // The transitions every one of the tickets allows (what a bulk status change can offer).
    QList<WorkflowInfo::Transition> commonTransitions(const QList<Ticket>& tickets) const;

private:
    Outbox& m_outbox;
    const WorkflowInfo& m_workflow;
    const Session& m_session;
};

} // namespace frontline::client
