#pragma once

#include "domain/article.h"

#include <QObject>
#include <QString>

namespace frontline::client {
class Session;
}

namespace frontline::client::kb {

// One article being read: opening it counts as a view (and as a followed suggestion when it
// came from one); "this solved my problem" records a ticket that was not needed.
class ArticleReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleReader)

public:
    ArticleReader(Session& session, qint64 id, QObject* parent = nullptr);

    qint64 id() const { return m_id; }
    const Article& article() const { return m_article; }
    bool isLoaded() const { return m_article.id > 0; }

    // kb.article.open
    void open(bool fromSuggestion);
    // kb.article.solved, with what the person was typing.
    void markSolved(const QString& subject);

Q_SIGNALS:
    void loaded();
    void solvedRecorded();
    void failed(const QString& message);

private:
    Session& m_session;
    qint64 m_id;
    Article m_article;
};

} // namespace frontline::client::kb
