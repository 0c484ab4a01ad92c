#pragma once

#include "api/approvalprogressapi.h"
#include "domain/ticket.h"

#include <QObject>

#include <optional>

namespace frontline::client {

class Session;

// One service request as its requester follows it (issue 21): the request itself, the steps
// of its approval chain and its fulfilment tasks by stage, each with its state. Read with
// ticket.get, read again when a push concerns the request or one of its tasks
// (ticket.created / ticket.changed / approval.changed) and after a reconnect.
class RequestProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestProgress)

public:
    explicit RequestProgress(Session& session, QObject* parent = nullptr);

    void setRequest(qint64 id); // loads it
    void reload();
    qint64 requestId() const { return m_id; }
    bool isLoaded() const { return m_request.has_value(); }
    const std::optional<Ticket>& request() const { return m_request; }
    const QList<api::ApprovalProgressStep>& approvals() const { return m_approvals; }
    QList<TicketTask> tasks() const;
    // The stages of the tasks so far, in order.
    QList<int> stages() const;
    // Approved (or never needed one), every task done and the request resolved or closed.
    bool isDone() const { return m_request && !m_request->open; }
    // The chain's state: empty (no chain), waiting, approved or rejected.
    QString approvalState() const;

Q_SIGNALS:
    void changed();
    void failed(const QString& message);

private:
    bool concerns(const QJsonValue& params) const;
    void scheduleReload();

    Session& m_session;
    qint64 m_id = 0;
    std::optional<Ticket> m_request;
    QList<api::ApprovalProgressStep> m_approvals;
    bool m_reloadQueued = false;
    int m_generation = 0;
};

} // namespace frontline::client
