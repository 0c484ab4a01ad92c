#include "benchserver.h"

#include "loadclient.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <vector>

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

double createThroughputOn(const QString& binary, const QString& db, const QString& logPath,
                          const QString& password, const QStringList& environment, int seconds)
{
    QProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& setting : environment)
        env.insert(setting.section(u'=', 0, 0), setting.section(u'=', 1));
    server.setProcessEnvironment(env);
    const quint16 port = startServer(server, binary, db, logPath);
    if (port == 0)
        qFatal("the server did not start (see %s)", qPrintable(logPath));
    const double perSecond =
        createThroughput(port, sessionToken(port, u"user0"_s, password), 16, seconds);
    server.terminate();
    server.waitForFinished(120000);
    return perSecond;
}

ThroughputComparison compareCreateThroughput(const QString& binary, const QString& db,
                                             const QString& logPath, const QString& password,
                                             const QString& withFeature,
                                             const QString& withoutFeature, const QString& label,
                                             int seconds, int rounds,
                                             const std::function<void()>& afterWith)
{
    QTextStream out(stdout);
    std::vector<double> with;
    std::vector<double> without;
    std::vector<double> changes;
    const auto run = [&](const QString& setting) {
        const double perSecond =
            createThroughputOn(binary, db, logPath, password, {setting}, seconds);
        if (setting == withFeature && afterWith)
            afterWith();
        return perSecond;
    };
    for (int round = 0; round < rounds; ++round) {
        if (round % 2 == 0) {
            with.push_back(run(withFeature));
            without.push_back(run(withoutFeature));
        } else {
            without.push_back(run(withoutFeature));
            with.push_back(run(withFeature));
        }
        changes.push_back(with.back() / without.back() - 1);
        out << "  round " << round + 1 << ": " << qRound(with.back()) << " /s " << label << ", "
            << qRound(without.back()) << " /s without" << Qt::endl;
    }
    const auto median = [](std::vector<double> values) {
        std::sort(values.begin(), values.end());
        return values[values.size() / 2];
    };
    return {median(with), median(without), median(changes)};
}

} // namespace frontline::bench
