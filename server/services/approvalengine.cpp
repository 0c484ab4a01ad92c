#include "approvalengine.h"

#include "api/eventapi.h"
#include "api/methods.h"
#include "notify/mailtemplates.h"
#include "services/fulfilment.h"
#include "services/ticketpresenter.h"
#include "storage/grouprepository.h"
#include "storage/notificationrepository.h"
#include "storage/sqlsession.h"
#include "storage/userrepository.h"
#include "workflow/workflowconfig.h"

#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

const QString AwaitingApproval = u"awaiting_approval"_s;
const QString Approved = u"approved"_s;

QString newToken()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(bytes.data()),
                                         reinterpret_cast<quint32*>(bytes.data() + bytes.size()));
    return QString::fromLatin1(bytes.toHex());
}

qint64 minutes(int value)
{
    return qint64(value) * 60 * 1000;
}

} // namespace

ApprovalEngine::ApprovalEngine(TicketMutation& mutation)
    : m(mutation)
    , m_approvals(mutation.session())
{ }

QList<PushEvent> ApprovalEngine::takeEvents()
{
    return std::exchange(m_events, {});
}

Result<ApprovalEngine::Resolved, rpc::RpcError>
ApprovalEngine::resolve(const api::ApprovalStep& step, qint64 requesterId, const QString& path)
{
    UserRepository users(m.session());
    Resolved resolved;
    switch (step.kind) {
    case api::ApprovalStep::Kind::Manager: {
        const auto manager = m_approvals.managerOf(requesterId);
        if (!manager)
            return rpc::RpcError::invalidParams(path + u".kind"_s,
                                                u"the requester has no manager"_s);
        resolved.approvers.append(*manager);
        break;
    }
    case api::ApprovalStep::Kind::User: {
        const auto user = users.find(step.user);
        if (!user || user->disabled)
            return rpc::RpcError::invalidParams(path + u".user"_s, u"no such active user"_s);
        resolved.approvers.append(user->id);
        break;
    }
    case api::ApprovalStep::Kind::Group: {
        GroupRepository groups(m.session());
        if (!groups.find(step.group))
            return rpc::RpcError::invalidParams(path + u".group"_s, u"no such group"_s);
        for (qint64 member : groups.members(step.group)) {
            const auto user = users.find(member);
            if (user && !user->disabled)
                resolved.approvers.append(member);
        }
        if (resolved.approvers.isEmpty())
            return rpc::RpcError::invalidParams(path + u".group"_s, u"the group has no members"_s);
        if (step.rule == api::ApprovalStep::Rule::All)
            resolved.required = int(resolved.approvers.size());
        if (step.rule == api::ApprovalStep::Rule::N) {
            if (step.n > resolved.approvers.size())
                return rpc::RpcError::invalidParams(
                    path + u".n"_s,
                    u"the group has only %1 active members"_s.arg(resolved.approvers.size()));
            resolved.required = step.n;
        }
        break;
    }
    }
    return resolved;
}

Result<qint64, rpc::RpcError>
ApprovalEngine::startChain(TicketRecord& record, const QList<api::ApprovalStep>& steps,
                           const QString& note, QList<Change>& changes, const QString& stepsField)
{
    Ticket& ticket = record.ticket;
    if (!ticket.open)
        return rpc::RpcError::invalidParams(u"ticket"_s, u"the ticket is closed"_s);
    if (m_approvals.waitingChainOf(ticket.id))
        return rpc::RpcError::conflict(u"approval_pending"_s,
                                       QJsonObject {{"field"_L1, u"ticket"_s}});
    // Every step is checked now, so that a chain never stops half-way for a missing manager.
    for (qsizetype i = 0; i < steps.size(); ++i) {
        auto resolved = resolve(steps[i], ticket.requester.id, u"%1[%2]"_s.arg(stepsField).arg(i));
        if (!resolved)
            return resolved.error();
    }
    ApprovalRepository::Chain chain;
    chain.ticketId = ticket.id;
    chain.steps = steps;
    chain.priorStatus = ticket.status;
    chain.requestedBy = m.principal().userId;
    chain.note = note;
    chain.createdAt = m.now();
    const Lifecycle& lifecycle = m.workflow().lifecycles.of(ticket.type);
    if (lifecycle.state(AwaitingApproval)) {
        if (ticket.status != AwaitingApproval)
            m.enterState(record, AwaitingApproval, changes);
    } else {
        chain.paused = m.pauseSla(record);
    }
    chain.id = m_approvals.insertChain(chain);
    changes.append({u"approval"_s, QJsonValue(),
                    QJsonObject {{"chain"_L1, chain.id},
                                 {"state"_L1, u"waiting"_s},
                                 {"steps"_L1, api::approvalStepsJson(steps)},
                                 {"note"_L1, note}}});
    startStep(chain, record, changes);
    return chain.id;
}

