#pragma once

#include "api/cmdbapi.h"

#include <QHash>
#include <QObject>

namespace frontline::client {

class Session;
class TicketDetail;

// The configuration items of the open ticket (issue 22): its `cis` as ticket.get gives them,
// each with its impact (ci.impact) summed up in one line, and linking or unlinking one
// (ticket.update `cis` with the ticket's version, staff only).
class TicketCis final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketCis)

public:
    TicketCis(Session& session, TicketDetail& detail, QObject* parent = nullptr);

    const QList<api::CiNode>& cis() const { return m_cis; }
    // "affects 2 services, 40 users" once its ci.impact answered, empty before.
    QString summary(qint64 ci) const;
    std::optional<api::CiImpact> impact(qint64 ci) const;
    bool canChange() const;

    void link(qint64 ci);
    void unlink(qint64 ci);

    static QString describe(const api::CiImpact& impact);

Q_SIGNALS:
    void changed();
    void failed(const QString& message);

private:
    void follow();
    void setCis(const QList<api::CiNode>& cis);
    void save(const QList<qint64>& ids);

    Session& m_session;
    TicketDetail& m_detail;
    qint64 m_ticket = 0;
    int m_version = 0; // the newest version seen: ticket.get's or our own update's answer
    QList<api::CiNode> m_cis;
    QHash<qint64, api::CiImpact> m_impacts;
    quint64 m_generation = 0;
};

} // namespace frontline::client
