#pragma once

#include "core/result.h"
#include "domain/enums.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace frontline::server {

struct LifecycleState
{
    QString name;
    QString label;
    bool open = true; // counts as open work (queues, backlog)
    bool pausesSla = false; // waiting on the requester or an approval: the SLA clock stops
    bool resolved = false; // the resolution state (resolved_at, "met" checks)
};

enum class Guard { Note, Assignee };

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
};

// The states and guarded transitions of one ticket type, as data.
class Lifecycle
{
public:
    static Result<Lifecycle, QString> fromJson(const QJsonObject& object);
    QJsonObject toJson() const;

    const QString& initial() const { return m_initial; }
    const QList<LifecycleState>& states() const { return m_states; }
    const QList<LifecycleTransition>& transitions() const { return m_transitions; }
    const LifecycleState* state(const QString& name) const;
    bool hasState(const QString& name) const { return state(name) != nullptr; }

    // The transition from -> to, if the lifecycle has one.
    const LifecycleTransition* find(const QString& from, const QString& to) const;
    // The automatic transition for an event ("assign", "unassign", "merge") from a state, if any.
    const LifecycleTransition* automatic(const QString& from, const QString& event) const;

private:
    QString m_initial;
    QList<LifecycleState> m_states;
    QList<LifecycleTransition> m_transitions;
};

// Lifecycles for every ticket type.
class LifecycleSet
{
public:
    static Result<LifecycleSet, QString> fromJson(const QJsonObject& object);
    QJsonObject toJson() const;

    const Lifecycle& of(TicketType type) const { return m_lifecycles[static_cast<int>(type)]; }

private:
    QList<Lifecycle> m_lifecycles; // indexed by TicketType
};

} // namespace frontline::server
