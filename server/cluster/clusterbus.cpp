#include "cluster/clusterbus.h"

#include "cluster/pglink.h"
#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace frontline::server::cluster {
namespace {

QJsonValue optionalId(const std::optional<qint64>& id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

std::optional<qint64> idOf(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    return value.toInteger();
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The largest prefix of `bytes` from `from`, at most `max` long, that ends on a UTF-8 character
// boundary (a payload must be valid text).
qsizetype chunkEnd(const QByteArray& bytes, qsizetype from, qsizetype max)
{
    qsizetype end = std::min(bytes.size(), from + max);
    while (end < bytes.size() && end > from && (quint8(bytes[end]) & 0xC0) == 0x80)
        --end;
    return end;
}

} // namespace

ClusterBus::ClusterBus(DatabaseConfig database, Handlers handlers, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_handlers(std::move(handlers))
    , m_origin(QUuid::createUuid().toString(QUuid::Id128))
{
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (connectLink().isEmpty()) {
            m_retry.stop();
            qCInfo(lcServer) << "cluster: events cross servers again";
            if (m_handlers.resynced)
                m_handlers.resynced();
        }
    });
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &ClusterBus::flush);
}

ClusterBus::~ClusterBus()
{
    stop();
}

QString ClusterBus::start()
{
    m_stopped = false;
    return connectLink();
}

void ClusterBus::stop()
{
    m_stopped = true;
    m_retry.stop();
    if (m_link && !m_pending.isEmpty())
        flush();
    if (m_link) {
        m_link->disconnect(this);
        m_link.reset();
    }
}

QString ClusterBus::connectLink()
{
    auto link = std::make_unique<PgLink>(m_database, u"frontline-cluster"_s);
    if (QString error = link->open(); !error.isEmpty())
        return error;
    if (!link->queryValue(QByteArray("LISTEN ") + Channel))
        return u"LISTEN failed"_s;
    connect(link.get(), &PgLink::notified, this, &ClusterBus::received);
    connect(link.get(), &PgLink::lost, this, &ClusterBus::linkLost);
    m_link = std::move(link);
    return {};
}

void ClusterBus::linkLost(const QString& why)
{
    qCWarning(lcServer).noquote() << "cluster: the connection for events across servers was lost ("
                                  << why << "); trying again every second";
    if (m_link) {
        m_link->disconnect(this);
        m_link.release()->deleteLater();
    }
    m_pending.clear();
    m_partial.clear();
    if (!m_stopped)
        m_retry.start();
}

QByteArray ClusterBus::encodeEvent(const PushEvent& event)
{
    const QJsonObject access {{"r"_L1, event.access.requesterId},
                              {"s"_L1, optionalId(event.access.assigneeId)},
                              {"g"_L1, optionalId(event.access.groupId)},
                              {"o"_L1, optionalId(event.access.orgId)}};
    QJsonArray recipients;
    for (qint64 id : event.recipients)
        recipients.append(id);
    QByteArray out = compact({{"k"_L1, "e"_L1},
                              {"t"_L1, event.topic},
                              {"m"_L1, event.method},
                              {"a"_L1, access},
                              {"i"_L1, event.internal},
                              {"u"_L1, event.recipient},
                              {"us"_L1, recipients},
                              {"b"_L1, event.broadcast}});
    // The params as they will be pushed (already encoded once on the hot path): spliced in.
    out.chop(1);
    out += ",\"p\":" + event.params.toBytes() + '}';
    return out;
}

std::optional<PushEvent> ClusterBus::decodeEvent(const QJsonObject& message)
{
    if (message.value("k"_L1).toString() != u"e"_s)
        return std::nullopt;
    PushEvent event;
    event.topic = message.value("t"_L1).toString();
    event.method = message.value("m"_L1).toString();
    event.params = rpc::JsonPayload(message.value("p"_L1));
    const QJsonObject access = message.value("a"_L1).toObject();
    event.access.requesterId = access.value("r"_L1).toInteger();
    event.access.assigneeId = idOf(access.value("s"_L1));
    event.access.groupId = idOf(access.value("g"_L1));
    event.access.orgId = idOf(access.value("o"_L1));
    event.internal = message.value("i"_L1).toBool();
    event.recipient = message.value("u"_L1).toInteger();
    for (const QJsonValue& id : message.value("us"_L1).toArray())
        event.recipients.append(id.toInteger());
    event.broadcast = message.value("b"_L1).toBool();
    if (event.topic.isEmpty() || event.method.isEmpty())
        return std::nullopt;
    return event;
}

void ClusterBus::publish(const PushEvent& event)
{
    post(encodeEvent(event));
}

