#pragma once

#include "api/workspaceapi.h"
#include "client/core/ticketquery.h"
#include "domain/ticket.h"
#include "rpc/rpcerror.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace frontline::client {

class Session;
class WorkflowInfo;

// A queue of tickets: fetched page by page (canFetchMore/fetchMore with the server's keyset
// cursor), sorted and filtered on the server, and patched in place when the server pushes a
// change: a row updates, moves, appears or leaves without a reset, so views keep their
// selection and scroll position.
class TicketListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketListModel)

public:
    enum Column {
        IdColumn,
        PriorityColumn,
        StatusColumn,
        TitleColumn,
        RequesterColumn,
        AssigneeColumn,
        GroupColumn,
        AgeColumn,
        SlaColumn,
        UpdatedColumn,
        ViewersColumn, // colleagues who have the ticket open (live, from presence.changed)
        TypeColumn, // incident, service request, problem, change (shown after the id)
        ColumnCount
    };
    enum Role {
        TicketIdRole = Qt::UserRole + 1,
        PriorityRole, // int 1..5
        SlaStateRole, // on_track, at_risk, breached, paused, met
        OpenRole, // bool
        VersionRole, // int
        ViewersRole, // QStringList: the colleagues who have the ticket open
    };

    TicketListModel(Session& session, const WorkflowInfo& workflow, QObject* parent = nullptr);

    void setQuery(const TicketQuery& query);
    const TicketQuery& query() const { return m_query; }
    void reload();
    bool isLoading() const { return m_loading; }
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    const Ticket& ticketAt(int row) const { return m_rows.at(row); }
    // The colleagues (the user left out) who have a ticket open, and whether they type.
    QList<api::PresenceViewer> viewersOf(qint64 ticketId) const;
    int rowOf(qint64 ticketId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void firstPageLoaded();
    void errorOccurred(const frontline::rpc::RpcError& error);

private:
    void fetch(const QString& cursor, int limit);
    void setLoading(bool loading);
    void upsert(const Ticket& ticket);
    int insertionRow(const Ticket& ticket) const;
    void setPresence(const api::Presence& presence);
    QString viewersText(qint64 ticketId) const;
    QString viewersToolTip(qint64 ticketId) const;
    // What a screen reader says for a cell (Qt::AccessibleTextRole, which Qt's accessible
    // table cell reads before the shown text): words where the view shows a code or a colour.
    QString accessibleText(const QModelIndex& index) const;

    Session& m_session;
    const WorkflowInfo& m_workflow;
    TicketQuery m_query;
    QList<Ticket> m_rows;
    QHash<qint64, QList<api::PresenceViewer>> m_viewers; // by ticket, others only
    QString m_nextCursor;
    bool m_loading = false;
    bool m_started = false;
    quint64 m_generation = 0; // answers to an older query are ignored
    std::function<qint64()> m_clock;
};

} // namespace frontline::client
