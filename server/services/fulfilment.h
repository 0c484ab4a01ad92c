#pragma once

#include "services/ticketmutation.h"
#include "storage/catalogrepository.h"

namespace frontline::server {

// The fulfilment of a request from the catalog (issue 21, point 4): its item's tasks become
// child tickets of type task, a stage at a time — the tasks of one stage in parallel, the next
// stage once every task of this one is done (resolved or closed) — and the request is
// fulfilled (its lifecycle's resolved state) once the last stage is done. A task cancelled
// stops the fulfilment: the request gets an internal note and waits for an agent. A request
// that ends otherwise (cancelled, rejected) cancels its open tasks, each with a note.
// Everything runs in the caller's transaction; the pushes join its outcome (notices()).
class Fulfilment
{
public:
    using Change = TicketMutation::Change;

    explicit Fulfilment(TicketMutation& mutation)
        : m(mutation)
        , m_catalog(mutation.session())
    { }

    // Starts the first stage of a stored request waiting for approval or filed without one
    // (nothing when it already runs or has no tasks). Returns the tasks it made.
    QList<TicketRecord> start(const TicketRecord& request);
    // A ticket's status changed (TicketMutation::save): a task that ended moves its request
    // on; a request approved through its lifecycle starts its tasks.
    void statusChanged(const TicketRecord& record);

    // The state of a request's fulfilment (catalog_requests.state).
    static constexpr auto Approval = QLatin1StringView("approval");
    static constexpr auto Running = QLatin1StringView("running");
    static constexpr auto Blocked = QLatin1StringView("blocked");
    static constexpr auto Done = QLatin1StringView("done");
    static constexpr auto Stopped = QLatin1StringView("stopped"); // the request ended undone

private:
    QList<TicketRecord> startStage(const TicketRecord& request, CatalogRepository::Request& row,
                                   int stage);
    TicketRecord createTask(const TicketRecord& request, const api::CatalogTask& task);
    void taskEnded(const TicketRecord& task);
    void requestDone(TicketRecord& request);
    void requestEnded(const TicketRecord& request);
    void noteOnRequest(TicketRecord& request, const QString& body);

    TicketMutation& m;
    CatalogRepository m_catalog;
};

} // namespace frontline::server
