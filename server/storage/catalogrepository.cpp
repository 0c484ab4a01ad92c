#include "catalogrepository.h"

#include "storage/sqlsession.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

const QString ItemSelect = uR"(SELECT i.id, i.name, i.description, i.icon, c.name, i.group_id,
 i.sla_policy_id, i.active, i.spec, i.created_at, i.updated_at
 FROM catalog_items i LEFT JOIN categories c ON c.id = i.category_id)"_s;

QString specOf(const api::CatalogItem& item)
{
    const QJsonObject full = item.toJson();
    QJsonObject spec;
    for (const char* key : {"audience", "form", "approvals", "tasks"})
        spec.insert(QLatin1StringView(key), full.value(QLatin1StringView(key)));
    return QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Compact));
}

api::CatalogItem readItem(const Statement& row)
{
    QJsonObject object = QJsonDocument::fromJson(row.text(8).toUtf8()).object();
    api::CatalogItem item = api::CatalogItem::fromJson(object);
    item.id = row.int64(0);
    item.name = row.text(1);
    item.description = row.text(2);
    item.icon = row.text(3);
    item.category = row.text(4);
    item.group = row.optionalInt64(5);
    item.slaPolicy = row.optionalInt64(6);
    item.active = row.boolean(7);
    item.createdAt = row.int64(9);
    item.updatedAt = row.int64(10);
    return item;
}

QString tasksJson(const QList<api::CatalogTask>& tasks)
{
    QJsonArray array;
    for (const api::CatalogTask& task : tasks)
        array.append(task.toJson());
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

qint64 CatalogRepository::insert(const api::CatalogItem& item, std::optional<qint64> categoryId,
                                 qint64 now)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO catalog_items (name, description, icon, category_id, group_id, "
        "sla_policy_id, active, spec, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"_s);
    insert.bind(item.name)
        .bind(item.description)
        .bind(item.icon)
        .bindNullable(categoryId)
        .bindNullable(item.group)
        .bindNullable(item.slaPolicy)
        .bind(item.active ? 1 : 0)
        .bind(specOf(item))
        .bind(now)
        .bind(now);
    insert.exec();
    return insert.insertedId();
}

void CatalogRepository::update(const api::CatalogItem& item, std::optional<qint64> categoryId,
                               qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE catalog_items SET name = ?, description = ?, icon = ?, category_id = ?, "
        "group_id = ?, sla_policy_id = ?, active = ?, spec = ?, updated_at = ? WHERE id = ?"_s);
    update.bind(item.name)
        .bind(item.description)
        .bind(item.icon)
        .bindNullable(categoryId)
        .bindNullable(item.group)
        .bindNullable(item.slaPolicy)
        .bind(item.active ? 1 : 0)
        .bind(specOf(item))
        .bind(now)
        .bind(item.id);
    update.exec();
}

std::optional<api::CatalogItem> CatalogRepository::find(qint64 id)
{
    Statement query = m_session.prepare(ItemSelect + u" WHERE i.id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readItem(query);
}

std::optional<api::CatalogItem> CatalogRepository::findByName(const QString& name)
{
    Statement query = m_session.prepare(ItemSelect + u" WHERE i.name = ?"_s);
    query.bind(name);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readItem(query);
}

QList<api::CatalogItem> CatalogRepository::list()
{
    Statement query = m_session.prepare(ItemSelect + u" ORDER BY i.name, i.id"_s);
    query.exec();
    QList<api::CatalogItem> items;
    while (query.next())
        items.append(readItem(query));
    return items;
}

void CatalogRepository::insertRequest(const Request& request)
{
    Statement insert = m_session.prepare(
        u"INSERT INTO catalog_requests (ticket_id, item_id, sla_policy_id, tasks, "
        "stage, state) VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.bind(request.ticketId)
        .bind(request.itemId)
        .bindNullable(request.slaPolicy)
        .bind(tasksJson(request.tasks))
        .bind(request.stage)
        .bind(request.state);
    insert.exec();
}

std::optional<CatalogRepository::Request> CatalogRepository::request(qint64 ticketId)
{
    Statement query = m_session.prepare(
        u"SELECT item_id, tasks, stage, state, sla_policy_id FROM catalog_requests "
        "WHERE ticket_id = ?"_s);
    query.bind(ticketId);
    query.exec();
    if (!query.next())
        return std::nullopt;
    Request request;
    request.ticketId = ticketId;
    request.itemId = query.int64(0);
    for (const QJsonValue& task : QJsonDocument::fromJson(query.text(1).toUtf8()).array())
        request.tasks.append(api::CatalogTask::fromJson(task));
    request.stage = query.integer(2);
    request.state = query.text(3);
    request.slaPolicy = query.optionalInt64(4);
    return request;
}

void CatalogRepository::updateRequest(qint64 ticketId, int stage, const QString& state)
{
    Statement update = m_session.prepare(
        u"UPDATE catalog_requests SET stage = ?, state = ? WHERE ticket_id = ?"_s);
    update.bind(stage).bind(state).bind(ticketId);
    update.exec();
}

std::optional<CatalogItemRef> CatalogRepository::requestItem(qint64 ticketId)
{
    Statement query = m_session.prepare(
        u"SELECT i.id, i.name FROM catalog_requests r JOIN catalog_items i ON i.id = r.item_id "
        "WHERE r.ticket_id = ?"_s);
    query.bind(ticketId);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return CatalogItemRef {query.int64(0), query.text(1)};
}

std::optional<qint64> CatalogRepository::slaPolicyOf(qint64 ticketId)
{
    Statement query =
        m_session.prepare(u"SELECT sla_policy_id FROM catalog_requests WHERE ticket_id = ?"_s);
    query.bind(ticketId);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return query.optionalInt64(0);
}

void CatalogRepository::insertTask(qint64 taskId, qint64 requestId, int stage, int position)
{
    Statement insert = m_session.prepare(
        u"INSERT INTO catalog_request_tasks (task_id, request_id, stage, position) "
        "VALUES (?, ?, ?, ?)"_s);
    insert.bind(taskId).bind(requestId).bind(stage).bind(position);
    insert.exec();
}

std::optional<int> CatalogRepository::stageOf(qint64 taskId)
{
    Statement query =
        m_session.prepare(u"SELECT stage FROM catalog_request_tasks WHERE task_id = ?"_s);
    query.bind(taskId);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return query.integer(0);
}

QList<TicketTask> CatalogRepository::tasksOf(qint64 requestId)
{
    Statement query = m_session.prepare(
        u"SELECT t.id, t.title, t.group_id, g.name, g.tier, t.status, t.is_open, rt.stage "
        "FROM catalog_request_tasks rt JOIN tickets t ON t.id = rt.task_id "
        "LEFT JOIN agent_groups g ON g.id = t.group_id "
        "WHERE rt.request_id = ? ORDER BY rt.stage, rt.position"_s);
    query.bind(requestId);
    query.exec();
    QList<TicketTask> tasks;
    while (query.next()) {
        TicketTask task;
        task.id = query.int64(0);
        task.title = query.text(1);
        if (!query.value(2).isNull())
            task.group = GroupRef {query.int64(2), query.text(3), query.integer(4)};
        task.status = query.text(5);
        task.open = query.boolean(6);
        task.stage = query.integer(7);
        tasks.append(task);
    }
    return tasks;
}

} // namespace frontline::server
