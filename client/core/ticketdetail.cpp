#include "ticketdetail.h"

#include "api/methods.h"
#include "api/searchapi.h"
#include "api/selfserviceapi.h"
#include "api/selfserviceresults.h"
#include "api/ticketapi.h"
#include "api/workspaceapi.h"
#include "client/core/directory.h"
#include "client/core/outbox.h"
#include "client/core/session.h"
#include "client/core/systeminfo.h"
#include "rpc/rpcclient.h"

#include <QDateTime>
#include <QJsonObject>

#include <memory>

using namespace Qt::StringLiterals;

namespace frontline::client {
namespace {

// The methods whose result is the ticket as it now is.
bool answersWithTicket(const QString& method)
{
    return method == api::method::TicketUpdate || method == api::method::TicketTransition
        || method == api::method::TicketEscalate || method == api::method::TicketLogTime;
}

} // namespace

TicketDetail::TicketDetail(Session& session, Outbox& outbox, const Directory& directory,
                           QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_outbox(outbox)
    , m_directory(directory)
    , m_conversation(directory.workflow())
{
    connect(
        &session, &Session::ticketChanged, this,
        [this](const Ticket& ticket, const QList<api::FieldChange>& changes, const UserRef& actor) {
            if (ticket.id != m_ticketId || !m_loaded)
                return;
            // A new rating arrives with its comment: known before its entry is added.
            if (ticket.rating)
                m_conversation.setRating(ticket.rating);
            // A push carries the fields shown to requesters (or none); the others change by
            // their entries in `changes` (staff only).
            QJsonObject values = m_ticket.fields.value_or(QJsonObject());
            const QJsonObject pushed = ticket.fields.value_or(QJsonObject());
            for (auto it = pushed.begin(); it != pushed.end(); ++it)
                values.insert(it.key(), it.value());
            for (const api::FieldChange& c : changes) {
                if (c.field.startsWith(u"fields."_s)) {
                    if (api::isEmptyFieldValue(c.newValue))
                        values.remove(c.field.mid(7));
                    else
                        values.insert(c.field.mid(7), c.newValue);
                }
            }
            Ticket merged = ticket;
            if (!values.isEmpty() || m_ticket.fields)
                merged.fields = values;
            for (const api::FieldChange& c : changes) {
                m_conversation.appendChange(actor, ticket.updatedAt, c.field, c.oldValue,
                                            c.newValue);
                // An incident's problem and causing change are shown among its links.
                if (c.field == u"links"_s || c.field == u"problem"_s
                    || c.field == u"caused_by_change"_s)
                    loadLinks();
                if (c.field == u"attachments"_s)
                    loadAttachments();
            }
            apply(merged);
            if (actor.id != m_session.user().id)
                Q_EMIT changedByOthers(actor);
        });
    connect(&session, &Session::ticketCommented, this,
            [this](const Ticket& ticket, const Comment& comment) {
                if (ticket.id != m_ticketId || !m_loaded)
                    return;
                m_conversation.appendComment(comment);
                apply(ticket);
            });
    connect(&session, &Session::ticketMailed, this, [this](const api::TicketMailedEvent& event) {
        if (event.ticketId == m_ticketId && m_loaded)
            m_conversation.updateMails(event.mails);
    });
    connect(&session, &Session::presenceChanged, this, [this](const api::Presence& presence) {
        if (!presence.ticketId || *presence.ticketId != m_ticketId)
            return;
        m_viewers = presence.viewers;
        Q_EMIT viewersChanged();
    });
    connect(&session, &Session::connectionRestored, this, [this] {
        if (m_ticketId)
            open(m_ticketId); // catch up with what happened while offline
    });
    connect(
        &outbox, &Outbox::sent, this,
        [this](const QString&, const QString& method, qint64 ticketId, const QJsonValue& result) {
            if (method == api::method::TicketCreate) {
                Q_EMIT created(Ticket::fromJson(result.toObject()).id);
                return;
            }
            if (ticketId != m_ticketId)
                return;
            if (method == api::method::TicketComment)
                m_conversation.appendComment(Comment::fromJson(result.toObject()));
            else if (method == api::method::TicketMerge)
                apply(api::TicketMerged::fromJson(result).ticket);
            else if (answersWithTicket(method))
                apply(Ticket::fromJson(result.toObject()));
        });
}

void TicketDetail::loadRequester()
{
    m_requesterVip = false;
    if (!m_session.isStaff())
        return;
    const quint64 generation = m_generation;
    m_session.rpc().call(QString(api::method::UserGet),
                         api::IdParams {m_ticket.requester.id}.toJson(), this,
                         [this, generation](const rpc::RpcReply& reply) {
                             if (generation != m_generation || reply.isError())
                                 return;
                             m_requesterVip = User::fromJson(reply.result().toObject()).vip;
                             Q_EMIT requesterChanged();
                         });
}

TicketDetail::~TicketDetail()
{
    if (m_ticketId && m_session.isReady() && m_session.isStaff())
        announce(std::nullopt, false);
}

void TicketDetail::open(qint64 ticketId)
{
    const quint64 generation = ++m_generation;
    const bool another = ticketId != m_ticketId;
    m_ticketId = ticketId;
    if (another) {
        m_loaded = false;
        m_links.clear();
        m_attachments.clear();
        m_viewers = {};
        m_conversation.clear();
    }
    rpc::RpcClient& rpc = m_session.rpc();
    const QJsonObject id = api::IdParams {ticketId}.toJson();
    // Pipelined on one connection: the ticket and its history are asked for together. The
    // server answers reads in parallel, so either may come first; loaded() waits for both.
    auto ticket = std::make_shared<std::optional<Ticket>>();
    auto history = std::make_shared<std::optional<api::TicketHistory>>();
    const auto finish = [this, generation, ticket, history] {
        if (generation != m_generation || !*ticket || !*history)
            return;
        m_ticket = **ticket;
        m_conversation.setRating(m_ticket.rating);
        m_conversation.setEntries(m_ticketId, m_ticket.type, (*history)->items);
        m_conversation.setMails((*history)->mails);
        m_loaded = true;
        Q_EMIT loaded();
        loadRequester();
    };
    rpc.call(QString(api::method::TicketGet), id, this,
             [this, generation, ticket, finish](const rpc::RpcReply& reply) {
                 if (generation != m_generation)
                     return;
                 if (reply.isError()) {
                     Q_EMIT errorOccurred(reply.error());
                     return;
                 }
                 *ticket = Ticket::fromJson(reply.result().toObject());
                 finish();
             });
    rpc.call(QString(api::method::TicketHistory), id, this,
             [this, generation, history, finish](const rpc::RpcReply& reply) {
                 if (generation != m_generation || reply.isError())
                     return;
                 *history = api::TicketHistory::fromJson(reply.result());
                 finish();
             });
    loadLinks();
    loadAttachments();
    if (m_session.isStaff())
        announce(ticketId, false);
}

void TicketDetail::loadAttachments()
{
    const qint64 ticketId = m_ticketId;
    m_session.rpc().call(QString(api::method::AttachmentList),
                         api::AttachmentListParams {ticketId}.toJson(), this,
                         [this, ticketId](const rpc::RpcReply& reply) {
                             if (ticketId != m_ticketId || reply.isError())
                                 return;
                             m_attachments = api::AttachmentList::fromJson(reply.result()).items;
                             Q_EMIT attachmentsChanged();
                         });
}

void TicketDetail::close()
{
    if (m_ticketId && m_session.isStaff())
        announce(std::nullopt, false);
    ++m_generation;
    m_ticketId = 0;
    m_loaded = false;
    m_typing = false;
    m_links.clear();
    m_attachments.clear();
    m_viewers = {};
    m_conversation.clear();
}

void TicketDetail::loadLinks()
{
    const quint64 generation = m_generation;
    m_session.rpc().call(QString(api::method::TicketLinks), api::IdParams {m_ticketId}.toJson(),
                         this, [this, generation](const rpc::RpcReply& reply) {
                             if (generation != m_generation || reply.isError())
                                 return;
                             m_links.clear();
                             for (const api::TicketLink& link :
                                  api::TicketLinks::fromJson(reply.result()).items)
                                 m_links.append({link.ticket.id, link.ticket.title,
                                                 link.ticket.status, link.ticket.open, link.kind});
                             Q_EMIT linksChanged();
                         });
}

void TicketDetail::announce(std::optional<qint64> ticket, bool typing)
{
    m_session.rpc().call(QString(api::method::PresenceUpdate),
                         api::PresenceParams {ticket, typing}.toJson(), this,
                         [this, ticket](const rpc::RpcReply& reply) {
                             if (!reply.isError() && ticket && *ticket == m_ticketId) {
                                 m_viewers = api::Presence::fromJson(reply.result()).viewers;
                                 Q_EMIT viewersChanged();
                             }
                         });
}

void TicketDetail::setTyping(bool typing)
{
    if (typing == m_typing || !m_ticketId || !m_session.isStaff())
        return;
    m_typing = typing;
    announce(m_ticketId, typing);
}

QList<Viewer> TicketDetail::otherViewers() const
{
    QList<Viewer> viewers;
    for (const Viewer& viewer : m_viewers) {
        if (viewer.user.id != m_session.user().id)
            viewers.append(viewer);
    }
    return viewers;
}

std::optional<TicketDetail::Computer> TicketDetail::reporterComputer() const
{
    if (!m_loaded || m_ticket.systemInfo.isEmpty())
        return std::nullopt;
    Computer computer;
    for (const SystemInfo::Entry& entry : SystemInfo::fromJson(m_ticket.systemInfo)) {
        if (entry.key == u"os"_s)
            computer.os = entry.value;
        else if (entry.key == u"host"_s)
            computer.host = entry.value;
    }
    return computer;
}

QList<WorkflowInfo::Transition> TicketDetail::transitions() const
{
    return m_loaded ? m_directory.workflow().transitionsFor(m_ticket, m_session.user().role)
                    : QList<WorkflowInfo::Transition>();
}

void TicketDetail::apply(const Ticket& ticket)
{
    if (ticket.id != m_ticketId || ticket.version < m_ticket.version)
        return;
    // Only ticket.get carries these (and a rating's push its rating).
    const QJsonObject systemInfo = m_ticket.systemInfo;
    const std::optional<Rating> rating = m_ticket.rating;
    const std::optional<QJsonObject> fields = m_ticket.fields;
    m_ticket = ticket;
    if (!m_ticket.fields) // a comment's push or an answer without them: they did not change
        m_ticket.fields = fields;
    if (m_ticket.systemInfo.isEmpty())
        m_ticket.systemInfo = systemInfo;
    if (!m_ticket.rating)
        m_ticket.rating = rating;
    Q_EMIT ticketUpdated();
}

QString TicketDetail::reply(const QString& body, bool internal)
{
    api::TicketCommentParams params;
    params.id = m_ticketId;
    params.body = body;
    params.internal = internal;
    return m_outbox.submit(QString(api::method::TicketComment), params.toJson(),
                           internal ? tr("Internal note on #%1").arg(m_ticketId)
                                    : tr("Reply on #%1").arg(m_ticketId),
                           m_ticketId);
}

QString TicketDetail::transition(const QString& status, const QString& note)
{
    api::TicketTransitionParams params;
    params.id = m_ticketId;
    params.status = status;
    params.note = note;
    params.version = m_ticket.version;
    return m_outbox.submit(QString(api::method::TicketTransition), params.toJson(),
                           tr("#%1 to %2")
                               .arg(m_ticketId)
                               .arg(m_directory.workflow().stateLabel(m_ticket.type, status)),
                           m_ticketId);
}

QString TicketDetail::update(api::TicketUpdateParams params, const QString& description)
{
    params.id = m_ticketId;
    params.version = m_ticket.version;
    return m_outbox.submit(QString(api::method::TicketUpdate), params.toJson(), description,
                           m_ticketId);
}

QString TicketDetail::assign(std::optional<qint64> userId)
{
    api::TicketUpdateParams params;
    params.assignee = {true, userId};
    return update(params,
                  userId ? tr("Assign #%1").arg(m_ticketId) : tr("Unassign #%1").arg(m_ticketId));
}

QString TicketDetail::setGroup(std::optional<qint64> groupId)
{
    api::TicketUpdateParams params;
    params.group = {true, groupId};
    return update(params, tr("Move #%1 to another group").arg(m_ticketId));
}

QString TicketDetail::setPriority(int priority)
{
    api::TicketUpdateParams params;
    params.priority = priority;
    return update(params, tr("Priority of #%1").arg(m_ticketId));
}

FieldValues TicketDetail::fieldValues() const
{
    return fieldValuesFromJson(m_ticket.fields.value_or(QJsonObject()));
}

QString TicketDetail::setFields(const FieldValues& values)
{
    api::TicketUpdateParams params;
    params.fields = toJson(values);
    return update(params, tr("Fields of #%1").arg(m_ticketId));
}

QString TicketDetail::escalate(std::optional<qint64> groupId, const QString& note)
{
    api::TicketEscalateParams params;
    params.id = m_ticketId;
    params.group = groupId;
    params.note = note;
    params.version = m_ticket.version;
    return m_outbox.submit(QString(api::method::TicketEscalate), params.toJson(),
                           tr("Escalate #%1").arg(m_ticketId), m_ticketId);
}

QString TicketDetail::link(qint64 other)
{
    return m_outbox.submit(QString(api::method::TicketLink),
                           api::TicketLinkParams {m_ticketId, other}.toJson(),
                           tr("Link #%1 and #%2").arg(m_ticketId).arg(other), m_ticketId);
}

QString TicketDetail::merge(qint64 into, const QString& note)
{
    return m_outbox.submit(QString(api::method::TicketMerge),
                           api::TicketMergeParams {m_ticketId, into, note}.toJson(),
                           tr("Merge #%1 into #%2").arg(m_ticketId).arg(into), m_ticketId);
}

void TicketDetail::linkArticle(qint64 articleId)
{
    if (!m_ticketId)
        return;
    m_session.rpc().call(QString(api::method::KbArticleLink),
                         api::ArticleLinkParams {articleId, m_ticketId}.toJson(), this,
                         [](const rpc::RpcReply&) {});
}

QString TicketDetail::logTime(int minutes, const QString& note)
{
    return m_outbox.submit(QString(api::method::TicketLogTime),
                           api::TicketLogTimeParams {m_ticketId, minutes, note}.toJson(),
                           tr("Time on #%1").arg(m_ticketId), m_ticketId);
}

} // namespace frontline::client