void ApprovalEngine::startStep(ApprovalRepository::Chain& chain, TicketRecord& record,
                               QList<Change>& changes)
{
    const api::ApprovalStep& step = chain.steps.at(chain.currentStep);
    auto resolved = resolve(step, record.ticket.requester.id, QString());
    QList<qint64> approvers;
    int required = 1;
    if (resolved) {
        approvers = resolved->approvers;
        required = resolved->required;
    } else if (const auto target = escalationTarget(chain, 0)) {
        approvers = {*target}; // the manager left since the chain started: the fallback decides
    }
    // Delegates stand in for approvers who are away; one person approves once.
    QList<std::pair<qint64, std::optional<qint64>>> actual;
    QSet<qint64> seen;
    for (qint64 approver : approvers) {
        std::optional<qint64> from;
        if (const auto away = m_approvals.delegation(approver, m.now())) {
            from = approver;
            approver = away->delegateId;
        }
        if (seen.contains(approver))
            continue;
        seen.insert(approver);
        actual.append({approver, from});
    }
    chain.stepRequired = std::min(required, int(actual.size()));
    m_approvals.updateChain(chain, m.now());
    for (const auto& [approver, from] : actual) {
        const qint64 id = addApproval(chain, api::toString(step.kind), approver);
        if (from)
            m_approvals.reassign(id, approver, from);
        pushChanged(id, chain.state, record);
    }
    changes.append({u"approval.step"_s, QJsonValue(),
                    QJsonObject {{"chain"_L1, chain.id},
                                 {"step"_L1, chain.currentStep},
                                 {"required"_L1, chain.stepRequired}}});
}

qint64 ApprovalEngine::addApproval(const ApprovalRepository::Chain& chain, const QString& kind,
                                   qint64 approverId)
{
    const api::ApprovalSettings& settings = m.workflow().approvals;
    ApprovalRepository::Approval a;
    a.chainId = chain.id;
    a.ticketId = chain.ticketId;
    a.step = chain.currentStep;
    a.kind = kind;
    a.approverId = approverId;
    a.token = newToken();
    a.remindAt = m.now() + minutes(settings.remindAfterMinutes);
    if (kind != u"escalated"_s)
        a.escalateAt = m.now() + minutes(settings.escalateAfterMinutes);
    a.createdAt = m.now();
    a.id = m_approvals.insertApproval(a);
    m.noteWake(a.remindAt);
    notifyUser(approverId, chain.ticketId, u"approval_requested"_s,
               u"Your approval is requested on ticket #%1"_s.arg(chain.ticketId));
    mailApprover(a, false);
    return a.id;
}

