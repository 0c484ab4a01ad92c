#pragma once

#include "domain/comment.h"
#include "domain/ticket.h"
#include "rpc/rpcerror.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace frontline::client {

class ClientSettings;
class Session;
class WorkflowInfo;

// The requester's own tickets, most recently changed first, kept live from pushed events.
// A ticket is unread when someone else answered or changed it since the user last looked —
// also while the applet was not running (the last seen update is remembered per ticket).
class MyTickets final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyTickets)

public:
    enum RoleName {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        StatusRole, // the state's label
        OpenRole,
        UpdatedRole, // ms since the epoch
        UnreadRole,
        AwaitingConfirmationRole, // resolved: the requester confirms or reopens
        ExpectedByRole, // ms since the epoch: when the desk aims to have it done; invalid if none
    };

    MyTickets(Session& session, const WorkflowInfo& workflow, QObject* parent = nullptr);

    // When the requester may expect the ticket done: its SLA's resolution target, while it is
    // open and the clock runs (not while the desk waits for the requester, nor once done).
    static std::optional<qint64> expectedBy(const Ticket& ticket);

    void refresh();
    // The user opened the ticket: what is there now has been seen.
    void markRead(qint64 id);
    // The satisfaction survey of a resolved ticket (1 to 5, and a comment): rated() or
    // ratingFailed() answers. Answering again replaces the answer.
    void rate(qint64 id, int score, const QString& comment);

    int unreadCount() const { return int(m_unread.size()); }
    bool isUnread(qint64 id) const { return m_unread.contains(id); }
    std::optional<Ticket> ticket(qint64 id) const;
    // The ticket's row (invalid when it is not in the list).
    QModelIndex indexOf(qint64 id) const;
    const QList<Ticket>& tickets() const { return m_tickets; }
    bool isLoaded() const { return m_loaded; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

Q_SIGNALS:
    void loaded();
    void unreadChanged(int count);
    // Someone else wrote on one of the user's tickets: a desktop notification.
    void replyArrived(const frontline::Ticket& ticket, const frontline::Comment& comment);
    void statusChanged(const frontline::Ticket& ticket, const QString& oldStatus);
    void rated(qint64 ticketId, int score);
    void ratingFailed(qint64 ticketId, const frontline::rpc::RpcError& error);

private:
    void upsert(const Ticket& ticket);
    void setUnread(qint64 id, bool unread);
    void remember(const Ticket& ticket);
    void loadSeen();
    void saveSeen() const;

    Session& m_session;
    const WorkflowInfo& m_workflow;
    QList<Ticket> m_tickets;
    QSet<qint64> m_unread;
    QHash<qint64, qint64> m_seen; // ticket -> the updated_at the user has seen
    bool m_loaded = false;
};

} // namespace frontline::client
