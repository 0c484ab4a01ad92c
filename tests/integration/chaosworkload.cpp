#include "chaosworkload.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace frontline::test {

namespace {
constexpr qsizetype ChunkBytes = 700;
constexpr qsizetype FileBytes = 3 * ChunkBytes;
} // namespace

void Ledger::acknowledgeVersion(qint64 ticket, qint64 version)
{
    qint64& known = versions[ticket];
    known = std::max(known, version);
}

QString Ledger::token(int round, int writer, int n)
{
    return u"r%1w%2n%3"_s.arg(round).arg(writer).arg(n);
}

// One connection that runs one kind of request, the next as soon as the last is answered.
class ChaosWorkload::Activity
{
public:
    Activity(quint16 port, const QString& token, std::function<void(Activity&)> next)
        : m_next(std::move(next))
    {
        client.setEndpoint({u"127.0.0.1"_s, port, false});
        client.setAutoReconnect(false);
        client.open();
        client.call(u"auth.resume"_s, QJsonObject {{"token"_L1, token}}, &client,
                    [this](const rpc::RpcReply& reply) {
                        if (!reply.isError())
                            again();
                    });
    }
    // The next request, on the next event-loop pass (the stack never grows).
    void again()
    {
        if (!stopped && client.isConnected())
            QTimer::singleShot(0, &client, [this] {
                if (!stopped && client.isConnected())
                    m_next(*this);
            });
    }

    rpc::RpcClient client;
    bool stopped = false;

private:
    std::function<void(Activity&)> m_next;
};

ChaosWorkload::ChaosWorkload(quint16 port, const QString& token, int round, Ledger& ledger,
                             quint32 seed)
    : m_round(round)
    , m_ledger(ledger)
    , m_random(seed)
{
    for (qsizetype i = 0; i < FileBytes; ++i)
        m_file.append(static_cast<char>('a' + (i * 7 + round) % 26));
    m_fileSha256 = QCryptographicHash::hash(m_file, QCryptographicHash::Sha256).toHex();
    for (int writer = 0; writer < 2; ++writer)
        m_activities.push_back(std::make_unique<Activity>(
            port, token, [this, writer](Activity& a) { create(a, writer); }));
    m_activities.push_back(
        std::make_unique<Activity>(port, token, [this](Activity& a) { comment(a); }));
    m_activities.push_back(
        std::make_unique<Activity>(port, token, [this](Activity& a) { transition(a); }));
    m_activities.push_back(
        std::make_unique<Activity>(port, token, [this](Activity& a) { upload(a); }));
}

ChaosWorkload::~ChaosWorkload()
{
    stop();
}

void ChaosWorkload::stop()
{
    m_stopped = true;
    for (auto& activity : m_activities)
        activity->stopped = true;
}

void ChaosWorkload::create(Activity& activity, int writer)
{
    const QString title =
        u"chaos "_s + Ledger::token(m_round, writer, m_created++) + u" printer jammed"_s;
    activity.client.call(
        u"ticket.create"_s, QJsonObject {{"title"_L1, title}, {"description"_L1, u"paper tray"_s}},
        &activity.client, [this, &activity, title](const rpc::RpcReply& reply) {
            if (!reply.isError() && !m_stopped) {
                const QJsonObject ticket = reply.result().toObject();
                const qint64 id = ticket.value("id"_L1).toInteger();
                m_ledger.tickets.insert(id, title);
                m_ledger.acknowledgeVersion(id, ticket.value("version"_L1).toInteger());
                m_ledger.fresh.append(id);
                ++m_acknowledged;
            }
            activity.again();
        });
}

