#include "mailfiler.h"

#include "logging.h"
#include "notify/historymails.h"
#include "notify/mailoutbox.h"
#include "services/approvalservice.h"
#include "services/attachmentservice.h"
#include "services/ticketcommands.h"
#include "services/ticketmutation.h"
#include "storage/dbjob.h"
#include "storage/groupcommitwriter.h"
#include "storage/grouprepository.h"
#include "storage/mailboxrepository.h"
#include "storage/sqlsession.h"
#include "storage/userrepository.h"
#include "workflow/workflowconfig.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <future>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using Outcome_ = mail::MailFiler::Outcome;
using Pushes = server::Outcome;

// One writer job that runs `work` in the group-commit transaction; the caller waits for it.
class WriterCall final : public DbJob
{
public:
    explicit WriterCall(std::function<bool(SqlSession&)> work)
        : m_work(std::move(work))
    { }
    std::future<std::optional<JobFailure>> result() { return m_done.get_future(); }

    bool run(SqlSession& session) override { return m_work(session); }
    void completed() override { m_done.set_value(std::nullopt); }
    void failed(JobFailure failure) override { m_done.set_value(failure); }

private:
    std::function<bool(SqlSession&)> m_work;
    std::promise<std::optional<JobFailure>> m_done;
};

// Why a writer job did not commit (the mail stays for the next round).
QString failureText(JobFailure failure)
{
    switch (failure) {
    case JobFailure::Internal:
        return u"the filing failed with a database error"_s;
    case JobFailure::StorageUnavailable:
        return u"the database is unavailable"_s;
    case JobFailure::Overloaded:
        break;
    }
    return u"the writer is overloaded"_s;
}

std::future<std::optional<JobFailure>> submit(GroupCommitWriter& writer,
                                              std::function<bool(SqlSession&)> work)
{
    auto job = std::make_unique<WriterCall>(std::move(work));
    auto done = job->result();
    writer.submit(std::move(job));
    return done;
}

// Nothing when the job committed; else why it did not.
std::optional<QString> runInWriter(GroupCommitWriter& writer, std::function<bool(SqlSession&)> work)
{
    if (const auto failure = submit(writer, std::move(work)).get())
        return failureText(*failure);
    return std::nullopt;
}

QString translated(const char* text)
{
    return QCoreApplication::translate("MailFiler", text);
}

// A mail without a Message-ID is known by its bytes: a redelivery is byte for byte the same.
QString messageIdOf(const mail::InboundMail& mail, const QByteArray& raw)
{
    if (!mail.messageId.isEmpty())
        return mail.messageId;
    return u"sha256:"_s
        + QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
}

QString titleOf(const mail::InboundMail& mail)
{
    QString title = mail.subject.simplified();
    if (title.isEmpty())
        title = translated("(no subject)");
    return title.left(api::MaxTitleLength);
}

QString textOf(const mail::InboundMail& mail)
{
    QString text = mail.text.trimmed().isEmpty() ? mail.fullText.trimmed() : mail.text.trimmed();
    return text.left(api::MaxBodyLength);
}

