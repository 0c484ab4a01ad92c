#pragma once

#include "api/eventapi.h"
#include "api/ticketresults.h"
#include "domain/ticket.h"
#include "domain/ticketevent.h"

#include <QAbstractListModel>
#include <QList>

namespace frontline::client {

class WorkflowInfo;

// A ticket's timeline: public replies, internal notes and field changes, oldest first. The
// text of each entry is plain text; views must never interpret it as markup.
class ConversationModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // created, change, comment
        AuthorRole, // display name
        BodyRole, // a comment's text; for the latest rating, the requester's comment
        InternalRole, // an internal note (or a change only staff see)
        TimeRole, // ms since the epoch
        SummaryRole, // one line for changes: "Status: New → Assigned"
        EventIdRole,
        MailFromRole, // the address an entry came in from by e-mail; empty otherwise
        MailsOutRole, // the notification mails the entry caused, in one line; empty if none
    };

    explicit ConversationModel(const WorkflowInfo& workflow, QObject* parent = nullptr);

    void setEntries(qint64 ticketId, TicketType type, const QList<TicketEvent>& entries);
    void clear();
    // The history's mail marks (staff only; see api::HistoryMail), after setEntries().
    void setMails(const QList<api::HistoryMail>& mails);
    // Live (ticket.mailed): marks that changed. A mail's new state replaces its old one (a mail
    // is known by its entry, address and kind); an entry appended from its push is found by
    // its comment and learns its event id.
    void updateMails(const QList<api::MailMark>& marks);
    // "Mailed to ann@example.com (sent), bob@example.com (queued)".
    static QString mailsLine(const QList<api::HistoryMail>& mails);
    // The ticket's current satisfaction rating: its comment is the body of the latest rating
    // change (the history records scores; the comment is only kept as last given).
    void setRating(const std::optional<Rating>& rating);
    // Live: a pushed comment or change (duplicates of what is shown already are ignored).
    void appendComment(const Comment& comment);
    void appendChange(const UserRef& actor, qint64 at, const QString& field,
                      const QJsonValue& oldValue, const QJsonValue& newValue);

    const TicketEvent& entryAt(int row) const { return m_entries.at(row); }
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString summary(const TicketEvent& event) const;

private:
    QString describeValue(const QString& field, const QJsonValue& value) const;
    int latestRatingRow() const;

    const WorkflowInfo& m_workflow;
    qint64 m_ticketId = 0;
    TicketType m_type = TicketType::Incident;
    QList<TicketEvent> m_entries;
    std::optional<Rating> m_rating;
    QHash<qint64, QString> m_mailFrom; // event id -> address
    QHash<qint64, QList<api::HistoryMail>> m_mailsOut; // event id -> notification mails
};

} // namespace frontline::client
