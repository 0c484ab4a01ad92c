#include "workspacerepository.h"

#include "core/timeutil.h"
#include "storage/sqlsession.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace frontline::server {

QJsonObject CannedResponse::toJson() const
{
    return {{"id"_L1, id},
            {"title"_L1, title},
            {"body"_L1, body},
            {"updated_at"_L1, timeutil::toIso(updatedAt)}};
}

QJsonObject SavedView::toJson() const
{
    return {{"id"_L1, id},
            {"name"_L1, name},
            {"filter"_L1, query.value("filter"_L1)},
            {"sort"_L1, query.value("sort"_L1)},
            {"updated_at"_L1, timeutil::toIso(updatedAt)}};
}

QList<CannedResponse> WorkspaceRepository::cannedResponses()
{
    Statement query = m_session.prepare(
        u"SELECT id, title, body, updated_by, updated_at FROM canned_responses ORDER BY title"_s);
    query.exec();
    QList<CannedResponse> responses;
    while (query.next())
        responses.append(
            {query.int64(0), query.text(1), query.text(2), query.int64(3), query.int64(4)});
    return responses;
}

std::optional<CannedResponse> WorkspaceRepository::cannedResponse(qint64 id)
{
    Statement query = m_session.prepare(
        u"SELECT id, title, body, updated_by, updated_at FROM canned_responses WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return CannedResponse {query.int64(0), query.text(1), query.text(2), query.int64(3),
                           query.int64(4)};
}

std::optional<qint64> WorkspaceRepository::cannedResponseByTitle(const QString& title)
{
    Statement query = m_session.prepare(u"SELECT id FROM canned_responses WHERE title = ?"_s);
    query.bind(title);
    query.exec();
    return query.next() ? std::optional(query.int64(0)) : std::nullopt;
}

qint64 WorkspaceRepository::insertCanned(const CannedResponse& response)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO canned_responses (title, body, updated_by, updated_at) VALUES (?, ?, ?, ?)"_s);
    insert.bind(response.title)
        .bind(response.body)
        .bind(response.updatedBy)
        .bind(response.updatedAt);
    insert.exec();
    return insert.insertedId();
}

void WorkspaceRepository::updateCanned(const CannedResponse& response)
{
    Statement update = m_session.prepare(
        u"UPDATE canned_responses SET title = ?, body = ?, updated_by = ?, updated_at = ? WHERE id = ?"_s);
    update.bind(response.title)
        .bind(response.body)
        .bind(response.updatedBy)
        .bind(response.updatedAt)
        .bind(response.id);
    update.exec();
}

bool WorkspaceRepository::deleteCanned(qint64 id)
{
    Statement remove = m_session.prepare(u"DELETE FROM canned_responses WHERE id = ?"_s);
    remove.bind(id);
    remove.exec();
    return remove.rowsAffected() > 0;
}

namespace {

SavedView readView(const Statement& row)
{
    return SavedView {row.int64(0), row.text(1),
                      QJsonDocument::fromJson(row.text(2).toUtf8()).object(), row.int64(3)};
}

} // namespace

QList<SavedView> WorkspaceRepository::views(qint64 userId)
{
    Statement query = m_session.prepare(
        u"SELECT id, name, query, updated_at FROM saved_views WHERE user_id = ? ORDER BY name"_s);
    query.bind(userId);
    query.exec();
    QList<SavedView> views;
    while (query.next())
        views.append(readView(query));
    return views;
}

std::optional<SavedView> WorkspaceRepository::view(qint64 userId, qint64 id)
{
    Statement query = m_session.prepare(
        u"SELECT id, name, query, updated_at FROM saved_views WHERE user_id = ? AND id = ?"_s);
    query.bind(userId).bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return readView(query);
}

std::optional<qint64> WorkspaceRepository::viewByName(qint64 userId, const QString& name)
{
    Statement query =
        m_session.prepare(u"SELECT id FROM saved_views WHERE user_id = ? AND name = ?"_s);
    query.bind(userId).bind(name);
    query.exec();
    return query.next() ? std::optional(query.int64(0)) : std::nullopt;
}

qint64 WorkspaceRepository::insertView(qint64 userId, const SavedView& view)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO saved_views (user_id, name, query, updated_at) VALUES (?, ?, ?, ?)"_s);
    insert.bind(userId)
        .bind(view.name)
        .bind(QString::fromUtf8(QJsonDocument(view.query).toJson(QJsonDocument::Compact)))
        .bind(view.updatedAt);
    insert.exec();
    return insert.insertedId();
}

void WorkspaceRepository::updateView(qint64 userId, const SavedView& view)
{
    Statement update = m_session.prepare(
        u"UPDATE saved_views SET name = ?, query = ?, updated_at = ? WHERE user_id = ? AND id = ?"_s);
    update.bind(view.name)
        .bind(QString::fromUtf8(QJsonDocument(view.query).toJson(QJsonDocument::Compact)))
        .bind(view.updatedAt)
        .bind(userId)
        .bind(view.id);
    update.exec();
}

bool WorkspaceRepository::deleteView(qint64 userId, qint64 id)
{
    Statement remove = m_session.prepare(u"DELETE FROM saved_views WHERE user_id = ? AND id = ?"_s);
    remove.bind(userId).bind(id);
    remove.exec();
    return remove.rowsAffected() > 0;
}

} // namespace frontline::server
