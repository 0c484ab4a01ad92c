#include "ticketsubmitter.h"

#include "api/methods.h"
#include "client/core/attachmenttransfer.h"
#include "client/core/session.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace frontline::client {

Q_LOGGING_CATEGORY(lcSubmit, "frontline.client.submit")

namespace {

bool isConnectionTrouble(const rpc::RpcError& error)
{
    return error.is(rpc::ErrorCode::ClientDisconnected) || error.is(rpc::ErrorCode::ClientTimeout)
        || error.is(rpc::ErrorCode::Unavailable) || error.is(rpc::ErrorCode::Unauthenticated);
}

QString safeFileName(const QString& name)
{
    QString out;
    for (const QChar c : name)
        out.append(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' ? c : u'_');
    return out.left(80);
}

} // namespace

QString TicketSubmitter::Pending::title() const
{
    return params.value("title"_L1).toString();
}

TicketSubmitter::TicketSubmitter(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &TicketSubmitter::pump);
    connect(&session, &Session::stateChanged, this, [this](Session::State state) {
        if (state == Session::State::Ready)
            pump();
    });
}

TicketSubmitter::~TicketSubmitter() = default;

void TicketSubmitter::setStorageDir(const QString& dir)
{
    m_dir = dir;
    QDir().mkpath(dir);
    load();
    Q_EMIT changed();
    pump();
}

QString TicketSubmitter::submit(api::TicketCreateParams params,
                                const QList<QPair<QString, QByteArray>>& files)
{
    Pending item;
    item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    params.clientRef = item.id;
    item.params = params.toJson();
    item.queuedAt = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = 0; i < files.size(); ++i) {
        File file;
        file.name = files[i].first;
        file.path =
            QDir(m_dir).filePath(u"%1-%2-%3"_s.arg(item.id).arg(i).arg(safeFileName(file.name)));
        QSaveFile out(file.path);
        if (!out.open(QIODevice::WriteOnly) || out.write(files[i].second) != files[i].second.size()
            || !out.commit())
            qCWarning(lcSubmit) << "cannot keep" << file.name << "in" << m_dir;
        item.files.append(file);
    }
    m_items.append(item);
    save();
    Q_EMIT changed();
    pump();
    return item.id;
}

void TicketSubmitter::retry(const QString& id)
{
    if (Pending* item = find(id); item && item->state == State::Failed) {
        item->state = State::Waiting;
        item->error.reset();
        save();
        Q_EMIT changed();
        pump();
    }
}

void TicketSubmitter::discard(const QString& id)
{
    Pending* item = find(id);
    if (!item || item->state == State::Sending)
        return;
    for (const File& file : std::as_const(item->files))
        QFile::remove(file.path);
    m_items.removeIf([&id](const Pending& p) { return p.id == id; });
    save();
    Q_EMIT changed();
}

int TicketSubmitter::waitingCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const Pending& p) { return p.state != State::Failed; }));
}

void TicketSubmitter::pump()
{
    if (m_busy || !m_session.isReady())
        return;
    for (Pending& item : m_items) {
        if (item.state != State::Waiting)
            continue;
        m_busy = true;
        item.state = State::Sending;
        Q_EMIT changed();
        if (item.ticketId)
            uploadNext(item);
        else
            create(item);
        return;
    }
}

void TicketSubmitter::create(Pending& item)
{
    const QString id = item.id;
    m_session.rpc().call(QString(api::method::TicketCreate), item.params, this,
                         [this, id](const rpc::RpcReply& reply) {
                             if (reply.isError()) {
                                 onError(id, reply.error());
                                 return;
                             }
                             Pending* item = find(id);
                             if (!item)
                                 return;
                             item->ticketId = reply.result().toObject().value("id"_L1).toInteger();
                             save();
                             uploadNext(*item);
                         });
}

