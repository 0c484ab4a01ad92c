#include "approvalservice.h"

#include "services/approvalengine.h"
#include "services/auditlog.h"
#include "services/ticketmutation.h"
#include "storage/approvalrepository.h"
#include "storage/userrepository.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline::server {

ApprovalService::ApprovalService(SqlSession& session, const WorkflowConfig& workflow,
                                 const Principal& principal, qint64 now)
    : m_session(session)
    , m_workflow(workflow)
    , m_principal(principal)
    , m_now(now)
{ }

ServiceResult ApprovalService::request(const api::ApprovalRequestParams& params)
{
    return start(params.ticket, params.steps, params.note, true);
}

ServiceResult ApprovalService::startChain(qint64 ticketId, const QList<api::ApprovalStep>& steps,
                                          const QString& note)
{
    return start(ticketId, steps, note, false);
}

ServiceResult ApprovalService::start(qint64 ticketId, const QList<api::ApprovalStep>& steps,
                                     const QString& note, bool checkVisible)
{
    TicketMutation m(m_session, m_workflow, m_principal, m_now);
    std::optional<TicketRecord> record;
    if (checkVisible) {
        auto loaded = m.loadVisible(ticketId);
        if (!loaded)
            return loaded.error();
        record = std::move(loaded).value();
    } else {
        record = m.tickets().find(ticketId);
        if (!record)
            return rpc::RpcError::notFound(u"ticket"_s);
    }
    const int version = record->ticket.version;
    QList<TicketMutation::Change> changes;
    ApprovalEngine engine(m);
    auto chain = engine.startChain(*record, steps, note, changes);
    if (!chain)
        return chain.error();
    if (auto saved = m.save(*record, version, changes); !saved)
        return saved.error();
    Outcome outcome = m.changedOutcome(*record, changes);
    outcome.events.append(engine.takeEvents());
    api::ApprovalList pending;
    for (const auto& approval : ApprovalRepository(m_session).approvalsOfStep(*chain, 0)) {
        if (auto item = ApprovalRepository(m_session).item(approval.id))
            pending.items.append(*item);
    }
    QJsonObject result = pending.toJson();
    result.insert("chain"_L1, *chain);
    result.insert("ticket"_L1, QJsonDocument::fromJson(m.encode(*record)).object());
    outcome.result = rpc::JsonPayload(result);
    return outcome;
}

ServiceResult ApprovalService::list(const api::ApprovalListParams& params)
{
    if (params.all && m_principal.role != Role::Admin)
        return rpc::RpcError::forbidden(u"admins_only"_s, u"all"_s);
    ApprovalRepository approvals(m_session);
    api::ApprovalList list {approvals.pendingItems(params.all ? 0 : m_principal.userId)};
    QJsonObject result = list.toJson();
    api::ApprovalDelegation mine;
    if (const auto away = approvals.delegation(m_principal.userId, m_now)) {
        mine.to = away->delegateId;
        mine.until = away->until;
    }
    result.insert("delegation"_L1, mine.toJson());
    return Outcome(result);
}

ServiceResult ApprovalService::decide(const api::ApprovalDecideParams& params)
{
    ApprovalRepository approvals(m_session);
    const auto approval = approvals.approval(params.id);
    // Someone else's approval answers like a missing one.
    if (!approval || approval->approverId != m_principal.userId) {
        if (approval && approval->approverId != m_principal.userId && approval->delegatedFrom
            && *approval->delegatedFrom == m_principal.userId)
            return rpc::RpcError::forbidden(u"delegated"_s, u"id"_s);
        if (!approval)
            return rpc::RpcError::notFound(u"approval"_s);
        return rpc::RpcError::forbidden(u"not_approver"_s, u"id"_s);
    }
    TicketMutation m(m_session, m_workflow, m_principal, m_now);
    auto record = m.tickets().find(approval->ticketId);
    if (!record)
        return rpc::RpcError::notFound(u"approval"_s);
    const int version = record->ticket.version;
    QList<TicketMutation::Change> changes;
    QList<Comment> comments;
    ApprovalEngine engine(m);
    auto item =
        engine.decide(params.id, params.approve, params.comment, *record, changes, comments);
    if (!item)
        return item.error();
    if (auto saved = m.save(*record, version, changes); !saved)
        return saved.error();
    Outcome outcome = m.changedOutcome(*record, changes, comments);
    outcome.events.append(engine.takeEvents());
    outcome.result = rpc::JsonPayload(item->toJson());
    return outcome;
}

