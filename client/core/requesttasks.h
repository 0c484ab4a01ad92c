#pragma once

#include "domain/ticket.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace frontline::client {

class Session;

// The fulfilment side of the ticket an agent has open (issue 21), for its pane: for a service
// request filed from the catalog, the item and its fulfilment tasks (title, group, status,
// stage); for a task, the request it belongs to. Kept live: a ticket.changed or ticket.created
// push of the request, of one of its tasks or of the task's request reads the ticket again
// (ticket.get has the tasks as they are; the newest answer wins).
//
// The approval steps of the request (ticket.get `approvals`) are RequestProgress's
// (client/core/catalog/requestprogress.*); the lead joins them to this pane at merge.
class RequestTasks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestTasks)

public:
    explicit RequestTasks(Session& session, QObject* parent = nullptr);

    struct ParentRequest
    {
        qint64 id = 0;
        QString title; // empty until read
        QString status;
    };

    // The ticket as ticket.get gave it (TicketDetail::loaded()); changed().
    void show(const Ticket& ticket);
    void clear();
    qint64 ticketId() const { return m_ticketId; }
    // Whether there is anything to show: a request from the catalog, or a task.
    bool isEmpty() const { return !m_catalogItem && m_tasks.isEmpty() && !m_parent; }
    const std::optional<CatalogItemRef>& catalogItem() const { return m_catalogItem; }
    const QList<TicketTask>& tasks() const { return m_tasks; }
    const std::optional<ParentRequest>& parentRequest() const { return m_parent; }
    // How many tasks are done, for "1 of 2 done".
    int doneCount() const;

Q_SIGNALS:
    void changed();

private:
    void take(const Ticket& ticket);
    void read(qint64 id, bool parent);
    bool concerns(const Ticket& ticket) const;

    Session& m_session;
    qint64 m_ticketId = 0;
    std::optional<CatalogItemRef> m_catalogItem;
    QList<TicketTask> m_tasks;
    std::optional<ParentRequest> m_parent;
    quint64 m_generation = 0; // of the shown ticket
    quint64 m_reads = 0; // the newest read sent
};

} // namespace frontline::client
