#include "articledraft.h"

#include "domain/ticket.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline::client {

ArticleDraft ArticleDraft::fromArticle(const Article& article)
{
    ArticleDraft draft;
    draft.id = article.id;
    draft.version = article.version;
    draft.title = article.title;
    draft.body = article.body;
    draft.category = article.category;
    draft.tags = article.tags;
    draft.visibility = article.visibility;
    draft.sourceTicket = article.sourceTicket;
    return draft;
}

ArticleDraft ArticleDraft::fromTicket(const Ticket& ticket, const QList<Comment>& conversation)
{
    QString lastStaffReply;
    for (auto it = conversation.crbegin(); it != conversation.crend(); ++it) {
        if (!it->internal && it->author.id != ticket.requester.id) {
            lastStaffReply = it->body;
            break;
        }
    }
    ArticleDraft draft;
    draft.title = ticket.title;
    draft.category = ticket.category;
    draft.tags = ticket.tags;
    draft.sourceTicket = ticket.id;
    const QString solution =
        !ticket.resolution.trimmed().isEmpty() ? ticket.resolution : lastStaffReply;
    draft.body = u"## "_s + tr("Problem") + u"\n\n"_s + ticket.description.trimmed() + u"\n\n## "_s
        + tr("Solution") + u"\n\n"_s
        + (solution.trimmed().isEmpty() ? tr("Describe the steps that solved it.")
                                        : solution.trimmed())
        + u'\n';
    return draft;
}

QStringList ArticleDraft::parseTags(const QString& typed)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    QStringList tags;
    for (const QString& tag : typed.split(separators, Qt::SkipEmptyParts)) {
        const QString lower = tag.toLower();
        if (!tags.contains(lower))
            tags.append(lower);
    }
    return tags;
}

api::ArticleCreateParams ArticleDraft::createParams() const
{
    api::ArticleCreateParams p;
    p.title = title;
    p.body = body;
    if (!category.isEmpty())
        p.category = category;
    p.tags = tags;
    p.visibility = visibility;
    p.sourceTicket = sourceTicket;
    return p;
}

api::ArticleUpdateParams ArticleDraft::updateParams() const
{
    api::ArticleUpdateParams p;
    p.id = id.value_or(0);
    p.version = version;
    p.title = title;
    p.body = body;
    p.category =
        category.isEmpty() ? api::Nullable<QString>::null() : api::Nullable<QString>::of(category);
    p.tags = tags;
    p.visibility = visibility;
    return p;
}

QString articleReference(qint64 id, const QString& title)
{
    return u"KB-%1 “%2”"_s.arg(id).arg(title);
}

} // namespace frontline::client
