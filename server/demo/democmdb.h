#pragma once

#include "auth/principal.h"

#include <QList>
#include <QString>

namespace frontline::server {

class SqlSession;

namespace demo {

struct DemoPerson
{
    qint64 id = 0;
    QString username;
};

// A small CMDB a desk would have (issue 22): five services, the applications behind them, the
// servers those run on, the network between them and the laptops of the first requesters,
// related so that the impact of a server or a switch reaches services and their users.
void seedCmdb(SqlSession& session, const Principal& actor, const QList<DemoPerson>& people,
              qint64 now);

} // namespace demo
} // namespace frontline::server