void ClusterBus::sessionEnded(const QString& tokenHash, const QString& reason)
{
    post(compact({{"k"_L1, "s"_L1}, {"h"_L1, tokenHash}, {"w"_L1, reason}}));
}

void ClusterBus::usersChanged(const QList<qint64>& userIds)
{
    QJsonArray ids;
    for (qint64 id : userIds)
        ids.append(id);
    post(compact({{"k"_L1, "u"_L1}, {"ids"_L1, ids}}));
}

void ClusterBus::workflowChanged()
{
    post(compact({{"k"_L1, "w"_L1}}));
}

void ClusterBus::mailboxesChanged()
{
    post(compact({{"k"_L1, "m"_L1}}));
}

void ClusterBus::wake(qint64 at)
{
    post(compact({{"k"_L1, "z"_L1}, {"at"_L1, at}}));
}

void ClusterBus::post(const QByteArray& message)
{
    if (!m_link)
        return;
    // "<origin> <seq> <part> <parts> <json>": a long message in chunks, sent together.
    const quint64 seq = ++m_seq;
    QList<QByteArray> chunks;
    for (qsizetype from = 0; from < message.size();) {
        const qsizetype end = chunkEnd(message, from, ChunkBytes);
        chunks.append(message.mid(from, end - from));
        from = end;
    }
    if (chunks.isEmpty())
        return;
    const QByteArray head = m_origin.toLatin1() + ' ' + QByteArray::number(seq) + ' ';
    const QByteArray total = ' ' + QByteArray::number(chunks.size()) + ' ';
    for (qsizetype i = 0; i < chunks.size(); ++i)
        m_pending.append(head + QByteArray::number(i) + total + chunks[i]);
    ++m_sent;
    if (!m_flush.isActive())
        m_flush.start();
}

void ClusterBus::flush()
{
    if (!m_link || m_pending.isEmpty()) {
        m_pending.clear();
        return;
    }
    // Everything posted in this turn of the event loop: one statement, one transaction (chunks
    // of a message arrive together and in order), sent without waiting for the answer.
    QByteArray sql = "SELECT ";
    const QByteArray channel = m_link->literal(Channel);
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (i > 0)
            sql += ", ";
        sql += "pg_notify(" + channel + ", " + m_link->literal(m_pending[i]) + ')';
    }
    m_pending.clear();
    m_link->send(sql);
}

void ClusterBus::received(const QString& channel, const QByteArray& payload)
{
    if (channel != QLatin1StringView(Channel))
        return;
    const QList<QByteArray> parts = payload.split(' ');
    if (parts.size() < 5)
        return;
    const QString origin = QString::fromLatin1(parts[0]);
    if (origin == m_origin)
        return; // our own: pushed here already
    const quint64 seq = parts[1].toULongLong();
    const int part = parts[2].toInt();
    const int count = parts[3].toInt();
    qsizetype bodyAt = 0;
    for (int i = 0; i < 4; ++i)
        bodyAt += parts[i].size() + 1;
    const QByteArray body = payload.mid(bodyAt);
    if (count <= 1) {
        handle(body);
        return;
    }
    Partial& partial = m_partial[origin];
    if (part == 0 || partial.seq != seq) {
        partial = Partial {seq, count, {}};
        if (part != 0)
            return; // the start was missed (a reconnection): dropped whole
    }
    partial.parts.append(body);
    if (partial.parts.size() == partial.expected) {
        const QByteArray whole = partial.parts.join();
        m_partial.remove(origin);
        handle(whole);
    }
}

void ClusterBus::handle(const QByteArray& message)
{
    const QJsonObject o = QJsonDocument::fromJson(message).object();
    const QString kind = o.value("k"_L1).toString();
    ++m_received;
    if (kind == u"e"_s) {
        if (auto event = decodeEvent(o); event && m_handlers.event)
            m_handlers.event(*event);
    } else if (kind == u"s"_s) {
        if (m_handlers.sessionEnded)
            m_handlers.sessionEnded(o.value("h"_L1).toString(), o.value("w"_L1).toString());
    } else if (kind == u"u"_s) {
        QList<qint64> ids;
        for (const QJsonValue& id : o.value("ids"_L1).toArray())
            ids.append(id.toInteger());
        if (m_handlers.usersChanged)
            m_handlers.usersChanged(ids);
    } else if (kind == u"w"_s) {
        if (m_handlers.workflowChanged)
            m_handlers.workflowChanged();
    } else if (kind == u"m"_s) {
        if (m_handlers.mailboxesChanged)
            m_handlers.mailboxesChanged();
    } else if (kind == u"z"_s) {
        if (m_handlers.wake)
            m_handlers.wake(o.value("at"_L1).toInteger());
    }
}

} // namespace frontline::server::cluster
