#include "mail/mailintake.h"

#include "mail/imapmailbox.h"

#include <optional>

namespace frontline::server::mail {

QList<Result<MailFiler::Answer, QString>> MailFiler::fileAll(const QList<Mail>& mails)
{
    QList<Result<Answer, QString>> answers;
    for (const Mail& item : mails)
        answers << file(*item.mail, *item.raw);
    return answers;
}

MailFiler::Answers MailFiler::startAll(const QList<Mail>& mails)
{
    return [this, mails] { return fileAll(mails); };
}

namespace {

// One fetched mail on its way through a round.
struct Fetched
{
    quint32 uid = 0;
    QByteArray raw;
    std::optional<InboundMail> mail; // parsed
    QString quarantineReason;
};

// Quarantines or marks done what the filer answered; counts it.
void finish(ImapMailbox& mailbox, MailFiler& filer, const QString& quarantineFolder, Fetched& item,
            const std::optional<Result<MailFiler::Answer, QString>>& answer, MailIntakeRound& round)
{
    if (answer) {
        if (!*answer) {
            ++round.deferred;
            round.lastError = answer->error();
            return; // stays unseen: the next round tries again
        }
        switch ((*answer)->outcome) {
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
            item.quarantineReason = (*answer)->reason;
            break;
        }
    }
    if (!item.quarantineReason.isEmpty()) {
        // The reason is kept first: a crash before the move quarantines it again next round.
        filer.quarantined(item.raw, item.quarantineReason);
        const auto moved = mailbox.quarantine(item.uid, quarantineFolder);
        if (!moved) {
            ++round.deferred;
            round.lastError = moved.error();
            return;
        }
        ++round.quarantined;
        return;
    }
    // Only now, after the filer committed, does the mailbox learn that it is done.
    const auto done = mailbox.markDone(item.uid);
    if (!done)
        round.lastError = done.error(); // fetched again next round; the filer deduplicates
}

} // namespace

MailIntakeRound takeIn(ImapMailbox& mailbox, MailFiler& filer, const QString& quarantineFolder,
                       int batch)
{
    MailIntakeRound round;
    const auto unseen = mailbox.unseen();
    if (!unseen) {
        round.lastError = unseen.error();
        return round;
    }
    // The batch whose filing runs while the next one is fetched.
    struct InFlight
    {
        QList<Fetched> fetched;
        MailFiler::Answers answers;
    };
    std::optional<InFlight> inFlight;
    auto settle = [&](InFlight& batchInFlight) {
        const auto answers = batchInFlight.answers();
        qsizetype next = 0;
        for (Fetched& item : batchInFlight.fetched) {
            std::optional<Result<MailFiler::Answer, QString>> answer;
            if (item.mail)
                answer = answers.value(next++, QStringLiteral("the filer gave no answer"));
            finish(mailbox, filer, quarantineFolder, item, answer, round);
        }
    };
    for (qsizetype start = 0; start < unseen->size(); start += batch) {
        InFlight current;
        for (const quint32 uid : unseen->mid(start, batch)) {
            auto raw = mailbox.fetch(uid);
            if (!raw) {
                ++round.deferred;
                round.lastError = raw.error();
                continue;
            }
            Fetched item {uid, std::move(raw).value(), std::nullopt, {}};
            auto mail = InboundMail::parse(item.raw);
            if (mail)
                item.mail = std::move(mail).value();
            else
                item.quarantineReason = QStringLiteral("cannot be parsed: ") + mail.error();
            current.fetched << std::move(item);
        }
        if (inFlight)
            settle(*inFlight); // marks the previous batch done once it committed
        // The elements stay where they are from here on: the filer holds pointers to them.
        inFlight.emplace(std::move(current));
        QList<MailFiler::Mail> toFile;
        for (const Fetched& item : std::as_const(inFlight->fetched)) {
            if (item.mail)
                toFile << MailFiler::Mail {&*item.mail, &item.raw};
        }
        inFlight->answers = filer.startAll(toFile);
    }
    if (inFlight)
        settle(*inFlight);
    return round;
}

} // namespace frontline::server::mail
