#include "ruleaction.h"

using namespace Qt::StringLiterals;

namespace frontline {

namespace {

void insertIfGiven(QJsonObject& object, QLatin1StringView key, const QJsonValue& value)
{
    if (!value.isUndefined())
        object.insert(key, value);
}

} // namespace

QJsonObject RuleActionSpec::toJson() const
{
    QJsonObject object {{"type"_L1, type}};
    if (type == u"set_field"_s) {
        object.insert("field"_L1, field);
        insertIfGiven(object, "value"_L1, value);
    } else if (type == u"assign"_s) {
        insertIfGiven(object, "user"_L1, user);
        if (!strategy.isEmpty())
            object.insert("strategy"_L1, strategy);
    } else if (type == u"escalate"_s) {
        if (!kind.isEmpty())
            object.insert("kind"_L1, kind);
    } else if (type == u"reply"_s || type == u"note"_s) {
        object.insert("body"_L1, body);
    } else if (type == u"notify"_s) {
        object.insert("to"_L1, to);
        insertIfGiven(object, "user"_L1, user);
        insertIfGiven(object, "group"_L1, group);
        object.insert("message"_L1, message);
    } else {
        // set_status, add_tag, remove_tag (and, for the server to refuse by name, any other)
        insertIfGiven(object, "value"_L1, value);
    }
    return object;
}

RuleActionSpec RuleActionSpec::fromJson(const QJsonValue& json)
{
    const QJsonObject o = json.toObject();
    RuleActionSpec action;
    action.type = o.value("type"_L1).toString();
    action.field = o.value("field"_L1).toString();
    action.value = o.value("value"_L1);
    action.user = o.value("user"_L1);
    action.strategy = o.value("strategy"_L1).toString();
    action.kind = o.value("kind"_L1).toString();
    action.body = o.value("body"_L1).toString();
    action.to = o.value("to"_L1).toString();
    action.group = o.value("group"_L1);
    action.message = o.value("message"_L1).toString();
    return action;
}

} // namespace frontline
