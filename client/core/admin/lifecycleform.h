#pragma once

#include "workflow/lifecycle.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace frontline::client {

// One ticket type's lifecycle as the lifecycle editor shows it: states and transitions as rows
// of plain texts (lists as "a, b"). toLifecycle() applies the same rules the server applies on
// config.set (shared/workflow/lifecycle.h) and names the field of the first problem
// ("transitions[1].to"), which describePath() turns into words ("Transition 2, to").
struct LifecycleForm
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleForm)

public:
    struct State
    {
        QString name;
        QString label;
        bool open = true;
        bool pausesSla = false;
        bool resolved = false;
        bool operator==(const State&) const = default;
    };
    struct Transition
    {
        QString from; // state names, "a, b"
        QString to;
        QString label;
        QString roles; // "agent, manager"
        QString guards; // "note, assignee" (the wire's "requires")
        QString on; // "", assign, unassign, merge
        bool operator==(const Transition&) const = default;
    };

    QString initial;
    QList<State> states;
    QList<Transition> transitions;

    static LifecycleForm from(const Lifecycle& lifecycle);
    // The lifecycle, or its first problem (field, reason): structure first, then design
    // (reachable states, a state that ends the work).
    Result<Lifecycle, FieldError> toLifecycle() const;
    // "states[1].name" -> "State 2, name"; "transitions[0].roles[1]" -> "Transition 1, roles"
    static QString describePath(const QString& path);

    bool operator==(const LifecycleForm&) const = default;
};

} // namespace frontline::client
