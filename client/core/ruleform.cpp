#include "ruleform.h"

#include "workflow/ruleschema.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline::client {
namespace {

// A value as the server expects it: numbers for numeric fields, text otherwise.
QJsonValue typed(const QString& field, const QString& text)
{
    bool ok = false;
    const qint64 number = text.trimmed().toLongLong(&ok);
    if (ruleschema::isNumeric(field) && ok)
        return number;
    return text.trimmed();
}

QString untyped(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts << untyped(item);
        return parts.join(u", "_s);
    }
    return value.toString();
}

} // namespace

QStringList RuleForm::events()
{
    return ruleschema::events();
}

QStringList RuleForm::anchors()
{
    return ruleschema::anchors();
}

QStringList RuleForm::fields()
{
    return ruleschema::fieldNames();
}

QStringList RuleForm::operators(const QString& field)
{
    // A new row shows the first field; its operators go with it.
    return ruleschema::field(field) ? ruleschema::operators(field)
                                    : ruleschema::operators(ruleschema::fields().constFirst().kind);
}

QStringList RuleForm::actionTypes()
{
    return ruleschema::actionTypes();
}

bool RuleForm::takesValue(const QString& op)
{
    return ruleschema::takesValue(op);
}

RuleForm RuleForm::fromJson(const QJsonObject& rule)
{
    RuleForm form;
    form.id = rule.value("id"_L1).toInteger();
    form.name = rule.value("name"_L1).toString();
    form.enabled = rule.value("enabled"_L1).toBool(true);
    const QJsonObject trigger = rule.value("trigger"_L1).toObject();
    form.event = trigger.value("event"_L1).toString(u"created"_s);
    form.anchor = trigger.value("anchor"_L1).toString(u"created"_s);
    form.afterMinutes = trigger.value("after_minutes"_L1).toInt(60);
    form.businessHours = trigger.value("business_hours"_L1).toBool();
    form.matchAll = rule.value("match"_L1).toString(u"all"_s) == u"all"_s;
    for (const QJsonValue& value : rule.value("conditions"_L1).toArray()) {
        const QJsonObject c = value.toObject();
        form.conditions.append({c.value("field"_L1).toString(), c.value("op"_L1).toString(),
                                untyped(c.value("value"_L1))});
    }
    for (const QJsonValue& value : rule.value("actions"_L1).toArray()) {
        const QJsonObject a = value.toObject();
        Action action {a.value("type"_L1).toString(), {}, {}};
        if (action.type == u"set_field"_s) {
            action.target = a.value("field"_L1).toString();
            action.value = untyped(a.value("value"_L1));
        } else if (action.type == u"assign"_s) {
            if (a.contains("strategy"_L1))
                action.target = u"group"_s;
            else
                action.value = untyped(a.value("user"_L1));
        } else if (action.type == u"escalate"_s) {
            action.target = a.value("kind"_L1).toString(ruleschema::escalationKinds().constFirst());
        } else if (action.type == u"reply"_s || action.type == u"note"_s) {
            action.value = a.value("body"_L1).toString();
        } else if (action.type == u"notify"_s) {
            action.target = a.value("to"_L1).toString();
            if (a.contains("user"_L1))
                action.target = u"user:"_s + untyped(a.value("user"_L1));
            if (a.contains("group"_L1))
                action.target = u"group:"_s + untyped(a.value("group"_L1));
            action.value = a.value("message"_L1).toString();
        } else {
            action.value = untyped(a.value("value"_L1));
        }
        form.actions.append(action);
    }
    return form;
}

QJsonObject RuleForm::definition() const
{
    QJsonObject trigger {{"event"_L1, event}};
    if (event == u"time"_s) {
        trigger.insert("anchor"_L1, anchor);
        trigger.insert("after_minutes"_L1, afterMinutes);
        trigger.insert("business_hours"_L1, businessHours);
    }
    QJsonArray conditionArray;
    for (const Condition& c : conditions) {
        QJsonObject object {{"field"_L1, c.field}, {"op"_L1, c.op}};
        if (takesValue(c.op)) {
            if (ruleschema::takesList(c.op)) {
                QJsonArray list;
                for (const QString& part : c.value.split(u',', Qt::SkipEmptyParts))
                    list.append(typed(c.field, part));
                object.insert("value"_L1, list);
            } else {
                object.insert("value"_L1, typed(c.field, c.value));
            }
        }
        conditionArray.append(object);
    }
    QJsonArray actionArray;
    for (const Action& a : actions) {
        QJsonObject object {{"type"_L1, a.type}};
        if (a.type == u"set_field"_s) {
            object.insert("field"_L1, a.target.trimmed());
            object.insert("value"_L1, typed(a.target.trimmed(), a.value));
        } else if (a.type == u"assign"_s) {
            if (a.target.trimmed() == u"group"_s)
                object.insert("strategy"_L1, u"group"_s);
            else
                object.insert("user"_L1, typed(u"assignee"_s, a.value));
        } else if (a.type == u"escalate"_s) {
            object.insert("kind"_L1,
                          a.target.trimmed().isEmpty() ? ruleschema::escalationKinds().constFirst()
                                                       : a.target.trimmed());
        } else if (a.type == u"reply"_s || a.type == u"note"_s) {
            object.insert("body"_L1, a.value);
        } else if (a.type == u"notify"_s) {
            const QString target = a.target.trimmed();
            if (target.startsWith(u"user:"_s)) {
                object.insert("to"_L1, u"user"_s);
                object.insert("user"_L1, typed(u"assignee"_s, target.mid(5)));
            } else if (target.startsWith(u"group:"_s)) {
                object.insert("to"_L1, u"group"_s);
                object.insert("group"_L1, typed(u"group"_s, target.mid(6)));
            } else {
                object.insert("to"_L1, target);
            }
            object.insert("message"_L1, a.value);
        } else {
            object.insert("value"_L1, a.value.trimmed());
        }
        actionArray.append(object);
    }
    return {{"name"_L1, name.trimmed()},       {"enabled"_L1, enabled},
            {"trigger"_L1, trigger},           {"match"_L1, matchAll ? u"all"_s : u"any"_s},
            {"conditions"_L1, conditionArray}, {"actions"_L1, actionArray}};
}

QString RuleForm::describePath(const QString& path)
{
    static const QRegularExpression indexed(u"^(conditions|actions)\\[(\\d+)\\](?:\\.(\\w+))?"_s);
    const auto part = [](const QString& key) -> QString {
        if (key == u"field"_s)
            return tr("field");
        if (key == u"op"_s)
            return tr("operator");
        if (key == u"value"_s || key == u"body"_s || key == u"message"_s)
            return tr("value");
        if (key == u"to"_s || key == u"kind"_s || key == u"strategy"_s || key == u"user"_s
            || key == u"group"_s)
            return tr("target");
        if (key == u"type"_s)
            return tr("action");
        return key;
    };
    const QRegularExpressionMatch match = indexed.match(path);
    if (match.hasMatch()) {
        const int row = match.captured(2).toInt() + 1;
        const QString what = match.captured(1) == u"conditions"_s ? tr("Condition %1").arg(row)
                                                                  : tr("Action %1").arg(row);
        return match.captured(3).isEmpty() ? what : tr("%1, %2").arg(what, part(match.captured(3)));
    }
    if (path == u"name"_s)
        return tr("Name");
    if (path.startsWith(u"trigger"_s))
        return tr("Trigger");
    if (path == u"actions"_s)
        return tr("Actions");
    if (path == u"conditions"_s)
        return tr("Conditions");
    return path;
}

} // namespace frontline::client
