#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace frontline::server::mail {

// A mail Frontline sends (a notification, an answer on a ticket), built by GMime: UTF-8 text
// as quoted-printable, a subject with non-ASCII words encoded (RFC 2047), a Message-ID of its
// own so that replies find their ticket, and the headers that stop other robots answering it.
struct OutboundMail
{
    QString fromAddress;
    QString fromName;
    QStringList to;
    QString subject; // put "[#1234]" in it for a mail about ticket 1234
    QString text;
    QString messageId; // without brackets; newMessageId() makes one
    QString inReplyTo;
    QStringList references;
    bool automatic = true; // Auto-Submitted: auto-generated, X-Auto-Response-Suppress: All

    // A fresh, globally unique Message-ID in the sender's domain.
    static QString newMessageId(const QString& domain);
    QByteArray toBytes() const;
};

} // namespace frontline::server::mail
