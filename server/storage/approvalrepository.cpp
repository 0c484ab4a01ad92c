#include "approvalrepository.h"

#include "storage/sqlsession.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

const QString ChainColumns = u"SELECT id, ticket_id, steps, current_step, step_required, state, "
                             "prior_status, paused, requested_by, note, created_at "
                             "FROM approval_chains"_s;

const QString ApprovalColumns =
    u"SELECT id, chain_id, ticket_id, step, kind, approver_id, delegated_from, state, comment, "
    "token, remind_at, escalate_at, created_at, decided_at FROM approvals"_s;

ApprovalRepository::Chain readChain(const Statement& row)
{
    ApprovalRepository::Chain chain;
    chain.id = row.int64(0);
    chain.ticketId = row.int64(1);
    if (auto steps = api::parseApprovalSteps(QJsonDocument::fromJson(row.text(2).toUtf8()).array()))
        chain.steps = *steps;
    chain.currentStep = row.integer(3);
    chain.stepRequired = row.integer(4);
    chain.state = row.text(5);
    chain.priorStatus = row.text(6);
    chain.paused = row.boolean(7);
    chain.requestedBy = row.int64(8);
    chain.note = row.text(9);
    chain.createdAt = row.int64(10);
    return chain;
}

ApprovalRepository::Approval readApproval(const Statement& row)
{
    ApprovalRepository::Approval a;
    a.id = row.int64(0);
    a.chainId = row.int64(1);
    a.ticketId = row.int64(2);
    a.step = row.integer(3);
    a.kind = row.text(4);
    a.approverId = row.int64(5);
    a.delegatedFrom = row.optionalInt64(6);
    a.state = row.text(7);
    a.comment = row.text(8);
    a.token = row.text(9);
    a.remindAt = row.optionalInt64(10);
    a.escalateAt = row.optionalInt64(11);
    a.createdAt = row.int64(12);
    a.decidedAt = row.optionalInt64(13);
    return a;
}

QList<ApprovalRepository::Approval> readApprovals(Statement& query)
{
    query.exec();
    QList<ApprovalRepository::Approval> rows;
    while (query.next())
        rows.append(readApproval(query));
    return rows;
}

} // namespace

qint64 ApprovalRepository::insertChain(const Chain& chain)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO approval_chains (ticket_id, steps, current_step, step_required, state, "
        "prior_status, paused, requested_by, note, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bind(chain.ticketId)
        .bind(QString::fromUtf8(
            QJsonDocument(api::approvalStepsJson(chain.steps)).toJson(QJsonDocument::Compact)))
        .bind(chain.currentStep)
        .bind(chain.stepRequired)
        .bind(chain.state)
        .bind(chain.priorStatus)
        .bind(chain.paused ? 1 : 0)
        .bind(chain.requestedBy)
        .bind(chain.note)
        .bind(chain.createdAt)
        .bind(chain.createdAt);
    insert.exec();
    return insert.insertedId();
}

void ApprovalRepository::updateChain(const Chain& chain, qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE approval_chains SET current_step = ?, step_required = ?, state = ?, paused = ?, "
        "updated_at = ? WHERE id = ?"_s);
    update.bind(chain.currentStep)
        .bind(chain.stepRequired)
        .bind(chain.state)
        .bind(chain.paused ? 1 : 0)
        .bind(now)
        .bind(chain.id);
    update.exec();
}

std::optional<ApprovalRepository::Chain> ApprovalRepository::chain(qint64 id)
{
    Statement query = m_session.prepare(ChainColumns + u" WHERE id = ?"_s);
    query.bind(id).exec();
    if (!query.next())
        return std::nullopt;
    return readChain(query);
}

std::optional<ApprovalRepository::Chain> ApprovalRepository::waitingChainOf(qint64 ticketId)
{
    Statement query =
        m_session.prepare(ChainColumns + u" WHERE ticket_id = ? AND state = 'waiting'"_s);
    query.bind(ticketId).exec();
    if (!query.next())
        return std::nullopt;
    return readChain(query);
}

