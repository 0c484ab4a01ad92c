#pragma once

#include "core/result.h"
#include "mail/mailendpoint.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct mailimap;

namespace frontline::server::mail {

// One IMAP mailbox folder read with libetpan. The contract that keeps mail from being lost:
// fetch() reads a message without marking it (BODY.PEEK), so a message stays unseen - and is
// fetched again after a crash - until markDone() is called, which the caller does only after
// the ticket or comment it became has committed. A message that cannot be filed is moved to a
// quarantine folder instead. Blocking: run it on a worker thread.
class ImapMailbox final
{
public:
    explicit ImapMailbox(MailEndpoint endpoint, QString folder = QStringLiteral("INBOX"));
    ~ImapMailbox();
    ImapMailbox(const ImapMailbox&) = delete;
    ImapMailbox& operator=(const ImapMailbox&) = delete;

    // The step of open() that failed last (mailbox.test names it to the admin).
    enum class Step { None, Connect, Tls, Login, Folder };

    // Connects (TLS or STARTTLS, the certificate checked before LOGIN), logs in, selects.
    Status<QString> open();
    Step failedStep() const { return m_failedStep; }
    void close();
    bool isOpen() const { return m_session != nullptr; }
    bool supportsIdle() const;
    quint32 uidValidity() const;

    // The UIDs of the messages not yet done, oldest first.
    Result<QList<quint32>, QString> unseen();
    // The whole message, as the server stores it; it stays unseen.
    Result<QByteArray, QString> fetch(quint32 uid);
    Status<QString> markDone(quint32 uid);
    // Moves the message to the folder (created when missing) and out of this one.
    Status<QString> quarantine(quint32 uid, const QString& folder);

    // Waits until the server reports a change to the folder (IDLE) or, when it does not offer
    // IDLE, until the poll interval has passed. Returns whether the server reported something.
    // A readable `wakeFd` (an eventfd the owner writes to) ends the wait early, e.g. to stop.
    Result<bool, QString> waitForChange(int timeoutMs, int wakeFd = -1);

private:
    QString failure(const char* step, int code) const;

    MailEndpoint m_endpoint;
    QString m_folder;
    mailimap* m_session = nullptr;
    Step m_failedStep = Step::None;
};

} // namespace frontline::server::mail
