#include "demochanges.h"

#include "core/timeutil.h"
#include "services/changeschedule.h"
#include "services/changeservice.h"
#include "storage/cmdbrepository.h"

#include <QDateTime>
#include <QTimeZone>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace frontline::server::demo {
namespace {

qint64 idOf(const ServiceResult& result, const char* what)
{
    if (!result)
        throw std::runtime_error(std::string("demo ") + what + ": "
                                 + result.error().message.toStdString() + " "
                                 + result.error().field().toStdString());
    return result->result.toValue().toObject().value("id"_L1).toInteger();
}

qint64 ciOf(CmdbRepository& cmdb, const QString& name, const QString& ciClass, qint64 now)
{
    const auto found = cmdb.findClassByName(ciClass);
    if (!found)
        throw std::runtime_error("demo: no CI class " + ciClass.toStdString());
    // The demo CMDB's (demo/democmdb) when it has this CI, so that the changes sit on the
    // same services and servers the CI browser shows.
    if (const auto existing = cmdb.findForImport(found->id, name, {}))
        return *existing;
    api::Ci ci;
    ci.name = name;
    ci.ciClass = ciClass;
    return cmdb.insert(ci, found->id, now);
}

} // namespace

void seedChanges(SqlSession& session, const WorkflowConfig& workflow, const Principal& agent,
                 const Principal& manager, qint64 now)
{
    CmdbRepository cmdb(session);
    // The database server both CRM and Payroll depend on (through their applications).
    const qint64 server = ciOf(cmdb, u"srv-db01"_s, u"server"_s, now);
    const qint64 crm = ciOf(cmdb, u"CRM"_s, u"service"_s, now);
    const qint64 payroll = ciOf(cmdb, u"Payroll"_s, u"service"_s, now);
    if (cmdb.outgoing(crm).isEmpty()) // (no demo CMDB: the services run on the server directly)
        for (qint64 service : {crm, payroll})
            cmdb.relate({service, u"runs_on"_s, u"ci"_s, server}, now);

    // Midnight UTC of today, the next Sunday, and the month's last days.
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).date();
    const auto midnight = [](QDate d) {
        return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    };
    const QDate sunday = today.addDays(today.dayOfWeek() == 7 ? 7 : 7 - today.dayOfWeek());
    const qint64 sundayNight = midnight(sunday) + 22 * timeutil::HourMs;
    const QDate monthEnd = QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1);

    ChangeSchedule schedule(session, manager, now);
    api::ChangeWindowCreateParams maintenance;
    maintenance.name = u"Sunday night maintenance"_s;
    maintenance.kind = u"maintenance"_s;
    maintenance.start = sundayNight;
    maintenance.end = sundayNight + 6 * timeutil::HourMs;
    maintenance.repeat = u"weekly"_s;
    maintenance.cis = {server};
    idOf(schedule.createWindow(maintenance), "maintenance window");
    api::ChangeWindowCreateParams freeze;
    freeze.name = u"Month-end closing freeze"_s;
    freeze.kind = u"freeze"_s;
    freeze.start = midnight(monthEnd.addDays(-2));
    freeze.end = midnight(monthEnd.addDays(2));
    idOf(schedule.createWindow(freeze), "freeze window");

    ChangeService asManager(session, workflow, manager, now);
    api::ChangeTemplateCreateParams patching;
    patching.name = u"Monthly OS patching"_s;
    patching.description = u"Security updates of a Linux server in its maintenance window"_s;
    patching.cis = {server};
    patching.implementationPlan = u"Snapshot the VM, apply the updates, reboot."_s;
    patching.backoutPlan = u"Revert to the snapshot."_s;
    patching.testPlan = u"Log in to CRM and Payroll; check the service monitors are green."_s;
    patching.riskLevel = u"low"_s;
    const qint64 tmpl = idOf(asManager.createTemplate(patching), "template");

    ChangeService asAgent(session, workflow, agent, now);
    const QMap<QString, int> medium {{u"users_affected"_s, 2},
                                     {u"services_affected"_s, 2},
                                     {u"tested"_s, 0},
                                     {u"backout"_s, 1},
                                     {u"done_before"_s, 1}};
    const auto change = [&](const QString& title, const QString& kind, qint64 start, qint64 hours,
                            QList<qint64> cis, bool submit) {
        api::ChangeCreateParams p;
        p.title = title;
        p.kind = kind;
        p.cis = cis;
        if (kind == u"standard"_s) {
            p.templateId = tmpl;
        } else {
            p.implementationPlan = u"Announce, carry out in the slot, monitor for an hour."_s;
            p.backoutPlan = u"Restore the previous state from the backup taken first."_s;
            p.testPlan = u"Smoke test of the affected services."_s;
            p.risk = medium;
        }
        p.plannedStart = start;
        p.plannedEnd = start + hours * timeutil::HourMs;
        const qint64 id = idOf(asAgent.create(p), "change");
        if (submit)
            idOf(asAgent.submit({id, u"Ready for the board"_s}), "submission");
    };
    change(u"Monthly patching of srv-db01"_s, u"standard"_s, sundayNight + timeutil::HourMs, 2,
           {server}, true);
    // Two changes on the server the same Tuesday evening: a conflict in the calendar.
    const qint64 tuesday = midnight(sunday.addDays(2));
    change(u"Database server memory upgrade"_s, u"normal"_s, tuesday + 20 * timeutil::HourMs, 3,
           {server}, true);
    change(u"CRM database reindex"_s, u"normal"_s, tuesday + 22 * timeutil::HourMs, 2, {crm},
           false);
    change(u"Payroll tax table update"_s, u"normal"_s,
           midnight(sunday.addDays(10)) + 18 * timeutil::HourMs, 2, {payroll}, true);
    change(u"Payroll hotfix for the closing run"_s, u"emergency"_s,
           midnight(monthEnd.addDays(-1)) + 12 * timeutil::HourMs, 1, {payroll}, true);
}

} // namespace frontline::server::demo
