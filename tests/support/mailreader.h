#pragma once

#include "mail/inboundmail.h"
#include "mailservers.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace frontline::test {

// What the mail tests do as a person with a mail program, against MailServers: send over SMTP
// and read the inbox over IMAP, both with STARTTLS and the user's own login.

// The `config.set` value of the key "smtp" for the real Postfix on `port` (desk@ sends).
QJsonObject smtpSettings(const MailServers& servers, quint16 port);

// Sends `raw` by SMTP as <from>@example.test to `to` (full addresses); the error, or empty.
QString sendMail(const MailServers& servers, const QString& from, const QStringList& to,
                 const QByteArray& raw);

// The unseen mails in a user's inbox, read over IMAP once at least `count` arrived (waiting on
// IDLE for at most 30 s); a test failure if fewer arrived.
QList<server::mail::InboundMail> readInbox(const MailServers& servers, const QString& name,
                                           qsizetype count);

// The unseen mails in a user's inbox, fetched as they arrive until `enough` holds for them or
// 30 s passed (no failure of its own: the caller checks what it needed).
QList<server::mail::InboundMail>
readInboxUntil(const MailServers& servers, const QString& name,
               const std::function<bool(const QList<server::mail::InboundMail>&)>& enough);

} // namespace frontline::test
