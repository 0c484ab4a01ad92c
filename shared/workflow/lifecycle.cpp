#include "lifecycle.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline {
namespace {

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

QString at(const QString& list, qsizetype index)
{
    return u"%1[%2]"_s.arg(list).arg(index);
}

} // namespace

QString toString(Guard guard)
{
    return guard == Guard::Note ? u"note"_s : u"assignee"_s;
}

std::optional<Guard> guardFromString(const QString& text)
{
    for (Guard guard : guards()) {
        if (toString(guard) == text)
            return guard;
    }
    return std::nullopt;
}

QList<Guard> guards()
{
    return {Guard::Note, Guard::Assignee};
}

QStringList automaticEvents()
{
    return {u"assign"_s, u"unassign"_s, u"merge"_s};
}

QStringList LifecycleTransition::fromList() const
{
    QStringList list(from.cbegin(), from.cend());
    list.sort();
    return list;
}

Lifecycle::Lifecycle(QString initial, QList<LifecycleState> states,
                     QList<LifecycleTransition> transitions)
    : m_initial(std::move(initial))
    , m_states(std::move(states))
    , m_transitions(std::move(transitions))
{ }

Result<Lifecycle, FieldError> Lifecycle::fromJson(const QJsonObject& object)
{
    Lifecycle lifecycle;
    const QJsonArray states = object.value("states"_L1).toArray();
    for (const QJsonValue& value : states) {
        const QJsonObject state = value.toObject();
        LifecycleState s;
        s.name = state.value("name"_L1).toString();
        s.label = state.value("label"_L1).toString(s.name);
        s.open = state.value("open"_L1).toBool(true);
        s.pausesSla = state.value("pauses_sla"_L1).toBool(false);
        s.resolved = state.value("resolved"_L1).toBool(false);
        lifecycle.m_states.append(s);
    }
    lifecycle.m_initial = object.value("initial"_L1).toString();

    const QJsonArray transitions = object.value("transitions"_L1).toArray();
    for (qsizetype i = 0; i < transitions.size(); ++i) {
        const QJsonObject transition = transitions.at(i).toObject();
        const QString path = at(u"transitions"_s, i);
        LifecycleTransition t;
        for (const QJsonValue& from : transition.value("from"_L1).toArray())
            t.from.insert(from.toString());
        t.to = transition.value("to"_L1).toString();
        t.label = transition.value("label"_L1).toString(t.to);
        const QJsonArray roles = transition.value("roles"_L1).toArray();
        for (qsizetype j = 0; j < roles.size(); ++j) {
            const auto parsed = roleFromString(roles.at(j).toString());
            if (!parsed)
                return FieldError {at(path + u".roles"_s, j),
                                   u"unknown role "_s + roles.at(j).toString()};
            t.roles.insert(*parsed);
        }
        const QJsonArray required = transition.value("requires"_L1).toArray();
        for (qsizetype j = 0; j < required.size(); ++j) {
            const auto parsed = guardFromString(required.at(j).toString());
            if (!parsed)
                return FieldError {at(path + u".requires"_s, j),
                                   u"unknown guard "_s + required.at(j).toString()
                                       + u" (note, assignee)"_s};
            t.guards.insert(*parsed);
        }
        t.on = transition.value("on"_L1).toString();
        lifecycle.m_transitions.append(t);
    }
    if (auto problem = lifecycle.validate())
        return *problem;
    return lifecycle;
}

std::optional<FieldError> Lifecycle::validate() const
{
    if (m_states.isEmpty())
        return FieldError {u"states"_s, u"must be a non-empty array"_s};
    QSet<QString> names;
    for (qsizetype i = 0; i < m_states.size(); ++i) {
        const LifecycleState& s = m_states.at(i);
        const QString path = at(u"states"_s, i);
        if (!isStateName(s.name))
            return FieldError {path + u".name"_s,
                               u"state names are 1-40 characters of a-z, 0-9 and _"_s};
        if (names.contains(s.name))
            return FieldError {path + u".name"_s, u"duplicate state "_s + s.name};
        names.insert(s.name);
        if (s.resolved && s.open)
            return FieldError {path + u".resolved"_s,
                               u"state "_s + s.name + u" cannot be both open and resolved"_s};
    }
    const LifecycleState* initial = state(m_initial);
    if (!initial)
        return FieldError {u"initial"_s, u"initial state must be one of the states"_s};
    if (!initial->open)
        return FieldError {u"initial"_s, u"the initial state must be open"_s};

    for (qsizetype i = 0; i < m_transitions.size(); ++i) {
        const LifecycleTransition& t = m_transitions.at(i);
        const QString path = at(u"transitions"_s, i);
        if (t.from.isEmpty())
            return FieldError {path + u".from"_s,
                               u"every transition needs a non-empty from list"_s};
        for (const QString& from : t.fromList()) {
            if (!names.contains(from))
                return FieldError {path + u".from"_s, u"transition from unknown state "_s + from};
        }
        if (!names.contains(t.to))
            return FieldError {path + u".to"_s, u"transition to unknown state "_s + t.to};
        if (t.from.contains(t.to))
            return FieldError {path + u".from"_s, u"transition to "_s + t.to + u" from itself"_s};
        if (t.roles.isEmpty())
            return FieldError {path + u".roles"_s,
                               u"transition to "_s + t.to + u" names no role"_s};
        if (!t.on.isEmpty() && !automaticEvents().contains(t.on))
            return FieldError {path + u".on"_s, u"on must be assign, unassign or merge"_s};
        for (qsizetype j = 0; j < i; ++j) {
            const LifecycleTransition& other = m_transitions.at(j);
            if (other.to == t.to && other.from.intersects(t.from))
                return FieldError {path + u".to"_s,
                                   u"two transitions from the same state to "_s + t.to};
        }
    }
    return std::nullopt;
}

