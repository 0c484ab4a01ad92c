#include "outbox.h"

#include "api/methods.h"
#include "api/ticketapi.h"
#include "client/core/attachmenttransfer.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTemporaryDir>
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

// Not refused: sent again when the connection is back, or shortly.
bool isConnectionTrouble(const rpc::RpcError& error)
{
    switch (error.errorCode()) {
    case rpc::ErrorCode::ClientDisconnected:
    case rpc::ErrorCode::ClientTimeout:
    case rpc::ErrorCode::RateLimited:
    case rpc::ErrorCode::Unavailable:
    case rpc::ErrorCode::Unauthenticated: // the session is being resumed
        return true;
    default:
        return false;
    }
}

QString safeFileName(const QString& name)
{
    QString out;
    for (const QChar c : name)
        out.append(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' ? c : u'_');
    return out.left(80);
}

} // namespace

bool Outbox::Item::canApplyAnyway() const
{
    return state == State::Failed && error && error->is(rpc::ErrorCode::Conflict)
        && params.contains("version"_L1);
}

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

Outbox::~Outbox() = default;

void Outbox::setStoragePath(const QString& path)
{
    m_storagePath = path;
    load();
    pump();
}

QString Outbox::filesDir() const
{
    if (!m_storagePath.isEmpty()) {
        const QFileInfo info(m_storagePath);
        return info.absoluteDir().filePath(info.completeBaseName() + u".files"_s);
    }
    if (!m_scratch)
        const_cast<Outbox*>(this)->m_scratch = std::make_unique<QTemporaryDir>();
    return m_scratch->path();
}

QString Outbox::submit(const QString& method, QJsonObject params, const QString& description,
                       qint64 ticketId)
{
    return submit(method, std::move(params), description, ticketId, FollowUp {});
}

QString Outbox::submit(const QString& method, QJsonObject params, const QString& description,
                       qint64 ticketId, const FollowUp& followUp)
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
    item.linkTo = followUp.linkTo;
    const QString dir = filesDir();
    QDir().mkpath(dir);
    for (qsizetype i = 0; i < followUp.files.size(); ++i) {
        const NewFile& in = followUp.files[i];
        File file;
        file.name = in.name;
        file.path =
            QDir(dir).filePath(u"%1-%2-%3"_s.arg(item.id).arg(i).arg(safeFileName(in.name)));
        QSaveFile out(file.path); // written whole or not at all
        if (!out.open(QIODevice::WriteOnly) || out.write(in.bytes) != in.bytes.size()
            || !out.commit())
            qCWarning(lcOutbox) << "cannot keep" << in.name << "in" << dir;
        item.files.append(file);
    }
    m_items.append(item);
    save();
    Q_EMIT changed();
    pump();
    return item.id;
}

void Outbox::adoptTicketQueue(const QString& dir)
{
    QFile in(QDir(dir).filePath(u"queue.json"_s));
    if (!in.open(QIODevice::ReadOnly))
        return;
    const QString target = filesDir();
    QDir().mkpath(target);
    for (const QJsonValue& value : QJsonDocument::fromJson(in.readAll()).array()) {
        const QJsonObject object = value.toObject();
        Item item;
        item.id = object.value("id"_L1).toString();
        item.method = QString(api::method::TicketCreate);
        item.params = object.value("params"_L1).toObject();
        item.description =
            tr("New ticket: %1").arg(item.params.value("title"_L1).toString().trimmed());
        item.createdAt = object.value("queued_at"_L1).toInteger();
        item.target = object.value("ticket"_L1).toInteger();
        item.called = item.target != 0;
        if (item.called)
            item.result = QJsonObject {{"id"_L1, item.target}};
        for (const QJsonValue& f : object.value("files"_L1).toArray()) {
            const QJsonObject stored = f.toObject();
            File file {stored.value("name"_L1).toString(), stored.value("path"_L1).toString(),
                       stored.value("sent"_L1).toBool()};
            const QString moved = QDir(target).filePath(QFileInfo(file.path).fileName());
            if (!file.sent && QFile::rename(file.path, moved))
                file.path = moved;
            item.files.append(file);
        }
        if (object.value("failed"_L1).toBool()) {
            item.state = State::Failed;
            item.error = rpc::RpcError::fromJson(object.value("error"_L1).toObject());
        }
        if (!item.id.isEmpty() && !find(item.id))
            m_items.append(item);
    }
    in.close();
    save();
    QDir(dir).removeRecursively();
    Q_EMIT changed();
    pump();
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
    const auto next = std::find_if(m_items.begin(), m_items.end(),
                                   [](const Item& item) { return item.state == State::Waiting; });
    if (next == m_items.end())
        return;
    next->state = State::Sending;
    m_inFlight = true;
    Q_EMIT changed();
    if (next->called)
        followUp(next->id);
    else
        call(next->id);
}