Result<api::ApprovalItem, rpc::RpcError>
ApprovalEngine::decide(qint64 approvalId, bool approve, const QString& comment,
                       TicketRecord& record, QList<Change>& changes, QList<Comment>& comments)
{
    auto approval = m_approvals.approval(approvalId);
    if (!approval || approval->ticketId != record.ticket.id)
        return rpc::RpcError::notFound(u"approval"_s);
    if (approval->approverId != m.principal().userId)
        return rpc::RpcError::forbidden(u"not_approver"_s, u"id"_s);
    if (approval->state != u"pending"_s)
        return rpc::RpcError::conflict(u"already_decided"_s, QJsonObject {{"field"_L1, u"id"_s}});
    auto chain = m_approvals.chain(approval->chainId);
    if (!chain || chain->state != u"waiting"_s)
        return rpc::RpcError::conflict(u"already_decided"_s, QJsonObject {{"field"_L1, u"id"_s}});
    const QString decision = approve ? u"approved"_s : u"rejected"_s;
    m_approvals.settle(approval->id, decision, comment, m.now());
    changes.append({u"approval.decision"_s, u"pending"_s,
                    QJsonObject {{"approval"_L1, approval->id},
                                 {"step"_L1, approval->step},
                                 {"decision"_L1, decision},
                                 {"comment"_L1, comment}}});
    const QList<ApprovalRepository::Approval> step =
        m_approvals.approvalsOfStep(chain->id, chain->currentStep);
    const auto count = std::count_if(step.begin(), step.end(),
                                     [](const auto& a) { return a.state == u"approved"_s; });
    const bool stepDone = !approve || count >= chain->stepRequired;
    if (stepDone) {
        for (const auto& other : step) {
            if (other.state == u"pending"_s) {
                m_approvals.settle(other.id, u"skipped"_s, QString(), m.now());
                pushChanged(other.id, chain->state, record);
            }
        }
    }
    if (!approve) {
        comments.append(m.addComment(
            record, u"Approval rejected by %1: %2"_s.arg(m.principal().displayName, comment),
            false));
        finishChain(*chain, record, false, changes);
    } else if (stepDone && chain->currentStep + 1 < chain->steps.size()) {
        ++chain->currentStep;
        startStep(*chain, record, changes);
    } else if (stepDone) {
        finishChain(*chain, record, true, changes);
    }
    pushChanged(approval->id, chain->state, record);
    return *m_approvals.item(approval->id);
}

void ApprovalEngine::finishChain(ApprovalRepository::Chain& chain, TicketRecord& record,
                                 bool approved, QList<Change>& changes)
{
    chain.state = approved ? u"approved"_s : u"rejected"_s;
    m_approvals.updateChain(chain, m.now());
    Ticket& ticket = record.ticket;
    const Lifecycle& lifecycle = m.workflow().lifecycles.of(ticket.type);
    if (ticket.status == AwaitingApproval && ticket.open) {
        QString to = chain.priorStatus;
        if (approved && lifecycle.state(Approved))
            to = Approved;
        if (to == AwaitingApproval || !lifecycle.state(to))
            to = lifecycle.initial();
        m.enterState(record, to, changes);
    }
    if (chain.paused)
        m.resumeSla(record);
    changes.append({u"approval"_s, u"waiting"_s,
                    QJsonObject {{"chain"_L1, chain.id}, {"state"_L1, chain.state}}});
    // A catalog request's fulfilment tasks start once its chain is approved. Entering the
    // lifecycle's approved state starts them when the request is saved (Fulfilment::
    // statusChanged); a lifecycle without that state gets them started here.
    if (approved && ticket.status != Approved)
        Fulfilment(m).start(record);
}

void ApprovalEngine::moveApprovals(qint64 from, std::optional<qint64> to)
{
    if (to) {
        for (const auto& approval : m_approvals.pendingOf(from)) {
            m_approvals.reassign(approval.id, *to, approval.delegatedFrom.value_or(from));
            if (auto record = m.tickets().find(approval.ticketId))
                pushChanged(approval.id, u"waiting"_s, *record);
        }
        return;
    }
    // Back from the delegate: the approvals still pending that were handed on for `from`.
    Statement query = m.session().prepare(
        u"SELECT id, ticket_id FROM approvals WHERE delegated_from = ? AND state = 'pending'"_s);
    query.bind(from).exec();
    QList<std::pair<qint64, qint64>> rows;
    while (query.next())
        rows.append({query.int64(0), query.int64(1)});
    for (const auto& [id, ticketId] : rows) {
        m_approvals.reassign(id, from, std::nullopt);
        if (auto record = m.tickets().find(ticketId))
            pushChanged(id, u"waiting"_s, *record);
    }
}

