#pragma once

#include "api/orgapi.h"
#include "api/ticketresults.h"
#include "client/core/ticketquery.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace frontline::client {

class Session;

// The agent's queues: how many tickets each holds, saving the current queue as a view and
// deleting one, and the agent's availability for automatic assignment. The navigation pane and
// the main window forward the user's intent here and show what it reports.
class QueueController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueController)

public:
    explicit QueueController(Session& session, QObject* parent = nullptr);

    // ticket.count for the queue named `key`: counted() answers.
    void count(const QString& key, const TicketQuery& query);
    void saveView(const QString& name, const TicketQuery& query);
    void deleteView(qint64 id);
    // Away (false): automatic assignment passes the agent by until they are back.
    void setAvailable(bool available);
    // The organisations a queue can be narrowed to (org.list): organisationsLoaded() answers.
    // Once asked for, they are read again on an `organisations` push and a restored connection.
    void loadOrganisations();
    const QList<Organisation>& organisations() const { return m_orgs; }
    // `query` narrowed to one organisation's tickets (none: the query as it is).
    static TicketQuery narrowedToOrg(const TicketQuery& query, std::optional<qint64> org);

    // A saved view's query as view.list gave it, read with ticket.list's rules; the default
    // query when the server's rules no longer accept it.
    static TicketQuery savedQuery(const QJsonObject& filter, const QString& sort);
    // "12", or "500+" when the server stopped counting.
    static QString countText(const api::TicketCount& count);

Q_SIGNALS:
    void counted(const QString& key, const frontline::api::TicketCount& count);
    void viewSaved();
    void viewSaveFailed(const frontline::rpc::RpcError& error);
    // Deleted or not (viewDeleteFailed first): the views are worth reading again.
    void viewDeleted();
    void viewDeleteFailed(const frontline::rpc::RpcError& error);
    void availabilityChanged(bool available);
    void availabilityFailed(const frontline::rpc::RpcError& error);
    void organisationsLoaded();

private:
    Session& m_session;
    QList<Organisation> m_orgs;
    quint64 m_orgsAsked = 0; // reads of the organisations sent
};

} // namespace frontline::client
