#include "outbox.h"

#include "api/methods.h"
#include "client/core/session.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOutbox, "frontline.client.outbox", QtInfoMsg)

namespace frontline::client {
namespace {

QString stateName(Outbox::State state)
{
    return state == Outbox::State::Failed ? u"failed"_s : u"waiting"_s;
}

// Methods whose retries the server recognises by client_ref.
bool takesClientRef(const QString& method)
{
    return method == api::method::TicketCreate || method == api::method::TicketComment;
}

} // namespace

Outbox::Outbox(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&session, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::Ready)
            pump();
    });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Outbox::pump);
}

void Outbox::setStoragePath(const QString& path)
{
    m_storagePath = path;
    load();
    pump();
}

QString Outbox::submit(const QString& method, QJsonObject params, const QString& description,
                       qint64 ticketId)
{
    Item item;
    item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (takesClientRef(method) && !params.contains("client_ref"_L1))
        params.insert("client_ref"_L1, item.id);
    item.method = method;
    item.params = params;
    item.description = description;
    item.ticketId = ticketId;
    item.createdAt = QDateTime::currentMSecsSinceEpoch();
    m_items.append(item);
    save();
    Q_EMIT changed();
    pump();
    return item.id;
}

Outbox::Item* Outbox::find(const QString& id)
{
    for (Item& item : m_items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

std::optional<Outbox::Item> Outbox::item(const QString& id) const
{
    for (const Item& item : m_items) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}

int Outbox::waitingCount() const
{
    return static_cast<int>(std::count_if(m_items.cbegin(), m_items.cend(), [](const Item& item) {
        return item.state != State::Failed;
    }));
}

int Outbox::failedCount() const
{
    return static_cast<int>(m_items.size()) - waitingCount();
}

void Outbox::pump()
{
    if (m_inFlight || !m_session.isReady())
        return;
    Item* next = nullptr;
    for (Item& item : m_items) {
        if (item.state == State::Waiting) {
            next = &item;
            break;
        }
    }
    if (!next)
        return;
    next->state = State::Sending;
    ++next->attempts;
    m_inFlight = true;
    const QString id = next->id;
    m_session.rpc().call(next->method, next->params, this, [this, id](const rpc::RpcReply& reply) {
        m_inFlight = false;
        if (!reply.isError()) {
            finish(id, reply.result());
            return;
        }
        const rpc::RpcError& error = reply.error();
        Item* item = find(id);
        if (!item)
            return;
        switch (error.errorCode()) {
        case rpc::ErrorCode::ClientDisconnected:
        case rpc::ErrorCode::ClientTimeout:
        case rpc::ErrorCode::RateLimited:
        case rpc::ErrorCode::Unavailable:
            // Not refused: sent again when the connection is back, or shortly.
            item->state = State::Waiting;
            save();
            Q_EMIT changed();
            m_retryTimer.start(error.is(rpc::ErrorCode::ClientDisconnected) ? 1000 : 5000);
            return;
        case rpc::ErrorCode::Conflict:
            if (error.reason() == u"stale_version"_s && item->attempts > 1) {
                checkAlreadyApplied(id, error); // an answer lost after the first try applied it?
                return;
            }
            break;
        default:
            break;
        }
        keep(id, error);
    });
    Q_EMIT changed();
}

void Outbox::finish(const QString& id, const QJsonValue& result)
{
    Item* item = find(id);
    if (!item)
        return;
    const QString method = item->method;
    const qint64 ticketId = item->ticketId;
    m_items.removeIf([&id](const Item& i) { return i.id == id; });
    save();
    Q_EMIT sent(id, method, ticketId, result);
    Q_EMIT changed();
    pump();
}

void Outbox::keep(const QString& id, const rpc::RpcError& error)
{
    Item* item = find(id);
    if (!item)
        return;
    item->state = State::Failed;
    item->error = error;
    qCInfo(lcOutbox) << "refused:" << item->method << error.code << error.reason();
    const QString description = item->description;
    save();
    Q_EMIT failed(id, description, error);
    Q_EMIT changed();
    pump();
}

void Outbox::checkAlreadyApplied(const QString& id, const rpc::RpcError& error)
{
    Item* item = find(id);
    if (!item || item->method != api::method::TicketUpdate) {
        keep(id, error);
        return;
    }
    const QJsonObject intended = item->params;
    m_session.rpc().call(
        QString(api::method::TicketGet), QJsonObject {{"id"_L1, intended.value("id"_L1)}}, this,
        [this, id, intended, error](const rpc::RpcReply& reply) {
            if (reply.isError()) {
                keep(id, error);
                return;
            }
            const QJsonObject current = reply.result().toObject();
            for (auto it = intended.constBegin(); it != intended.constEnd(); ++it) {
                if (it.key() == u"id"_s || it.key() == u"version"_s)
                    continue;
                QJsonValue now = current.value(it.key());
                if (now.isObject()) // assignee, group: compare ids
                    now = now.toObject().value("id"_L1);
                if (now != it.value()) {
                    keep(id, error);
                    return;
                }
            }
            finish(id, current); // the first attempt did it
        });
}

void Outbox::retry(const QString& id)
{
    if (Item* item = find(id)) {
        item->state = State::Waiting;
        item->error.reset();
        save();
        Q_EMIT changed();
        pump();
    }
}

void Outbox::retryWithCurrentVersion(const QString& id)
{
    Item* item = find(id);
    if (!item || !item->params.contains("version"_L1))
        return;
    m_session.rpc().call(
        QString(api::method::TicketGet), QJsonObject {{"id"_L1, item->params.value("id"_L1)}}, this,
        [this, id](const rpc::RpcReply& reply) {
            Item* again = find(id);
            if (!again || reply.isError())
                return;
            again->params.insert("version"_L1, reply.result().toObject().value("version"_L1));
            retry(id);
        });
}

void Outbox::discard(const QString& id)
{
    m_items.removeIf([&id](const Item& item) { return item.id == id; });
    save();
    Q_EMIT changed();
}

void Outbox::save() const
{
    if (m_storagePath.isEmpty())
        return;
    QJsonArray array;
    for (const Item& item : m_items) {
        QJsonObject object {{"id"_L1, item.id},
                            {"method"_L1, item.method},
                            {"params"_L1, item.params},
                            {"description"_L1, item.description},
                            {"ticket_id"_L1, item.ticketId},
                            {"created_at"_L1, item.createdAt},
                            {"attempts"_L1, item.attempts},
                            {"state"_L1, stateName(item.state)}};
        if (item.error)
            object.insert("error"_L1, item.error->toJson());
        array.append(object);
    }
    QDir().mkpath(QFileInfo(m_storagePath).absolutePath());
    QSaveFile file(m_storagePath); // written whole or not at all
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(array).toJson()) < 0
        || !file.commit())
        qCWarning(lcOutbox) << "cannot keep the outbox in" << m_storagePath;
}

void Outbox::load()
{
    m_items.clear();
    QFile file(m_storagePath);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).array()) {
            const QJsonObject object = value.toObject();
            Item item;
            item.id = object.value("id"_L1).toString();
            item.method = object.value("method"_L1).toString();
            item.params = object.value("params"_L1).toObject();
            item.description = object.value("description"_L1).toString();
            item.ticketId = object.value("ticket_id"_L1).toInteger();
            item.createdAt = object.value("created_at"_L1).toInteger();
            item.attempts = object.value("attempts"_L1).toInt();
            item.state =
                object.value("state"_L1).toString() == u"failed"_s ? State::Failed : State::Waiting;
            if (object.contains("error"_L1))
                item.error = rpc::RpcError::fromJson(object.value("error"_L1).toObject());
            if (!item.id.isEmpty() && !item.method.isEmpty())
                m_items.append(item);
        }
    }
    Q_EMIT changed();
}

} // namespace frontline::client