std::optional<qint64> ApprovalEngine::escalationTarget(const ApprovalRepository::Chain& chain,
                                                       qint64 currentApprover)
{
    const api::ApprovalStep& step = chain.steps.at(chain.currentStep);
    if (step.kind == api::ApprovalStep::Kind::Group) {
        const auto group = GroupRepository(m.session()).find(step.group);
        if (group && group->managerId && *group->managerId != currentApprover)
            return group->managerId;
    }
    const auto configured = m.workflow().approvals.escalateTo;
    if (configured && *configured != currentApprover) {
        const auto user = UserRepository(m.session()).find(*configured);
        if (user && !user->disabled)
            return configured;
    }
    Statement admin = m.session().prepare(
        u"SELECT id FROM users WHERE role = 'admin' AND disabled = 0 AND id <> ? "
        "AND username <> 'automation' ORDER BY id LIMIT 1"_s);
    admin.bind(currentApprover).exec();
    if (admin.next())
        return admin.int64(0);
    return std::nullopt;
}

int ApprovalEngine::runDue(int limit, Outcome& outcome)
{
    int done = 0;
    for (const auto& approval : m_approvals.dueReminders(m.now(), limit)) {
        remind(approval, outcome);
        ++done;
    }
    for (const auto& approval : m_approvals.dueEscalations(m.now(), limit)) {
        escalate(approval, outcome);
        ++done;
    }
    outcome.events.append(takeEvents());
    return done;
}

void ApprovalEngine::remind(const ApprovalRepository::Approval& approval, Outcome&)
{
    m_approvals.clearReminder(approval.id);
    if (approval.state != u"pending"_s)
        return;
    auto record = m.tickets().find(approval.ticketId);
    if (!record)
        return;
    notifyUser(approval.approverId, approval.ticketId, u"approval_reminder"_s,
               u"An approval on ticket #%1 is still waiting for you"_s.arg(approval.ticketId));
    mailApprover(approval, true);
    m.logChanges(
        *record,
        {{u"approval.reminded"_s, QJsonValue(),
          QJsonObject {{"approval"_L1, approval.id}, {"approver"_L1, approval.approverId}}}});
    pushChanged(approval.id, u"waiting"_s, *record);
}

void ApprovalEngine::escalate(const ApprovalRepository::Approval& approval, Outcome& outcome)
{
    auto chain = m_approvals.chain(approval.chainId);
    auto record = m.tickets().find(approval.ticketId);
    if (!chain || !record || approval.state != u"pending"_s) {
        m_approvals.settle(approval.id, approval.state, approval.comment, m.now());
        return;
    }
    const auto target = escalationTarget(*chain, approval.approverId);
    if (!target) { // nobody to hand it to: stop looking
        Statement stop =
            m.session().prepare(u"UPDATE approvals SET escalate_at = NULL WHERE id = ?"_s);
        stop.bind(approval.id).exec();
        return;
    }
    m_approvals.settle(approval.id, u"escalated"_s, QString(), m.now());
    pushChanged(approval.id, chain->state, *record);
    const qint64 id = addApproval(*chain, u"escalated"_s, *target);
    m.logChanges(*record,
                 {{u"approval.escalated"_s,
                   QJsonObject {{"approval"_L1, approval.id}, {"approver"_L1, approval.approverId}},
                   QJsonObject {{"approval"_L1, id}, {"approver"_L1, *target}}}});
    pushChanged(id, chain->state, *record);
    m.finish(outcome);
}

void ApprovalEngine::notifyUser(qint64 userId, qint64 ticketId, const QString& kind,
                                const QString& message)
{
    const Notification notification =
        NotificationRepository(m.session()).add(userId, ticketId, kind, message, m.now());
    PushEvent event;
    event.topic = QString(api::topic::Notifications);
    event.method = QString(api::notification::NotificationReceived);
    event.params = rpc::JsonPayload(api::NotificationReceivedEvent {notification}.toJson());
    event.recipient = userId;
    m_events.append(event);
}

