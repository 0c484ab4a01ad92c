// Configuration management (issue 22, points 1 and 2) against the in-process server on both
// databases: classes whose attributes are custom fields checked by type (refusals name the
// field), relationships seen from both ends, the impact walk through a five-level graph with a
// cycle, the applet's computer matched to the requester's laptop and linked to their ticket,
// a CSV import's dry run against its real run, and an import of 10,000 CIs.
#include "harnessfixture.h"
#include "rpc/errorcodes.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <cstdio>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class CmdbTest : public HarnessFixture
{
protected:
    void SetUp() override
    {
        HarnessFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        const Reply field = admin().call(u"field.create"_s,
                                         QJsonObject {{"name"_L1, u"ram_gb"_s},
                                                      {"label"_L1, u"RAM"_s},
                                                      {"type"_L1, u"number"_s},
                                                      {"min"_L1, 1},
                                                      {"max"_L1, 512}});
        ASSERT_TRUE(field.ok()) << field.describe();
        const Reply os = admin().call(u"field.create"_s,
                                      QJsonObject {{"name"_L1, u"os"_s},
                                                   {"label"_L1, u"Operating system"_s},
                                                   {"type"_L1, u"text"_s}});
        ASSERT_TRUE(os.ok()) << os.describe();
        const Reply laptop = admin().call(u"ci.class.list"_s, QJsonObject {});
        ASSERT_TRUE(laptop.ok()) << laptop.describe();
        for (const QJsonValue& c : laptop.items()) {
            if (c.toObject().value("name"_L1).toString() == u"laptop"_s)
                m_laptopClass = c.toObject().value("id"_L1).toInteger();
        }
        ASSERT_GT(m_laptopClass, 0);
        const Reply fields =
            admin().call(u"ci.class.update"_s,
                         QJsonObject {{"id"_L1, m_laptopClass},
                                      {"fields"_L1,
                                       QJsonArray {QJsonObject {{"field"_L1, u"ram_gb"_s}},
                                                   QJsonObject {{"field"_L1, u"os"_s}}}}});
        ASSERT_TRUE(fields.ok()) << fields.describe();
    }

    qint64 ci(const QString& name, const QString& ciClass, const QJsonObject& more = {})
    {
        QJsonObject params {{"name"_L1, name}, {"class"_L1, ciClass}};
        for (auto it = more.begin(); it != more.end(); ++it)
            params.insert(it.key(), it.value());
        const Reply reply = admin().call(u"ci.create"_s, params);
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object().value("id"_L1).toInteger();
    }

    void relate(qint64 from, const QString& type, const QString& key, qint64 to)
    {
        const Reply reply = admin().call(
            u"ci.relate"_s, QJsonObject {{"from"_L1, from}, {"type"_L1, type}, {key, to}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
    }

    static QList<qint64> ids(const QJsonArray& nodes)
    {
        QList<qint64> list;
        for (const QJsonValue& node : nodes)
            list.append(node.toObject().value("id"_L1).toInteger());
        return list;
    }

    static int depthOf(const QJsonArray& nodes, qint64 id)
    {
        for (const QJsonValue& node : nodes) {
            if (node.toObject().value("id"_L1).toInteger() == id)
                return node.toObject().value("depth"_L1).toInt();
        }
        return -1;
    }

    qint64 m_laptopClass = 0;
};

TEST_P(CmdbTest, ClassesTakeCustomFieldsAndAttributesAreCheckedByTypeNamingTheField)
{
    const Reply classes = admin().call(u"ci.class.list"_s);
    ASSERT_TRUE(classes.ok()) << classes.describe();
    QStringList names;
    for (const QJsonValue& c : classes.items())
        names.append(c.toObject().value("name"_L1).toString());
    for (const QString& seeded : {u"service"_s, u"application"_s, u"server"_s, u"laptop"_s,
                                  u"printer"_s, u"network_device"_s})
        EXPECT_TRUE(names.contains(seeded)) << seeded.toStdString();

    Reply bad = admin().call(u"ci.class.create"_s,
                             QJsonObject {{"name"_L1, u"workstation"_s},
                                          {"label"_L1, u"Workstation"_s},
                                          {"fields"_L1,
                                           QJsonArray {QJsonObject {{"field"_L1, u"ram_gb"_s}},
                                                       QJsonObject {{"field"_L1, u"colour"_s}}}}});
    EXPECT_EQ(bad.code(), InvalidParams);
    EXPECT_EQ(bad.field(), u"fields[1].field"_s);
    const Reply created = admin().call(
        u"ci.class.create"_s,
        QJsonObject {
            {"name"_L1, u"workstation"_s},
            {"label"_L1, u"Workstation"_s},
            {"fields"_L1,
             QJsonArray {QJsonObject {{"field"_L1, u"ram_gb"_s}, {"required"_L1, true}}}}});
    ASSERT_TRUE(created.ok()) << created.describe();

    bad = admin().call(u"ci.create"_s,
                       QJsonObject {{"name"_L1, u"WS-1"_s}, {"class"_L1, u"workstation"_s}});
    EXPECT_EQ(bad.code(), InvalidParams);
    EXPECT_EQ(bad.field(), u"attributes.ram_gb"_s);
    EXPECT_EQ(bad.reason(), u"is required"_s);
    bad = admin().call(u"ci.create"_s,
                       QJsonObject {{"name"_L1, u"WS-1"_s},
                                    {"class"_L1, u"workstation"_s},
                                    {"attributes"_L1, QJsonObject {{"ram_gb"_L1, 1024}}}});
    EXPECT_EQ(bad.code(), InvalidParams);
    EXPECT_EQ(bad.field(), u"attributes.ram_gb"_s);
    bad = admin().call(
        u"ci.create"_s,
        QJsonObject {{"name"_L1, u"WS-1"_s},
                     {"class"_L1, u"workstation"_s},
                     {"attributes"_L1, QJsonObject {{"ram_gb"_L1, 16}, {"os"_L1, u"Debian"_s}}}});
    EXPECT_EQ(bad.field(), u"attributes.os"_s) << "os is not a workstation attribute";
    bad = admin().call(u"ci.create"_s,
                       QJsonObject {{"name"_L1, u"WS-1"_s},
                                    {"class"_L1, u"workstation"_s},
                                    {"status"_L1, u"broken"_s}});
    EXPECT_EQ(bad.field(), u"status"_s);

    const qint64 requester = createUser(u"rita"_s, u"requester"_s);
    const qint64 ws = ci(u"WS-1"_s, u"workstation"_s,
                         {{"attributes"_L1, QJsonObject {{"ram_gb"_L1, 16}}},
                          {"owner"_L1, requester},
                          {"host_name"_L1, u"ws-1.example.org"_s},
                          {"serial"_L1, u"SN-77"_s}});
    const qint64 other =
        ci(u"WS-2"_s, u"workstation"_s, {{"attributes"_L1, QJsonObject {{"ram_gb"_L1, 32}}}});
    Reply updated = admin().call(u"ci.update"_s,
                                 QJsonObject {{"id"_L1, ws},
                                              {"status"_L1, u"maintenance"_s},
                                              {"attributes"_L1, QJsonObject {{"ram_gb"_L1, 64}}}});
    ASSERT_TRUE(updated.ok()) << updated.describe();
    EXPECT_EQ(updated.object().value("attributes"_L1).toObject().value("ram_gb"_L1).toDouble(), 64);
    EXPECT_EQ(updated.object().value("version"_L1).toInt(), 2);
    bad = admin().call(
        u"ci.update"_s,
        QJsonObject {{"id"_L1, ws}, {"attributes"_L1, QJsonObject {{"ram_gb"_L1, u"lots"_s}}}});
    EXPECT_EQ(bad.field(), u"attributes.ram_gb"_s);

    // Search by serial, host name and attribute text; the list filtered by class and status.
    for (const QString& text : {u"sn-77"_s, u"WS-1.EXAMPLE"_s}) {
        const Reply found = admin().call(u"ci.search"_s, QJsonObject {{"query"_L1, text}});
        ASSERT_TRUE(found.ok()) << found.describe();
        EXPECT_EQ(ids(found.items()), QList<qint64> {ws}) << text.toStdString();
    }
    const Reply listed = admin().call(
        u"ci.list"_s, QJsonObject {{"class"_L1, u"workstation"_s}, {"status"_L1, u"in_use"_s}});
    ASSERT_TRUE(listed.ok()) << listed.describe();
    EXPECT_EQ(ids(listed.items()), QList<qint64> {other});

    // Staff read, admins write, requesters see only their own CIs.
    const auto rita = connectAs(u"rita"_s);
    const Reply own = rita->call(u"ci.list"_s, QJsonObject {});
    ASSERT_TRUE(own.ok()) << own.describe();
    EXPECT_EQ(ids(own.items()), QList<qint64> {ws});
    EXPECT_EQ(rita->call(u"ci.get"_s, QJsonObject {{"id"_L1, other}}).code(), NotFound);
    EXPECT_EQ(
        rita->call(u"ci.create"_s, QJsonObject {{"name"_L1, u"Mine"_s}, {"class"_L1, u"printer"_s}})
            .code(),
        Forbidden);
    createUser(u"alice"_s, u"agent"_s);
    const auto alice = connectAs(u"alice"_s);
    EXPECT_TRUE(alice->call(u"ci.get"_s, QJsonObject {{"id"_L1, other}}).ok());
    EXPECT_EQ(
        alice->call(u"ci.update"_s, QJsonObject {{"id"_L1, other}, {"name"_L1, u"X"_s}}).code(),
        Forbidden);

    // Every change is in the audit log.
    const Reply audit =
        admin().call(u"audit.list"_s, QJsonObject {{"action"_L1, u"ci."_s}, {"target_id"_L1, ws}});
    ASSERT_TRUE(audit.ok()) << audit.describe();
    QStringList actions;
    for (const QJsonValue& entry : audit.items())
        actions.append(entry.toObject().value("action"_L1).toString());
    EXPECT_TRUE(actions.contains(u"ci.create"_s)) << actions.join(u' ').toStdString();
    EXPECT_TRUE(actions.contains(u"ci.update"_s)) << actions.join(u' ').toStdString();
}

TEST_P(CmdbTest, RelationshipsShowFromBothEnds)
{
    const qint64 server = ci(u"db-host-1"_s, u"server"_s);
    const qint64 app = ci(u"Payroll"_s, u"application"_s);
    const qint64 user = createUser(u"paula"_s, u"requester"_s);
    relate(app, u"runs_on"_s, u"to"_s, server);
    relate(app, u"used_by"_s, u"user"_s, user);

    Reply got = admin().call(u"ci.get"_s, QJsonObject {{"id"_L1, server}});
    ASSERT_TRUE(got.ok()) << got.describe();
    const QJsonArray incoming = got.object().value("incoming"_L1).toArray();
    ASSERT_EQ(incoming.size(), 1);
    EXPECT_EQ(incoming.at(0).toObject().value("type"_L1).toString(), u"runs_on"_s);
    EXPECT_EQ(incoming.at(0).toObject().value("other"_L1).toObject().value("id"_L1).toInteger(),
              app);
    EXPECT_TRUE(got.object().value("outgoing"_L1).toArray().isEmpty());

    got = admin().call(u"ci.get"_s, QJsonObject {{"id"_L1, app}});
    const QJsonArray outgoing = got.object().value("outgoing"_L1).toArray();
    ASSERT_EQ(outgoing.size(), 2);
    QStringList kinds;
    for (const QJsonValue& r : outgoing)
        kinds.append(r.toObject().value("type"_L1).toString() + u':'
                     + r.toObject().value("other"_L1).toObject().value("kind"_L1).toString());
    kinds.sort();
    EXPECT_EQ(kinds, (QStringList {u"runs_on:ci"_s, u"used_by:user"_s}));

    // Only used_by points at people; a CI does not relate to itself.
    Reply bad = admin().call(
        u"ci.relate"_s,
        QJsonObject {{"from"_L1, app}, {"type"_L1, u"depends_on"_s}, {"user"_L1, user}});
    EXPECT_EQ(bad.code(), InvalidParams);
    EXPECT_EQ(bad.field(), u"user"_s);
    bad = admin().call(u"ci.relate"_s,
                       QJsonObject {{"from"_L1, app}, {"type"_L1, u"runs_on"_s}, {"to"_L1, app}});
    EXPECT_EQ(bad.field(), u"to"_s);

    const Reply removed =
        admin().call(u"ci.unrelate"_s,
                     QJsonObject {{"from"_L1, app}, {"type"_L1, u"runs_on"_s}, {"to"_L1, server}});
    ASSERT_TRUE(removed.ok()) << removed.describe();
    EXPECT_EQ(removed.object().value("outgoing"_L1).toArray().size(), 1);
    got = admin().call(u"ci.get"_s, QJsonObject {{"id"_L1, server}});
    EXPECT_TRUE(got.object().value("incoming"_L1).toArray().isEmpty());
    EXPECT_EQ(
        admin()
            .call(u"ci.unrelate"_s,
                  QJsonObject {{"from"_L1, app}, {"type"_L1, u"runs_on"_s}, {"to"_L1, server}})
            .code(),
        NotFound);
}

// switch <- server (connected_to) <- database (runs_on) <- app (depends_on) <- service
// (depends_on) -> users and an organisation (used_by); the server also depends on the service
// (a cycle), and an unrelated printer is not reached.
TEST_P(CmdbTest, ImpactFollowsEachTypeTheRightWayThroughFiveLevelsAndACycle)
{
    const qint64 sw = ci(u"core-switch"_s, u"network_device"_s);
    const qint64 server = ci(u"srv-01"_s, u"server"_s);
    const qint64 db = ci(u"Postgres"_s, u"application"_s);
    const qint64 app = ci(u"Payroll app"_s, u"application"_s);
    const qint64 service = ci(u"Payroll"_s, u"service"_s);
    const qint64 printer = ci(u"printer-3"_s, u"printer"_s);
    const qint64 user = createUser(u"uma"_s, u"requester"_s);
    const Reply org = admin().call(u"org.create"_s, QJsonObject {{"name"_L1, u"Finance"_s}});
    ASSERT_TRUE(org.ok()) << org.describe();
    const qint64 finance = org.object().value("id"_L1).toInteger();
    relate(server, u"connected_to"_s, u"to"_s, sw);
    relate(db, u"runs_on"_s, u"to"_s, server);
    relate(app, u"depends_on"_s, u"to"_s, db);
    relate(service, u"depends_on"_s, u"to"_s, app);
    relate(service, u"used_by"_s, u"user"_s, user);
    relate(service, u"used_by"_s, u"organisation"_s, finance);
    relate(server, u"depends_on"_s, u"to"_s, service); // the cycle
    relate(printer, u"connected_to"_s, u"to"_s, sw); // reached: it needs the switch
    relate(sw, u"used_by"_s, u"to"_s, printer); // already reached, once

    createUser(u"alice"_s, u"agent"_s);
    const auto alice = connectAs(u"alice"_s);
    Reply impact = alice->call(u"ci.impact"_s, QJsonObject {{"id"_L1, sw}});
    ASSERT_TRUE(impact.ok()) << impact.describe();
    QJsonObject result = impact.object();
    const QJsonArray cis = result.value("cis"_L1).toArray();
    QList<qint64> reached = ids(cis);
    std::sort(reached.begin(), reached.end());
    QList<qint64> expected {server, db, app, service, printer};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(reached, expected);
    EXPECT_EQ(depthOf(cis, server), 1);
    EXPECT_EQ(depthOf(cis, printer), 1);
    EXPECT_EQ(depthOf(cis, db), 2);
    EXPECT_EQ(depthOf(cis, app), 3);
    EXPECT_EQ(depthOf(cis, service), 4);
    EXPECT_EQ(ids(result.value("services"_L1).toArray()), QList<qint64> {service});
    EXPECT_EQ(ids(result.value("users"_L1).toArray()), QList<qint64> {user});
    EXPECT_EQ(depthOf(result.value("users"_L1).toArray(), user), 5);
    EXPECT_EQ(ids(result.value("organisations"_L1).toArray()), QList<qint64> {finance});
    EXPECT_FALSE(result.value("truncated"_L1).toBool());

    // From the service: its users, and round the cycle the server, database and app (the
    // server depends on the service).
    impact = alice->call(u"ci.impact"_s, QJsonObject {{"id"_L1, service}});
    ASSERT_TRUE(impact.ok()) << impact.describe();
    result = impact.object();
    EXPECT_EQ(depthOf(result.value("cis"_L1).toArray(), server), 1);
    EXPECT_EQ(depthOf(result.value("cis"_L1).toArray(), app), 3);
    EXPECT_FALSE(ids(result.value("cis"_L1).toArray()).contains(service));

    // Bounded: two levels only, and the answer says it was cut short.
    impact = alice->call(u"ci.impact"_s, QJsonObject {{"id"_L1, sw}, {"depth"_L1, 2}});
    ASSERT_TRUE(impact.ok()) << impact.describe();
    reached = ids(impact.object().value("cis"_L1).toArray());
    std::sort(reached.begin(), reached.end());
    expected = {server, db, printer};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(reached, expected);
    EXPECT_TRUE(impact.object().value("truncated"_L1).toBool());
    impact = alice->call(u"ci.impact"_s, QJsonObject {{"id"_L1, sw}, {"limit"_L1, 2}});
    EXPECT_EQ(impact.object().value("cis"_L1).toArray().size(), 2);
    EXPECT_TRUE(impact.object().value("truncated"_L1).toBool());
    EXPECT_EQ(alice->call(u"ci.impact"_s, QJsonObject {{"id"_L1, sw}, {"depth"_L1, 21}}).field(),
              u"depth"_s);

    const auto uma = connectAs(u"uma"_s);
    EXPECT_EQ(uma->call(u"ci.impact"_s, QJsonObject {{"id"_L1, sw}}).code(), Forbidden);
}

TEST_P(CmdbTest, TheAppletsComputerIsMatchedToTheLaptopAndLinkedToTheTicket)
{
    const qint64 requester = createUser(u"lena"_s, u"requester"_s);
    const qint64 laptop = ci(u"Lena's laptop"_s, u"laptop"_s,
                             {{"host_name"_L1, u"LT-0042"_s}, {"serial"_L1, u"5CG1234"_s}});
    const qint64 someoneElses = ci(u"Other laptop"_s, u"laptop"_s,
                                   {{"host_name"_L1, u"LT-0099"_s}, {"owner"_L1, requester}});
    const auto lena = connectAs(u"lena"_s);
    // What the tray applet sends: its SystemInfo, host name in "host".
    const QJsonObject ticket = createTicket(
        *lena,
        {{"title"_L1, u"Wi-Fi drops"_s},
         {"description"_L1, u"Every few minutes"_s},
         {"system_info"_L1, QJsonObject {{"os"_L1, u"Windows 11"_s}, {"host"_L1, u"lt-0042"_s}}}});
    const qint64 id = ticket.value("id"_L1).toInteger();
    ASSERT_GT(id, 0);
    EXPECT_EQ(ids(ticket.value("cis"_L1).toArray()), QList<qint64> {laptop});

    const Reply got = lena->call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}});
    ASSERT_TRUE(got.ok()) << got.describe();
    const QJsonArray cis = got.object().value("cis"_L1).toArray();
    ASSERT_EQ(cis.size(), 1);
    EXPECT_EQ(cis.at(0).toObject().value("class"_L1).toString(), u"laptop"_s);
    // The unowned laptop is now the requester's: they see it among their CIs.
    const Reply owned = admin().call(u"ci.get"_s, QJsonObject {{"id"_L1, laptop}});
    EXPECT_EQ(owned.object().value("owner"_L1).toObject().value("id"_L1).toInteger(), requester);
    EXPECT_TRUE(lena->call(u"ci.get"_s, QJsonObject {{"id"_L1, laptop}}).ok());

    // Another requester's computer with a name nobody has links nothing.
    createUser(u"max"_s, u"requester"_s);
    const auto max = connectAs(u"max"_s);
    const QJsonObject unmatched =
        createTicket(*max,
                     {{"title"_L1, u"Slow"_s},
                      {"description"_L1, u""_s},
                      {"system_info"_L1, QJsonObject {{"host"_L1, u"LT-0099"_s}}}});
    EXPECT_FALSE(unmatched.contains("cis"_L1)) << "LT-0099 is Lena's, not Max's";

    // Agents set a ticket's CIs; a requester names only their own.
    createUser(u"alice"_s, u"agent"_s);
    const auto alice = connectAs(u"alice"_s);
    const Reply updated =
        alice->call(u"ticket.update"_s,
                    QJsonObject {{"id"_L1, id},
                                 {"version"_L1, got.object().value("version"_L1).toInt()},
                                 {"cis"_L1, QJsonArray {laptop, someoneElses}}});
    ASSERT_TRUE(updated.ok()) << updated.describe();
    EXPECT_EQ(updated.object().value("cis"_L1).toArray().size(), 2);
    const Reply refused = max->call(u"ticket.create"_s,
                                    QJsonObject {{"title"_L1, u"Mine?"_s},
                                                 {"description"_L1, u""_s},
                                                 {"cis"_L1, QJsonArray {laptop}}});
    EXPECT_EQ(refused.code(), InvalidParams);
    EXPECT_EQ(refused.field(), u"cis[0]"_s);
}

