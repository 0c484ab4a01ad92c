#include "ruleform.h"

#include "workflow/ruleschema.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline::client {
namespace {

// A value as the server expects it: numbers for numeric fields, true/false for flags ("yes"
// and "no" too), text otherwise.
QJsonValue typed(const QString& field, const QString& text)
{
    const ruleschema::Field* spec = ruleschema::field(field);
    if (spec && spec->kind == ruleschema::ValueKind::Flag) {
        const QString flag = text.trimmed().toLower();
        if (flag == u"true"_s || flag == u"yes"_s || flag == u"1"_s)
            return true;
        if (flag == u"false"_s || flag == u"no"_s || flag == u"0"_s)
            return false;
    }
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
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
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

RuleForm RuleForm::from(const api::AutomationRule& rule)
{
    RuleForm form;
    form.id = rule.id;
    form.name = rule.name;
    form.enabled = rule.enabled;
    form.event = rule.event;
    form.anchor = rule.anchor;
    form.afterMinutes = rule.event == u"time"_s ? static_cast<int>(rule.afterMinutes) : 60;
    form.businessHours = rule.businessHours;
    form.matchAll = rule.matchAll;
    for (const api::AutomationRule::Condition& c : rule.conditions)
        form.conditions.append({c.field, c.op, untyped(c.value)});
    for (const api::AutomationRule::Action& a : rule.actions) {
        Action action {a.type, {}, {}};
        if (a.type == u"set_field"_s) {
            action.target = a.field;
            action.value = untyped(a.value);
        } else if (a.type == u"assign"_s) {
            if (!a.strategy.isEmpty())
                action.target = u"group"_s;
            else
                action.value = untyped(a.user);
        } else if (a.type == u"escalate"_s) {
            action.target = a.kind.isEmpty() ? ruleschema::escalationKinds().constFirst() : a.kind;
        } else if (a.type == u"reply"_s || a.type == u"note"_s) {
            action.value = a.body;
        } else if (a.type == u"notify"_s) {
            action.target = a.to;
            if (a.hasUser())
                action.target = u"user:"_s + untyped(a.user);
            if (a.hasGroup())
                action.target = u"group:"_s + untyped(a.group);
            action.value = a.message;
        } else {
            action.value = untyped(a.value);
        }
        form.actions.append(action);
    }
    return form;
}

std::optional<std::pair<QString, QString>> RuleForm::problem() const
{
    using Problem = std::pair<QString, QString>;
    if (name.trimmed().isEmpty())
        return Problem {u"name"_s, tr("must not be empty")};
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        const Condition& c = conditions[i];
        const QString path = u"conditions[%1]"_s.arg(i);
        const ruleschema::Field* field = ruleschema::field(c.field);
        if (!field)
            return Problem {path + u".field"_s, tr("is not a field a rule can test")};
        if (!ruleschema::operators(c.field).contains(c.op))
            return Problem {path + u".op"_s, tr("is not an operator for this field")};
        if (!takesValue(c.op) || field->kind != ruleschema::ValueKind::Number)
            continue;
        const QStringList parts = ruleschema::takesList(c.op)
            ? c.value.split(u',', Qt::SkipEmptyParts)
            : QStringList {c.value};
        for (const QString& part : parts) {
            bool ok = false;
            const int number = part.trimmed().toInt(&ok);
            if (!ok || number < field->minimum || number > field->maximum)
                return Problem {
                    path + u".value"_s,
                    tr("must be a number from %1 to %2").arg(field->minimum).arg(field->maximum)};
        }
    }
    if (actions.isEmpty() || actions.size() > 10)
        return Problem {u"actions"_s, tr("must be 1 to 10 actions")};
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (!actionTypes().contains(actions[i].type))
            return Problem {u"actions[%1].type"_s.arg(i), tr("is not an action")};
    }
    return std::nullopt;
}

api::AutomationRule RuleForm::rule() const
{
    api::AutomationRule rule;
    rule.id = id;
    rule.name = name.trimmed();
    rule.enabled = enabled;
    rule.event = event;
    rule.anchor = anchor;
    rule.afterMinutes = afterMinutes;
    rule.businessHours = businessHours;
    rule.matchAll = matchAll;
    for (const Condition& c : conditions) {
        QJsonValue value;
        if (takesValue(c.op)) {
            if (ruleschema::takesList(c.op)) {
                QJsonArray list;
                for (const QString& part : c.value.split(u',', Qt::SkipEmptyParts))
                    list.append(typed(c.field, part));
                value = list;
            } else {
                value = typed(c.field, c.value);
            }
        }
        rule.conditions.append({c.field, c.op, value});
    }
    for (const Action& a : actions) {
        api::AutomationRule::Action action;
        action.type = a.type;
        const QString target = a.target.trimmed();
        if (a.type == u"set_field"_s) {
            action.field = target;
            action.value = typed(target, a.value);
        } else if (a.type == u"assign"_s) {
            if (target == u"group"_s)
                action.strategy = u"group"_s;
            else
                action.user = typed(u"assignee"_s, a.value);
        } else if (a.type == u"escalate"_s) {
            action.kind = target.isEmpty() ? ruleschema::escalationKinds().constFirst() : target;
        } else if (a.type == u"reply"_s || a.type == u"note"_s) {
            action.body = a.value;
        } else if (a.type == u"notify"_s) {
            if (target.startsWith(u"user:"_s)) {
                action.to = u"user"_s;
                action.user = typed(u"assignee"_s, target.mid(5));
            } else if (target.startsWith(u"group:"_s)) {
                action.to = u"group"_s;
                action.group = typed(u"group"_s, target.mid(6));
            } else {
                action.to = target;
            }
            action.message = a.value;
        } else {
            action.value = a.value.trimmed();
        }
        rule.actions.append(action);
    }
    return rule;
}

QJsonObject RuleForm::definition() const
{
    return rule().definition();
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
