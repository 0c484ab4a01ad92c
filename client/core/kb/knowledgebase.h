#pragma once

#include "domain/article.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace frontline::client {
class Session;
}

namespace frontline::client::kb {

// The knowledge-base window without its widgets: the list of articles (all, or of one state),
// the chosen article with how it is used, and publishing or retiring it.
class KnowledgeBase final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeBase)

public:
    static constexpr int ListLimit = 200;

    explicit KnowledgeBase(Session& session, QObject* parent = nullptr);

    Session& session() const { return m_session; }

    // kb.article.list: the newest changes first; an empty `state` lists every state.
    void list(const QString& state = {});
    const QList<Article>& articles() const { return m_articles; }

    // kb.article.get: becomes current() once it arrives.
    void open(qint64 id);
    // The article a save just returned (the editor's answer).
    void setCurrent(const Article& article);
    const Article& current() const { return m_current; }

    // kb.article.link: the article answers `ticket` too (its authors see where it helps).
    // `done`, when given, runs once the link is stored.
    static void link(Session& session, qint64 article, qint64 ticket,
                     std::function<void()> done = {});

    // kb.article.publish on the current article ("published", "retired" or "draft"); the
    // article and the list are read again afterwards.
    void setState(const QString& state);

Q_SIGNALS:
    void listed(int count);
    void currentChanged();
    void failed(const QString& message);

private:
    Session& m_session;
    QString m_state;
    QList<Article> m_articles;
    Article m_current;
};

} // namespace frontline::client::kb
