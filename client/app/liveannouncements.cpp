#include "liveannouncements.h"

#include "client/core/conversationmodel.h"
#include "client/core/session.h"
#include "client/core/ticketdetail.h"
#include "client/widgets/announcer.h"

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

LiveAnnouncements::LiveAnnouncements(Session& session, TicketDetail& detail, Announcer& announcer,
                                     QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_detail(detail)
    , m_announcer(announcer)
{
    connect(&session, &Session::stateChanged, this, &LiveAnnouncements::onSessionState);
    // A loaded ticket resets the model; what is inserted afterwards arrived live.
    connect(&detail.conversation(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { onEntries(first, last); });
    connect(&detail, &TicketDetail::loaded, this, &LiveAnnouncements::onTicket);
    connect(&detail, &TicketDetail::ticketUpdated, this, &LiveAnnouncements::onTicket);
}

void LiveAnnouncements::onSessionState()
{
    const Session::State state = m_session.state();
    if (state == Session::State::Offline && !m_offline) {
        m_offline = true;
        m_announcer.announce(tr("The connection to the server is lost. Trying again; your "
                                "changes are kept."));
    } else if (state == Session::State::Ready && m_offline) {
        m_offline = false;
        m_announcer.announce(tr("The connection to the server is back."));
    } else if (state == Session::State::LoggedOut) {
        m_offline = false;
    }
}

void LiveAnnouncements::onEntries(int first, int last)
{
    const ConversationModel& conversation = m_detail.conversation();
    for (int row = first; row <= last && row < conversation.rowCount(); ++row) {
        const TicketEvent& entry = conversation.entryAt(row);
        if (entry.kind != TicketEvent::Kind::Comment || !entry.comment
            || entry.actor.id == m_session.user().id)
            continue;
        m_announcer.announce(entry.comment->internal
                                 ? tr("New internal note from %1 on ticket #%2.")
                                       .arg(entry.actor.shownName())
                                       .arg(m_detail.ticketId())
                                 : tr("New reply from %1 on ticket #%2.")
                                       .arg(entry.actor.shownName())
                                       .arg(m_detail.ticketId()));
    }
}

void LiveAnnouncements::onTicket()
{
    const QString& state = m_detail.ticket().sla.state;
    // Only a change seen on the open ticket: opening a breached ticket shows it in its fields.
    if (m_detail.ticketId() == m_ticketId && state == u"breached"_s && m_slaState != state)
        m_announcer.announce(tr("Ticket #%1 breached its SLA.").arg(m_ticketId));
    m_ticketId = m_detail.ticketId();
    m_slaState = state;
}

} // namespace frontline::client::ui
