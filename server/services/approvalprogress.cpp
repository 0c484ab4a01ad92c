#include "approvalprogress.h"

#include "storage/sqlsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::server {

QList<api::ApprovalProgressStep> approvalProgressOf(SqlSession& session, qint64 ticketId,
                                                    bool staff)
{
    Statement chain = session.prepare(u"SELECT id, steps, state FROM approval_chains "
                                      "WHERE ticket_id = ? ORDER BY id DESC LIMIT 1"_s);
    chain.bind(ticketId).exec();
    if (!chain.next())
        return {};
    const qint64 chainId = chain.int64(0);
    const QJsonArray steps = QJsonDocument::fromJson(chain.text(1).toUtf8()).array();
    const bool waiting = chain.text(2) == u"waiting"_s;

    QList<api::ApprovalProgressStep> result;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        api::ApprovalProgressStep step;
        step.step = int(i);
        step.kind = steps.at(i).toObject().value("kind"_L1).toString();
        result.append(step);
    }

    struct Row
    {
        QString state;
        QString name;
        QString comment;
        std::optional<qint64> decidedAt;
        qint64 id = 0;
    };
    QList<QList<Row>> rows(result.size());
    Statement approvals = session.prepare(
        u"SELECT a.id, a.step, a.state, u.display_name, a.comment, a.decided_at FROM approvals a "
        "JOIN users u ON u.id = a.approver_id WHERE a.chain_id = ? ORDER BY a.step, a.id"_s);
    approvals.bind(chainId).exec();
    while (approvals.next()) {
        const int step = approvals.integer(1);
        if (step < 0 || step >= rows.size())
            continue;
        rows[step].append({approvals.text(2), approvals.text(3), approvals.text(4),
                           approvals.optionalInt64(5), approvals.int64(0)});
    }

    for (qsizetype i = 0; i < result.size(); ++i) {
        api::ApprovalProgressStep& step = result[i];
        const QList<Row>& of = rows.at(i);
        bool rejected = false;
        bool pending = false;
        bool approved = false;
        QStringList comments;
        for (const Row& row : of) {
            // An escalated approval was handed on: its successor names who decides.
            if (row.state != u"escalated"_s && !step.approvers.contains(row.name))
                step.approvers.append(row.name);
            if (staff)
                step.approvalIds.append(row.id);
            rejected |= row.state == u"rejected"_s;
            pending |= row.state == u"pending"_s;
            approved |= row.state == u"approved"_s;
            if (row.state == u"approved"_s || row.state == u"rejected"_s) {
                if (row.decidedAt && (!step.decidedAt || *row.decidedAt > *step.decidedAt))
                    step.decidedAt = row.decidedAt;
                if (!row.comment.isEmpty())
                    comments.append(row.comment);
            }
        }
        step.comment = comments.join(u'\n');
        if (of.isEmpty())
            step.state = waiting ? u"not_started"_s : u"skipped"_s;
        else if (rejected)
            step.state = u"rejected"_s;
        else if (pending)
            step.state = u"waiting"_s;
        else if (approved)
            step.state = u"approved"_s;
        else
            step.state = u"skipped"_s;
    }
    return result;
}

} // namespace frontline::server
