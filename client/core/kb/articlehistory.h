#pragma once

#include "api/kbapi.h"

#include <QList>
#include <QObject>

namespace frontline::client {
class Session;
}

namespace frontline::client::kb {

// Every version of an article, newest first, each with its author and its line diff from the
// one before. The server answers a page at a time; load() asks for the next page until it has
// them all, then says loaded().
class ArticleHistory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleHistory)

public:
    ArticleHistory(Session& session, qint64 articleId, QObject* parent = nullptr);

    qint64 articleId() const { return m_articleId; }
    void load();
    const QList<api::ArticleHistoryEntry>& versions() const { return m_versions; }

Q_SIGNALS:
    // Versions arrived (`from` is the row of the first new one).
    void pageArrived(int from);
    void loaded();
    void failed(const QString& message);

private:
    void loadPage(std::optional<int> before);

    Session& m_session;
    qint64 m_articleId;
    QList<api::ArticleHistoryEntry> m_versions;
};

} // namespace frontline::client::kb
