#include "webhookreceiver.h"

#include "testclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::test {

std::unique_ptr<WebhookReceiver> WebhookReceiver::start(QString* why)
{
    std::unique_ptr<WebhookReceiver> receiver(new WebhookReceiver);
    const QString portFile = receiver->m_dir.filePath(u"port"_s);
    receiver->m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    receiver->m_process.start(
        u"python3"_s,
        {QStringLiteral(FRONTLINE_TEST_SUPPORT_DIR) + u"/webhook_receiver.py"_s, u"--log"_s,
         receiver->m_dir.filePath(u"requests.jsonl"_s), u"--status"_s,
         receiver->m_dir.filePath(u"status"_s), u"--port-file"_s, portFile});
    if (!receiver->m_process.waitForStarted(10000)) {
        *why = u"python3 does not start: "_s + receiver->m_process.errorString();
        return nullptr;
    }
    const bool bound = waitUntil([&] { return QFile::exists(portFile); }, 15000);
    QFile file(portFile);
    if (!bound || !file.open(QIODevice::ReadOnly)) {
        *why = u"the webhook receiver did not report its port"_s;
        return nullptr;
    }
    receiver->m_port = quint16(file.readAll().trimmed().toUInt());
    return receiver;
}

WebhookReceiver::~WebhookReceiver()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString WebhookReceiver::url(const QString& path) const
{
    return u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path);
}

void WebhookReceiver::setStatus(const QString& status)
{
    QFile file(m_dir.filePath(u"status.tmp"_s));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(status.toUtf8());
    file.close();
    QFile::remove(m_dir.filePath(u"status"_s));
    QFile::rename(file.fileName(), m_dir.filePath(u"status"_s));
}

QList<ReceivedHook> WebhookReceiver::requests() const
{
    QList<ReceivedHook> received;
    QFile file(m_dir.filePath(u"requests.jsonl"_s));
    if (!file.open(QIODevice::ReadOnly))
        return received;
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        if (record.isEmpty())
            continue; // (a line still being written)
        ReceivedHook hook;
        const QJsonObject headers = record.value("headers"_L1).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            hook.headers.insert(it.key(), it.value().toString());
        hook.body = record.value("body"_L1).toString().toUtf8();
        received << hook;
    }
    return received;
}

bool WebhookReceiver::waitForRequests(qsizetype count, int timeoutMs) const
{
    return waitUntil([&] { return requests().size() >= count; }, timeoutMs);
}

} // namespace frontline::test
