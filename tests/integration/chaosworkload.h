#pragma once

// The mixed workload of the chaos rounds (test_chaos.cpp): creates, replies, transitions and
// attachments sent in chunks, each kind on a connection of its own, as fast as the server
// answers, until the server is killed. What the server acknowledged goes into a Ledger that
// outlives the rounds; what failed or got no answer is no promise and is forgotten.
#include "rpc/rpcclient.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <memory>
#include <vector>

namespace frontline::test {

struct Ledger
{
    QHash<qint64, QString> tickets; // id -> title
    QHash<qint64, QString> comments; // id -> body
    QHash<qint64, qint64> commentTicket; // comment id -> ticket id
    QHash<qint64, qint64> versions; // ticket id -> highest acknowledged version
    QHash<qint64, QByteArray> attachments; // complete uploads: id -> sha256 (hex)
    QList<qint64> fresh; // tickets still new, as far as the workload knows
    QList<qint64> resolved;

    void acknowledgeVersion(qint64 ticket, qint64 version);
    static QString token(int round, int writer, int n); // one search token per ticket
};

class ChaosWorkload
{
public:
    // Starts at once: every activity logs in with `token` and keeps going until stop().
    ChaosWorkload(quint16 port, const QString& token, int round, Ledger& ledger, quint32 seed);
    ~ChaosWorkload();

    void stop();
    int acknowledgedThisRound() const { return m_acknowledged; }

private:
    class Activity;
    void create(Activity& activity, int writer);
    void comment(Activity& activity);
    void transition(Activity& activity);
    void upload(Activity& activity);
    void sendChunk(Activity& activity, qint64 id, qsizetype offset);

    int m_round;
    Ledger& m_ledger;
    QRandomGenerator m_random;
    std::vector<std::unique_ptr<Activity>> m_activities;
    QByteArray m_file; // what every upload sends, in three chunks
    QByteArray m_fileSha256;
    int m_created = 0;
    int m_acknowledged = 0;
    bool m_stopped = false;
};

} // namespace frontline::test
