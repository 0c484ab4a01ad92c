#pragma once

#include <QList>
#include <QString>

namespace frontline::server::demo {

// One kind of problem users report, with the lines of its typical conversation.
struct Scenario
{
    QString category;
    QString title;
    QString description;
    QString question; // what the agent asks
    QString answer; // what the requester answers
    QString note; // an internal note between agents
    QString resolution; // how it was solved
    int type; // 0 incident, 1 service request, 2 problem, 3 change
};

const QList<Scenario>& scenarios();
const QStringList& firstNames();
const QStringList& lastNames();
const QStringList& departments();

} // namespace frontline::server::demo
