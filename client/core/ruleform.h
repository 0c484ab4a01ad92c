#pragma once

#include "api/automationapi.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace frontline::client {

// An automation rule as the rule editor shows it: the trigger as fields, each condition and
// action as a row of plain texts. Converts from a stored rule (api::AutomationRule) and to the
// protocol's rule definition; problem() checks what the rule vocabulary (shared/workflow/
// ruleschema.h) says before sending, and the server validates the rest; either names the
// offending field, which describePath() turns into words ("Condition 2, operator").
struct RuleForm
{
    Q_DECLARE_TR_FUNCTIONS(RuleForm)

public:
    struct Condition
    {
        QString field;
        QString op;
        QString value; // a list as "a, b"; nothing for is_set, is_not_set, changed
        bool operator==(const Condition&) const = default;
    };
    // type + target + value; what target and value mean depends on the type:
    //   set_field: target = the field, value = the new value; set_status: value = status
    //   assign: target "group" (the group's strategy) or value = a user id
    //   escalate: target = functional | hierarchical; add_tag/remove_tag: value = the tag
    //   reply/note: value = the text; notify: target = assignee | group | group_manager |
    //   requester | user:<id> | group:<id>, value = the message
    struct Action
    {
        QString type;
        QString target;
        QString value;
        bool operator==(const Action&) const = default;
    };

    qint64 id = 0;
    QString name;
    bool enabled = true;
    QString event = QStringLiteral("created");
    QString anchor = QStringLiteral("created"); // time triggers
    int afterMinutes = 60;
    bool businessHours = false;
    bool matchAll = true;
    QList<Condition> conditions;
    QList<Action> actions;

    static RuleForm from(const api::AutomationRule& rule);
    static RuleForm fromJson(const QJsonObject& rule)
    {
        return from(api::AutomationRule::fromJson(rule));
    }
    // The first problem the vocabulary shows (field path, reason), e.g. ("conditions[0].value",
    // "must be a number from 1 to 5"): a name, 1 to 10 actions of known types, conditions on
    // known fields with their operators and, for numbers, values in range.
    std::optional<std::pair<QString, QString>> problem() const;
    // The rule as the protocol types it (the form's texts read as numbers where the vocabulary
    // says so), and its definition for rule.create / rule.update / rule.dry_run (without the id).
    api::AutomationRule rule() const;
    QJsonObject definition() const;

    // The choices the editor offers: the rule vocabulary of shared/workflow/ruleschema.h.
    static QStringList events();
    static QStringList anchors();
    static QStringList fields();
    static QStringList operators(const QString& field);
    static QStringList actionTypes();
    static bool takesValue(const QString& op);
    // "conditions[1].op" -> "Condition 2, operator"
    static QString describePath(const QString& path);

    bool operator==(const RuleForm&) const = default;
};

} // namespace frontline::client
