#include "ratingrepository.h"

#include "storage/sqlsession.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

std::optional<TicketRating> RatingRepository::find(qint64 ticketId)
{
    Statement query = m_session.prepare(u"SELECT ticket_id, rated_by, score, comment, rated_at "
                                        "FROM ticket_ratings WHERE ticket_id = ?"_s);
    query.bind(ticketId);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return TicketRating {query.int64(0), query.int64(1), query.integer(2), query.text(3),
                         query.int64(4)};
}

void RatingRepository::save(const TicketRating& rating)
{
    Statement upsert = m_session.prepare(
        u"INSERT INTO ticket_ratings (ticket_id, rated_by, score, comment, rated_at) VALUES "
        "(?, ?, ?, ?, ?) ON CONFLICT (ticket_id) DO UPDATE SET rated_by = excluded.rated_by, "
        "score = excluded.score, comment = excluded.comment, rated_at = excluded.rated_at"_s);
    upsert.bind(rating.ticketId)
        .bind(rating.ratedBy)
        .bind(rating.score)
        .bind(rating.comment)
        .bind(rating.ratedAt);
    upsert.exec();
}

} // namespace frontline::server
