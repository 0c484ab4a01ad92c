// rpc.discover's result schemas of the configuration item, change and custom field methods
// (issues 22/23; shared/api/resultschemascmdb.cpp, resultschemaschange.cpp,
// resultschemascatalog.cpp) against what the server really answers: a service desk's fields,
// its CMDB (classes, CIs with relationships to CIs, a user and an organisation, an impact walk,
// a CSV import dry run) and its changes (risk answers, a window, a template, the calendar, a
// review), every answer checked by python3-jsonschema.
#include "resultschemacheck.h"

#include <QDateTime>
#include <QTimeZone>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

using CmdbResultSchemaTest = ResultSchemaFixture;

// Hour `h` of a future week (Monday 2030-01-07 00:00 UTC is 0) as the wire writes it.
QString at(double h)
{
    const QDateTime monday(QDate(2030, 1, 7), QTime(0, 0), QTimeZone::utc());
    return monday.addMSecs(qint64(h * 3600 * 1000)).toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QJsonArray ids(std::initializer_list<qint64> values)
{
    QJsonArray array;
    for (qint64 value : values)
        array.append(value);
    return array;
}

} // namespace

TEST_P(CmdbResultSchemaTest, EveryDescribedCiAndChangeResultMatchesWhatTheServerAnswers)
{
    const qint64 rita = createUser(u"rita"_s, u"requester"_s);
    const qint64 alexId = createUser(u"alex"_s, u"agent"_s);
    auto alex = connectAs(u"alex"_s);
    // Custom fields: a number a CI class takes, a choice for tickets, the list.
    call(admin(), u"field.create"_s,
         {{"name"_L1, u"ram_gb"_s},
          {"label"_L1, u"RAM"_s},
          {"type"_L1, u"number"_s},
          {"min"_L1, 1},
          {"max"_L1, 512}});
    const qint64 site =
        idOf(call(admin(), u"field.create"_s,
                  {{"name"_L1, u"site"_s},
                   {"label"_L1, u"Site"_s},
                   {"type"_L1, u"choice"_s},
                   {"options"_L1,
                    QJsonArray {QJsonObject {{"key"_L1, u"hq"_s}, {"label"_L1, u"HQ"_s}},
                                QJsonObject {{"key"_L1, u"lab"_s}, {"label"_L1, u"Lab"_s}}}},
                   {"ticket_types"_L1, QJsonArray {u"incident"_s}}}));
    call(admin(), u"field.update"_s,
         {{"id"_L1, site},
          {"help"_L1, u"Where the problem is"_s},
          {"visible_to_requester"_L1, true}});
    call(*alex, u"field.list"_s);
    const Reply org = admin().call(u"org.create"_s, QJsonObject {{"name"_L1, u"ACME"_s}});
    ASSERT_TRUE(org.ok()) << org.describe();
    const qint64 acme = org.object().value("id"_L1).toInteger();

    // Classes: the seeded ones, a new one taking a custom field, relabelled.
    call(*alex, u"ci.class.list"_s);
    const qint64 workstation =
        idOf(call(admin(), u"ci.class.create"_s,
                  {{"name"_L1, u"workstation"_s},
                   {"label"_L1, u"Workstation"_s},
                   {"fields"_L1,
                    QJsonArray {QJsonObject {{"field"_L1, u"ram_gb"_s}, {"required"_L1, true}}}}}));
    call(admin(), u"ci.class.update"_s, {{"id"_L1, workstation}, {"label"_L1, u"Desktop"_s}});

    // Payroll (a service) depends on its application, which runs on a server owned by rita;
    // the service is used by rita and by ACME.
    const qint64 service = idOf(
        call(admin(), u"ci.create"_s, {{"name"_L1, u"Payroll"_s}, {"class"_L1, u"service"_s}}));
    const qint64 app = idOf(call(admin(), u"ci.create"_s,
                                 {{"name"_L1, u"payroll-app"_s}, {"class"_L1, u"application"_s}}));
    const QJsonObject server = call(admin(), u"ci.create"_s,
                                    {{"name"_L1, u"db-01"_s},
                                     {"class"_L1, u"server"_s},
                                     {"owner"_L1, rita},
                                     {"organisation"_L1, acme},
                                     {"host_name"_L1, u"db-01.acme.example"_s},
                                     {"serial"_L1, u"SN-0001"_s}})
                                   .toObject();
    call(admin(), u"ci.create"_s,
         {{"name"_L1, u"WS-7"_s},
          {"class"_L1, u"workstation"_s},
          {"status"_L1, u"planned"_s},
          {"attributes"_L1, QJsonObject {{"ram_gb"_L1, 16}}}});
    call(admin(), u"ci.relate"_s,
         {{"from"_L1, app}, {"type"_L1, u"runs_on"_s}, {"to"_L1, idOf(server)}});
    call(admin(), u"ci.relate"_s,
         {{"from"_L1, service}, {"type"_L1, u"depends_on"_s}, {"to"_L1, app}});
    call(admin(), u"ci.relate"_s,
         {{"from"_L1, service}, {"type"_L1, u"used_by"_s}, {"user"_L1, rita}});
    const QJsonObject related =
        call(admin(), u"ci.relate"_s,
             {{"from"_L1, service}, {"type"_L1, u"used_by"_s}, {"organisation"_L1, acme}})
            .toObject();
    EXPECT_EQ(related.value("outgoing"_L1).toArray().size(), 3);
    call(*alex, u"ci.get"_s, {{"id"_L1, app}}); // incoming and outgoing
    call(admin(), u"ci.update"_s,
         {{"id"_L1, idOf(server)},
          {"version"_L1, server.value("version"_L1)},
          {"status"_L1, u"maintenance"_s},
          {"owner"_L1, QJsonValue::Null}});
    EXPECT_TRUE(call(*alex, u"ci.list"_s, {{"limit"_L1, 2}}).toObject().contains("next_cursor"_L1));
    call(*alex, u"ci.list"_s, {{"class"_L1, u"server"_s}});
    call(*alex, u"ci.search"_s, {{"query"_L1, u"payroll"_s}});
    const QJsonObject impact = call(*alex, u"ci.impact"_s, {{"id"_L1, idOf(server)}}).toObject();
    EXPECT_EQ(impact.value("users"_L1).toArray().size(), 1);
    EXPECT_EQ(impact.value("organisations"_L1).toArray().size(), 1);
    EXPECT_EQ(impact.value("services"_L1).toArray().size(), 1);
    call(admin(), u"ci.unrelate"_s,
         {{"from"_L1, service}, {"type"_L1, u"used_by"_s}, {"user"_L1, rita}});
    // A dry run: a new CI, an update by serial, an unchanged one and a refused row.
    const QJsonObject report = call(admin(), u"ci.import"_s,
                                    {{"csv"_L1,
                                      u"name,class,status,host_name,serial,ram_gb\n"
                                      "WS-8,workstation,in_use,ws-8,SN-0008,32\n"
                                      "db-01,server,in_use,db-01.acme.example,SN-0001,\n"
                                      "payroll-app,application,in_use,,,\n"
                                      "WS-9,workstation,in_use,ws-9,SN-0009,lots\n"_s},
                                     {"dry_run"_L1, true}})
                                   .toObject();
    EXPECT_EQ(report.value("refused"_L1).toInt(), 1);
    EXPECT_EQ(report.value("created"_L1).toInt(), 1);

    // Changes: the risk questionnaire, a weekly maintenance window on the server and a freeze
    // everywhere, a standard change's template, two changes on the server colliding (overlap,
    // outside the window, in the freeze), the calendar, one change through to its review, and
    // an incident it caused.
    createUser(u"mona"_s, u"manager"_s);
    auto mona = connectAs(u"mona"_s);
    const Reply hardware =
        admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"Hardware"_s}});
    ASSERT_TRUE(hardware.ok()) << hardware.describe();
    call(*alex, u"change.questionnaire"_s);
    const qint64 sunday = idOf(call(*mona, u"change.window.create"_s,
                                    {{"name"_L1, u"Sunday night"_s},
                                     {"kind"_L1, u"maintenance"_s},
                                     {"start"_L1, at(24 * 6 + 22)},
                                     {"end"_L1, at(24 * 7 + 4)},
                                     {"repeat"_L1, u"weekly"_s},
                                     {"cis"_L1, ids({idOf(server)})}}));
    const qint64 freeze = idOf(call(*mona, u"change.window.create"_s,
                                    {{"name"_L1, u"Year-end freeze"_s},
                                     {"kind"_L1, u"freeze"_s},
                                     {"start"_L1, at(0)},
                                     {"end"_L1, at(12)}}));
    call(*mona, u"change.window.update"_s,
         {{"id"_L1, sunday}, {"until"_L1, at(24 * 60)}, {"name"_L1, u"Sunday maintenance"_s}});
    call(*alex, u"change.window.list"_s);
    const qint64 firmware = idOf(call(*mona, u"change.template.create"_s,
                                      {{"name"_L1, u"Server firmware"_s},
                                       {"cis"_L1, ids({idOf(server)})},
                                       {"implementation_plan"_L1, u"Flash firmware"_s},
                                       {"backout_plan"_L1, u"Flash previous"_s},
                                       {"test_plan"_L1, u"Boot and check"_s},
                                       {"risk_level"_L1, u"low"_s}}));
    call(*mona, u"change.template.update"_s, {{"id"_L1, firmware}, {"category"_L1, u"Hardware"_s}});
    call(*alex, u"change.template.list"_s, {{"include_inactive"_L1, true}});
    const QJsonObject patch = call(*alex, u"change.create"_s,
                                   {{"title"_L1, u"Database patch"_s},
                                    {"kind"_L1, u"normal"_s},
                                    {"cis"_L1, ids({idOf(server)})},
                                    {"implementation_plan"_L1, u"Apply the patch"_s},
                                    {"backout_plan"_L1, u"Restore the snapshot"_s},
                                    {"test_plan"_L1, u"Run the payroll report"_s},
                                    {"risk"_L1,
                                     QJsonObject {{"users_affected"_L1, 1},
                                                  {"services_affected"_L1, 0},
                                                  {"tested"_L1, 0},
                                                  {"backout"_L1, 0},
                                                  {"done_before"_L1, 0}}},
                                    {"planned_start"_L1, at(1)},
                                    {"planned_end"_L1, at(2)}})
                                  .toObject();
    const qint64 change = idOf(patch);
    EXPECT_FALSE(patch.value("conflicts"_L1).toArray().isEmpty());
    const QJsonObject standard = call(*alex, u"change.create"_s,
                                      {{"title"_L1, u"Firmware db-01"_s},
                                       {"kind"_L1, u"standard"_s},
                                       {"template"_L1, firmware},
                                       {"planned_start"_L1, at(1.5)},
                                       {"planned_end"_L1, at(3)}})
                                     .toObject();
    EXPECT_EQ(standard.value("template_name"_L1).toString(), u"Server firmware"_s);
    call(*alex, u"change.get"_s, {{"id"_L1, change}});
    call(*alex, u"change.update"_s,
         {{"id"_L1, change},
          {"assignee"_L1, alexId},
          {"description"_L1, u"The vendor's security patch"_s}});
    const QJsonObject calendar =
        call(*alex, u"change.calendar"_s, {{"from"_L1, at(0)}, {"to"_L1, at(24 * 14)}}).toObject();
    EXPECT_EQ(calendar.value("changes"_L1).toArray().size(), 2);
    EXPECT_FALSE(calendar.value("conflicts"_L1).toArray().isEmpty());
    call(*alex, u"change.submit"_s, {{"id"_L1, change}, {"note"_L1, u"Ready"_s}});
    for (const auto& [who, to] :
         {std::pair {mona.get(), u"approved"_s}, std::pair {alex.get(), u"implementing"_s},
          std::pair {alex.get(), u"resolved"_s}}) {
        const Reply moved =
            who->call(u"ticket.transition"_s,
                      QJsonObject {{"id"_L1, change}, {"status"_L1, to}, {"note"_L1, u"Done"_s}});
        ASSERT_TRUE(moved.ok()) << to.toStdString() << ": " << moved.describe();
    }
    const QJsonObject reviewed = call(*alex, u"change.review"_s,
                                      {{"id"_L1, change},
                                       {"outcome"_L1, u"successful_with_issues"_s},
                                       {"notes"_L1, u"One restart needed"_s}})
                                     .toObject();
    EXPECT_TRUE(reviewed.value("review"_L1).isObject());
    auto ritaClient = connectAs(u"rita"_s);
    const qint64 incident = createTicket(*ritaClient,
                                         QJsonObject {{"title"_L1, u"Payroll is down"_s},
                                                      {"description"_L1, u"Since the patch"_s}})
                                .value("id"_L1)
                                .toInteger();
    EXPECT_EQ(call(*alex, u"change.link_incidents"_s,
                   {{"change"_L1, change}, {"incidents"_L1, ids({incident})}})
                  .toObject()
                  .value("caused_incidents"_L1)
                  .toArray()
                  .size(),
              1);
    call(*alex, u"change.get"_s, {{"id"_L1, change}}); // reviewed, with its incident
    call(*alex, u"change.unlink_incidents"_s,
         {{"change"_L1, change}, {"incidents"_L1, ids({incident})}});
    call(*mona, u"change.window.delete"_s, {{"id"_L1, freeze}});

    ASSERT_FALSE(HasFailure());
    // Controls: a CI with a field too many, one without its version.
    QJsonObject extra = server;
    extra.insert("colour"_L1, u"red"_s);
    QJsonObject missing = server;
    missing.remove("version"_L1);
    checkAnswers(isCmdbChangeOrFieldMethod, {{u"ci.get"_s, extra}, {u"ci.get"_s, missing}});
}

INSTANTIATE_TEST_SUITE_P(Backends, CmdbResultSchemaTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
