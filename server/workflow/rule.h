#pragma once

#include "core/result.h"
#include "domain/ticket.h"
#include "workflow/ruleaction.h"
#include "workflow/ruleschema.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace frontline::server {

struct RuleCondition
{
    QString field; // one of ruleschema::fields()
    QString op; // one of ruleschema::operators(field)
    QJsonValue value;

    // Compiled once when the rule is read: rules run inside every write, so evaluating one
    // is a switch and a comparison, not a lookup by name.
    int fieldId = 0;
    int opId = 0;
    QStringList texts; // the value(s) as text
    QList<qint64> numbers; // the value(s) as numbers
};

// An action, validated by Rule::fromJson (shared/workflow/ruleaction.h: the client reads the
// same type).
using RuleAction = RuleActionSpec;

// What a rule sees of a ticket when it is evaluated.
struct RuleSubject
{
    const Ticket* ticket = nullptr;
    QString slaState;
    QString actorRole; // requester, agent, manager, admin or automation
    QSet<QString> changed; // fields the change that fired the rule touched
    bool requesterVip = false;
};

// An automation rule, kept as data: "when <trigger>, if <all|any conditions>, do <actions>".
// A time trigger fires `afterMinutes` (wall-clock or business minutes of the ticket's SLA
// calendar) after its anchor event, once per anchor; a later anchor event restarts it.
struct Rule
{
    qint64 id = 0;
    QString name;
    bool enabled = true;
    RuleEvent event = RuleEvent::Created;
    RuleEvent anchor = RuleEvent::Created; // time triggers only
    qint64 afterMinutes = 0; // time triggers only
    bool businessHours = false; // time triggers only
    bool matchAll = true;
    QList<RuleCondition> conditions;
    QList<RuleAction> actions;

    // Reads and validates a definition (name, enabled, trigger, match, conditions, actions).
    // The error is (field path, reason), e.g. ("conditions[1].op", "...").
    static Result<Rule, std::pair<QString, QString>> fromJson(const QJsonObject& json);
    // The definition, without the id.
    QJsonObject definition() const;
    QJsonObject toJson() const;

    bool matches(const RuleSubject& subject) const;
    // Users, groups and statuses the actions name, for the caller to check they exist.
    QList<std::pair<QString, qint64>> referencedUsers() const; // (path, id)
    QList<std::pair<QString, qint64>> referencedGroups() const;
    QList<std::pair<QString, QString>> referencedStatuses() const;
};

} // namespace frontline::server
