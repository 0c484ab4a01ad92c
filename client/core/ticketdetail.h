#pragma once

#include "api/ticketapi.h"
#include "api/workspaceapi.h"
#include "client/core/conversationmodel.h"
#include "client/core/fieldvalue.h"
#include "client/core/workflowinfo.h"
#include "domain/attachment.h"
#include "domain/ticket.h"
#include "rpc/rpcerror.h"

#include <QObject>

#include <optional>

namespace frontline::client {

class Directory;
class Outbox;
class Session;

struct LinkedTicket
{
    qint64 id = 0;
    QString title;
    QString status;
    bool open = true;
    QString kind; // related, merged_into, merged_from, problem, caused_by_change
};

using Viewer = api::PresenceViewer;

// The ticket an agent has open: its fields, its conversation, its links and who else is on
// it, all kept live; and every action on it, sent through the outbox.
class TicketDetail final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketDetail)

public:
    TicketDetail(Session& session, Outbox& outbox, const Directory& directory,
                 QObject* parent = nullptr);
    ~TicketDetail() override;

    void open(qint64 ticketId);
    void close();
    qint64 ticketId() const { return m_ticketId; }
    bool isLoaded() const { return m_loaded; }
    const Ticket& ticket() const { return m_ticket; }
    // Staff: whether the requester is a VIP (requesterChanged() once known).
    bool requesterVip() const { return m_requesterVip; }
    ConversationModel& conversation() { return m_conversation; }
    const QList<LinkedTicket>& links() const { return m_links; }
    // The ticket's files (attachment.list), kept current when one is added.
    const QList<Attachment>& attachments() const { return m_attachments; }
    // Colleagues with this ticket open (the user themselves left out).
    QList<Viewer> otherViewers() const;
    QList<WorkflowInfo::Transition> transitions() const;
    // The reporter's computer in two words, when the applet described it with the ticket.
    struct Computer
    {
        QString os;
        QString host;
    };
    std::optional<Computer> reporterComputer() const;
    // The ticket's custom field values this user may see (kept current by the pushes).
    FieldValues fieldValues() const;

    // Actions: each returns the outbox item's id.
    QString reply(const QString& body, bool internal);
    QString transition(const QString& status, const QString& note);
    QString assign(std::optional<qint64> userId);
    QString setGroup(std::optional<qint64> groupId);
    QString setPriority(int priority);
    // Custom field values (none clears one), saved with the ticket's version like the other
    // fields: a stale version is refused as a conflict.
    QString setFields(const FieldValues& values);
    QString escalate(std::optional<qint64> groupId, const QString& note);
    QString link(qint64 other);
    QString merge(qint64 into, const QString& note);
    QString logTime(int minutes, const QString& note);
    // The open ticket is an answer to this knowledge-base article (its authors see where it
    // helps). Best effort: nothing is reported.
    void linkArticle(qint64 articleId);
    void setTyping(bool typing);

Q_SIGNALS:
    void loaded();
    void requesterChanged();
    void ticketUpdated();
    void linksChanged();
    void attachmentsChanged();
    void viewersChanged();
    void changedByOthers(const frontline::UserRef& actor);
    // A ticket this client created (through the outbox) exists now, with this number.
    void created(qint64 ticketId);
    void errorOccurred(const frontline::rpc::RpcError& error);

private:
    QString update(api::TicketUpdateParams params, const QString& description);
    void apply(const Ticket& ticket);
    void loadLinks();
    void loadRequester();
    void loadAttachments();
    void announce(std::optional<qint64> ticket, bool typing);

    Session& m_session;
    Outbox& m_outbox;
    const Directory& m_directory;
    ConversationModel m_conversation;
    qint64 m_ticketId = 0;
    Ticket m_ticket;
    bool m_loaded = false;
    bool m_requesterVip = false;
    bool m_typing = false;
    QList<LinkedTicket> m_links;
    QList<Attachment> m_attachments;
    QList<Viewer> m_viewers;
    quint64 m_generation = 0;
};

} // namespace frontline::client