void ApprovalEngine::mailApprover(const ApprovalRepository::Approval& approval, bool reminder)
{
    Statement settings =
        m.session().prepare(u"SELECT enabled, from_address FROM mail_outgoing WHERE id = 1"_s);
    settings.exec();
    if (!settings.next() || !settings.boolean(0))
        return; // outgoing mail is off
    const QString from = settings.text(1);
    QString domain = from.mid(from.lastIndexOf(u'@') + 1).trimmed();
    if (domain.isEmpty() || !from.contains(u'@'))
        domain = u"frontline.invalid"_s;
    const auto user = UserRepository(m.session()).find(approval.approverId);
    const auto record = m.tickets().find(approval.ticketId);
    if (!user || user->disabled || user->email.isEmpty() || !record)
        return;
    // In the approver's language, from the admins' template of the kind (or the default).
    const QString kind = reminder ? u"approval_reminder"_s : u"approval_requested"_s;
    // Not to an address that bounced, nor to someone who turned these mails off (the Approvals
    // inbox still has the approval, with its count).
    QString language;
    {
        Statement query = m.session().prepare(
            u"SELECT u.language, (SELECT COUNT(*) FROM mail_undeliverable d WHERE d.address = "
            "LOWER(u.email)), (SELECT COUNT(*) FROM mail_opt_outs o WHERE o.user_id = u.id AND "
            "o.kind = ?) FROM users u WHERE u.id = ?"_s);
        query.bind(kind).bind(user->id);
        query.exec();
        if (!query.next() || query.int64(1) > 0 || query.int64(2) > 0)
            return;
        language = query.text(0);
    }
    if (!notify::mailLanguages().contains(language))
        language = u"en"_s;
    notify::MailFacts facts;
    facts.ticketId = record->ticket.id;
    facts.title = record->ticket.title;
    facts.status = record->ticket.status;
    facts.requesterName = record->ticket.requester.shownName();
    facts.recipientName = user->shownName();
    if (const auto chain = m_approvals.chain(approval.chainId))
        facts.commentText = chain->note;
    const notify::MailTemplate mail =
        notify::renderMail(notify::effectiveTemplate(m.session(), kind, language), facts, language);
    const QString& subject = mail.subject;
    const QString& body = mail.body;
    // The token names the approval in the Message-ID: a reply's References carry it back.
    const QString messageId = u"approval-%1.%2@%3"_s.arg(approval.token)
                                  .arg(reminder ? m.now() : approval.createdAt)
                                  .arg(domain);
    Statement insert = m.session().prepare(
        u"INSERT INTO mail_outbox (event_id, recipient_id, ticket_id, kind, address, subject, "
        "body, message_id, in_reply_to, state, next_attempt_at, created_at) VALUES (NULL, ?, ?, "
        "?, ?, ?, ?, ?, '', 'queued', ?, ?)"_s);
    insert.bind(user->id)
        .bind(record->ticket.id)
        .bind(kind)
        .bind(user->email)
        .bind(subject)
        .bind(body)
        .bind(messageId)
        .bind(m.now())
        .bind(m.now());
    insert.exec();
}

void ApprovalEngine::pushChanged(qint64 approvalId, const QString& chainState,
                                 const TicketRecord& record)
{
    const auto item = m_approvals.item(approvalId);
    if (!item)
        return;
    const QJsonObject params =
        api::ApprovalChangedEvent {record.ticket.id, chainState, *item}.toJson();
    PushEvent toApprover;
    toApprover.topic = QString(api::topic::Notifications);
    toApprover.method = QString(api::notification::ApprovalChanged);
    toApprover.params = rpc::JsonPayload(params);
    toApprover.recipient = item->approverId;
    m_events.append(toApprover);
    PushEvent watchers = toApprover;
    watchers.topic = QString(api::topic::Tickets);
    watchers.recipient = 0;
    watchers.access = TicketPresenter::accessOf(record.ticket);
    m_events.append(watchers);
}

} // namespace frontline::server