TEST_P(CmdbTest, ACsvDryRunReportsEachRowAndWritesNothingTheRealRunWritesAll)
{
    createUser(u"lena"_s, u"requester"_s);
    const QString bad = u"name,class,status,host_name,serial,owner,ram_gb\n"
                        "Lena's laptop,laptop,in_use,LT-1,SN-1,lena,16\n"
                        "Spare laptop,laptop,planned,LT-2,SN-2,,lots\n"
                        "Mail server,server,,mail-1,,,\n"
                        "Ghost,laptop,,,,nobody,\n"_s;
    Reply report =
        admin().call(u"ci.import"_s, QJsonObject {{"csv"_L1, bad}, {"dry_run"_L1, true}});
    ASSERT_TRUE(report.ok()) << report.describe();
    QJsonArray rows = report.object().value("rows"_L1).toArray();
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows.at(0).toObject().value("action"_L1).toString(), u"create"_s);
    EXPECT_EQ(rows.at(1).toObject().value("action"_L1).toString(), u"refused"_s);
    EXPECT_EQ(rows.at(1).toObject().value("field"_L1).toString(), u"ram_gb"_s);
    EXPECT_EQ(rows.at(2).toObject().value("action"_L1).toString(), u"create"_s);
    EXPECT_EQ(rows.at(3).toObject().value("field"_L1).toString(), u"owner"_s);
    EXPECT_FALSE(report.object().value("applied"_L1).toBool());
    // A real run with a refused row is refused whole: still nothing written.
    report = admin().call(u"ci.import"_s, QJsonObject {{"csv"_L1, bad}, {"dry_run"_L1, false}});
    ASSERT_TRUE(report.ok()) << report.describe();
    EXPECT_FALSE(report.object().value("applied"_L1).toBool());
    EXPECT_TRUE(admin().call(u"ci.list"_s, QJsonObject {}).items().isEmpty());

    const QString good = u"name,class,status,host_name,serial,owner,ram_gb\n"
                         "Lena's laptop,laptop,in_use,LT-1,SN-1,lena,16\n"
                         "Spare laptop,laptop,planned,LT-2,SN-2,,8\n"
                         "Mail server,server,,mail-1,,,\n"_s;
    report = admin().call(u"ci.import"_s, QJsonObject {{"csv"_L1, good}, {"dry_run"_L1, false}});
    ASSERT_TRUE(report.ok()) << report.describe();
    EXPECT_TRUE(report.object().value("applied"_L1).toBool());
    const Reply listed = admin().call(u"ci.list"_s, QJsonObject {});
    ASSERT_EQ(listed.items().size(), 3);
    const Reply found = admin().call(u"ci.search"_s, QJsonObject {{"query"_L1, u"sn-2"_s}});
    ASSERT_EQ(found.items().size(), 1);
    EXPECT_EQ(found.items().at(0).toObject().value("status"_L1).toString(), u"planned"_s);

    // The same file again changes nothing; a new RAM figure updates by serial.
    report = admin().call(u"ci.import"_s, QJsonObject {{"csv"_L1, good}});
    rows = report.object().value("rows"_L1).toArray();
    for (const QJsonValue& row : rows)
        EXPECT_EQ(row.toObject().value("action"_L1).toString(), u"unchanged"_s);
    report = admin().call(u"ci.import"_s,
                          QJsonObject {{"csv"_L1,
                                        u"name,class,serial,ram_gb\n"
                                        "Spare laptop,laptop,SN-2,32\n"_s},
                                       {"dry_run"_L1, false}});
    rows = report.object().value("rows"_L1).toArray();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.at(0).toObject().value("action"_L1).toString(), u"update"_s);
    EXPECT_EQ(admin()
                  .call(u"ci.search"_s, QJsonObject {{"query"_L1, u"sn-2"_s}})
                  .items()
                  .at(0)
                  .toObject()
                  .value("attributes"_L1)
                  .toObject()
                  .value("ram_gb"_L1)
                  .toDouble(),
              32);
    EXPECT_EQ(
        admin().call(u"ci.import"_s, QJsonObject {{"csv"_L1, u"name,colour\nA,red\n"_s}}).field(),
        u"csv"_s);
}