ServiceResult ApprovalService::delegate(const api::ApprovalDelegateParams& params)
{
    ApprovalRepository approvals(m_session);
    TicketMutation m(m_session, m_workflow, m_principal, m_now);
    ApprovalEngine engine(m);
    api::ApprovalDelegation before;
    if (const auto away = approvals.delegation(m_principal.userId, m_now)) {
        before.to = away->delegateId;
        before.until = away->until;
    }
    api::ApprovalDelegation result;
    if (params.to) {
        if (*params.to == m_principal.userId)
            return rpc::RpcError::invalidParams(u"to"_s, u"cannot be yourself"_s);
        const auto user = UserRepository(m_session).find(*params.to);
        if (!user || user->disabled)
            return rpc::RpcError::invalidParams(u"to"_s, u"no such active user"_s);
        if (params.until <= m_now)
            return rpc::RpcError::invalidParams(u"until"_s, u"must be in the future"_s);
        approvals.setDelegation(m_principal.userId, *params.to, params.until, m_now);
        engine.moveApprovals(m_principal.userId, params.to);
        result.to = params.to;
        result.until = params.until;
    } else {
        approvals.clearDelegation(m_principal.userId);
        engine.moveApprovals(m_principal.userId, std::nullopt);
    }
    // Who decides in someone's place, from when to when: an auditor's question. The entry is
    // written in this transaction, with the approvals it moved.
    AuditLog(m_session, m_principal, m_now)
        .record({u"approval.delegate"_s, u"user"_s, m_principal.userId, m_principal.username,
                 AuditLog::diff(before.toJson(), result.toJson())});
    Outcome outcome(result.toJson());
    outcome.events.append(engine.takeEvents());
    return outcome;
}

QString ApprovalService::tokenOf(const QString& messageId)
{
    static const QRegularExpression pattern(u"^approval-([0-9a-f]{32})\\."_s);
    const auto match = pattern.match(messageId);
    return match.hasMatch() ? match.captured(1) : QString();
}

std::optional<ServiceResult> ApprovalService::decideByMail(const QStringList& references,
                                                           const QString& text)
{
    std::optional<ApprovalRepository::Approval> approval;
    ApprovalRepository approvals(m_session);
    for (const QString& reference : references) {
        if (const QString token = tokenOf(reference); !token.isEmpty())
            approval = approvals.approvalByToken(token);
        if (approval)
            break;
    }
    if (!approval || approval->approverId != m_principal.userId)
        return std::nullopt;
    // The first paragraph: its first word decides, the rest is the comment.
    const QString paragraph = text.trimmed().section(u"\n\n"_s, 0, 0).trimmed();
    static const QRegularExpression firstWord(u"^([\\w]+)[\\s.,:;!-]*"_s,
                                              QRegularExpression::UseUnicodePropertiesOption);
    const auto match = firstWord.match(paragraph);
    if (!match.hasMatch())
        return std::nullopt;
    const auto approve = api::decisionWord(match.captured(1));
    if (!approve)
        return std::nullopt;
    api::ApprovalDecideParams params;
    params.id = approval->id;
    params.approve = *approve;
    params.comment = paragraph.mid(match.capturedEnd()).simplified().left(api::MaxApprovalComment);
    if (!params.approve && params.comment.isEmpty())
        params.comment = u"Rejected by mail reply."_s;
    return decide(params);
}

} // namespace frontline::server
