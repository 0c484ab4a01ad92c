#include "mailreader.h"

#include "mail/imapmailbox.h"
#include "mail/smtpsender.h"

#include <QDeadlineTimer>
#include <QSet>

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

QList<InboundMail> readInboxUntil(const MailServers& servers, const QString& name,
                                  const std::function<bool(const QList<InboundMail>&)>& enough)
{
    server::mail::ImapMailbox box(endpoint(servers, servers.imapPort(), name));
    const auto opened = box.open();
    EXPECT_TRUE(opened.ok()) << opened.error().toStdString();
    QList<InboundMail> mails;
    if (!opened.ok())
        return mails;
    // Fetches each new message once, as it arrives, until `enough` says so or 30 s passed.
    QSet<quint32> fetched;
    const QDeadlineTimer deadline(30000);
    while (!enough(mails) && !deadline.hasExpired()) {
        const auto unseen = box.unseen();
        EXPECT_TRUE(unseen.ok()) << unseen.error().toStdString();
        if (!unseen.ok())
            break;
        bool grew = false;
        for (quint32 uid : *unseen) {
            if (fetched.contains(uid))
                continue;
            fetched.insert(uid);
            grew = true;
            auto raw = box.fetch(uid);
            EXPECT_TRUE(raw.ok());
            if (!raw.ok())
                continue;
            auto parsed = InboundMail::parse(*raw);
            EXPECT_TRUE(parsed.ok());
            if (parsed.ok())
                mails.append(*parsed);
        }
        // Something new: look again at once (more may have come meanwhile). Nothing new: wait
        // for the server's word, a second at most: a message stored between the search and the
        // start of the wait may not be announced to it (the kill test once read 292 of 400 in
        // 30 s, every one of them in the mailbox).
        if (!grew)
            (void)box.waitForChange(int(std::clamp<qint64>(deadline.remainingTime(), 1, 1000)));
    }
    return mails;
}

QList<InboundMail> readInbox(const MailServers& servers, const QString& name, qsizetype count)
{
    const QList<InboundMail> mails = readInboxUntil(
        servers, name, [count](const QList<InboundMail>& got) { return got.size() >= count; });
    EXPECT_GE(mails.size(), count) << servers.log().toStdString();
    return mails;
}

} // namespace frontline::test
