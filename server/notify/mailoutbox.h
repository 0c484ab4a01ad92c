#pragma once

#include "api/notifyapi.h"
#include "api/ticketresults.h"

#include <QList>
#include <QString>

#include <optional>

namespace frontline::server {

class SqlSession;

namespace notify {

// A queued mail as the sender takes it.
struct OutboxMail
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QString address;
    QString subject;
    QString body;
    QString messageId;
    QString inReplyTo; // the ticket's thread root, also its References
    int attempts = 0; // including the one now claimed
    qint64 eventId = 0; // the history entry that caused it (its mail mark)
    QString kind;
    qint64 mailboxId = 0; // the mailbox its ticket came in through (0: none): its relay
};

// How one send ended.
struct SendResult
{
    qint64 id = 0;
    bool sent = false;
    bool permanent = false; // the relay refused for good (5xx): no retry
    QString error;
};

// The rows of mail_outbox through their states: queued -> sending (claimed with an attempt id,
// committed before the relay sees the mail) -> sent (mail_sent written for a mail that is not a
// ticket mail: a ticket mail's Message-ID names its row) or, after a
// transient failure, queued again with a later next_attempt_at, or failed after MaxAttempts or
// a permanent refusal.
class MailOutbox
{
public:
    static constexpr int MaxAttempts = 10;
    static constexpr qint64 FirstRetryMs = 30'000; // doubled each attempt, at most an hour
    static constexpr qint64 LongestRetryMs = 3'600'000;

    explicit MailOutbox(SqlSession& session)
        : m_session(session)
    { }

    // Rows left in "sending" by a process that died: queued again, to be sent with the same
    // Message-ID (the relay may have taken them already: the one at-least-once point).
    int recover(qint64 now);
    // Due rows (oldest first), marked sending under `attemptId`.
    QList<OutboxMail> claim(qint64 now, int limit, const QString& attemptId);
    // Records how the attempt `attemptId` ended (nothing if the row was claimed again since).
    // The row's mail mark when it is settled now (sent, or failed for good), for the live push.
    std::optional<api::HistoryMail> finish(const SendResult& result, const OutboxMail& mail,
                                           const QString& attemptId, qint64 now);
    // A bounce that came back after the relay took the mail: the sent rows with these
    // Message-IDs are failed now, with the bounce's reason. Their marks by ticket, for the push.
    QList<std::pair<qint64, api::HistoryMail>> markBounced(const QStringList& messageIds,
                                                           const QString& reason);
    // The earliest next attempt of a queued row.
    std::optional<qint64> nextDue();

    api::MailOutboxList list(const std::optional<QString>& state, int limit);
    std::optional<api::MailOutboxEntry> entry(qint64 id);
    // An admin's "retry now" (mail.outbox.retry): a failed or queued row is due at `now` with
    // its attempts counted afresh (the backoff starts over). A row being sent or already sent
    // is left alone (false), so a retry never sends a mail twice.
    bool retry(qint64 id, qint64 now);

    static qint64 retryDelay(int attempts);

private:
    SqlSession& m_session;
};

} // namespace notify
} // namespace frontline::server
