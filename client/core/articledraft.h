#pragma once

#include "api/kbapi.h"
#include "domain/article.h"
#include "domain/comment.h"

#include <QCoreApplication>

#include <optional>

namespace frontline {
struct Ticket;
}

namespace frontline::client {

// An article as its editor holds it: new, or an edit of a version. Knows what to send for
// each and how to start one from a resolved ticket.
struct ArticleDraft
{
    Q_DECLARE_TR_FUNCTIONS(ArticleDraft)

public:
    std::optional<qint64> id; // unset: a new article
    int version = 0; // the version an edit started from
    QString title;
    QString body;
    QString category;
    QStringList tags;
    QString visibility = QStringLiteral("internal");
    std::optional<qint64> sourceTicket;

    static ArticleDraft fromArticle(const Article& article);
    // The problem (title, description) and its solution (the resolution note, else the last
    // public reply of someone other than the requester), ready to be cleaned up.
    static ArticleDraft fromTicket(const Ticket& ticket, const QList<Comment>& conversation);
    // Tags as typed: separated by commas or spaces, lower case, duplicates dropped.
    static QStringList parseTags(const QString& typed);

    // kb.article.create params (a new article) and kb.article.update params (an edit: every
    // field, from `version`).
    api::ArticleCreateParams createParams() const;
    api::ArticleUpdateParams updateParams() const;
};

// How an agent refers to an article in a reply: a reference the requester's applet and the
// agent client both recognise ("KB-12").
QString articleReference(qint64 id, const QString& title);

} // namespace frontline::client
