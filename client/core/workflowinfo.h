#pragma once

#include "api/workflowapi.h"
#include "domain/enums.h"
#include "domain/ticket.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace frontline::client {

// The workflow as the server describes it (workflow.get): states and their labels, and which
// transitions a ticket's status offers to a role. The client offers only what the server
// would accept; the server still decides. It reads the same typed lifecycles the server's
// engine runs (shared/workflow), so there is one reading of them.
class WorkflowInfo
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowInfo)

public:
    struct Transition
    {
        QString to;
        QString label;
        bool needsNote = false;
        bool needsAssignee = false;
    };

    void load(const api::WorkflowSnapshot& snapshot);
    bool isLoaded() const { return !m_snapshot.lifecycles.isEmpty(); }
    const api::WorkflowSnapshot& snapshot() const { return m_snapshot; }

    QList<Transition> transitionsFor(const Ticket& ticket, Role role) const;
    QString stateLabel(TicketType type, const QString& status) const;
    // The type's short name ("Incident", "Problem", ...), translated.
    static QString typeName(TicketType type);
    bool isOpenState(TicketType type, const QString& status) const;
    // Every state name of every type, for status filters.
    QStringList allStates() const;
    int priorityFor(Level impact, Level urgency) const;

private:
    api::WorkflowSnapshot m_snapshot;
};

} // namespace frontline::client
