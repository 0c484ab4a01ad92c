#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace frontline {

// One action of an automation rule, field by field (docs/protocol.md, "Automation rules"): the
// one mapping between an action's wire object and its parts, shared by the server (which
// validates, stores and runs it) and the client (whose rule editor shows it). Which fields an
// action has depends on its type; toJson() writes exactly those, so a definition reads back as
// it was written. Ids and values keep their wire form (QJsonValue) so that what a user typed
// reaches the server as typed and is refused there with the field named, never silently fixed.
struct RuleActionSpec
{
    QString type; // one of ruleschema::actionTypes()

    QString field; // set_field: one of ruleschema::settableFields()
    // set_field: the new value; set_status: the state; add_tag / remove_tag: the tag.
    // Undefined: not given.
    QJsonValue value = QJsonValue(QJsonValue::Undefined);
    // assign: the user's id, or else strategy "group" (the group's assignment strategy).
    // notify: the user's id when to is "user". Undefined: not given.
    QJsonValue user = QJsonValue(QJsonValue::Undefined);
    QString strategy;
    QString kind; // escalate: one of ruleschema::escalationKinds()
    QString body; // reply, note: the comment's text (placeholders allowed)
    QString to; // notify: one of ruleschema::notifyTargets()
    QJsonValue group = QJsonValue(QJsonValue::Undefined); // notify to "group": which one (optional)
    QString message; // notify: the notification's text

    bool hasUser() const { return !user.isUndefined(); }
    bool hasGroup() const { return !group.isUndefined(); }

    // The wire object: "type" and the type's own fields.
    QJsonObject toJson() const;
    // Lenient: an unknown key is ignored, a missing one stays empty or undefined (the server's
    // rule parser validates first and then reads the action with this).
    static RuleActionSpec fromJson(const QJsonValue& json);

    bool operator==(const RuleActionSpec&) const = default;
};

} // namespace frontline
