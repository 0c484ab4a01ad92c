#pragma once

#include "domain/ticket.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

namespace frontline::client {

class Session;
class WorkflowInfo;

// An organisation viewer's "My organisation": every ticket of the requester's organisation,
// theirs and their colleagues', most recently changed first, kept live from pushed events.
// Read-only: a colleague's ticket can be read, not answered. Empty (and never asks the server)
// for anyone who is not an organisation viewer.
class OrgTickets final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrgTickets)
    Q_PROPERTY(bool available READ isAvailable NOTIFY availableChanged)

public:
    enum RoleName {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        StatusRole, // the state's label
        OpenRole,
        UpdatedRole, // ms since the epoch
        RequesterRole, // the requester's shown name
        OwnRole, // the signed-in user raised it
    };

    OrgTickets(Session& session, const WorkflowInfo& workflow, QObject* parent = nullptr);

    // Whether the signed-in user sees their organisation's tickets (an organisation viewer).
    bool isAvailable() const;
    QString organisationName() const;
    void refresh();
    std::optional<Ticket> ticket(qint64 id) const;
    QModelIndex indexOf(qint64 id) const;
    const QList<Ticket>& tickets() const { return m_tickets; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

Q_SIGNALS:
    void loaded();
    void availableChanged();

private:
    void upsert(const Ticket& ticket);
    bool belongs(const Ticket& ticket) const;

    Session& m_session;
    const WorkflowInfo& m_workflow;
    QList<Ticket> m_tickets;
};

} // namespace frontline::client