qint64 ApprovalRepository::insertApproval(const Approval& a)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO approvals (chain_id, ticket_id, step, kind, approver_id, delegated_from, "
        "state, comment, token, remind_at, escalate_at, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bind(a.chainId)
        .bind(a.ticketId)
        .bind(a.step)
        .bind(a.kind)
        .bind(a.approverId)
        .bindNullable(a.delegatedFrom)
        .bind(a.state)
        .bind(a.comment)
        .bind(a.token)
        .bindNullable(a.remindAt)
        .bindNullable(a.escalateAt)
        .bind(a.createdAt);
    insert.exec();
    return insert.insertedId();
}

std::optional<ApprovalRepository::Approval> ApprovalRepository::approval(qint64 id)
{
    Statement query = m_session.prepare(ApprovalColumns + u" WHERE id = ?"_s);
    query.bind(id).exec();
    if (!query.next())
        return std::nullopt;
    return readApproval(query);
}

std::optional<ApprovalRepository::Approval>
ApprovalRepository::approvalByToken(const QString& token)
{
    Statement query = m_session.prepare(ApprovalColumns + u" WHERE token = ?"_s);
    query.bind(token).exec();
    if (!query.next())
        return std::nullopt;
    return readApproval(query);
}

QList<ApprovalRepository::Approval> ApprovalRepository::approvalsOfStep(qint64 chainId, int step)
{
    Statement query =
        m_session.prepare(ApprovalColumns + u" WHERE chain_id = ? AND step = ? ORDER BY id"_s);
    query.bind(chainId).bind(step);
    return readApprovals(query);
}

void ApprovalRepository::settle(qint64 id, const QString& state, const QString& comment, qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE approvals SET state = ?, comment = ?, decided_at = ?, remind_at = NULL, "
        "escalate_at = NULL WHERE id = ?"_s);
    update.bind(state).bind(comment).bind(now).bind(id);
    update.exec();
}

void ApprovalRepository::reassign(qint64 id, qint64 approverId, std::optional<qint64> delegatedFrom)
{
    Statement update = m_session.prepare(
        u"UPDATE approvals SET approver_id = ?, delegated_from = ? WHERE id = ?"_s);
    update.bind(approverId).bindNullable(delegatedFrom).bind(id);
    update.exec();
}

void ApprovalRepository::clearReminder(qint64 id)
{
    Statement update = m_session.prepare(u"UPDATE approvals SET remind_at = NULL WHERE id = ?"_s);
    update.bind(id).exec();
}

QList<ApprovalRepository::Approval> ApprovalRepository::pendingOf(qint64 approverId)
{
    Statement query = m_session.prepare(
        ApprovalColumns + u" WHERE approver_id = ? AND state = 'pending' ORDER BY id"_s);
    query.bind(approverId);
    return readApprovals(query);
}

QList<ApprovalRepository::Approval> ApprovalRepository::dueReminders(qint64 now, int limit)
{
    Statement query = m_session.prepare(
        ApprovalColumns + u" WHERE remind_at <= ? ORDER BY remind_at, id LIMIT ?"_s);
    query.bind(now).bind(limit);
    return readApprovals(query);
}

QList<ApprovalRepository::Approval> ApprovalRepository::dueEscalations(qint64 now, int limit)
{
    Statement query = m_session.prepare(
        ApprovalColumns + u" WHERE escalate_at <= ? ORDER BY escalate_at, id LIMIT ?"_s);
    query.bind(now).bind(limit);
    return readApprovals(query);
}

std::optional<qint64> ApprovalRepository::nextDue()
{
    Statement query = m_session.prepare(
        u"SELECT (SELECT MIN(remind_at) FROM approvals), (SELECT MIN(escalate_at) FROM approvals)"_s);
    query.exec();
    if (!query.next())
        return std::nullopt;
    const auto remind = query.optionalInt64(0);
    const auto escalate = query.optionalInt64(1);
    if (remind && escalate)
        return std::min(*remind, *escalate);
    return remind ? remind : escalate;
}

