// rpc.discover's result schemas (shared/api/resultschemas*) against what the server really
// answers: a scenario calls every method that has one — as the protocol reference's examples
// and the README's integrations do, approvals included; the CMDB, change and field methods are
// test_resultschemas_cmdb.cpp's, the desk's test_resultschemas_desk.cpp's, the identity ones
// test_resultschemas_identity.cpp's — and
// python3-jsonschema checks each answer against the schema the document publishes for it. The
// schemas are closed objects with their fields required, so a field the server sends and the
// description lacks, or one it describes and the server no longer sends, fails here.
#include "resultschemacheck.h"

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

using ResultSchemaTest = ResultSchemaFixture;

} // namespace

TEST_P(ResultSchemaTest, EveryDescribedResultMatchesWhatTheServerAnswers)
{
    const qint64 agent = createUser(u"alex"_s, u"agent"_s);
    createUser(u"rita"_s, u"requester"_s);
    const qint64 desk = createGroup(u"Service Desk"_s, 1);
    addMember(desk, agent);
    auto alex = connectAs(u"alex"_s);

    TestClient anonymous(server().port());
    ASSERT_TRUE(anonymous.open());
    call(anonymous, u"system.ping"_s);
    TestClient rita(server().port());
    ASSERT_TRUE(rita.open());
    const QString token =
        call(rita, u"auth.login"_s,
             {{"username"_L1, u"rita"_s}, {"password"_L1, QString::fromLatin1(Password)}})
            .toObject()
            .value("token"_L1)
            .toString();
    TestClient again(server().port());
    ASSERT_TRUE(again.open());
    call(again, u"auth.resume"_s, {{"token"_L1, token}});

    const QJsonObject ticket = call(rita, u"ticket.create"_s,
                                    {{"title"_L1, u"Printer prints blank pages"_s},
                                     {"description"_L1, u"Since this morning."_s},
                                     {"urgency"_L1, u"high"_s},
                                     {"system_info"_L1, QJsonObject {{"os"_L1, u"Debian 12"_s}}}})
                                   .toObject();
    const qint64 id = ticket.value("id"_L1).toInteger();
    call(rita, u"ticket.get"_s, {{"id"_L1, id}});
    const QJsonObject assigned = call(admin(), u"ticket.update"_s,
                                      {{"id"_L1, id},
                                       {"version"_L1, ticket.value("version"_L1)},
                                       {"assignee"_L1, agent},
                                       {"group"_L1, desk}})
                                     .toObject();
    call(*alex, u"ticket.comment"_s,
         {{"id"_L1, id}, {"body"_L1, u"Toner is low, I think."_s}, {"internal"_L1, true}});
    call(*alex, u"ticket.comment"_s, {{"id"_L1, id}, {"body"_L1, u"New toner is on its way."_s}});
    call(*alex, u"ticket.transition"_s,
         {{"id"_L1, id}, {"status"_L1, u"resolved"_s}, {"note"_L1, u"Toner replaced."_s}});
    const Reply rated = rita.call(u"ticket.rate"_s, QJsonObject {{"id"_L1, id}, {"score"_L1, 5}});
    EXPECT_TRUE(rated.ok()) << rated.describe();
    call(*alex, u"ticket.get"_s, {{"id"_L1, id}}); // with its rating
    call(*alex, u"ticket.history"_s, {{"id"_L1, id}});
    call(rita, u"ticket.history"_s, {{"id"_L1, id}});
    call(*alex, u"ticket.list"_s, {{"limit"_L1, 1}});
    call(rita, u"ticket.list"_s, {});
    call(*alex, u"ticket.count"_s, {{"filter"_L1, QJsonObject {{"open"_L1, false}}}});
    const Reply article = admin().call(u"kb.article.create"_s,
                                       QJsonObject {{"title"_L1, u"Printer prints blank pages"_s},
                                                    {"body"_L1, u"Replace the toner."_s}});
    EXPECT_TRUE(article.ok()) << article.describe();
    call(*alex, u"kb.search"_s, {{"query"_L1, u"printer"_s}});
    call(admin(), u"report.kpis"_s,
         {{"from"_L1, QDate::currentDate().addDays(-7).toString(Qt::ISODate)},
          {"to"_L1, QDate::currentDate().toString(Qt::ISODate)},
          {"group"_L1, desk}});
    const qint64 hook =
        call(admin(), u"webhook.create"_s,
             {{"url"_L1, u"http://127.0.0.1:9/hook"_s}, {"events"_L1, QJsonArray {u"*"_s}}})
            .toObject()
            .value("id"_L1)
            .toInteger();
    call(admin(), u"webhook.list"_s);
    call(admin(), u"webhook.update"_s, {{"id"_L1, hook}, {"active"_L1, false}});
    const qint64 delivery =
        call(admin(), u"webhook.test"_s, {{"id"_L1, hook}}).toObject().value("id"_L1).toInteger();
    call(admin(), u"webhook.redeliver"_s, {{"id"_L1, delivery}});
    call(admin(), u"webhook.deliveries"_s, {{"id"_L1, hook}});
    call(admin(), u"webhook.delete"_s, {{"id"_L1, hook}});
    // Problem management (issue 22): a problem of rita's incident, its record, the offer.
    const qint64 problem =
        call(*alex, u"problem.create"_s,
             {{"title"_L1, u"Blank pages on every printer"_s}, {"incidents"_L1, QJsonArray {id}}})
            .toObject()
            .value("id"_L1)
            .toInteger();
    call(*alex, u"problem.get"_s, {{"id"_L1, problem}});
    call(*alex, u"problem.update"_s,
         {{"id"_L1, problem},
          {"workaround"_L1, u"Print from tray 1 on blank pages"_s},
          {"known_error"_L1, true}});
    call(*alex, u"problem.match"_s, {{"text"_L1, u"printer prints blank pages"_s}});
    call(*alex, u"problem.unlink"_s, {{"problem"_L1, problem}, {"incidents"_L1, QJsonArray {id}}});
    call(*alex, u"problem.link"_s, {{"problem"_L1, problem}, {"incidents"_L1, QJsonArray {id}}});
    call(*alex, u"problem.candidates"_s, {{"min_incidents"_L1, 2}});
    call(*alex, u"problem.resolve"_s,
         {{"id"_L1, problem},
          {"resolution"_L1, u"Firmware updated"_s},
          {"resolve_incidents"_L1, true}});
    // A ticket with an approval chain: ticket.get's approvals, as the requester and staff see it.
    const qint64 request = call(rita, u"ticket.create"_s,
                                {{"title"_L1, u"New laptop"_s},
                                 {"description"_L1, u"Mine broke"_s},
                                 {"type"_L1, u"service_request"_s}})
                               .toObject()
                               .value("id"_L1)
                               .toInteger();
    call(admin(), u"approval.request"_s,
         {{"ticket"_L1, request},
          {"steps"_L1, QJsonArray {QJsonObject {{"kind"_L1, u"user"_s}, {"user"_L1, agent}}}},
          {"note"_L1, u"Within budget"_s}});
    EXPECT_EQ(call(rita, u"ticket.get"_s, {{"id"_L1, request}})
                  .toObject()
                  .value("approvals"_L1)
                  .toArray()
                  .size(),
              1);
    call(admin(), u"ticket.get"_s, {{"id"_L1, request}});
    // alex's approvals: delegated for a while, then decided.
    call(*alex, u"approval.delegate"_s,
         {{"to"_L1, createUser(u"dana"_s, u"agent"_s)},
          {"until"_L1, QDateTime::currentDateTimeUtc().addDays(7).toString(Qt::ISODate)}});
    call(*alex, u"approval.delegate"_s, {{"to"_L1, QJsonValue::Null}});
    const QJsonArray pending =
        call(*alex, u"approval.list"_s).toObject().value("items"_L1).toArray();
    ASSERT_EQ(pending.size(), 1);
    call(*alex, u"approval.decide"_s,
         {{"id"_L1, pending.at(0).toObject().value("id"_L1)},
          {"decision"_L1, u"approve"_s},
          {"comment"_L1, u"Go ahead"_s}});
    call(admin(), u"approval.list"_s, {{"all"_L1, true}});
    // The service catalogue: an item with an approval and two stages of tasks, requested.
    const qint64 laptop =
        call(admin(), u"catalog.item.create"_s,
             {{"name"_L1, u"New laptop"_s},
              {"description"_L1, u"A laptop with the standard software"_s},
              {"icon"_L1, u"laptop"_s},
              {"group"_L1, desk},
              {"approvals"_L1,
               QJsonArray {QJsonObject {{"kind"_L1, u"user"_s}, {"user"_L1, agent}},
                           QJsonObject {{"kind"_L1, u"group"_s}, {"group"_L1, desk}}}},
              {"tasks"_L1,
               QJsonArray {QJsonObject {{"title"_L1, u"Order it"_s}, {"group"_L1, desk}},
                           QJsonObject {{"title"_L1, u"Hand it over"_s},
                                        {"group"_L1, desk},
                                        {"stage"_L1, 2}}}}})
            .toObject()
            .value("id"_L1)
            .toInteger();
    call(admin(), u"catalog.item.update"_s,
         {{"id"_L1, laptop}, {"description"_L1, u"Any standard laptop, set up"_s}});
    call(rita, u"catalog.item.get"_s, {{"id"_L1, laptop}});
    call(rita, u"catalog.item.list"_s);
    call(rita, u"catalog.request"_s, {{"item"_L1, laptop}});
    call(rita, u"auth.logout"_s);
    ASSERT_FALSE(HasFailure());
    EXPECT_TRUE(assigned.value("assignee"_L1).isObject()) << "a ticket with its refs set";

    const QHash<QString, QJsonObject> schemas = published(discover());
    // At least the methods of the protocol reference's examples.
    for (const char* name :
         {"system.ping", "auth.login", "auth.resume", "auth.logout", "ticket.create", "ticket.get",
          "ticket.list", "ticket.update", "ticket.transition", "ticket.comment", "ticket.history",
          "kb.search", "report.kpis", "webhook.create", "webhook.list", "webhook.update",
          "webhook.delete"})
        EXPECT_TRUE(schemas.contains(QLatin1StringView(name))) << name;

    // Controls: the schemas are strict enough to notice a field too many or too few.
    QJsonObject extra = ticket;
    extra.insert("colour"_L1, u"red"_s);
    QJsonObject missing = ticket;
    missing.remove("version"_L1);
    QJsonObject wrongType = ticket;
    wrongType.insert("priority"_L1, u"high"_s);
    // Every method described is called above but for the CMDB, change and field methods, which
    // test_resultschemas_cmdb.cpp calls, the desk's, which test_resultschemas_desk.cpp calls,
    // the identity ones, test_resultschemas_identity.cpp's, and the settings, mail, events,
    // presence and report ones, test_resultschemas_admin.cpp's.
    checkAnswers(
        [](const QString& method) {
            return !isCmdbChangeOrFieldMethod(method) && !isDeskMethod(method)
                && !isIdentityMethod(method) && !isAdminMethod(method);
        },
        {{u"ticket.get"_s, extra}, {u"ticket.get"_s, missing}, {u"ticket.get"_s, wrongType}});
}

INSTANTIATE_TEST_SUITE_P(Backends, ResultSchemaTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
