#include "lifecycle.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

QString guardName(Guard guard)
{
    return guard == Guard::Note ? u"note"_s : u"assignee"_s;
}

std::optional<Guard> guardFromName(const QString& name)
{
    if (name == u"note"_s)
        return Guard::Note;
    if (name == u"assignee"_s)
        return Guard::Assignee;
    return std::nullopt;
}

bool isStateName(const QString& name)
{
    if (name.isEmpty() || name.size() > 40)
        return false;
    for (const QChar c : name) {
        if (!(c.isLower() || c.isDigit() || c == u'_') || c.unicode() > 127)
            return false;
    }
    return true;
}

} // namespace

Result<Lifecycle, QString> Lifecycle::fromJson(const QJsonObject& object)
{
    Lifecycle lifecycle;
    const QJsonArray states = object.value("states"_L1).toArray();
    if (states.isEmpty())
        return u"states must be a non-empty array"_s;
    QSet<QString> names;
    bool anyOpen = false;
    for (const QJsonValue& value : states) {
        const QJsonObject state = value.toObject();
        LifecycleState s;
        s.name = state.value("name"_L1).toString();
        if (!isStateName(s.name))
            return u"state names are 1-40 characters of a-z, 0-9 and _"_s;
        if (names.contains(s.name))
            return u"duplicate state "_s + s.name;
        names.insert(s.name);
        s.label = state.value("label"_L1).toString(s.name);
        s.open = state.value("open"_L1).toBool(true);
        s.pausesSla = state.value("pauses_sla"_L1).toBool(false);
        s.resolved = state.value("resolved"_L1).toBool(false);
        if (s.resolved && s.open)
            return u"state "_s + s.name + u" cannot be both open and resolved"_s;
        anyOpen = anyOpen || s.open;
        lifecycle.m_states.append(s);
    }
    lifecycle.m_initial = object.value("initial"_L1).toString();
    const LifecycleState* initial = lifecycle.state(lifecycle.m_initial);
    if (!initial)
        return u"initial state must be one of the states"_s;
    if (!initial->open || !anyOpen)
        return u"the initial state must be open"_s;

    const QJsonArray transitions = object.value("transitions"_L1).toArray();
    for (const QJsonValue& value : transitions) {
        const QJsonObject transition = value.toObject();
        LifecycleTransition t;
        for (const QJsonValue& from : transition.value("from"_L1).toArray()) {
            if (!names.contains(from.toString()))
                return u"transition from unknown state "_s + from.toString();
            t.from.insert(from.toString());
        }
        if (t.from.isEmpty())
            return u"every transition needs a non-empty from list"_s;
        t.to = transition.value("to"_L1).toString();
        if (!names.contains(t.to))
            return u"transition to unknown state "_s + t.to;
        if (t.from.contains(t.to))
            return u"transition to "_s + t.to + u" from itself"_s;
        t.label = transition.value("label"_L1).toString(t.to);
        for (const QJsonValue& role : transition.value("roles"_L1).toArray()) {
            const auto parsed = roleFromString(role.toString());
            if (!parsed)
                return u"unknown role "_s + role.toString();
            t.roles.insert(*parsed);
        }
        if (t.roles.isEmpty())
            return u"transition to "_s + t.to + u" names no role"_s;
        for (const QJsonValue& guard : transition.value("requires"_L1).toArray()) {
            const auto parsed = guardFromName(guard.toString());
            if (!parsed)
                return u"unknown guard "_s + guard.toString() + u" (note, assignee)"_s;
            t.guards.insert(*parsed);
        }
        t.on = transition.value("on"_L1).toString();
        if (!t.on.isEmpty() && t.on != u"assign"_s && t.on != u"unassign"_s && t.on != u"merge"_s)
            return u"on must be assign, unassign or merge"_s;
        for (const LifecycleTransition& other : std::as_const(lifecycle.m_transitions)) {
            if (other.to == t.to && other.from.intersects(t.from))
                return u"two transitions from the same state to "_s + t.to;
        }
        lifecycle.m_transitions.append(t);
    }
    return lifecycle;
}

QJsonObject Lifecycle::toJson() const
{
    QJsonArray states;
    for (const LifecycleState& s : m_states) {
        QJsonObject state {{"name"_L1, s.name}, {"label"_L1, s.label}, {"open"_L1, s.open}};
        if (s.pausesSla)
            state.insert("pauses_sla"_L1, true);
        if (s.resolved)
            state.insert("resolved"_L1, true);
        states.append(state);
    }
    QJsonArray transitions;
    for (const LifecycleTransition& t : m_transitions) {
        QStringList from(t.from.cbegin(), t.from.cend());
        from.sort();
        QStringList roles;
        for (Role role : {Role::Requester, Role::Agent, Role::Manager, Role::Admin}) {
            if (t.roles.contains(role))
                roles.append(toString(role));
        }
        QStringList guardNames;
        for (Guard guard : {Guard::Note, Guard::Assignee}) {
            if (t.guards.contains(guard))
                guardNames.append(guardName(guard));
        }
        QJsonObject transition {{"from"_L1, QJsonArray::fromStringList(from)},
                                {"to"_L1, t.to},
                                {"label"_L1, t.label},
                                {"roles"_L1, QJsonArray::fromStringList(roles)}};
        if (!guardNames.isEmpty())
            transition.insert("requires"_L1, QJsonArray::fromStringList(guardNames));
        if (!t.on.isEmpty())
            transition.insert("on"_L1, t.on);
        transitions.append(transition);
    }
    return {{"initial"_L1, m_initial}, {"states"_L1, states}, {"transitions"_L1, transitions}};
}

const LifecycleState* Lifecycle::state(const QString& name) const
{
    for (const LifecycleState& s : m_states) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const LifecycleTransition* Lifecycle::find(const QString& from, const QString& to) const
{
    for (const LifecycleTransition& t : m_transitions) {
        if (t.to == to && t.from.contains(from))
            return &t;
    }
    return nullptr;
}

const LifecycleTransition* Lifecycle::automatic(const QString& from, const QString& event) const
{
    for (const LifecycleTransition& t : m_transitions) {
        if (t.on == event && t.from.contains(from))
            return &t;
    }
    return nullptr;
}

Result<LifecycleSet, QString> LifecycleSet::fromJson(const QJsonObject& object)
{
    LifecycleSet set;
    for (const QString& type : ticketTypeNames()) {
        if (!object.value(type).isObject())
            return u"missing lifecycle for "_s + type;
        auto lifecycle = Lifecycle::fromJson(object.value(type).toObject());
        if (!lifecycle)
            return type + u": "_s + lifecycle.error();
        set.m_lifecycles.append(std::move(lifecycle).value());
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!ticketTypeFromString(it.key()))
            return u"unknown ticket type "_s + it.key();
    }
    return set;
}

QJsonObject LifecycleSet::toJson() const
{
    QJsonObject object;
    const QStringList types = ticketTypeNames();
    for (int i = 0; i < types.size(); ++i)
        object.insert(types.at(i), m_lifecycles.at(i).toJson());
    return object;
}

} // namespace frontline::server
