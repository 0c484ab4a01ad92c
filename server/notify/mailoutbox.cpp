#include "notify/mailoutbox.h"

#include "core/timeutil.h"
#include "mail/ticketmailids.h"
#include "storage/sqlsession.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::server::notify {

namespace {

const QString EntryColumns =
    u"id, ticket_id, event_id, recipient_id, kind, address, subject, message_id, state, "
    "attempts, next_attempt_at, last_error, created_at, sent_at"_s;

api::MailOutboxEntry entryOf(const Statement& query)
{
    api::MailOutboxEntry e;
    e.id = query.int64(0);
    e.ticketId = query.int64(1);
    e.eventId = query.int64(2);
    e.recipientId = query.int64(3);
    e.kind = query.text(4);
    e.address = query.text(5);
    e.subject = query.text(6);
    e.messageId = query.text(7);
    e.state = query.text(8);
    e.attempts = query.integer(9);
    if (e.state == u"queued"_s)
        e.nextAttemptAt = timeutil::toIso(query.int64(10));
    e.lastError = query.text(11);
    e.createdAt = timeutil::toIso(query.int64(12));
    if (const auto sentAt = query.optionalInt64(13))
        e.sentAt = timeutil::toIso(*sentAt);
    return e;
}

} // namespace

qint64 MailOutbox::retryDelay(int attempts)
{
    qint64 delay = FirstRetryMs;
    for (int i = 1; i < attempts && delay < LongestRetryMs; ++i)
        delay *= 2;
    return std::min(delay, LongestRetryMs);
}

int MailOutbox::recover(qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE mail_outbox SET state = 'queued', next_attempt_at = ? WHERE state = 'sending'"_s);
    update.bind(now);
    update.exec();
    return update.rowsAffected();
}

QList<OutboxMail> MailOutbox::claim(qint64 now, int limit, const QString& attemptId)
{
    QList<OutboxMail> mails;
    {
        Statement query = m_session.prepare(
            u"SELECT o.id, o.ticket_id, o.address, o.subject, o.body, o.message_id, "
            "o.in_reply_to, o.attempts, o.event_id, o.kind, (SELECT m.mailbox_id FROM "
            "mail_messages m WHERE m.ticket_id = o.ticket_id AND m.outcome = 'ticket' LIMIT 1) "
            "FROM mail_outbox o WHERE o.state = 'queued' AND o.next_attempt_at <= ? "
            "ORDER BY o.next_attempt_at, o.id LIMIT ?"_s);
        query.bind(now).bind(limit);
        query.exec();
        while (query.next()) {
            mails.append({query.int64(0), query.int64(1), query.text(2), query.text(3),
                          query.text(4), query.text(5), query.text(6), query.integer(7) + 1,
                          query.int64(8), query.text(9), query.optionalInt64(10).value_or(0)});
        }
    }
    if (mails.isEmpty())
        return mails;
    // Only the rows this claim marked are sent: with several servers on one database, a
    // sender that overlaps another (a lead changing hands) waits on the other's row locks and
    // then finds them 'sending' — it leaves them, so no mail leaves twice.
    Statement mark = m_session.prepare(
        u"UPDATE mail_outbox SET state = 'sending', attempt_id = ?, attempts = attempts + 1 "
        "WHERE id = ? AND state = 'queued'"_s);
    QList<OutboxMail> claimed;
    for (const OutboxMail& mail : std::as_const(mails)) {
        mark.bind(attemptId).bind(mail.id);
        mark.exec();
        if (mark.rowsAffected() == 1)
            claimed.append(mail);
    }
    return claimed;
}

QList<std::pair<qint64, api::HistoryMail>> MailOutbox::markBounced(const QStringList& messageIds,
                                                                   const QString& reason)
{
    QList<std::pair<qint64, api::HistoryMail>> marks;
    // A ticket mail's Message-ID names its event and recipient, which the outbox indexes; other
    // mails (no event) are indexed by Message-ID.
    Statement byEvent = m_session.prepare(
        u"SELECT id, ticket_id, event_id, address, kind FROM mail_outbox WHERE event_id = ? "
        "AND recipient_id = ? AND message_id = ? AND state = 'sent'"_s);
    Statement byMessageId =
        m_session.prepare(u"SELECT id, ticket_id, event_id, address, kind FROM mail_outbox "
                          "WHERE event_id IS NULL AND message_id = ? AND state = 'sent'"_s);
    Statement fail = m_session.prepare(
        u"UPDATE mail_outbox SET state = 'failed', last_error = ? WHERE id = ? AND state = 'sent'"_s);
    for (const QString& messageId : messageIds) {
        const auto ticketMail = mail::parseTicketMailId(messageId);
        const bool byItsEvent = ticketMail && !ticketMail->isRoot();
        Statement& find = byItsEvent ? byEvent : byMessageId;
        if (byItsEvent)
            find.bind(ticketMail->eventId).bind(ticketMail->recipientId);
        find.bind(messageId);
        find.exec();
        if (!find.next())
            continue;
        const qint64 id = find.int64(0);
        const qint64 ticketId = find.int64(1);
        api::HistoryMail mark {find.int64(2), u"out"_s, find.text(3), find.text(4), u"failed"_s};
        fail.bind(reason.left(1000)).bind(id);
        fail.exec();
        if (fail.rowsAffected() > 0 && ticketId != 0)
            marks.append({ticketId, mark});
    }
    return marks;
}

