#pragma once

#include "rpc/rpcclient.h"

#include <QHash>
#include <QString>

namespace frontline::test {

// Keeps `depth` ticket.create calls in flight on one connection of its own, and remembers
// every creation the server acknowledged (title -> id). A refused or failed call is no promise:
// it is counted, and the writer tries again a little later, so it can see storage come back.
class AckedWriter
{
public:
    AckedWriter(quint16 port, const QString& token, const QString& prefix, int depth = 4);

    void stop() { m_stopped = true; }
    const QHash<QString, qint64>& acknowledged() const { return m_acknowledged; }
    int sent() const { return m_sent; }
    int failures() const { return m_failures; }
    int lastErrorCode() const { return m_lastErrorCode; }

private:
    void sendOne();

    rpc::RpcClient m_client;
    QString m_prefix;
    QHash<QString, qint64> m_acknowledged;
    bool m_stopped = false;
    int m_sent = 0;
    int m_failures = 0;
    int m_lastErrorCode = 0;
};

} // namespace frontline::test
