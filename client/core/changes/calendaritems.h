#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace frontline::client {

// What the change calendar shows (issue 22), as ChangeCalendar makes it from change.calendar's
// answer: the widgets draw these and never read the wire's records.
struct CalendarChange
{
    qint64 id = 0;
    QString title;
    QString kind; // standard, normal, emergency
    QString status;
    bool open = true;
    QString riskLevel; // "" when not assessed
    qint64 start = 0; // epoch ms
    qint64 end = 0;
    QStringList cis; // the affected CIs' names
    QStringList conflicts; // one sentence per conflict, in the user's language
};

struct CalendarWindow
{
    qint64 id = 0;
    QString name;
    bool freeze = false; // else a maintenance window
    qint64 start = 0; // this occurrence, epoch ms
    qint64 end = 0;
    QStringList cis; // empty: everywhere
};

} // namespace frontline::client
