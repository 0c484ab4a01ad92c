#pragma once

#include "api/catalogapi.h"
#include "domain/ticket.h"

#include <QList>

#include <optional>

namespace frontline::server {

class SqlSession;

// The catalog's items, each request's link to its item and the state of its fulfilment, and
// the tasks each stage made.
class CatalogRepository
{
public:
    explicit CatalogRepository(SqlSession& session)
        : m_session(session)
    { }

    // Items: the category by id in the row, by name in the item (as the wire has it).
    qint64 insert(const api::CatalogItem& item, std::optional<qint64> categoryId, qint64 now);
    void update(const api::CatalogItem& item, std::optional<qint64> categoryId, qint64 now);
    std::optional<api::CatalogItem> find(qint64 id);
    std::optional<api::CatalogItem> findByName(const QString& name);
    // Every item by name (a catalog has tens to hundreds of them).
    QList<api::CatalogItem> list();

    // A request from the catalog and its fulfilment.
    struct Request
    {
        qint64 ticketId = 0;
        qint64 itemId = 0;
        std::optional<qint64> slaPolicy; // the item's, when requested
        QList<api::CatalogTask> tasks; // the item's, when requested
        int stage = 0; // running (0: none yet)
        QString state; // approval, running, blocked, done
    };
    void insertRequest(const Request& request);
    std::optional<Request> request(qint64 ticketId);
    void updateRequest(qint64 ticketId, int stage, const QString& state);
    std::optional<CatalogItemRef> requestItem(qint64 ticketId);
    // The SLA policy a request's item gave it (nullopt: none, or not a catalog request).
    std::optional<qint64> slaPolicyOf(qint64 ticketId);

    void insertTask(qint64 taskId, qint64 requestId, int stage, int position);
    // The stage a task belongs to (nullopt: not a catalog task).
    std::optional<int> stageOf(qint64 taskId);
    // The request's tasks, by stage and position, as the request shows them.
    QList<TicketTask> tasksOf(qint64 requestId);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
