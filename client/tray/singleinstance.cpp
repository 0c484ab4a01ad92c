#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace frontline::client::tray {

SingleInstance::SingleInstance(QString name, QObject* parent)
    : QObject(parent)
    , m_name(std::move(name))
{ }

QString SingleInstance::defaultName()
{
    // Per user (the home folder names them on every platform), short enough for a socket path.
    const QByteArray user = QDir::homePath().toUtf8();
    return u"frontline-tray-"_s
        + QString::fromLatin1(
               QCryptographicHash::hash(user, QCryptographicHash::Sha1).toHex().left(12));
}

bool SingleInstance::claim(const QString& what)
{
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(500)) {
        probe.write("show " + what.toUtf8() + '\n');
        probe.waitForBytesWritten(500);
        probe.disconnectFromServer();
        return false;
    }
    // Nobody answers: a socket file left by a crash is stale.
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name))
        return true; // cannot guard; run anyway rather than not at all
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                const QByteArray line = socket->readAll().trimmed();
                if (line.startsWith("show"))
                    Q_EMIT activated(QString::fromUtf8(line.mid(4).trimmed()));
                socket->disconnectFromServer();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return true;
}

} // namespace frontline::client::tray
