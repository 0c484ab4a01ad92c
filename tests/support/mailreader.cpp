#include "mailreader.h"

#include "mail/imapmailbox.h"
#include "mail/smtpsender.h"

#include <QDeadlineTimer>

#include <algorithm>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace frontline::test {

using server::mail::InboundMail;
using server::mail::MailEndpoint;

namespace {

MailEndpoint endpoint(const MailServers& servers, quint16 port, const QString& name)
{
    return MailEndpoint {servers.host(),
                         port,
                         MailEndpoint::Security::StartTls,
                         MailServers::address(name),
                         QLatin1String(MailServers::Password),
                         servers.certificatePem()};
}

} // namespace

QJsonObject smtpSettings(const MailServers& servers, quint16 port)
{
    return QJsonObject {{"host"_L1, servers.host()},
                        {"port"_L1, int(port)},
                        {"security"_L1, u"starttls"_s},
                        {"username"_L1, MailServers::address(u"desk"_s)},
                        {"password"_L1, QLatin1String(MailServers::Password)},
                        {"certificate"_L1, QString::fromLatin1(servers.certificatePem())},
                        {"from_address"_L1, MailServers::address(u"desk"_s)},
                        {"from_name"_L1, u"IT Service Desk"_s}};
}

QString sendMail(const MailServers& servers, const QString& from, const QStringList& to,
                 const QByteArray& raw)
{
    const auto sent = server::mail::SmtpSender(endpoint(servers, servers.smtpPort(), from))
                          .send(MailServers::address(from), to, raw);
    return sent.ok() ? QString() : sent.error();
}

QList<InboundMail> readInbox(const MailServers& servers, const QString& name, qsizetype count)
{
    server::mail::ImapMailbox box(endpoint(servers, servers.imapPort(), name));
    const auto opened = box.open();
    EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
    QList<InboundMail> mails;
    if (!opened.ok())
        return mails;
    const QDeadlineTimer deadline(30000);
    QList<quint32> uids;
    while (!deadline.hasExpired()) {
        auto unseen = box.unseen();
        if (!unseen.ok() || unseen->size() >= count) {
            uids = unseen.ok() ? *unseen : QList<quint32> {};
            break;
        }
        (void)box.waitForChange(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    for (quint32 uid : std::as_const(uids)) {
        auto raw = box.fetch(uid);
        EXPECT_TRUE(raw.ok());
        if (!raw.ok())
            continue;
        auto parsed = InboundMail::parse(*raw);
        EXPECT_TRUE(parsed.ok());
        if (parsed.ok())
            mails.append(*parsed);
    }
    EXPECT_GE(mails.size(), count) << servers.log().toStdString();
    return mails;
}

} // namespace frontline::test