TEST_P(CmdbTest, TenThousandCisImportInOneCall)
{
    QString csv = u"name,class,status,host_name,serial,ram_gb\n"_s;
    for (int i = 0; i < 10000; ++i)
        csv += u"pc-%1,laptop,in_use,pc-%1,S%1,16\n"_s.arg(i);
    QElapsedTimer timer;
    timer.start();
    const Reply report =
        admin().call(u"ci.import"_s, QJsonObject {{"csv"_L1, csv}, {"dry_run"_L1, false}}, 300000);
    ASSERT_TRUE(report.ok()) << report.describe();
    std::printf("[ cmdb ] %s: 10,000 CIs imported in %lld ms\n",
                backendName(::testing::TestParamInfo<TestBackend>(GetParam(), 0)).c_str(),
                static_cast<long long>(timer.elapsed()));
    EXPECT_TRUE(report.object().value("applied"_L1).toBool());
    EXPECT_EQ(report.object().value("rows"_L1).toArray().size(), 10000);
    const Reply found = admin().call(u"ci.search"_s, QJsonObject {{"query"_L1, u"s9999"_s}});
    ASSERT_EQ(found.items().size(), 1);
    EXPECT_EQ(found.items().at(0).toObject().value("name"_L1).toString(), u"pc-9999"_s);
    int count = 0;
    QString cursor;
    do {
        QJsonObject params {{"class"_L1, u"laptop"_s}, {"limit"_L1, 500}};
        if (!cursor.isEmpty())
            params.insert("cursor"_L1, cursor);
        const Reply page = admin().call(u"ci.list"_s, params);
        ASSERT_TRUE(page.ok()) << page.describe();
        count += page.items().size();
        cursor = page.object().value("next_cursor"_L1).toString();
    } while (!cursor.isEmpty());
    EXPECT_EQ(count, 10000);
}

INSTANTIATE_TEST_SUITE_P(Backends, CmdbTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

} // namespace
