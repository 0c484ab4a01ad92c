#pragma once

#include "core/result.h"
#include "mail/inboundmail.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace frontline::server::mail {

class ImapMailbox;

// Where parsed mail goes: the service that turns it into a ticket or a comment. The intake
// relies on its promise that file() returns only after the change has committed.
class MailFiler
{
public:
    enum class Outcome {
        Filed, // a ticket or a comment was committed
        AlreadyFiled, // its Message-ID was filed before (a redelivery): nothing new
        Ignored, // nothing to file (e.g. a bounce), recorded as seen
        Unfileable, // it can never be filed as it is (no sender, too large): quarantine it
    };
    struct Answer
    {
        Outcome outcome = Outcome::Filed;
        QString reason; // for Unfileable and Ignored: why
    };

    virtual ~MailFiler() = default;
    // An error is transient (the database is down): the mail stays in the mailbox, unseen, and
    // the next round tries again.
    virtual Result<Answer, QString> file(const InboundMail& mail, const QByteArray& raw) = 0;
    // Several mails at once, answers in the same order, each with the promise of file(). A
    // filer may commit them together (the ticket service's writer does); by default, in turn.
    struct Mail
    {
        const InboundMail* mail;
        const QByteArray* raw;
    };
    virtual QList<Result<Answer, QString>> fileAll(const QList<Mail>& mails);
    // fileAll in two halves, so that the intake fetches the next mails while these commit: the
    // returned function waits for the answers (the mails must live until it returned). By
    // default the filing happens when the answers are asked for.
    using Answers = std::function<QList<Result<Answer, QString>>()>;
    virtual Answers startAll(const QList<Mail>& mails);
    // A mail moved to quarantine, and why: kept so that an admin can see it.
    virtual void quarantined(const QByteArray& raw, const QString& reason) = 0;
};

// One round over a mailbox's unseen mail: fetch (without marking), parse, file, and only then
// mark it done. Mail is fetched and filed in batches of up to `batch` (fileAll), in UID order. A
// mail that cannot be parsed or filed goes to the quarantine folder; a mail whose filing failed for
// now stays unseen for the next round. Nothing is lost by a crash at any point: what was not marked
// done is fetched again, and the filer recognises what it already filed by Message-ID.
struct MailIntakeRound
{
    int filed = 0;
    int duplicates = 0;
    int ignored = 0;
    int quarantined = 0;
    int deferred = 0; // left unseen: the filer or the mailbox failed for now
    QString lastError;
};

MailIntakeRound takeIn(ImapMailbox& mailbox, MailFiler& filer,
                       const QString& quarantineFolder = QStringLiteral("Quarantine"),
                       int batch = 32);

} // namespace frontline::server::mail