void ChaosWorkload::comment(Activity& activity)
{
    if (m_ledger.tickets.isEmpty()) {
        QTimer::singleShot(20, &activity.client, [&activity] { activity.again(); });
        return;
    }
    const QList<qint64> ids = m_ledger.tickets.keys();
    const qint64 ticket = ids.at(m_random.bounded(static_cast<int>(ids.size())));
    const QString body = u"reply %1 in round %2"_s.arg(m_random.generate()).arg(m_round);
    activity.client.call(
        u"ticket.comment"_s, QJsonObject {{"id"_L1, ticket}, {"body"_L1, body}}, &activity.client,
        [this, &activity, ticket, body](const rpc::RpcReply& reply) {
            if (!reply.isError() && !m_stopped) {
                const qint64 id = reply.result().toObject().value("id"_L1).toInteger();
                m_ledger.comments.insert(id, body);
                m_ledger.commentTicket.insert(id, ticket);
                ++m_acknowledged;
            }
            activity.again();
        });
}

void ChaosWorkload::transition(Activity& activity)
{
    // Resolve a new ticket (with the note the lifecycle asks for), or close a resolved one.
    const bool close =
        !m_ledger.resolved.isEmpty() && (m_ledger.fresh.size() < 4 || m_random.bounded(2) == 0);
    QList<qint64>& from = close ? m_ledger.resolved : m_ledger.fresh;
    if (from.size() < 4) { // leave some new tickets to the uploads and the time rule
        QTimer::singleShot(20, &activity.client, [&activity] { activity.again(); });
        return;
    }
    const qint64 ticket = from.takeAt(m_random.bounded(static_cast<int>(from.size())));
    QJsonObject params {{"id"_L1, ticket}, {"status"_L1, close ? u"closed"_s : u"resolved"_s}};
    if (!close)
        params.insert("note"_L1, u"Replaced the fuser."_s);
    activity.client.call(u"ticket.transition"_s, params, &activity.client,
                         [this, &activity, ticket, close](const rpc::RpcReply& reply) {
                             if (!reply.isError() && !m_stopped) {
                                 m_ledger.acknowledgeVersion(
                                     ticket,
                                     reply.result().toObject().value("version"_L1).toInteger());
                                 if (!close)
                                     m_ledger.resolved.append(ticket);
                                 ++m_acknowledged;
                             }
                             activity.again();
                         });
}

void ChaosWorkload::upload(Activity& activity)
{
    if (m_ledger.fresh.isEmpty()) {
        QTimer::singleShot(20, &activity.client, [&activity] { activity.again(); });
        return;
    }
    const qint64 ticket =
        m_ledger.fresh.at(m_random.bounded(static_cast<int>(m_ledger.fresh.size())));
    const QJsonObject params {{"ticket"_L1, ticket},
                              {"name"_L1, u"log-%1.txt"_s.arg(m_random.generate())},
                              {"size"_L1, FileBytes},
                              {"sha256"_L1, QString::fromLatin1(m_fileSha256)},
                              {"data"_L1, QString::fromLatin1(m_file.left(ChunkBytes).toBase64())}};
    activity.client.call(
        u"attachment.add"_s, params, &activity.client,
        [this, &activity](const rpc::RpcReply& reply) {
            if (reply.isError() || m_stopped) {
                activity.again();
                return;
            }
            sendChunk(activity, reply.result().toObject().value("id"_L1).toInteger(), ChunkBytes);
        });
}

void ChaosWorkload::sendChunk(Activity& activity, qint64 id, qsizetype offset)
{
    const QJsonObject params {
        {"id"_L1, id},
        {"offset"_L1, offset},
        {"data"_L1, QString::fromLatin1(m_file.mid(offset, ChunkBytes).toBase64())}};
    activity.client.call(u"attachment.add"_s, params, &activity.client,
                         [this, &activity, id, offset](const rpc::RpcReply& reply) {
                             if (reply.isError() || m_stopped) {
                                 activity.again();
                                 return;
                             }
                             if (offset + ChunkBytes < FileBytes) {
                                 sendChunk(activity, id, offset + ChunkBytes);
                                 return;
                             }
                             if (reply.result().toObject().value("complete"_L1).toBool()) {
                                 m_ledger.attachments.insert(id, m_fileSha256);
                                 ++m_acknowledged;
                             }
                             activity.again();
                         });
}

} // namespace frontline::test
