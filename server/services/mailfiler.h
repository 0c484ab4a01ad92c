#pragma once

#include "mail/mailboxconfig.h"
#include "mail/mailintake.h"
#include "rpc/serverlimits.h"
#include "services/outcome.h"

#include <functional>

namespace frontline::server {

class GroupCommitWriter;
class SqlSession;
class WorkflowStore;
struct ServerLimits;
struct WorkflowConfig;

// Turns a parsed mail into a ticket or a public comment, in ONE job of the group-commit writer,
// the path ticket.create and ticket.comment take (event log, rules, SLA, search index): the
// Message-ID's row in mail_messages (its primary key makes a redelivery AlreadyFiled), the
// sender (an existing user by address, else a requester without a password when the mailbox
// allows it), the ticket or the comment, and the attachments under the attachment service's
// limits and content recognition. file() returns after the commit; the pushes and the
// scheduler hint go to `deliver` (the network thread), as a method's would.
class MailFilerService final : public mail::MailFiler
{
public:
    struct Wiring
    {
        GroupCommitWriter& writer;
        const WorkflowStore& workflow;
        const ServerLimits& limits;
        std::function<qint64()> clock;
        std::function<void(server::Outcome)> deliver; // called on the writer's thread after commit
        // Called in the filing's transaction with its outcome, before the commit (webhook
        // deliveries are queued there, as for a method's write: JobRunner::WriteHook).
        std::function<bool(SqlSession&, const server::Outcome&, qint64)> inTransaction = {};
    };

    MailFilerService(Wiring wiring, mail::MailboxConfig mailbox);

    Result<Answer, QString> file(const mail::InboundMail& mail, const QByteArray& raw) override;
    // All of them queued to the writer at once: they commit together (group commit).
    QList<Result<Answer, QString>> fileAll(const QList<Mail>& mails) override;
    // Queues them and returns; the answers wait for the commit (call them, always).
    Answers startAll(const QList<Mail>& mails) override;
    void quarantined(const QByteArray& raw, const QString& reason) override;

    // The filing itself, inside a transaction the caller owns (the writer's job; tests).
    struct Filed
    {
        Answer answer;
        server::Outcome outcome; // the pushes of what was filed
        std::optional<qint64> ticketId;
    };
    static Result<Filed, rpc::RpcError> fileIn(SqlSession& session, const WorkflowConfig& workflow,
                                               const ServerLimits& limits, qint64 now,
                                               const mail::MailboxConfig& mailbox,
                                               const mail::InboundMail& mail,
                                               const QByteArray& raw);

private:
    Wiring m_wiring;
    mail::MailboxConfig m_mailbox;
};

} // namespace frontline::server
