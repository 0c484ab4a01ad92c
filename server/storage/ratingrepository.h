#pragma once

#include <QString>

#include <optional>

namespace frontline::server {

class SqlSession;

struct TicketRating
{
    qint64 ticketId = 0;
    qint64 ratedBy = 0;
    int score = 0;
    QString comment;
    qint64 ratedAt = 0;
};

// The satisfaction survey's answers: one per ticket, which its requester may change.
class RatingRepository
{
public:
    explicit RatingRepository(SqlSession& session)
        : m_session(session)
    { }

    std::optional<TicketRating> find(qint64 ticketId);
    void save(const TicketRating& rating);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
