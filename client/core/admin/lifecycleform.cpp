#include "lifecycleform.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline::client {
namespace {

QJsonArray listOf(const QString& text)
{
    QJsonArray list;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            list.append(part.trimmed());
    }
    return list;
}

} // namespace

LifecycleForm LifecycleForm::from(const Lifecycle& lifecycle)
{
    LifecycleForm form;
    form.initial = lifecycle.initial();
    for (const LifecycleState& s : lifecycle.states())
        form.states.append({s.name, s.label, s.open, s.pausesSla, s.resolved});
    for (const LifecycleTransition& t : lifecycle.transitions()) {
        QStringList roles;
        for (const QString& name : roleNames()) {
            if (t.roles.contains(*roleFromString(name)))
                roles.append(name);
        }
        QStringList required;
        for (Guard guard : guards()) {
            if (t.guards.contains(guard))
                required.append(toString(guard));
        }
        form.transitions.append({t.fromList().join(u", "_s), t.to, t.label, roles.join(u", "_s),
                                 required.join(u", "_s), t.on});
    }
    return form;
}

Result<Lifecycle, FieldError> LifecycleForm::toLifecycle() const
{
    QJsonArray stateArray;
    for (const State& s : states) {
        QJsonObject object {{"name"_L1, s.name.trimmed()},
                            {"open"_L1, s.open},
                            {"pauses_sla"_L1, s.pausesSla},
                            {"resolved"_L1, s.resolved}};
        if (!s.label.trimmed().isEmpty()) // without one, the name is the label
            object.insert("label"_L1, s.label.trimmed());
        stateArray.append(object);
    }
    QJsonArray transitionArray;
    for (const Transition& t : transitions) {
        QJsonObject object {{"from"_L1, listOf(t.from)},
                            {"to"_L1, t.to.trimmed()},
                            {"roles"_L1, listOf(t.roles)},
                            {"requires"_L1, listOf(t.guards)}};
        if (!t.label.trimmed().isEmpty())
            object.insert("label"_L1, t.label.trimmed());
        if (!t.on.trimmed().isEmpty())
            object.insert("on"_L1, t.on.trimmed());
        transitionArray.append(object);
    }
    auto lifecycle = Lifecycle::fromJson({{"initial"_L1, initial.trimmed()},
                                          {"states"_L1, stateArray},
                                          {"transitions"_L1, transitionArray}});
    if (!lifecycle)
        return lifecycle.error();
    if (auto problem = lifecycle->checkDesign())
        return *problem;
    return lifecycle;
}

QString LifecycleForm::describePath(const QString& path)
{
    static const QRegularExpression indexed(u"^(states|transitions)\\[(\\d+)\\](?:\\.(\\w+))?"_s);
    const auto part = [](const QString& key) -> QString {
        if (key == u"name"_s)
            return tr("name");
        if (key == u"label"_s)
            return tr("label");
        if (key == u"resolved"_s)
            return tr("resolved");
        if (key == u"from"_s)
            return tr("from");
        if (key == u"to"_s)
            return tr("to");
        if (key == u"roles"_s)
            return tr("roles");
        if (key == u"requires"_s)
            return tr("requires");
        if (key == u"on"_s)
            return tr("automatic on");
        return key;
    };
    const QRegularExpressionMatch match = indexed.match(path);
    if (match.hasMatch()) {
        const int row = match.captured(2).toInt() + 1;
        const QString what = match.captured(1) == u"states"_s ? tr("State %1").arg(row)
                                                              : tr("Transition %1").arg(row);
        return match.captured(3).isEmpty() ? what : tr("%1, %2").arg(what, part(match.captured(3)));
    }
    if (path == u"initial"_s)
        return tr("Initial state");
    if (path == u"states"_s)
        return tr("States");
    if (path == u"transitions"_s)
        return tr("Transitions");
    return path;
}

} // namespace frontline::client
