#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// Where a ticket's approval chain stands, as ticket.get shows it under `approvals` (issue 21):
// one entry per step of the ticket's latest chain, in order. What the requester may know (who
// decides, the decision, when, the comment); staff also get the approvals' ids.
namespace frontline::api {

struct ApprovalProgressStep
{
    int step = 0; // 0-based, in the chain's order
    QString kind; // manager | user | group
    QString state; // waiting | approved | rejected | skipped | not_started
    QStringList approvers; // display names (none yet for a step not started)
    std::optional<qint64> decidedAt;
    QString comment; // the decision's comment(s), one per line
    QList<qint64> approvalIds; // staff only (empty for requesters): approval.decide's ids

    QJsonObject toJson() const;
    static ApprovalProgressStep fromJson(const QJsonValue& value);
    bool operator==(const ApprovalProgressStep&) const = default;
};

QJsonArray approvalProgressJson(const QList<ApprovalProgressStep>& steps);
// The `approvals` of a ticket.get answer (empty when it has none).
QList<ApprovalProgressStep> approvalProgressFromJson(const QJsonValue& value);

} // namespace frontline::api
