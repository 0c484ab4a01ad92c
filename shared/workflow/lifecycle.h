#pragma once

#include "core/result.h"
#include "domain/enums.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace frontline {

// Why a piece of workflow configuration is refused: the field it names, relative to the value
// ("states[2].name", "incident.transitions[0].to"), and the reason.
using FieldError = std::pair<QString, QString>;

struct LifecycleState
{
    QString name;
    QString label;
    bool open = true; // counts as open work (queues, backlog)
    bool pausesSla = false; // waiting on the requester or an approval: the SLA clock stops
    bool resolved = false; // the resolution state (resolved_at, "met" checks)

    bool operator==(const LifecycleState&) const = default;
};

// The conditions a transition may require, in the order they are listed.
enum class Guard { Note, Assignee };
QString toString(Guard guard);
std::optional<Guard> guardFromString(const QString& text);
QList<Guard> guards();

// Events that take a transition on their own ("" for one a user takes).
QStringList automaticEvents(); // assign, unassign, merge

struct LifecycleTransition
{
    QSet<QString> from;
    QString to;
    QString label;
    QSet<Role> roles;
    QSet<Guard> guards;
    // "assign"/"unassign": taken automatically when the assignee is set/cleared; "merge": how a
    // ticket merged into another ends.
    QString on;

    // The states it leaves, sorted (the order they are written in).
    QStringList fromList() const;
    bool operator==(const LifecycleTransition&) const = default;
};

// The states and guarded transitions of one ticket type, as data. The server's engine and the
// client's forms read the same type; fromJson() and validate() are the one set of rules both
// apply (the server on config.set, the lifecycle editor before it sends).
class Lifecycle
{
public:
    Lifecycle() = default;
    // Unchecked: call validate() before using it.
    Lifecycle(QString initial, QList<LifecycleState> states,
              QList<LifecycleTransition> transitions);

    // Reads and validates (the structural rules of validate()).
    static Result<Lifecycle, FieldError> fromJson(const QJsonObject& object);
    QJsonObject toJson() const;

    // Names 1-40 of a-z, 0-9, _, no duplicates; the initial state exists and is open; every
    // transition goes between known states, names a role and is not a second way from a state to
    // the same target. A violation names its field ("states[1].name", "transitions[0].to").
    std::optional<FieldError> validate() const;
    // What a new lifecycle must also get right (existing stored ones are not refused for it):
    // every state can be reached from the initial one, and at least one state ends the work.
    std::optional<FieldError> checkDesign() const;

    const QString& initial() const { return m_initial; }
    const QList<LifecycleState>& states() const { return m_states; }
    const QList<LifecycleTransition>& transitions() const { return m_transitions; }
    const LifecycleState* state(const QString& name) const;
    bool hasState(const QString& name) const { return state(name) != nullptr; }

    // The transition from -> to, if the lifecycle has one.
    const LifecycleTransition* find(const QString& from, const QString& to) const;
    // The automatic transition for an event ("assign", "unassign", "merge") from a state, if any.
    const LifecycleTransition* automatic(const QString& from, const QString& event) const;
    // The transitions a user in `role` may take from `status` (automatic ones other than
    // "assign" are not offered: they happen on their own).
    QList<LifecycleTransition> offered(const QString& status, Role role) const;

    bool operator==(const Lifecycle&) const = default;

private:
    QString m_initial;
    QList<LifecycleState> m_states;
    QList<LifecycleTransition> m_transitions;
};

// Lifecycles for every ticket type.
class LifecycleSet
{
public:
    // Strict: every type has a valid lifecycle, no unknown types. Errors are prefixed with the
    // type ("incident.states[0].name").
    static Result<LifecycleSet, FieldError> fromJson(const QJsonObject& object);
    // Lenient (clients): the lifecycles that can be read; a type without one has no states.
    static LifecycleSet readable(const QJsonValue& value);
    QJsonObject toJson() const;

    const Lifecycle& of(TicketType type) const;
    bool isEmpty() const { return m_lifecycles.isEmpty(); }
    void set(TicketType type, Lifecycle lifecycle);
    // checkDesign() of each type, prefixed with the type.
    std::optional<FieldError> checkDesign() const;

    bool operator==(const LifecycleSet&) const = default;

private:
    QList<Lifecycle> m_lifecycles; // indexed by TicketType; empty when nothing was read
};

} // namespace frontline
