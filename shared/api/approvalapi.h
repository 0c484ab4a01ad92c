#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "rpc/rpcerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// Approval chains on tickets (issue 21, point 3): the steps of a chain (the JSON shape the
// service catalog stores for its items too), the approval.* params and results, and the
// reminder / escalation settings (config key "approvals").
namespace frontline::api {

inline constexpr int MaxApprovalSteps = 10;
inline constexpr int MaxApprovalComment = 2000;

// One step: the requester's manager, a named user, or a group's members of whom any, all or
// n must approve. {"kind", "user" (kind user), "group" + "rule" (+ "n") (kind group)}.
struct ApprovalStep
{
    enum class Kind { Manager, User, Group };
    enum class Rule { Any, All, N };
    Kind kind = Kind::Manager;
    qint64 user = 0; // kind user
    qint64 group = 0; // kind group
    Rule rule = Rule::Any; // kind group
    int n = 1; // rule n

    QJsonObject toJson() const;
    bool operator==(const ApprovalStep&) const = default;
};
QString toString(ApprovalStep::Kind kind);
QString toString(ApprovalStep::Rule rule);
QStringList approvalKindNames();
QStringList approvalRuleNames();

// Reads `name` as an array of steps; errors name the field inside it ("approvals[1].group").
// An empty array is allowed only when `allowEmpty`.
QList<ApprovalStep> readApprovalSteps(ParamReader& reader, QLatin1StringView name, bool allowEmpty);
// The same rules on a stored or received value (path prefix `name`): the steps, or the first
// problem {path, reason}.
Result<QList<ApprovalStep>, std::pair<QString, QString>>
parseApprovalSteps(const QJsonValue& value, const QString& name = QStringLiteral("approvals"));
QJsonArray approvalStepsJson(const QList<ApprovalStep>& steps);

// config key "approvals": when a pending approval is reminded and escalated (minutes after it
// started waiting), and who gets it when a step has no group lead (a user id; default: the
// first active admin).
struct ApprovalSettings
{
    int remindAfterMinutes = 24 * 60;
    int escalateAfterMinutes = 72 * 60;
    std::optional<qint64> escalateTo;

    QJsonObject toJson() const;
    static Result<ApprovalSettings, std::pair<QString, QString>> parse(const QJsonValue& value);
    bool operator==(const ApprovalSettings&) const = default;
};

// approval.request: start a chain on a ticket.
struct ApprovalRequestParams
{
    qint64 ticket = 0;
    QList<ApprovalStep> steps;
    QString note;

    QJsonObject toJson() const;
    static Result<ApprovalRequestParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// approval.list: what waits on the caller (`all`: admins, every pending approval).
struct ApprovalListParams
{
    bool all = false;

    QJsonObject toJson() const;
    static Result<ApprovalListParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// approval.decide
struct ApprovalDecideParams
{
    qint64 id = 0;
    bool approve = false;
    QString comment;

    QJsonObject toJson() const;
    static Result<ApprovalDecideParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// approval.delegate: hand the caller's approvals to `to` until `until` (null `to`: back).
struct ApprovalDelegateParams
{
    std::optional<qint64> to;
    qint64 until = 0; // ms since the epoch (an ISO 8601 time on the wire)

    QJsonObject toJson() const;
    static Result<ApprovalDelegateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// One approval as approval.list, approval.decide and approval.changed show it.
struct ApprovalItem
{
    qint64 id = 0;
    qint64 chainId = 0;
    qint64 ticketId = 0;
    QString ticketTitle;
    QString ticketStatus;
    QString requesterName;
    int step = 0; // 0-based
    int stepCount = 0;
    QString kind; // manager | user | group | escalated
    QString state; // pending | approved | rejected | skipped | escalated
    qint64 approverId = 0;
    QString approverName;
    std::optional<qint64> delegatedFrom;
    QString note; // the request's note
    QString comment; // the decision's comment
    qint64 createdAt = 0;
    std::optional<qint64> decidedAt;

    QJsonObject toJson() const;
    static ApprovalItem fromJson(const QJsonValue& value);
    bool operator==(const ApprovalItem&) const = default;
};

struct ApprovalList
{
    QList<ApprovalItem> items;

    QJsonObject toJson() const;
    static ApprovalList fromJson(const QJsonValue& value);
};

// The caller's delegation (approval.delegate's result).
struct ApprovalDelegation
{
    std::optional<qint64> to;
    qint64 until = 0;

    QJsonObject toJson() const;
    static ApprovalDelegation fromJson(const QJsonValue& value);
};

// approval.changed (pushed): the chain's state and the approval that changed.
struct ApprovalChangedEvent
{
    qint64 ticketId = 0;
    QString chainState; // waiting | approved | rejected
    ApprovalItem approval;

    QJsonObject toJson() const;
    static ApprovalChangedEvent fromJson(const QJsonValue& value);
};

// The first word of a mail reply as a decision (approve / reject, also German and French):
// nullopt when it is neither.
std::optional<bool> decisionWord(const QString& word);

} // namespace frontline::api
