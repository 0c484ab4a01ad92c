#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace frontline::server {

class SqlSession;

struct CannedResponse
{
    qint64 id = 0;
    QString title;
    QString body;
    qint64 updatedBy = 0;
    qint64 updatedAt = 0;

    QJsonObject toJson() const;
};

struct SavedView
{
    qint64 id = 0;
    QString name;
    QJsonObject query; // {"filter": ..., "sort": ...}
    qint64 updatedAt = 0;

    QJsonObject toJson() const;
};

// The agents' shared canned responses and each user's saved views.
class WorkspaceRepository
{
public:
    explicit WorkspaceRepository(SqlSession& session)
        : m_session(session)
    { }

    QList<CannedResponse> cannedResponses();
    std::optional<CannedResponse> cannedResponse(qint64 id);
    std::optional<qint64> cannedResponseByTitle(const QString& title);
    qint64 insertCanned(const CannedResponse& response);
    void updateCanned(const CannedResponse& response);
    bool deleteCanned(qint64 id);

    QList<SavedView> views(qint64 userId);
    std::optional<SavedView> view(qint64 userId, qint64 id);
    std::optional<qint64> viewByName(qint64 userId, const QString& name);
    qint64 insertView(qint64 userId, const SavedView& view);
    void updateView(qint64 userId, const SavedView& view);
    bool deleteView(qint64 userId, qint64 id);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
