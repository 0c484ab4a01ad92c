#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace frontline::server {

class SqlSession;

// Results of writes made with a client reference: a retry with the same reference (a client's
// outbox after an answer was lost) gets the first result instead of a second write.
class ClientRefRepository
{
public:
    explicit ClientRefRepository(SqlSession& session)
        : m_session(session)
    { }

    std::optional<QByteArray> find(qint64 userId, const QString& ref);
    void store(qint64 userId, const QString& ref, const QByteArray& result, qint64 now);
    int purgeOlderThan(qint64 cutoff);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
