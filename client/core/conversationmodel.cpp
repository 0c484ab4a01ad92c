#include "conversationmodel.h"

#include "api/eventapi.h"
#include "client/core/timetext.h"
#include "client/core/workflowinfo.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::client {

ConversationModel::ConversationModel(const WorkflowInfo& workflow, QObject* parent)
    : QAbstractListModel(parent)
    , m_workflow(workflow)
{ }

void ConversationModel::setEntries(qint64 ticketId, TicketType type,
                                   const QList<TicketEvent>& entries)
{
    beginResetModel();
    m_ticketId = ticketId;
    m_type = type;
    m_entries = entries;
    endResetModel();
}

void ConversationModel::clear()
{
    m_rating.reset();
    m_mailFrom.clear();
    m_mailsOut.clear();
    setEntries(0, TicketType::Incident, {});
}

void ConversationModel::setMails(const QList<api::HistoryMail>& mails)
{
    m_mailFrom.clear();
    m_mailsOut.clear();
    for (const api::HistoryMail& mail : mails) {
        if (mail.direction == u"in"_s)
            m_mailFrom.insert(mail.eventId, mail.address);
        else
            m_mailsOut[mail.eventId].append(mail);
    }
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1),
                           {MailFromRole, MailsOutRole});
}

void ConversationModel::updateMails(const QList<api::MailMark>& marks)
{
    for (const api::MailMark& mark : marks) {
        const api::HistoryMail& mail = mark.mail;
        int row = -1;
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            TicketEvent& entry = m_entries[i];
            if (entry.id == mail.eventId
                || (mark.commentId && entry.id == 0 && entry.comment
                    && entry.comment->id == mark.commentId)) {
                entry.id = mail.eventId;
                row = int(i);
                break;
            }
        }
        if (mail.direction == u"in"_s) {
            m_mailFrom.insert(mail.eventId, mail.address);
        } else {
            QList<api::HistoryMail>& out = m_mailsOut[mail.eventId];
            const auto same = std::find_if(out.begin(), out.end(), [&](const api::HistoryMail& m) {
                return m.address == mail.address && m.kind == mail.kind;
            });
            if (same != out.end())
                *same = mail;
            else
                out.append(mail);
        }
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {EventIdRole, MailFromRole, MailsOutRole});
    }
}

QString ConversationModel::mailsLine(const QList<api::HistoryMail>& mails)
{
    QStringList parts;
    for (const api::HistoryMail& mail : mails) {
        const QString state = mail.state == u"sent"_s ? tr("sent")
            : mail.state == u"failed"_s               ? tr("failed")
                                                      : tr("queued");
        parts.append(tr("%1 (%2)").arg(mail.address, state));
    }
    return parts.isEmpty() ? QString() : tr("Mailed to %1").arg(parts.join(u", "_s));
}

void ConversationModel::setRating(const std::optional<Rating>& rating)
{
    m_rating = rating;
    if (const int row = latestRatingRow(); row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {BodyRole});
}

int ConversationModel::latestRatingRow() const
{
    for (qsizetype row = m_entries.size() - 1; row >= 0; --row) {
        const TicketEvent& event = m_entries.at(row);
        if (event.kind == TicketEvent::Kind::Change && event.field == u"rating"_s)
            return int(row);
    }
    return -1;
}

void ConversationModel::appendComment(const Comment& comment)
{
    if (comment.ticketId != m_ticketId)
        return;
    for (const TicketEvent& entry : std::as_const(m_entries)) {
        if (entry.comment && entry.comment->id == comment.id)
            return;
    }
    TicketEvent event;
    event.ticketId = comment.ticketId;
    event.kind = TicketEvent::Kind::Comment;
    event.actor = comment.author;
    event.at = comment.createdAt;
    event.internal = comment.internal;
    event.comment = comment;
    beginInsertRows({}, static_cast<int>(m_entries.size()), static_cast<int>(m_entries.size()));
    m_entries.append(event);
    endInsertRows();
}

void ConversationModel::appendChange(const UserRef& actor, qint64 at, const QString& field,
                                     const QJsonValue& oldValue, const QJsonValue& newValue)
{
    TicketEvent event;
    event.ticketId = m_ticketId;
    event.kind = TicketEvent::Kind::Change;
    event.actor = actor;
    event.at = at;
    event.field = field;
    event.oldValue = oldValue;
    event.newValue = newValue;
    beginInsertRows({}, static_cast<int>(m_entries.size()), static_cast<int>(m_entries.size()));
    m_entries.append(event);
    endInsertRows();
}

int ConversationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QString ConversationModel::describeValue(const QString& field, const QJsonValue& value) const
{
    if (value.isNull() || value.isUndefined())
        return tr("none");
    if (const auto name = api::FieldChange::nameOf(value))
        return *name;
    if (field == u"status"_s)
        return m_workflow.stateLabel(m_type, value.toString());
    if (field == u"priority"_s)
        return u"P%1"_s.arg(value.toInt());
    if (field == u"time_spent"_s)
        return TimeText::minutes(value.toInt());
    // Fields whose values are ticket numbers.
    static const QSet<QString> ticketFields {u"merged_into"_s, u"problem"_s, u"caused_by_change"_s,
                                             u"change.caused_incidents"_s, u"incidents"_s};
    if (ticketFields.contains(field) && value.isDouble())
        return u"#%1"_s.arg(value.toInteger());
    if (field == u"rating"_s)
        return tr("%1 of 5").arg(value.toInt());
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isObject()) { // a change's approval ({state, ...}) or review ({outcome, notes})
        const QJsonObject object = value.toObject();
        return object.value("outcome"_L1).toString(object.value("state"_L1).toString());
    }
    const QString text = value.toString();
    return text.size() > 60 ? text.left(57) + u"…"_s : text;
}

QString ConversationModel::summary(const TicketEvent& event) const
{
    if (event.kind == TicketEvent::Kind::Created)
        return tr("%1 opened the ticket").arg(event.actor.displayName);
    if (event.kind == TicketEvent::Kind::Comment)
        return event.comment ? event.comment->body : QString();
    static const QHash<QString, const char*> names {
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"assignee"_s, QT_TR_NOOP("Assignee")},
        {u"group"_s, QT_TR_NOOP("Group")},
        {u"priority"_s, QT_TR_NOOP("Priority")},
        {u"impact"_s, QT_TR_NOOP("Impact")},
        {u"urgency"_s, QT_TR_NOOP("Urgency")},
        {u"category"_s, QT_TR_NOOP("Category")},
        {u"title"_s, QT_TR_NOOP("Title")},
        {u"description"_s, QT_TR_NOOP("Description")},
        {u"resolution"_s, QT_TR_NOOP("Resolution")},
        {u"escalation"_s, QT_TR_NOOP("Escalated")},
        {u"links"_s, QT_TR_NOOP("Linked tickets")},
        {u"time_spent"_s, QT_TR_NOOP("Time spent")},
        {u"merged_into"_s, QT_TR_NOOP("Merged into")},
        {u"rating"_s, QT_TR_NOOP("Satisfaction")},
        // Problems and changes (issue 22).
        {u"problem"_s, QT_TR_NOOP("Problem")},
        {u"caused_by_change"_s, QT_TR_NOOP("Caused by change")},
        {u"change.caused_incidents"_s, QT_TR_NOOP("Incident caused")},
        {u"incidents"_s, QT_TR_NOOP("Incidents")},
        {u"root_cause"_s, QT_TR_NOOP("Root cause")},
        {u"workaround"_s, QT_TR_NOOP("Workaround")},
        {u"known_error"_s, QT_TR_NOOP("Known error")},
        {u"change.approval"_s, QT_TR_NOOP("Change approval")},
        {u"change.review"_s, QT_TR_NOOP("Post-implementation review")},
    };
    const auto name = names.constFind(event.field);
    const QString label = name == names.constEnd() ? event.field : tr(*name);
    return tr("%1: %2 → %3")
        .arg(label, describeValue(event.field, event.oldValue),
             describeValue(event.field, event.newValue));
}

QVariant ConversationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketEvent& event = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SummaryRole:
        return summary(event);
    case KindRole:
        return TicketEvent::kindName(event.kind);
    case AuthorRole:
        return event.actor.displayName;
    case BodyRole:
        if (event.comment)
            return event.comment->body;
        if (m_rating && event.field == u"rating"_s && index.row() == latestRatingRow())
            return m_rating->comment;
        return QString();
    case InternalRole:
        return event.internal;
    case TimeRole:
        return event.at;
    case EventIdRole:
        return event.id;
    case MailFromRole:
        return m_mailFrom.value(event.id);
    case MailsOutRole:
        return mailsLine(m_mailsOut.value(event.id));
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {KindRole, "kind"},         {AuthorRole, "author"},
            {BodyRole, "body"},           {InternalRole, "internal"}, {TimeRole, "time"},
            {SummaryRole, "summary"},     {EventIdRole, "eventId"},   {MailFromRole, "mailFrom"},
            {MailsOutRole, "mailsOut"}};
}

} // namespace frontline::client