QList<api::ApprovalItem> ApprovalRepository::items(const QString& where, const QList<qint64>& binds)
{
    Statement query = m_session.prepare(
        u"SELECT a.id, a.chain_id, a.ticket_id, t.title, t.status, r.display_name, a.step, "
        "c.steps, a.kind, a.state, a.approver_id, u.display_name, a.delegated_from, c.note, "
        "a.comment, a.created_at, a.decided_at FROM approvals a "
        "JOIN approval_chains c ON c.id = a.chain_id JOIN tickets t ON t.id = a.ticket_id "
        "JOIN users r ON r.id = t.requester_id JOIN users u ON u.id = a.approver_id WHERE "_s
        + where + u" ORDER BY a.id"_s);
    for (qint64 bind : binds)
        query.bind(bind);
    query.exec();
    QList<api::ApprovalItem> list;
    while (query.next()) {
        api::ApprovalItem item;
        item.id = query.int64(0);
        item.chainId = query.int64(1);
        item.ticketId = query.int64(2);
        item.ticketTitle = query.text(3);
        item.ticketStatus = query.text(4);
        item.requesterName = query.text(5);
        item.step = query.integer(6);
        item.stepCount = int(QJsonDocument::fromJson(query.text(7).toUtf8()).array().size());
        item.kind = query.text(8);
        item.state = query.text(9);
        item.approverId = query.int64(10);
        item.approverName = query.text(11);
        item.delegatedFrom = query.optionalInt64(12);
        item.note = query.text(13);
        item.comment = query.text(14);
        item.createdAt = query.int64(15);
        item.decidedAt = query.optionalInt64(16);
        list.append(item);
    }
    return list;
}

QList<api::ApprovalItem> ApprovalRepository::pendingItems(qint64 approverId)
{
    if (approverId == 0)
        return items(u"a.state = 'pending'"_s, {});
    return items(u"a.approver_id = ? AND a.state = 'pending'"_s, {approverId});
}

std::optional<api::ApprovalItem> ApprovalRepository::item(qint64 id)
{
    const QList<api::ApprovalItem> found = items(u"a.id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<ApprovalRepository::Delegation> ApprovalRepository::delegation(qint64 userId,
                                                                             qint64 now)
{
    Statement query = m_session.prepare(
        u"SELECT delegate_id, until_at FROM approval_delegations WHERE user_id = ? AND until_at > ?"_s);
    query.bind(userId).bind(now).exec();
    if (!query.next())
        return std::nullopt;
    return Delegation {query.int64(0), query.int64(1)};
}

void ApprovalRepository::setDelegation(qint64 userId, qint64 delegateId, qint64 until, qint64 now)
{
    clearDelegation(userId);
    Statement insert = m_session.prepare(
        u"INSERT INTO approval_delegations (user_id, delegate_id, until_at, created_at) "
        "VALUES (?, ?, ?, ?)"_s);
    insert.bind(userId).bind(delegateId).bind(until).bind(now);
    insert.exec();
}

void ApprovalRepository::clearDelegation(qint64 userId)
{
    Statement remove = m_session.prepare(u"DELETE FROM approval_delegations WHERE user_id = ?"_s);
    remove.bind(userId).exec();
}

std::optional<qint64> ApprovalRepository::managerOf(qint64 userId)
{
    Statement query =
        m_session.prepare(u"SELECT m.id FROM users u JOIN users m ON m.id = u.manager_id "
                          "WHERE u.id = ? AND m.disabled = 0"_s);
    query.bind(userId).exec();
    if (!query.next())
        return std::nullopt;
    return query.int64(0);
}

void ApprovalRepository::setManager(qint64 userId, std::optional<qint64> managerId)
{
    Statement update = m_session.prepare(u"UPDATE users SET manager_id = ? WHERE id = ?"_s);
    update.bindNullable(managerId).bind(userId);
    update.exec();
}

} // namespace frontline::server
