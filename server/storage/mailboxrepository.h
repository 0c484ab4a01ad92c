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

// The e-mail channel's tables. Passwords are sealed on the way in and opened on the way out;
// the rows never hold them in the clear.
class MailboxRepository
{
public:
    MailboxRepository(SqlSession& session, const mail::SecretSealer& sealer)
        : m_session(session)
        , m_sealer(sealer)
    { }

    // Inserts (id 0) or updates the mailbox; returns its id.
    qint64 save(const mail::MailboxConfig& mailbox);
    // Fails when the passwords do not open with this server's key.
    Result<mail::MailboxConfig, QString> find(qint64 id);
    QList<qint64> enabledIds();

    // No double filing: whether a Message-ID was taken in before, and recording it in the
    // transaction that files it (the primary key refuses a second row).
    bool wasFiled(const QString& messageId);
    void recordFiled(const QString& messageId, qint64 mailboxId, std::optional<qint64> ticketId,
                     const QString& outcome, qint64 at);

    // Replies find their ticket by the Message-IDs Frontline sent about it.
    void recordSent(const QString& messageId, qint64 ticketId, qint64 at);
    std::optional<qint64> ticketForReferences(const QStringList& messageIds);

    qint64 quarantine(qint64 mailboxId, const QString& reason, const QByteArray& raw, qint64 at);

private:
    SqlSession& m_session;
    const mail::SecretSealer& m_sealer;
};

} // namespace frontline::server
