#include "mail/mailintake.h"

#include "mail/imapmailbox.h"

namespace frontline::server::mail {

MailIntakeRound takeIn(ImapMailbox& mailbox, MailFiler& filer, const QString& quarantineFolder)
{
    MailIntakeRound round;
    const auto unseen = mailbox.unseen();
    if (!unseen) {
        round.lastError = unseen.error();
        return round;
    }
    for (const quint32 uid : *unseen) {
        const auto raw = mailbox.fetch(uid);
        if (!raw) {
            ++round.deferred;
            round.lastError = raw.error();
            continue;
        }
        const auto mail = InboundMail::parse(*raw);
        QString quarantineReason;
        if (!mail) {
            quarantineReason = QStringLiteral("cannot be parsed: ") + mail.error();
        } else {
            const auto answer = filer.file(*mail, *raw);
            if (!answer) {
                ++round.deferred;
                round.lastError = answer.error();
                continue; // stays unseen: the next round tries again
            }
            switch (answer->outcome) {
            case MailFiler::Outcome::Filed:
                ++round.filed;
                break;
            case MailFiler::Outcome::AlreadyFiled:
                ++round.duplicates;
                break;
            case MailFiler::Outcome::Ignored:
                ++round.ignored;
                break;
            case MailFiler::Outcome::Unfileable:
                quarantineReason = answer->reason;
                break;
            }
        }
        if (!quarantineReason.isEmpty()) {
            // The reason is kept first: a crash before the move quarantines it again next round.
            filer.quarantined(*raw, quarantineReason);
            const auto moved = mailbox.quarantine(uid, quarantineFolder);
            if (!moved) {
                ++round.deferred;
                round.lastError = moved.error();
                continue;
            }
            ++round.quarantined;
            continue;
        }
        // Only now, after the filer committed, does the mailbox learn that it is done.
        const auto done = mailbox.markDone(uid);
        if (!done)
            round.lastError = done.error(); // fetched again next round; the filer deduplicates
    }
    return round;
}

} // namespace frontline::server::mail
