#pragma once

#include <QProcess>
#include <QString>

namespace frontline::bench {

// Starts frontline-server on `db`, listening on a free loopback port, its output in `logPath`;
// returns the port once it listens, 0 if it does not within a minute.
quint16 startServer(QProcess& server, const QString& binary, const QString& db,
                    const QString& logPath, const QStringList& extra = {});

} // namespace frontline::bench
