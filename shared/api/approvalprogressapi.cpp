#include "approvalprogressapi.h"

#include "core/timeutil.h"

using namespace Qt::StringLiterals;

namespace frontline::api {

QJsonObject ApprovalProgressStep::toJson() const
{
    QJsonArray names;
    for (const QString& name : approvers)
        names.append(name);
    QJsonObject object {
        {"step"_L1, step},
        {"kind"_L1, kind},
        {"state"_L1, state},
        {"approvers"_L1, names},
        {"decided_at"_L1,
         decidedAt ? QJsonValue(timeutil::toIso(*decidedAt)) : QJsonValue(QJsonValue::Null)},
        {"comment"_L1, comment}};
    if (!approvalIds.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : approvalIds)
            ids.append(id);
        object.insert("approval_ids"_L1, ids);
    }
    return object;
}

ApprovalProgressStep ApprovalProgressStep::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    ApprovalProgressStep step;
    step.step = object.value("step"_L1).toInt();
    step.kind = object.value("kind"_L1).toString();
    step.state = object.value("state"_L1).toString();
    for (const QJsonValue& name : object.value("approvers"_L1).toArray())
        step.approvers.append(name.toString());
    if (object.value("decided_at"_L1).isString())
        step.decidedAt = timeutil::fromIso(object.value("decided_at"_L1).toString());
    step.comment = object.value("comment"_L1).toString();
    for (const QJsonValue& id : object.value("approval_ids"_L1).toArray())
        step.approvalIds.append(id.toInteger());
    return step;
}

QJsonArray approvalProgressJson(const QList<ApprovalProgressStep>& steps)
{
    QJsonArray array;
    for (const ApprovalProgressStep& step : steps)
        array.append(step.toJson());
    return array;
}

QList<ApprovalProgressStep> approvalProgressFromJson(const QJsonValue& value)
{
    QList<ApprovalProgressStep> steps;
    for (const QJsonValue& step : value.toArray())
        steps.append(ApprovalProgressStep::fromJson(step));
    return steps;
}

} // namespace frontline::api