std::optional<FieldError> Lifecycle::checkDesign() const
{
    QSet<QString> reached {m_initial};
    QList<QString> frontier {m_initial};
    while (!frontier.isEmpty()) {
        const QString current = frontier.takeFirst();
        for (const LifecycleTransition& t : m_transitions) {
            if (t.from.contains(current) && !reached.contains(t.to)) {
                reached.insert(t.to);
                frontier.append(t.to);
            }
        }
    }
    for (qsizetype i = 0; i < m_states.size(); ++i) {
        if (!reached.contains(m_states.at(i).name))
            return FieldError {at(u"states"_s, i) + u".name"_s,
                               u"state "_s + m_states.at(i).name
                                   + u" cannot be reached from the initial state"_s};
    }
    const bool closes = std::any_of(m_states.cbegin(), m_states.cend(),
                                    [](const LifecycleState& s) { return !s.open; });
    if (!closes)
        return FieldError {u"states"_s, u"needs a state that ends the work (not open)"_s};
    return std::nullopt;
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
        QStringList roles;
        for (Role role : {Role::Requester, Role::Agent, Role::Manager, Role::Admin}) {
            if (t.roles.contains(role))
                roles.append(toString(role));
        }
        QStringList guardNames;
        for (Guard guard : guards()) {
            if (t.guards.contains(guard))
                guardNames.append(toString(guard));
        }
        QJsonObject transition {{"from"_L1, QJsonArray::fromStringList(t.fromList())},
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

QList<LifecycleTransition> Lifecycle::offered(const QString& status, Role role) const
{
    QList<LifecycleTransition> result;
    for (const LifecycleTransition& t : m_transitions) {
        if (!t.on.isEmpty() && t.on != u"assign"_s)
            continue;
        if (t.from.contains(status) && t.roles.contains(role))
            result.append(t);
    }
    return result;
}

Result<LifecycleSet, FieldError> LifecycleSet::fromJson(const QJsonObject& object)
{
    LifecycleSet set;
    for (const QString& type : ticketTypeNames()) {
        if (!object.value(type).isObject())
            return FieldError {type, u"missing lifecycle for "_s + type};
        auto lifecycle = Lifecycle::fromJson(object.value(type).toObject());
        if (!lifecycle)
            return FieldError {type + u'.' + lifecycle.error().first, lifecycle.error().second};
        set.m_lifecycles.append(std::move(lifecycle).value());
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!ticketTypeFromString(it.key()))
            return FieldError {it.key(), u"unknown ticket type "_s + it.key()};
    }
    return set;
}

LifecycleSet LifecycleSet::readable(const QJsonValue& value)
{
    LifecycleSet set;
    const QJsonObject object = value.toObject();
    for (const QString& type : ticketTypeNames()) {
        auto lifecycle = Lifecycle::fromJson(object.value(type).toObject());
        set.m_lifecycles.append(lifecycle ? std::move(lifecycle).value() : Lifecycle());
    }
    return set;
}

QJsonObject LifecycleSet::toJson() const
{
    QJsonObject object;
    const QStringList types = ticketTypeNames();
    for (int i = 0; i < types.size() && i < m_lifecycles.size(); ++i)
        object.insert(types.at(i), m_lifecycles.at(i).toJson());
    return object;
}

const Lifecycle& LifecycleSet::of(TicketType type) const
{
    static const Lifecycle none;
    const int index = static_cast<int>(type);
    return index < m_lifecycles.size() ? m_lifecycles.at(index) : none;
}

void LifecycleSet::set(TicketType type, Lifecycle lifecycle)
{
    while (m_lifecycles.size() < ticketTypeNames().size())
        m_lifecycles.append(Lifecycle());
    m_lifecycles[static_cast<int>(type)] = std::move(lifecycle);
}

std::optional<FieldError> LifecycleSet::checkDesign() const
{
    const QStringList types = ticketTypeNames();
    for (int i = 0; i < types.size() && i < m_lifecycles.size(); ++i) {
        if (auto problem = m_lifecycles.at(i).checkDesign())
            return FieldError {types.at(i) + u'.' + problem->first, problem->second};
    }
    return std::nullopt;
}

} // namespace frontline
