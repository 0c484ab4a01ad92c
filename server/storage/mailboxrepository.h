#pragma once

#include "core/result.h"
#include "mail/mailboxconfig.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace frontline::server {

class SqlSession;
namespace mail {
class SecretSealer;
}

// A mail in quarantine as an admin sees it (the raw bytes stay in the table).
struct QuarantinedMail
{
    qint64 id = 0;
    qint64 mailboxId = 0;
    QString mailboxName;
    QString reason;
    QString subject; // empty when unreadable
    QString sender;
    qint64 at = 0;
};

// The e-mail channel's tables. Passwords are sealed on the way in and opened on the way out;
// the rows never hold them in the clear.
class MailboxRepository
{
public:
    MailboxRepository(SqlSession& session, const mail::SecretSealer& sealer)
        : m_session(session)
        , m_sealer(&sealer)
    { }
    // Without the key: everything but save(), find() and list() (the mail intake's tables).
    explicit MailboxRepository(SqlSession& session)
        : m_session(session)
    { }

    // Inserts (id 0) or updates the mailbox; returns its id.
    qint64 save(const mail::MailboxConfig& mailbox);
    // Fails when the passwords do not open with this server's key.
    Result<mail::MailboxConfig, QString> find(qint64 id);
    QList<qint64> enabledIds();
    // Every mailbox not deleted, by id; one whose passwords do not open has its id and name only.
    QList<mail::MailboxConfig> list();
    QString nameOf(qint64 id);
    std::optional<qint64> idByName(const QString& name);
    // Soft deletion: the row stays for the Message-IDs it filed. False when there was none.
    bool remove(qint64 id, qint64 at);

    // The sender of a mail: the user with this address (case-insensitive), active ones first.
    std::optional<qint64> userByAddress(const QString& address);
    // A bounce said mail to this address cannot be delivered.
    void markUndeliverable(const QString& address, const QString& reason, qint64 at);
    bool isUndeliverable(const QString& address);

    // No double filing: whether a Message-ID was taken in before, and recording it in the
    // transaction that files it (the primary key refuses a second row).
    bool wasFiled(const QString& messageId);
    void recordFiled(const QString& messageId, qint64 mailboxId, std::optional<qint64> ticketId,
                     const QString& outcome, qint64 at);

    // Replies find their ticket by the Message-IDs Frontline sent about it: `messageIds` newest
    // first, of which the first 32 are looked at.
    void recordSent(const QString& messageId, qint64 ticketId, qint64 at);
    std::optional<qint64> ticketForReferences(const QStringList& messageIds);

    qint64 quarantine(qint64 mailboxId, const QString& reason, const QByteArray& raw, qint64 at,
                      const QString& subject = {}, const QString& sender = {});
    // Newest first; `beforeId` is the keyset cursor.
    QList<QuarantinedMail> quarantined(int limit, std::optional<qint64> beforeId = std::nullopt);

private:
    SqlSession& m_session;
    const mail::SecretSealer* m_sealer = nullptr;
};

} // namespace frontline::server
