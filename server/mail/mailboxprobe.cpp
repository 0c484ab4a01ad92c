#include "mail/mailboxprobe.h"

#include "mail/imapmailbox.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace frontline::server::mail {

ProbeResult probeMailbox(const MailEndpoint& endpoint, const QString& folder)
{
    QHostAddress address(endpoint.host);
    if (address.isNull()) {
        const QHostInfo info = QHostInfo::fromName(endpoint.host);
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
            return {u"dns"_s, u"cannot resolve %1: %2"_s.arg(endpoint.host, info.errorString())};
        address = info.addresses().constFirst();
    }
    {
        QTcpSocket socket;
        socket.connectToHost(address, endpoint.port);
        if (!socket.waitForConnected(endpoint.timeoutSeconds * 1000))
            return {u"tcp"_s,
                    u"cannot connect to %1 port %2: %3"_s.arg(endpoint.host)
                        .arg(endpoint.port)
                        .arg(socket.errorString())};
    }
    ImapMailbox box(endpoint, folder);
    const auto opened = box.open();
    if (opened.ok())
        return {QString(), u"connected, logged in and opened %1"_s.arg(folder), box.supportsIdle()};
    switch (box.failedStep()) {
    case ImapMailbox::Step::Connect:
        return {u"tcp"_s, opened.error()};
    case ImapMailbox::Step::Tls:
        return {u"tls"_s, opened.error()};
    case ImapMailbox::Step::Login:
        return {u"login"_s, opened.error()};
    case ImapMailbox::Step::Folder:
    case ImapMailbox::Step::None:
        break;
    }
    return {u"folder"_s, opened.error()};
}

} // namespace frontline::server::mail
