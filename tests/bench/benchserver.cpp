#include "benchserver.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline::bench {

quint16 startServer(QProcess& server, const QString& binary, const QString& db,
                    const QString& logPath, const QStringList& extra)
{
    server.setStandardOutputFile(logPath);
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(binary, QStringList {u"--db"_s, db, u"--listen"_s, u"127.0.0.1:0"_s} + extra);
    static const QRegularExpression listening(u"listening on [^\\s]+:(\\d+)"_s);
    for (int i = 0; i < 600; ++i) {
        server.waitForFinished(100);
        QFile log(logPath);
        if (!log.open(QIODevice::ReadOnly))
            continue;
        const auto match = listening.match(QString::fromUtf8(log.readAll()));
        if (match.hasMatch())
            return static_cast<quint16>(match.captured(1).toUInt());
    }
    return 0;
}

} // namespace frontline::bench
