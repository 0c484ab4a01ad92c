#pragma once

#include "client/core/articledraft.h"
#include "domain/article.h"

#include <QObject>
#include <QString>

namespace frontline::client {
class Session;
}

namespace frontline::client::kb {

// Saves what the article editor holds: a new article (kb.article.create) or a new version of
// one (kb.article.update, from the version the edit started on, so a colleague's newer save is
// never overwritten: that answers failed() with `conflict` set, and the text stays).
class ArticleSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleSaver)

public:
    explicit ArticleSaver(Session& session, QObject* parent = nullptr);

    void save(const ArticleDraft& draft);
    bool isSaving() const { return m_saving; }

Q_SIGNALS:
    void saved(const frontline::Article& article);
    void failed(const QString& message, bool conflict);

private:
    Session& m_session;
    bool m_saving = false;
};

} // namespace frontline::client::kb