// The address a delivery-status report says it could not deliver to.
QString failedRecipient(const QByteArray& raw)
{
    static const QRegularExpression pattern(
        u"^(?:X-Failed-Recipients:|Final-Recipient:\\s*rfc822;)\\s*<?([^\\s<>;,]+@[^\\s<>;,]+)"_s,
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(QString::fromUtf8(raw.left(256 * 1024)));
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

// The Message-IDs of the mail a bounce reports on: what it says it answers, and the returned
// message's own header (a delivery-status report quotes the original's headers in its
// message/rfc822 or text/rfc822-headers part).
QStringList bouncedMessageIds(const mail::InboundMail& mail, const QByteArray& raw)
{
    QStringList ids = mail.references;
    if (!mail.inReplyTo.isEmpty() && !ids.contains(mail.inReplyTo))
        ids.prepend(mail.inReplyTo);
    static const QRegularExpression header(u"^Message-ID:\\s*<([^<>\\s]+)>"_s,
                                           QRegularExpression::MultilineOption
                                               | QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(raw.left(256 * 1024));
    for (auto it = header.globalMatch(text); it.hasNext();) {
        const QString id = it.next().captured(1);
        if (id != mail.messageId && !ids.contains(id))
            ids.append(id);
    }
    return ids.mid(0, 20);
}

Principal principalOf(SqlSession& session, const User& user)
{
    Principal principal;
    principal.userId = user.id;
    principal.username = user.username;
    principal.displayName = user.displayName;
    principal.role = user.role;
    for (const GroupRef& group : UserRepository(session).groupsOf(user.id))
        principal.groupIds.insert(group.id);
    if (user.org)
        principal.orgId = user.org->id;
    principal.orgViewer = user.orgViewer;
    return principal;
}

// The sender as a user: found by address, or made a requester without a password.
Result<User, QString> senderOf(SqlSession& session, const mail::MailboxConfig& mailbox,
                               const mail::InboundMail& mail, qint64 now)
{
    MailboxRepository mailboxes(session);
    UserRepository users(session);
    if (const auto id = mailboxes.userByAddress(mail.fromAddress)) {
        auto user = users.find(*id);
        if (user && user->disabled)
            return u"the sender %1 is a disabled account"_s.arg(mail.fromAddress);
        if (user)
            return *user;
    }
    if (!mailbox.createUnknownSenders)
        return u"unknown sender %1 (this mailbox refuses unknown senders)"_s.arg(mail.fromAddress);
    QString username = mail.fromAddress;
    for (int n = 2; users.credentials(username); ++n)
        username = mail.fromAddress + u'#' + QString::number(n);
    const QString name = mail.fromName.trimmed().isEmpty() ? mail.fromAddress.section(u'@', 0, 0)
                                                           : mail.fromName.simplified();
    // "!" is no argon2 hash: the account cannot log in until it is given a password.
    const qint64 id =
        users.insert(username, name.left(200), mail.fromAddress, Role::Requester, "!", now);
    return *users.find(id);
}

qint64 ticketIdOf(const Pushes& created)
{
    return QJsonDocument::fromJson(created.result.toBytes()).object().value("id"_L1).toInteger();
}

// The mark of a reply filed as a comment ("in", from its author's address): pushed with the
// comment, so a conversation open on the ticket shows at once that it came by mail.
std::optional<PushEvent> inMark(SqlSession& session, const Pushes& commented, qint64 ticketId,
                                const QString& address)
{
    const qint64 commentId =
        QJsonDocument::fromJson(commented.result.toBytes()).object().value("id"_L1).toInteger();
    Statement event = session.prepare(u"SELECT id FROM ticket_events WHERE comment_id = ?"_s);
    event.bind(commentId);
    event.exec();
    if (!event.next())
        return std::nullopt;
    return notify::mailedEvent(session, ticketId,
                               {api::HistoryMail {event.int64(0), u"in"_s, address, {}, {}}});
}

// The ticket a reply belongs to: the mail it answers (Message-IDs we sent), else the tag.
std::optional<qint64> repliedTicket(SqlSession& session, const mail::InboundMail& mail)
{
    QStringList references = mail.references;
    if (!mail.inReplyTo.isEmpty() && !references.contains(mail.inReplyTo))
        references.prepend(mail.inReplyTo);
    MailboxRepository mailboxes(session);
    if (auto ticket = mailboxes.ticketForReferences(references))
        return ticket;
    return mail.ticketTag;
}

// Attachments go through the attachment service, as an upload in one piece would: its limits,
// its quota and its recognition of the content. One that is refused is named in `refused`.
void attach(TicketMutation& m, const ServerLimits& limits, qint64 ticketId,
            const mail::InboundMail& mail, Pushes& outcome, QStringList& refused)
{
    AttachmentService files(m.session(), m.workflow(), m.principal(), m.now(), limits);
    for (const mail::MailAttachment& file : mail.attachments) {
        api::AttachmentAddParams params;
        params.ticket = ticketId;
        params.name = file.fileName.left(255);
        params.size = file.data.size();
        params.data = file.data;
        auto added = files.add(params);
        if (!added) {
            refused << u"%1 (%2)"_s.arg(file.fileName, added.error().message);
            continue;
        }
        mergeOutcome(outcome, std::move(added).value());
    }
}

} // namespace

MailFilerService::MailFilerService(Wiring wiring, mail::MailboxConfig mailbox)
    : m_wiring(std::move(wiring))
    , m_mailbox(std::move(mailbox))
{ }

Result<MailFilerService::Filed, rpc::RpcError>
MailFilerService::fileIn(SqlSession& session, const WorkflowConfig& workflow,
                         const ServerLimits& limits, qint64 now, const mail::MailboxConfig& mailbox,
                         const mail::InboundMail& mail, const QByteArray& raw)
{
    MailboxRepository mailboxes(session);
    const QString messageId = messageIdOf(mail, raw);
    Filed filed;
    if (mailboxes.wasFiled(messageId)) {
        filed.answer = {Outcome_::AlreadyFiled, {}};
        return filed;
    }
    if (mail.automated != mail::Automated::No) {
        // Machines are never answered and never open tickets; a bounce marks the address.
        QString reason = mail.automatedReason;
        if (mail.automated == mail::Automated::Bounce) {
            if (const QString address = failedRecipient(raw); !address.isEmpty()) {
                mailboxes.markUndeliverable(address, reason, now);
                reason = u"bounce for %1: %2"_s.arg(address, mail.automatedReason);
            }
            // A late bounce: the relay took the mail (it shows as sent), the recipient's server
            // did not. The mail shows as failed now, in the ticket's history too.
            QMap<qint64, QList<api::HistoryMail>> marks;
            for (const auto& [ticketId, mark] :
                 notify::MailOutbox(session).markBounced(bouncedMessageIds(mail, raw), reason))
                marks[ticketId].append(mark);
            for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
                if (auto event = notify::mailedEvent(session, it.key(), it.value()))
                    filed.outcome.events.append(std::move(*event));
            }
        }
        mailboxes.recordFiled(messageId, mailbox.id, std::nullopt, u"ignored"_s, now);
        filed.answer = {Outcome_::Ignored, reason};
        return filed;
    }
    if (mail.fromAddress.isEmpty()) {
        filed.answer = {Outcome_::Unfileable, u"no sender address"_s};
        return filed;
    }
    auto sender = senderOf(session, mailbox, mail, now);
    if (!sender) {
        filed.answer = {Outcome_::Unfileable, sender.error()};
        return filed;
    }
    const Principal principal = principalOf(session, *sender);
    TicketCommands commands(session, workflow, principal, now);

    // A reply to an approval request from its approver decides it (issue 21); stored as a
    // comment-like filing of the ticket (the mail's outcome column knows no other kind).
    {
        QStringList references = mail.references;
        if (!mail.inReplyTo.isEmpty() && !references.contains(mail.inReplyTo))
            references.prepend(mail.inReplyTo);
        auto decided =
            ApprovalService(session, workflow, principal, now).decideByMail(references, mail.text);
        if (decided && decided->ok()) {
            filed.outcome = std::move(*decided).value();
            const qint64 ticketId = QJsonDocument::fromJson(filed.outcome.result.toBytes())
                                        .object()
                                        .value("ticket"_L1)
                                        .toObject()
                                        .value("id"_L1)
                                        .toInteger();
            mailboxes.recordFiled(messageId, mailbox.id, ticketId, u"comment"_s, now);
            filed.answer = {Outcome_::Filed, {}};
            filed.ticketId = ticketId;
            return filed;
        }
    }
    // A reply becomes a public comment when its sender may comment on the ticket (its
    // requester or staff who see it); otherwise, or when the ticket is done, a new ticket.
    if (const auto ticket = repliedTicket(session, mail)) {
        api::TicketCommentParams params;
        params.id = *ticket;
        params.body = textOf(mail);
        if (params.body.isEmpty())
            params.body = translated("(no text)");
        auto commented = commands.comment(params);
        if (commented) {
            filed.outcome = std::move(commented).value();
            TicketMutation m(session, workflow, principal, now);
            QStringList refused;
            attach(m, limits, *ticket, mail, filed.outcome, refused);
            mailboxes.recordFiled(messageId, mailbox.id, *ticket, u"comment"_s, now);
            if (auto mark = inMark(session, filed.outcome, *ticket, sender->email))
                filed.outcome.events.append(std::move(*mark));
            filed.answer = {Outcome_::Filed, {}};
            filed.ticketId = *ticket;
            return filed;
        }
    }

    QStringList refused;
    for (const mail::MailAttachment& file : mail.attachments) {
        if (file.data.size() > limits.maxAttachmentBytes)
            refused << file.fileName;
    }
    api::TicketCreateParams params;
    params.title = titleOf(mail);
    params.description = textOf(mail);
    if (!refused.isEmpty())
        params.description +=
            u"\n\n"_s + translated("Attachments too large to keep: %1").arg(refused.join(u", "_s));
    if (!mailbox.category.isEmpty())
        params.category = mailbox.category;
    // The mailbox's group is part of the ticket from its first version (the requester may not
    // route; the channel does): the ticket.created push reaches that group's agents.
    std::optional<GroupRef> route;
    if (mailbox.groupId)
        route = GroupRepository(session).ref(*mailbox.groupId);
    auto created = commands.create(params, route);
    if (!created && params.category) {
        // The mailbox names a category that is gone: the ticket still comes in, unrouted.
        qCWarning(lcStorage) << "mailbox" << mailbox.id << "names a category that is gone";
        params.category.reset();
        created = commands.create(params, route);
    }
    if (!created)
        return created.error();
    filed.outcome = std::move(created).value();
    const qint64 ticketId = ticketIdOf(filed.outcome);
    TicketMutation m(session, workflow, principal, now);
    attach(m, limits, ticketId, mail, filed.outcome, refused);
    mailboxes.recordFiled(messageId, mailbox.id, ticketId, u"ticket"_s, now);
    filed.answer = {Outcome_::Filed, {}};
    filed.ticketId = ticketId;
    return filed;
}

Result<mail::MailFiler::Answer, QString> MailFilerService::file(const mail::InboundMail& mail,
                                                                const QByteArray& raw)
{
    return fileAll({Mail {&mail, &raw}}).constFirst();
}

QList<Result<mail::MailFiler::Answer, QString>> MailFilerService::fileAll(const QList<Mail>& mails)
{
    return startAll(mails)();
}

mail::MailFiler::Answers MailFilerService::startAll(const QList<Mail>& mails)
{
    struct Batch
    {
        std::vector<std::optional<Result<Filed, rpc::RpcError>>> filed; // one slot per job
        std::vector<std::future<std::optional<JobFailure>>> pending;
    };
    auto batch = std::make_shared<Batch>();
    batch->filed.resize(size_t(mails.size()));
    const auto workflow = m_wiring.workflow.current();
    for (qsizetype i = 0; i < mails.size(); ++i) {
        const Mail item = mails[i];
        batch->pending.push_back(
            submit(m_wiring.writer, [this, batch, workflow, item, i](SqlSession& session) {
                auto& slot = batch->filed[size_t(i)];
                const qint64 now = m_wiring.clock();
                slot.emplace(fileIn(session, *workflow, m_wiring.limits, now, m_mailbox, *item.mail,
                                    *item.raw));
                if (slot->ok() && m_wiring.inTransaction && !(*slot)->outcome.events.isEmpty())
                    m_wiring.inTransaction(session, (*slot)->outcome, now);
                return slot->ok();
            }));
    }
    return [this, batch] {
        QList<Result<Answer, QString>> answers;
        for (size_t i = 0; i < batch->pending.size(); ++i) {
            const auto failure = batch->pending[i].get();
            auto& slot = batch->filed[i];
            if (failure) {
                answers << failureText(*failure);
            } else if (!slot) { // cannot happen: a committed job ran
                answers << u"the filing did not run"_s;
            } else if (!*slot) { // refused by the ticket service for good: an admin looks at it
                answers << Answer {Outcome_::Unfileable, slot->error().message};
            } else {
                if (!(*slot)->outcome.events.isEmpty() || (*slot)->outcome.wakeAt)
                    m_wiring.deliver(std::move((*slot)->outcome));
                answers << (*slot)->answer;
            }
        }
        return answers;
    };
}

void MailFilerService::quarantined(const QByteArray& raw, const QString& reason)
{
    QString subject;
    QString sender;
    if (const auto parsed = mail::InboundMail::parse(raw)) {
        subject = parsed->subject.left(api::MaxTitleLength);
        sender = parsed->fromAddress;
    }
    const qint64 mailboxId = m_mailbox.id;
    const qint64 now = m_wiring.clock();
    const auto failure = runInWriter(m_wiring.writer, [&](SqlSession& session) {
        MailboxRepository(session).quarantine(mailboxId, reason, raw, now, subject, sender);
        return true;
    });
    if (failure)
        qCWarning(lcStorage).noquote()
            << "mailbox" << mailboxId << "could not keep a quarantined mail:" << *failure;
}

} // namespace frontline::server