void Outbox::call(const QString& id)
{
    Item* item = find(id);
    ++item->attempts;
    m_session.rpc().call(item->method, item->params, this, [this, id](const rpc::RpcReply& reply) {
        if (!reply.isError()) {
            onCalled(id, reply.result());
            return;
        }
        const rpc::RpcError& error = reply.error();
        const Item* item = find(id);
        if (item && error.is(rpc::ErrorCode::Conflict) && error.reason() == u"stale_version"_s
            && item->attempts > 1) {
            checkAlreadyApplied(id, error); // an answer lost after the first try applied it?
            return;
        }
        onError(id, error);
    });
}

void Outbox::onCalled(const QString& id, const QJsonValue& result)
{
    Item* item = find(id);
    if (!item) {
        m_inFlight = false;
        pump();
        return;
    }
    item->called = true;
    item->result = result;
    item->target = item->method == api::method::TicketCreate
        ? Ticket::fromJson(result.toObject()).id
        : item->ticketId;
    save();
    followUp(id);
}

void Outbox::followUp(const QString& id)
{
    Item* item = find(id);
    if (!item) {
        m_inFlight = false;
        pump();
        return;
    }
    if (item->linkTo && item->target) {
        link(*item);
        return;
    }
    const auto next = std::find_if(item->files.begin(), item->files.end(),
                                   [](const File& file) { return !file.sent; });
    if (next != item->files.end() && item->target) {
        upload(*item, *next);
        return;
    }
    finish(id);
}

void Outbox::link(Item& item)
{
    const QString id = item.id;
    const qint64 other = item.linkTo;
    m_session.rpc().call(
        QString(api::method::TicketLink), api::TicketLinkParams {item.target, other}.toJson(), this,
        [this, id, other](const rpc::RpcReply& reply) {
            Item* item = find(id);
            if (!item) {
                m_inFlight = false;
                pump();
                return;
            }
            if (reply.isError() && isConnectionTrouble(reply.error())) {
                wait(id, reply.error());
                return;
            }
            item->linkTo = 0;
            save();
            if (reply.isError()) // the ticket exists: a refused link must not hold it back
                Q_EMIT failed(id, tr("Link #%1 and #%2").arg(item->target).arg(other),
                              reply.error());
            followUp(id);
        });
}