void TicketSubmitter::uploadNext(Pending& item)
{
    const auto next =
        std::find_if(item.files.begin(), item.files.end(), [](const File& f) { return !f.sent; });
    if (next == item.files.end()) {
        finish(item.id);
        return;
    }
    QFile file(next->path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcSubmit) << "the queued file" << next->path << "is gone; skipped";
        next->sent = true;
        save();
        uploadNext(item);
        return;
    }
    const QString id = item.id;
    const QString path = next->path;
    m_upload =
        new AttachmentUpload(m_session, item.ticketId, next->name, file.readAll(), false, this);
    connect(m_upload, &AttachmentUpload::progress, this,
            [this, id](qint64 sent, qint64 total) { Q_EMIT progress(id, sent, total); });
    connect(m_upload, &AttachmentUpload::finished, this, [this, id, path] {
        m_upload->deleteLater();
        Pending* item = find(id);
        if (!item)
            return;
        for (File& f : item->files) {
            if (f.path == path) {
                f.sent = true;
                QFile::remove(path);
            }
        }
        save();
        uploadNext(*item);
    });
    connect(m_upload, &AttachmentUpload::failed, this,
            [this, id, path](const rpc::RpcError& error) {
                m_upload->deleteLater();
                if (isConnectionTrouble(error)) {
                    onError(id, error);
                    return;
                }
                // The ticket exists; a file the server refuses (too large) must not hold it back.
                Pending* item = find(id);
                if (!item)
                    return;
                const QString name = [&] {
                    for (File& f : item->files) {
                        if (f.path == path) {
                            f.sent = true;
                            return f.name;
                        }
                    }
                    return QString();
                }();
                Q_EMIT failed(name, error);
                save();
                uploadNext(*item);
            });
    m_upload->start();
}

void TicketSubmitter::onError(const QString& id, const rpc::RpcError& error)
{
    m_busy = false;
    Pending* item = find(id);
    if (!item)
        return;
    if (isConnectionTrouble(error)) {
        item->state = State::Waiting;
        m_retry.start(5000);
    } else {
        item->state = State::Failed;
        item->error = error;
        Q_EMIT failed(item->title(), error);
    }
    save();
    Q_EMIT changed();
}

void TicketSubmitter::finish(const QString& id)
{
    m_busy = false;
    Pending* item = find(id);
    if (!item)
        return;
    const qint64 ticketId = item->ticketId;
    const QString title = item->title();
    m_items.removeIf([&id](const Pending& p) { return p.id == id; });
    save();
    Q_EMIT changed();
    Q_EMIT submitted(ticketId, title);
    pump();
}

TicketSubmitter::Pending* TicketSubmitter::find(const QString& id)
{
    for (Pending& item : m_items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

void TicketSubmitter::save() const
{
    if (m_dir.isEmpty())
        return;
    QJsonArray items;
    for (const Pending& item : m_items) {
        QJsonArray files;
        for (const File& file : item.files)
            files.append(QJsonObject {
                {"name"_L1, file.name}, {"path"_L1, file.path}, {"sent"_L1, file.sent}});
        QJsonObject object {{"id"_L1, item.id},
                            {"params"_L1, item.params},
                            {"files"_L1, files},
                            {"ticket"_L1, item.ticketId},
                            {"queued_at"_L1, item.queuedAt},
                            {"failed"_L1, item.state == State::Failed}};
        if (item.error)
            object.insert("error"_L1, item.error->toJson());
        items.append(object);
    }
    QSaveFile out(QDir(m_dir).filePath(u"queue.json"_s));
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(items).toJson()) < 0
        || !out.commit())
        qCWarning(lcSubmit) << "cannot save the queue in" << m_dir;
}

void TicketSubmitter::load()
{
    m_items.clear();
    QFile in(QDir(m_dir).filePath(u"queue.json"_s));
    if (!in.open(QIODevice::ReadOnly))
        return;
    for (const QJsonValue& value : QJsonDocument::fromJson(in.readAll()).array()) {
        const QJsonObject object = value.toObject();
        Pending item;
        item.id = object.value("id"_L1).toString();
        item.params = object.value("params"_L1).toObject();
        item.ticketId = object.value("ticket"_L1).toInteger();
        item.queuedAt = object.value("queued_at"_L1).toInteger();
        for (const QJsonValue& f : object.value("files"_L1).toArray()) {
            const QJsonObject file = f.toObject();
            item.files.append({file.value("name"_L1).toString(), file.value("path"_L1).toString(),
                               file.value("sent"_L1).toBool()});
        }
        if (object.value("failed"_L1).toBool()) {
            item.state = State::Failed;
            item.error = rpc::RpcError::fromJson(object.value("error"_L1).toObject());
        }
        if (!item.id.isEmpty())
            m_items.append(item);
    }
}

} // namespace frontline::client
