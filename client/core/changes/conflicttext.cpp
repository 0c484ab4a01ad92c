#include "conflicttext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace frontline::client {

namespace {

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

QString describeConflict(const api::ChangeConflict& conflict)
{
    const QString when = QCoreApplication::translate("ChangeConflict", "%1 – %2")
                             .arg(timeText(conflict.start), timeText(conflict.end));
    const QString through = conflict.ci ? conflict.ci->name : QString();
    if (conflict.kind == u"overlap"_s) {
        const QString other = QCoreApplication::translate("ChangeConflict", "change #%1 %2")
                                  .arg(conflict.change.value_or(0))
                                  .arg(conflict.changeTitle);
        return through.isEmpty()
            ? QCoreApplication::translate("ChangeConflict", "overlaps %1 (%2)").arg(other, when)
            : QCoreApplication::translate("ChangeConflict", "overlaps %1 on %2 (%3)")
                  .arg(other, through, when);
    }
    if (conflict.kind == u"freeze"_s)
        return through.isEmpty()
            ? QCoreApplication::translate("ChangeConflict", "falls in the freeze “%1” (%2)")
                  .arg(conflict.windowName, when)
            : QCoreApplication::translate("ChangeConflict", "falls in the freeze “%1” on %2 (%3)")
                  .arg(conflict.windowName, through, when);
    if (conflict.kind == u"outside_window"_s)
        return conflict.windowName.isEmpty()
            ? QCoreApplication::translate("ChangeConflict",
                                          "is outside every maintenance window (%1)")
                  .arg(when)
            : QCoreApplication::translate("ChangeConflict",
                                          "is outside the maintenance window “%1” (%2)")
                  .arg(conflict.windowName, when);
    return QCoreApplication::translate("ChangeConflict", "%1 (%2)").arg(conflict.kind, when);
}

QString describeImpact(const api::ChangeImpact& impact)
{
    const int users = std::max(impact.userCount, int(impact.users.size()));
    QString text = QCoreApplication::translate("ChangeConflict", "%n service(s)", nullptr,
                                               int(impact.services.size()))
        + QCoreApplication::translate("ChangeConflict", ", ")
        + QCoreApplication::translate("ChangeConflict", "%n user(s)", nullptr, users)
        + QCoreApplication::translate("ChangeConflict", ", ")
        + QCoreApplication::translate("ChangeConflict", "%n organisation(s)", nullptr,
                                      int(impact.organisations.size()));
    if (impact.truncated)
        text += QCoreApplication::translate("ChangeConflict",
                                            " and more (the analysis stopped at its limit)");
    return text;
}

} // namespace frontline::client
