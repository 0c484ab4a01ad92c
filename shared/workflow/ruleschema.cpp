#include "ruleschema.h"

#include <QRegularExpression>

#include <utility>

using namespace Qt::StringLiterals;

namespace frontline {
namespace {

const QList<std::pair<RuleEvent, QString>>& eventNames()
{
    static const QList<std::pair<RuleEvent, QString>> names {
        {RuleEvent::Created, u"created"_s},
        {RuleEvent::Updated, u"updated"_s},
        {RuleEvent::Commented, u"commented"_s},
        {RuleEvent::StatusChanged, u"status_changed"_s},
        {RuleEvent::SlaWarning, u"sla_warning"_s},
        {RuleEvent::SlaBreached, u"sla_breached"_s},
        {RuleEvent::Time, u"time"_s},
    };
    return names;
}

} // namespace

QString toString(RuleEvent event)
{
    for (const auto& [value, name] : eventNames()) {
        if (value == event)
            return name;
    }
    return {};
}

std::optional<RuleEvent> ruleEventFromString(const QString& text)
{
    for (const auto& [value, name] : eventNames()) {
        if (name == text)
            return value;
    }
    return std::nullopt;
}

QString normalizedTag(const QString& text)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9._-]{0,39}$"_s);
    const QString tag = text.trimmed().toLower();
    return pattern.match(tag).hasMatch() ? tag : QString();
}

namespace ruleschema {

QStringList events()
{
    QStringList names;
    for (const auto& entry : eventNames())
        names << entry.second;
    return names;
}

QStringList anchors()
{
    return {u"created"_s, u"updated"_s, u"commented"_s, u"status_changed"_s};
}

const QList<Field>& fields()
{
    static const QList<Field> specs {
        {u"title"_s, ValueKind::Text},
        {u"description"_s, ValueKind::Text},
        {u"type"_s, ValueKind::Choice},
        {u"status"_s, ValueKind::Choice},
        {u"category"_s, ValueKind::Choice},
        {u"priority"_s, ValueKind::Number, 1, 5},
        {u"impact"_s, ValueKind::Number, 1, 3},
        {u"urgency"_s, ValueKind::Number, 1, 3},
        {u"group"_s, ValueKind::Ref},
        {u"assignee"_s, ValueKind::Ref},
        {u"requester"_s, ValueKind::Ref},
        {u"tags"_s, ValueKind::Tags},
        {u"sla_state"_s, ValueKind::Choice},
        {u"actor_role"_s, ValueKind::Choice},
        {u"org"_s, ValueKind::Ref},
        {u"requester.vip"_s, ValueKind::Flag},
    };
    return specs;
}

QStringList fieldNames()
{
    QStringList names;
    for (const Field& f : fields())
        names << f.name;
    return names;
}

const Field* field(const QString& name)
{
    for (const Field& f : fields()) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QStringList operatorNames()
{
    return {u"is"_s,           u"is_not"_s,     u"in"_s,     u"not_in"_s, u"contains"_s,
            u"not_contains"_s, u"lt"_s,         u"lte"_s,    u"gt"_s,     u"gte"_s,
            u"is_set"_s,       u"is_not_set"_s, u"changed"_s};
}

QStringList operators(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Text:
        return {u"contains"_s, u"not_contains"_s, u"is"_s, u"is_not"_s, u"changed"_s};
    case ValueKind::Choice:
    case ValueKind::Ref:
        return {u"is"_s,     u"is_not"_s,     u"in"_s,     u"not_in"_s,
                u"is_set"_s, u"is_not_set"_s, u"changed"_s};
    case ValueKind::Number:
        return {u"is"_s,  u"is_not"_s, u"in"_s,  u"not_in"_s, u"lt"_s,
                u"lte"_s, u"gt"_s,     u"gte"_s, u"changed"_s};
    case ValueKind::Tags:
        return {u"contains"_s, u"not_contains"_s, u"changed"_s};
    case ValueKind::Flag:
        return {u"is"_s};
    }
    return {};
}

QStringList operators(const QString& fieldName)
{
    const Field* f = field(fieldName);
    return f ? operators(f->kind) : QStringList();
}

bool takesValue(const QString& op)
{
    return op != u"is_set"_s && op != u"is_not_set"_s && op != u"changed"_s;
}

bool takesList(const QString& op)
{
    return op == u"in"_s || op == u"not_in"_s;
}

bool isNumeric(const QString& fieldName)
{
    const Field* f = field(fieldName);
    return f && (f->kind == ValueKind::Number || f->kind == ValueKind::Ref);
}

QStringList actionTypes()
{
    return {u"set_field"_s,  u"set_status"_s, u"assign"_s, u"escalate"_s, u"add_tag"_s,
            u"remove_tag"_s, u"reply"_s,      u"note"_s,   u"notify"_s};
}

QStringList settableFields()
{
    return {u"priority"_s, u"impact"_s, u"urgency"_s, u"category"_s, u"group"_s};
}

QStringList notifyTargets()
{
    return {u"assignee"_s, u"group"_s, u"group_manager"_s, u"requester"_s, u"user"_s};
}

QStringList escalationKinds()
{
    return {u"functional"_s, u"hierarchical"_s};
}

} // namespace ruleschema
} // namespace frontline
