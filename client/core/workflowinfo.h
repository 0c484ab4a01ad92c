#pragma once

#include "domain/enums.h"
#include "domain/ticket.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace frontline::client {

// The workflow as the server describes it (workflow.get): states and their labels, and which
// transitions a ticket's status offers to a role. The client offers only what the server
// would accept; the server still decides.
class WorkflowInfo
{
public:
    struct Transition
    {
        QString to;
        QString label;
        bool needsNote = false;
        bool needsAssignee = false;
    };

    void load(const QJsonObject& workflowGet);
    bool isLoaded() const { return !m_lifecycles.isEmpty(); }

    QList<Transition> transitionsFor(const Ticket& ticket, Role role) const;
    QString stateLabel(TicketType type, const QString& status) const;
    bool isOpenState(TicketType type, const QString& status) const;
    // Every state name of every type, for status filters.
    QStringList allStates() const;
    int priorityFor(Level impact, Level urgency) const;

private:
    QHash<QString, QJsonObject> m_lifecycles; // type name -> lifecycle
    QJsonObject m_matrix;
};

} // namespace frontline::client
