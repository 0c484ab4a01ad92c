#pragma once

#include "api/problemapi.h"

#include <QObject>

#include <optional>

namespace frontline::client {

class Session;

// The known error offered on an incident's pane (issue 22): asked for when an open incident
// that belongs to no problem opens (problem.match with the ticket), dropped when another
// opens; "Link to problem" links the incident to the known error's problem.
class KnownErrorLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnownErrorLookup)

public:
    explicit KnownErrorLookup(Session& session, QObject* parent = nullptr);

    // The best known error for the incident looked up, if any.
    const std::optional<api::KnownErrorMatch>& match() const { return m_match; }
    qint64 ticketId() const { return m_ticketId; }
    // The problem the incident belongs to, once known.
    std::optional<qint64> linkedProblem() const { return m_linkedProblem; }

    // Looks for a known error for this incident; 0 (or a ticket that is no open incident,
    // see TicketPane wiring) clears the offer.
    void lookup(qint64 ticketId);
    void clear();
    void linkToProblem();

Q_SIGNALS:
    void changed(); // match() or linkedProblem() changed
    void linked(qint64 problemId);
    void failed(const QString& message);

private:
    Session& m_session;
    qint64 m_ticketId = 0;
    std::optional<api::KnownErrorMatch> m_match;
    std::optional<qint64> m_linkedProblem;
    quint64 m_generation = 0;
};

} // namespace frontline::client