std::optional<api::HistoryMail> MailOutbox::finish(const SendResult& result, const OutboxMail& mail,
                                                   const QString& attemptId, qint64 now)
{
    const auto mark = [&](const QString& state) {
        return mail.ticketId ? std::optional(
                   api::HistoryMail {mail.eventId, u"out"_s, mail.address, mail.kind, state})
                             : std::nullopt;
    };
    if (result.sent) {
        Statement sent = m_session.prepare(
            u"UPDATE mail_outbox SET state = 'sent', sent_at = ?, last_error = '' "
            "WHERE id = ? AND attempt_id = ? AND state = 'sending'"_s);
        sent.bind(now).bind(mail.id).bind(attemptId);
        sent.exec();
        if (sent.rowsAffected() == 0 || mail.ticketId == 0)
            return std::nullopt; // (an account mail, such as a reset code, has no ticket)
        // Replies find their ticket by these (inbound threading): the mail and its thread root.
        // A ticket mail's own Message-IDs need no row: they name the outbox row they are
        // checked against (MailboxRepository::ticketForReferences).
        Statement thread = m_session.prepare(
            u"INSERT INTO mail_sent (message_id, ticket_id, sent_at) VALUES (?, ?, ?) "
            "ON CONFLICT DO NOTHING"_s);
        for (const QString& id : {mail.messageId, mail.inReplyTo}) {
            if (id.isEmpty() || mail::parseTicketMailId(id))
                continue;
            thread.bind(id).bind(mail.ticketId).bind(now);
            thread.exec();
        }
        return mark(u"sent"_s);
    }
    const bool giveUp = result.permanent || mail.attempts >= MaxAttempts;
    Statement failed =
        m_session.prepare(u"UPDATE mail_outbox SET state = ?, next_attempt_at = ?, last_error = ? "
                          "WHERE id = ? AND attempt_id = ? AND state = 'sending'"_s);
    failed.bind(giveUp ? u"failed"_s : u"queued"_s)
        .bind(now + retryDelay(mail.attempts))
        .bind(result.error.left(1000))
        .bind(mail.id)
        .bind(attemptId);
    failed.exec();
    const bool settled = giveUp && failed.rowsAffected() > 0;
    if (result.permanent && result.error.startsWith(u"RCPT TO"_s)) {
        // The relay refuses the address for good: it is undeliverable from now on.
        Statement bounced = m_session.prepare(
            u"INSERT INTO mail_undeliverable (address, reason, marked_at) VALUES (?, ?, ?) "
            "ON CONFLICT DO NOTHING"_s);
        bounced.bind(mail.address.toLower()).bind(result.error.left(1000)).bind(now);
        bounced.exec();
    }
    return settled ? mark(u"failed"_s) : std::nullopt;
}

std::optional<qint64> MailOutbox::nextDue()
{
    Statement query =
        m_session.prepare(u"SELECT MIN(next_attempt_at) FROM mail_outbox WHERE state = 'queued'"_s);
    query.exec();
    return query.next() ? query.optionalInt64(0) : std::nullopt;
}

api::MailOutboxList MailOutbox::list(const std::optional<QString>& state, int limit)
{
    api::MailOutboxList list;
    {
        Statement counts =
            m_session.prepare(u"SELECT state, COUNT(*) FROM mail_outbox GROUP BY state"_s);
        counts.exec();
        while (counts.next()) {
            const QString name = counts.text(0);
            const int count = counts.integer(1);
            (name == u"queued"_s        ? list.queued
                 : name == u"sending"_s ? list.sending
                 : name == u"sent"_s    ? list.sent
                                        : list.failed) = count;
        }
    }
    Statement query = m_session.prepare(u"SELECT "_s + EntryColumns + u" FROM mail_outbox"_s
                                        + (state ? u" WHERE state = ?"_s : QString())
                                        + u" ORDER BY id DESC LIMIT ?"_s);
    if (state)
        query.bind(*state);
    query.bind(limit);
    query.exec();
    while (query.next())
        list.items.append(entryOf(query));
    return list;
}

std::optional<api::MailOutboxEntry> MailOutbox::entry(qint64 id)
{
    Statement query =
        m_session.prepare(u"SELECT "_s + EntryColumns + u" FROM mail_outbox WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return entryOf(query);
}

bool MailOutbox::retry(qint64 id, qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE mail_outbox SET state = 'queued', attempts = 0, next_attempt_at = ? "
        "WHERE id = ? AND state IN ('queued', 'failed')"_s);
    update.bind(now).bind(id);
    update.exec();
    return update.rowsAffected() > 0;
}

} // namespace frontline::server::notify
