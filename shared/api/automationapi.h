#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "domain/enums.h"
#include "domain/notification.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
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

} // namespace frontline::api