void Outbox::upload(Item& item, File& file)
{
    QFile in(file.path);
    if (!in.open(QIODevice::ReadOnly)) {
        qCWarning(lcOutbox) << "the queued file" << file.path << "is gone; skipped";
        file.sent = true;
        save();
        followUp(item.id);
        return;
    }
    const QString id = item.id;
    const QString path = file.path;
    const auto done = [this, id, path] {
        m_upload->deleteLater();
        Item* item = find(id);
        if (!item)
            return static_cast<File*>(nullptr);
        for (File& f : item->files) {
            if (f.path == path) {
                f.sent = true;
                QFile::remove(path);
                return &f;
            }
        }
        return static_cast<File*>(nullptr);
    };
    m_upload = new AttachmentUpload(m_session, item.target, file.name, in.readAll(), false, this);
    connect(m_upload, &AttachmentUpload::progress, this,
            [this, id](qint64 sent, qint64 total) { Q_EMIT progress(id, sent, total); });
    connect(m_upload, &AttachmentUpload::finished, this, [this, id, done] {
        done();
        save();
        followUp(id);
    });
    connect(m_upload, &AttachmentUpload::failed, this,
            [this, id, done](const rpc::RpcError& error) {
                if (isConnectionTrouble(error)) {
                    m_upload->deleteLater();
                    wait(id, error);
                    return;
                }
                // The ticket exists; a file the server refuses (too large) must not hold it back.
                const File* file = done();
                save();
                Q_EMIT failed(id, file ? file->name : QString(), error);
                followUp(id);
            });
    m_upload->start();
}

void Outbox::finish(const QString& id)
{
    m_inFlight = false;
    Item* item = find(id);
    if (!item) {
        pump();
        return;
    }
    const Item done = *item;
    removeFiles(done);
    m_items.removeIf([&id](const Item& i) { return i.id == id; });
    save();
    Q_EMIT sent(id, done.method, done.ticketId, done.result);
    if (done.method == api::method::TicketCreate)
        Q_EMIT ticketCreated(id, Ticket::fromJson(done.result.toObject()));
    Q_EMIT changed();
    pump();
}

void Outbox::onError(const QString& id, const rpc::RpcError& error)
{
    if (isConnectionTrouble(error))
        wait(id, error);
    else
        keep(id, error);
}

void Outbox::wait(const QString& id, const rpc::RpcError& error)
{
    m_inFlight = false;
    if (Item* item = find(id)) {
        item->state = State::Waiting;
        save();
        Q_EMIT changed();
    }
    m_retryTimer.start(error.is(rpc::ErrorCode::ClientDisconnected) ? 1000 : 5000);
}

void Outbox::keep(const QString& id, const rpc::RpcError& error)
{
    m_inFlight = false;
    Item* item = find(id);
    if (!item) {
        pump();
        return;
    }
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
            onCalled(id, current); // the first attempt did it
        });
}

void Outbox::retry(const QString& id)
{
    if (Item* item = find(id); item && item->state != State::Sending) {
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
            again->params.insert("version"_L1, Ticket::fromJson(reply.result().toObject()).version);
            retry(id);
        });
}

void Outbox::discard(const QString& id)
{
    const Item* item = find(id);
    if (!item || !item->canDiscard())
        return;
    removeFiles(*item); // a discarded ticket's files go too
    m_items.removeIf([&id](const Item& i) { return i.id == id; });
    save();
    Q_EMIT changed();
}

void Outbox::removeFiles(const Item& item) const
{
    for (const File& file : item.files)
        QFile::remove(file.path);
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
        if (!item.files.isEmpty()) {
            QJsonArray files;
            for (const File& file : item.files)
                files.append(QJsonObject {
                    {"name"_L1, file.name}, {"path"_L1, file.path}, {"sent"_L1, file.sent}});
            object.insert("files"_L1, files);
        }
        if (item.linkTo)
            object.insert("link_to"_L1, item.linkTo);
        if (item.called) {
            object.insert("target"_L1, item.target);
            object.insert("result"_L1, item.result);
        }
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
            for (const QJsonValue& f : object.value("files"_L1).toArray()) {
                const QJsonObject stored = f.toObject();
                item.files.append({stored.value("name"_L1).toString(),
                                   stored.value("path"_L1).toString(),
                                   stored.value("sent"_L1).toBool()});
            }
            item.linkTo = object.value("link_to"_L1).toInteger();
            item.called = object.contains("target"_L1);
            item.target = object.value("target"_L1).toInteger();
            item.result = object.value("result"_L1);
            if (!item.id.isEmpty() && !item.method.isEmpty())
                m_items.append(item);
        }
    }
    Q_EMIT changed();
}

} // namespace frontline::client
