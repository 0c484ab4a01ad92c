#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace frontline::server::mail {

struct MailAttachment
{
    QString fileName; // never empty, no folders ("attachment-2.bin" when the mail named none)
    QString contentType; // as the mail declared it, e.g. "application/pdf"
    QByteArray data; // decoded (base64, quoted-printable)
};

// A mail from a machine rather than a person. Answering it risks a loop, and a bounce or an
// out-of-office note is not a request.
enum class Automated {
    No,
    AutoReply, // Auto-Submitted, X-Autoreply, X-Auto-Response-Suppress, Precedence: auto_reply
    Bounce, // a delivery-status report, an empty Return-Path, MAILER-DAEMON
    Bulk, // list or bulk mail: List-Id, Precedence: bulk/list/junk
};

// One received mail, parsed (GMime) into what a ticket or a comment needs. Everything is
// decoded: RFC 2047 words, quoted-printable and base64, any charset into UTF-8; HTML becomes
// safe plain text. A malformed mail still parses as far as it can be read; only input that is
// not a mail at all (no header) is an error.
struct InboundMail
{
    static Result<InboundMail, QString> parse(QByteArrayView raw);

    QString messageId; // without angle brackets; empty if the mail had none
    QString inReplyTo; // the Message-ID it answers, without brackets
    QStringList references; // every Message-ID it refers to, newest first (In-Reply-To first)
    QString fromAddress; // the sender's address, lower-case
    QString fromName; // the sender's display name, may be empty
    QString subject; // decoded, without "Re:"/"Fwd:"/"AW:" prefixes
    QString text; // the new text: quoted history and signature cut
    QString fullText; // the whole text body
    QList<MailAttachment> attachments;
    std::optional<qint64> ticketTag; // "[#1234]" in the subject
    Automated automated = Automated::No;
    QString automatedReason; // the header or part that gave it away
    QDateTime date; // UTC; invalid when the mail had no readable Date
};

// Subject without the reply and forward prefixes mailers add ("Re: AW: Fwd: ...").
QString subjectWithoutPrefixes(const QString& subject);

} // namespace frontline::server::mail
