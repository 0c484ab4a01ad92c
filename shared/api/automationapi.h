#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "domain/enums.h"
#include "domain/notification.h"
#include "domain/ticket.h"
#include "rpc/rpcerror.h"
#include "workflow/ruleaction.h"
#include "workflow/slapolicy.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

#include <optional>

// Params of the workflow engine's administration: business-hours calendars, SLA policies,
// automation rules; and of the agents' own state: availability and notifications.
namespace frontline::api {

// calendar.create / calendar.update: the calendar fields (time_zone, hours, holidays) are
// checked by the server, which names the offending one (hours.mon[0], holidays[2], ...).
struct CalendarParams
{
    std::optional<qint64> id; // update
    std::optional<QString> name;
    QJsonObject fields; // time_zone, hours, holidays as given

    QJsonObject toJson() const;
    static Result<CalendarParams, rpc::RpcError> parse(const QJsonValue& params, bool update);
};

struct SlaPolicyParams
{
    std::optional<qint64> id; // update
    std::optional<QString> name;
    Nullable<TicketType> type;
    Nullable<int> priority;
    Nullable<qint64> category;
    Nullable<qint64> calendar;
    std::optional<int> responseMinutes;
    std::optional<int> resolveMinutes;
    std::optional<int> warnPercent;
    std::optional<bool> escalateOnBreach;
    std::optional<bool> active;

    QJsonObject toJson() const;
    static Result<SlaPolicyParams, rpc::RpcError> parse(const QJsonValue& params, bool update);
};

// rule.create / rule.update / rule.dry_run: a rule definition (name, enabled, trigger, match,
// conditions, actions), checked as a whole by the server. An update replaces the fields given.
struct RuleParams
{
    std::optional<qint64> id; // update; dry_run of a stored rule
    QJsonObject definition;
    int limit = 50; // dry_run: at most this many matches

    QJsonObject toJson() const;
    enum class Mode { Create, Update, DryRun };
    static Result<RuleParams, rpc::RpcError> parse(const QJsonValue& params, Mode mode);
};

// One params type per method (the method registry parses with Params::fromJson).
template<typename Base, auto Mode> struct ModeParams : Base
{
    static Result<ModeParams, rpc::RpcError> fromJson(const QJsonValue& params)
    {
        auto parsed = Base::parse(params, Mode);
        if (!parsed)
            return parsed.error();
        ModeParams result;
        static_cast<Base&>(result) = std::move(parsed).value();
        return result;
    }
};
using CalendarCreateParams = ModeParams<CalendarParams, false>;
using CalendarUpdateParams = ModeParams<CalendarParams, true>;
using SlaPolicyCreateParams = ModeParams<SlaPolicyParams, false>;
using SlaPolicyUpdateParams = ModeParams<SlaPolicyParams, true>;
using RuleCreateParams = ModeParams<RuleParams, RuleParams::Mode::Create>;
using RuleUpdateParams = ModeParams<RuleParams, RuleParams::Mode::Update>;
using RuleDryRunParams = ModeParams<RuleParams, RuleParams::Mode::DryRun>;

struct AvailabilityParams
{
    bool available = true;

    QJsonObject toJson() const;
    static Result<AvailabilityParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct NotificationListParams
{
    bool unreadOnly = false;
    int limit = 50;

    QJsonObject toJson() const;
    static Result<NotificationListParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct NotificationReadParams
{
    QList<qint64> ids; // empty: all

    QJsonObject toJson() const;
    static Result<NotificationReadParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// notification.list: the caller's notifications (newest first) and how many are unread.
struct NotificationList
{
    QList<Notification> notifications;
    int unread = 0;

    QJsonObject toJson() const;
    static NotificationList fromJson(const QJsonValue& value);
    bool operator==(const NotificationList&) const = default;
};

// notification.read: how many were marked now, and how many remain unread.
struct NotificationReadResult
{
    int marked = 0;
    int unread = 0;

    QJsonObject toJson() const;
    static NotificationReadResult fromJson(const QJsonValue& value);
    bool operator==(const NotificationReadResult&) const = default;
};

// Results of the workflow administration (docs/protocol.md). A calendar and an SLA policy are
// the shared workflow types themselves (shared/workflow/slapolicy.h).

// calendar.list
struct CalendarList
{
    QList<CalendarEntry> calendars;

    QJsonObject toJson() const;
    static CalendarList fromJson(const QJsonValue& value);
    bool operator==(const CalendarList&) const = default;
};

// calendar.create / calendar.update: the calendar; an update that moved the due times of open
// tickets (a policy uses the calendar) also says how many.
struct CalendarSaved
{
    CalendarEntry calendar;
    std::optional<int> ticketsRecomputed;

    QJsonObject toJson() const;
    static CalendarSaved fromJson(const QJsonValue& value);
    bool operator==(const CalendarSaved&) const = default;
};

// sla.policy.list
struct SlaPolicyList
{
    QList<SlaPolicy> policies;

    QJsonObject toJson() const;
    static SlaPolicyList fromJson(const QJsonValue& value);
    bool operator==(const SlaPolicyList&) const = default;
};

// sla.policy.create / sla.policy.update: the policy; an update also says how many open
// tickets were re-planned.
struct SlaPolicySaved
{
    SlaPolicy policy;
    std::optional<int> ticketsRecomputed;

    QJsonObject toJson() const;
    static SlaPolicySaved fromJson(const QJsonValue& value);
    bool operator==(const SlaPolicySaved&) const = default;
};

// calendar.delete, sla.policy.delete (with the re-planned tickets), rule.delete.
struct AutomationDeleted
{
    qint64 deleted = 0;
    std::optional<int> ticketsRecomputed;

    QJsonObject toJson() const;
    static AutomationDeleted fromJson(const QJsonValue& value);
    bool operator==(const AutomationDeleted&) const = default;
};

// A stored automation rule (rule.list's items, rule.create's and rule.update's answer): its
// trigger, its conditions and its actions. A condition's value keeps its wire form (a text, a
// number or a list) and each action is typed field by field (RuleActionSpec), so that a definition
// reads back exactly as it was written.
struct AutomationRule
{
    struct Condition
    {
        QString field;
        QString op;
        QJsonValue value; // null for is_set, is_not_set, changed
        bool operator==(const Condition&) const = default;
    };
    using Action = RuleActionSpec; // shared/workflow/ruleaction.h

    qint64 id = 0;
    QString name;
    bool enabled = true;
    QString event = QStringLiteral("created");
    // Time triggers only (event "time"):
    QString anchor = QStringLiteral("created");
    qint64 afterMinutes = 0;
    bool businessHours = false;
    bool matchAll = true;
    QList<Condition> conditions;
    QList<Action> actions;

    // The definition (rule.create's params; what the server stores), without the id.
    QJsonObject definition() const;
    QJsonObject toJson() const;
    static AutomationRule fromJson(const QJsonValue& value);
    bool operator==(const AutomationRule&) const = default;
};

// rule.list
struct RuleList
{
    QList<AutomationRule> rules;

    QJsonObject toJson() const;
    static RuleList fromJson(const QJsonValue& value);
    bool operator==(const RuleList&) const = default;
};

// rule.dry_run: the open tickets the rule matches now (newest first), how many were looked
// at, and whether that was all of them.
struct RuleDryRun
{
    QList<Ticket> tickets;
    int scanned = 0;
    bool complete = true;

    void write(json::JsonWriter& writer) const;
    QJsonObject toJson() const;
    static RuleDryRun fromJson(const QJsonValue& value);
    bool operator==(const RuleDryRun&) const = default;
};

} // namespace frontline::api
