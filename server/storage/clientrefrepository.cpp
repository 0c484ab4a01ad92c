#include "clientrefrepository.h"

#include "storage/sqlsession.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

std::optional<QByteArray> ClientRefRepository::find(qint64 userId, const QString& ref)
{
    Statement query =
        m_session.prepare(u"SELECT result FROM client_refs WHERE user_id = ? AND ref = ?"_s);
    query.bind(userId).bind(ref);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return query.text(0).toUtf8();
}

void ClientRefRepository::store(qint64 userId, const QString& ref, const QByteArray& result,
                                qint64 now)
{
    Statement insert = m_session.prepare(
        u"INSERT INTO client_refs (user_id, ref, result, created_at) VALUES (?, ?, ?, ?)"_s);
    insert.bind(userId).bind(ref).bind(QString::fromUtf8(result)).bind(now);
    insert.exec();
}

int ClientRefRepository::purgeOlderThan(qint64 cutoff)
{
    Statement remove = m_session.prepare(u"DELETE FROM client_refs WHERE created_at < ?"_s);
    remove.bind(cutoff);
    remove.exec();
    return remove.rowsAffected();
}

} // namespace frontline::server
