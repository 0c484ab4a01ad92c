#include "democmdb.h"

#include "services/cmdbservice.h"

#include <QHash>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace frontline::server::demo {
namespace {

qint64 expectId(const ServiceResult& result, const char* step)
{
    if (!result)
        throw std::runtime_error(std::string(step) + ": " + result.error().message.toStdString()
                                 + " " + result.error().reason().toStdString());
    return result->result.toValue().toObject().value("id"_L1).toInteger();
}

struct DemoCi
{
    QString name;
    QString ciClass;
    QString hostName;
};

} // namespace

void seedCmdb(SqlSession& session, const Principal& actor, const QList<DemoPerson>& people,
              qint64 now)
{
    CmdbService cmdb(session, actor, now);
    const QList<DemoCi> items {
        {u"E-mail"_s, u"service"_s, {}},
        {u"CRM"_s, u"service"_s, {}},
        {u"Payroll"_s, u"service"_s, {}},
        {u"Intranet"_s, u"service"_s, {}},
        {u"VPN access"_s, u"service"_s, {}},
        {u"Mail gateway"_s, u"application"_s, {}},
        {u"CRM web app"_s, u"application"_s, {}},
        {u"Payroll app"_s, u"application"_s, {}},
        {u"Intranet CMS"_s, u"application"_s, {}},
        {u"srv-mail01"_s, u"server"_s, u"srv-mail01.corp.example"_s},
        {u"srv-app01"_s, u"server"_s, u"srv-app01.corp.example"_s},
        {u"srv-app02"_s, u"server"_s, u"srv-app02.corp.example"_s},
        {u"srv-db01"_s, u"server"_s, u"srv-db01.corp.example"_s},
        {u"srv-web01"_s, u"server"_s, u"srv-web01.corp.example"_s},
        {u"core-sw01"_s, u"network_device"_s, u"core-sw01.corp.example"_s},
        {u"fw01"_s, u"network_device"_s, u"fw01.corp.example"_s},
        {u"vpn-gw01"_s, u"network_device"_s, u"vpn.corp.example"_s},
        {u"Printer 2nd floor"_s, u"printer"_s, u"prn-2f.corp.example"_s},
    };
    QHash<QString, qint64> ids;
    for (const DemoCi& item : items) {
        api::CiCreateParams params;
        params.name = item.name;
        params.ciClass = item.ciClass;
        params.hostName = item.hostName;
        ids.insert(item.name, expectId(cmdb.create(params), "demo CI"));
    }
    const auto relate = [&](const QString& from, const QString& type, const QString& kind,
                            qint64 target) {
        api::CiRelateParams params;
        params.from = ids.value(from);
        params.type = type;
        params.targetKind = kind;
        params.target = target;
        expectId(cmdb.relate(params), "demo relationship");
    };
    const auto ci = [&](const QString& from, const QString& type, const QString& to) {
        relate(from, type, u"ci"_s, ids.value(to));
    };
    ci(u"E-mail"_s, u"depends_on"_s, u"Mail gateway"_s);
    ci(u"Mail gateway"_s, u"runs_on"_s, u"srv-mail01"_s);
    ci(u"CRM"_s, u"depends_on"_s, u"CRM web app"_s);
    ci(u"CRM web app"_s, u"runs_on"_s, u"srv-app01"_s);
    ci(u"CRM web app"_s, u"depends_on"_s, u"srv-db01"_s);
    ci(u"Payroll"_s, u"depends_on"_s, u"Payroll app"_s);
    ci(u"Payroll app"_s, u"runs_on"_s, u"srv-app02"_s);
    ci(u"Payroll app"_s, u"depends_on"_s, u"srv-db01"_s);
    ci(u"Intranet"_s, u"depends_on"_s, u"Intranet CMS"_s);
    ci(u"Intranet CMS"_s, u"runs_on"_s, u"srv-web01"_s);
    ci(u"VPN access"_s, u"depends_on"_s, u"vpn-gw01"_s);
    ci(u"vpn-gw01"_s, u"connected_to"_s, u"fw01"_s);
    ci(u"fw01"_s, u"connected_to"_s, u"core-sw01"_s);
    for (const QString& server :
         {u"srv-mail01"_s, u"srv-app01"_s, u"srv-app02"_s, u"srv-db01"_s, u"srv-web01"_s})
        ci(server, u"connected_to"_s, u"core-sw01"_s);
    ci(u"Printer 2nd floor"_s, u"connected_to"_s, u"core-sw01"_s);

    // Who uses what: the CRM's sales people, payroll's few, everyone's mail and intranet; the
    // first requesters have a laptop of their own.
    for (int i = 0; i < people.size(); ++i) {
        const DemoPerson& person = people.at(i);
        if (i < 24)
            relate(u"E-mail"_s, u"used_by"_s, u"user"_s, person.id);
        if (i % 3 == 0 && i < 60)
            relate(u"CRM"_s, u"used_by"_s, u"user"_s, person.id);
        if (i % 7 == 1 && i < 60)
            relate(u"Payroll"_s, u"used_by"_s, u"user"_s, person.id);
        if (i < 8) {
            api::CiCreateParams laptop;
            laptop.name = u"Laptop of "_s + person.username;
            laptop.ciClass = u"laptop"_s;
            laptop.owner = person.id;
            laptop.hostName = u"lt-"_s + person.username;
            laptop.serial = u"PF3K%1"_s.arg(qlonglong(2041 + i * 37), 5, 10, QChar(u'0'));
            const qint64 id = expectId(cmdb.create(laptop), "demo laptop");
            ids.insert(laptop.name, id);
            relate(laptop.name, u"used_by"_s, u"user"_s, person.id);
            ci(laptop.name, u"depends_on"_s, u"VPN access"_s);
        }
    }
}

} // namespace frontline::server::demo
