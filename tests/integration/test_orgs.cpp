// Organisations against the in-process server on both databases: CRUD whose refusals name the
// field, requesters placed by their mail domain, tickets carrying the organisation, the queue
// filter, organisation viewers who see (never change) their organisation's tickets and nothing
// beyond it, and the CSV imports with their dry run.
#include "harnessfixture.h"
#include "rpc/errorcodes.h"

#include <QJsonArray>
#include <QSet>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class OrgTest : public HarnessFixture
{
protected:
    qint64 createOrg(const QString& name, const QStringList& domains)
    {
        const Reply reply = admin().call(
            u"org.create"_s,
            QJsonObject {{"name"_L1, name}, {"domains"_L1, QJsonArray::fromStringList(domains)}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object().value("id"_L1).toInteger();
    }

    qint64 createRequester(const QString& username, const QString& email)
    {
        const Reply reply =
            admin().call(u"user.create"_s,
                         QJsonObject {{"username"_L1, username},
                                      {"password"_L1, QString::fromLatin1(Password)},
                                      {"display_name"_L1, username},
                                      {"email"_L1, email},
                                      {"role"_L1, u"requester"_s}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object().value("id"_L1).toInteger();
    }

    qint64 ticketOf(TestClient& who, const QString& title)
    {
        return createTicket(who, QJsonObject {{"title"_L1, title}, {"description"_L1, title}})
            .value("id"_L1)
            .toInteger();
    }
};

TEST_P(OrgTest, CrudRefusesBadInputNamingTheField)
{
    const qint64 acme = createOrg(u"Acme"_s, {u"acme.test"_s});
    const Reply listed = admin().call(u"org.list"_s);
    ASSERT_TRUE(listed.ok()) << listed.describe();
    ASSERT_EQ(listed.items().size(), 1);
    const QJsonObject org = listed.items().at(0).toObject();
    EXPECT_EQ(org.value("name"_L1).toString(), u"Acme"_s);
    EXPECT_EQ(org.value("domains"_L1).toArray(), QJsonArray {u"acme.test"_s});
    EXPECT_EQ(org.value("member_count"_L1).toInt(), 0);

    Reply reply = admin().call(u"org.create"_s, QJsonObject {{"name"_L1, u"ACME"_s}});
    EXPECT_EQ(reply.code(), Conflict);
    EXPECT_EQ(reply.field(), u"name"_s);
    reply = admin().call(
        u"org.create"_s,
        QJsonObject {{"name"_L1, u"Other"_s}, {"domains"_L1, QJsonArray {u"Acme.Test"_s}}});
    EXPECT_EQ(reply.code(), Conflict);
    EXPECT_EQ(reply.field(), u"domains"_s);
    reply = admin().call(
        u"org.create"_s,
        QJsonObject {{"name"_L1, u"Other"_s}, {"domains"_L1, QJsonArray {u"not a domain"_s}}});
    EXPECT_EQ(reply.code(), InvalidParams);
    EXPECT_EQ(reply.field(), u"domains"_s);
    reply = admin().call(u"org.create"_s, QJsonObject {{"name"_L1, u"  "_s}});
    EXPECT_EQ(reply.code(), InvalidParams);
    EXPECT_EQ(reply.field(), u"name"_s);
    reply = admin().call(u"org.update"_s, QJsonObject {{"id"_L1, acme}, {"colour"_L1, u"red"_s}});
    EXPECT_EQ(reply.code(), InvalidParams);
    EXPECT_EQ(reply.field(), u"colour"_s);

    reply =
        admin().call(u"org.update"_s,
                     QJsonObject {{"id"_L1, acme},
                                  {"name"_L1, u"Acme Ltd"_s},
                                  {"domains"_L1, QJsonArray {u"acme.test"_s, u"acme.example"_s}},
                                  {"notes"_L1, u"Key account"_s}});
    ASSERT_TRUE(reply.ok()) << reply.describe();
    EXPECT_EQ(reply.object().value("name"_L1).toString(), u"Acme Ltd"_s);
    EXPECT_EQ(reply.object().value("domains"_L1).toArray(),
              (QJsonArray {u"acme.example"_s, u"acme.test"_s}));
    EXPECT_EQ(reply.object().value("notes"_L1).toString(), u"Key account"_s);
    EXPECT_EQ(admin().call(u"org.update"_s, QJsonObject {{"id"_L1, acme + 100}}).code(), NotFound);

    // Staff list; only admins change; requesters see no organisations at all.
    createUser(u"agent1"_s, u"agent"_s);
    createUser(u"req1"_s, u"requester"_s);
    auto agent = connectAs(u"agent1"_s);
    auto requester = connectAs(u"req1"_s);
    EXPECT_TRUE(agent->call(u"org.list"_s).ok());
    EXPECT_EQ(agent->call(u"org.create"_s, QJsonObject {{"name"_L1, u"X"_s}}).code(), Forbidden);
    EXPECT_EQ(requester->call(u"org.list"_s).code(), Forbidden);
}

TEST_P(OrgTest, RequestersJoinTheOrganisationOfTheirMailDomain)
{
    const qint64 acme = createOrg(u"Acme"_s, {u"acme.test"_s});
    const qint64 bob = createRequester(u"bob"_s, u"Bob@ACME.test"_s);
    const qint64 eve = createRequester(u"eve"_s, u"eve@elsewhere.test"_s);
    const Reply bobUser = admin().call(u"user.get"_s, QJsonObject {{"id"_L1, bob}});
    EXPECT_EQ(bobUser.object().value("org"_L1).toObject().value("id"_L1).toInteger(), acme);
    EXPECT_TRUE(admin()
                    .call(u"user.get"_s, QJsonObject {{"id"_L1, eve}})
                    .object()
                    .value("org"_L1)
                    .isNull());

    // Bob's tickets carry Acme; staff see it on the ticket and the member count grows.
    auto client = connectAs(u"bob"_s);
    const QJsonObject ticket = createTicket(
        *client, QJsonObject {{"title"_L1, u"Printer"_s}, {"description"_L1, u"jam"_s}});
    EXPECT_EQ(ticket.value("org"_L1).toObject(),
              (QJsonObject {{"id"_L1, acme}, {"name"_L1, u"Acme"_s}}));
    EXPECT_EQ(admin().call(u"org.list"_s).items().at(0).toObject().value("member_count"_L1).toInt(),
              1);

    // Staff may raise a ticket for a requester: it is the requester's organisation.
    const QJsonObject forBob = createTicket(admin(),
                                            QJsonObject {{"title"_L1, u"Phone"_s},
                                                         {"description"_L1, u"dead"_s},
                                                         {"requester"_L1, bob}});
    EXPECT_EQ(forBob.value("org"_L1).toObject().value("id"_L1).toInteger(), acme);

    // Admins move a user; VIP and the viewer right are theirs to set, not the user's.
    Reply moved = admin().call(u"user.update"_s,
                               QJsonObject {{"id"_L1, eve}, {"org"_L1, acme}, {"vip"_L1, true}});
    ASSERT_TRUE(moved.ok()) << moved.describe();
    EXPECT_TRUE(moved.object().value("vip"_L1).toBool());
    EXPECT_EQ(moved.object().value("org"_L1).toObject().value("id"_L1).toInteger(), acme);
    Reply refused = client->call(u"user.update"_s, QJsonObject {{"id"_L1, bob}, {"vip"_L1, true}});
    EXPECT_EQ(refused.code(), Forbidden);
    EXPECT_EQ(refused.field(), u"vip"_s);
    refused = admin().call(u"user.update"_s, QJsonObject {{"id"_L1, bob}, {"org"_L1, acme + 9}});
    EXPECT_EQ(refused.code(), InvalidParams);
    EXPECT_EQ(refused.field(), u"org"_s);
    const qint64 agent = createUser(u"agent1"_s, u"agent"_s);
    refused =
        admin().call(u"user.update"_s, QJsonObject {{"id"_L1, agent}, {"org_viewer"_L1, true}});
    EXPECT_EQ(refused.code(), InvalidParams);
    EXPECT_EQ(refused.field(), u"org_viewer"_s);
}

TEST_P(OrgTest, QueuesFilterByOrganisation)
{
    const qint64 acme = createOrg(u"Acme"_s, {u"acme.test"_s});
    const qint64 globex = createOrg(u"Globex"_s, {u"globex.test"_s});
    createRequester(u"bob"_s, u"bob@acme.test"_s);
    createRequester(u"gil"_s, u"gil@globex.test"_s);
    createRequester(u"nan"_s, u"nan@nowhere.test"_s);
    auto bob = connectAs(u"bob"_s);
    auto gil = connectAs(u"gil"_s);
    auto nan = connectAs(u"nan"_s);
    const qint64 b1 = ticketOf(*bob, u"Acme one"_s);
    const qint64 b2 = ticketOf(*bob, u"Acme two"_s);
    const qint64 g1 = ticketOf(*gil, u"Globex one"_s);
    ticketOf(*nan, u"Nobody's"_s);

    for (const QString& sort : {u"priority"_s, u"-updated"_s, u"created"_s}) {
        const Reply page = admin().call(
            u"ticket.list"_s,
            QJsonObject {{"filter"_L1, QJsonObject {{"org"_L1, acme}}}, {"sort"_L1, sort}});
        ASSERT_TRUE(page.ok()) << page.describe();
        EXPECT_EQ(idsOf(page.items()), (QSet<qint64> {b1, b2})) << sort.toStdString();
    }
    const Reply both = admin().call(
        u"ticket.list"_s,
        QJsonObject {{"filter"_L1, QJsonObject {{"org"_L1, QJsonArray {acme, globex}}}}});
    EXPECT_EQ(idsOf(both.items()), (QSet<qint64> {b1, b2, g1}));
    const Reply count = admin().call(u"ticket.count"_s,
                                     QJsonObject {{"filter"_L1, QJsonObject {{"org"_L1, globex}}}});
    ASSERT_TRUE(count.ok()) << count.describe();
    EXPECT_EQ(count.object().value("count"_L1).toInt(), 1);
    const Reply bad = admin().call(
        u"ticket.list"_s, QJsonObject {{"filter"_L1, QJsonObject {{"org"_L1, u"acme"_s}}}});
    EXPECT_EQ(bad.code(), InvalidParams);
    EXPECT_EQ(bad.field(), u"filter.org"_s);
}

TEST_P(OrgTest, ViewersSeeTheirOrganisationsTicketsAndNothingBeyond)
{
    const qint64 acme = createOrg(u"Acme"_s, {u"acme.test"_s});
    createOrg(u"Globex"_s, {u"globex.test"_s});
    const qint64 viewer = createRequester(u"vera"_s, u"vera@acme.test"_s);
    createRequester(u"bob"_s, u"bob@acme.test"_s);
    const qint64 gilId = createRequester(u"gil"_s, u"gil@globex.test"_s);
    createUser(u"agent1"_s, u"agent"_s);
    auto vera = connectAs(u"vera"_s);
    auto bob = connectAs(u"bob"_s);
    auto gil = connectAs(u"gil"_s);
    auto agent = connectAs(u"agent1"_s);
    const qint64 own = ticketOf(*vera, u"Vera's monitor"_s);
    const qint64 colleague = ticketOf(*bob, u"Zeppelin keyboard"_s);
    const qint64 foreign = ticketOf(*gil, u"Zeppelin mouse"_s);
    ASSERT_TRUE(agent
                    ->call(u"ticket.comment"_s,
                           QJsonObject {{"id"_L1, colleague},
                                        {"body"_L1, u"secret note"_s},
                                        {"internal"_L1, true}})
                    .ok());
    const Reply attached = gil->call(u"attachment.add"_s,
                                     QJsonObject {{"ticket"_L1, foreign},
                                                  {"name"_L1, u"log.txt"_s},
                                                  {"size"_L1, 5},
                                                  {"data"_L1, u"aGVsbG8="_s}});
    ASSERT_TRUE(attached.ok()) << attached.describe();
    const qint64 foreignFile = attached.object().value("id"_L1).toInteger();

    // Not a viewer yet: only her own ticket.
    EXPECT_EQ(idsOf(vera->call(u"ticket.list"_s).items()), QSet<qint64> {own});
    EXPECT_EQ(vera->call(u"ticket.get"_s, QJsonObject {{"id"_L1, colleague}}).code(), NotFound);

    // Made a viewer: her open connection sees Acme's tickets at once.
    const Reply made =
        admin().call(u"user.update"_s, QJsonObject {{"id"_L1, viewer}, {"org_viewer"_L1, true}});
    ASSERT_TRUE(made.ok()) << made.describe();
    EXPECT_TRUE(made.object().value("org_viewer"_L1).toBool());
    // (The open connection's principal is refreshed right after the change commits.)
    EXPECT_TRUE(waitUntil([&] {
        return idsOf(vera->call(u"ticket.list"_s).items()) == QSet<qint64> {own, colleague};
    }));
    for (const QString& sort : {u"priority"_s, u"-updated"_s, u"created"_s, u"-created"_s}) {
        EXPECT_EQ(idsOf(vera->call(u"ticket.list"_s, QJsonObject {{"sort"_L1, sort}}).items()),
                  (QSet<qint64> {own, colleague}))
            << sort.toStdString();
    }
    EXPECT_EQ(vera->call(u"ticket.count"_s).object().value("count"_L1).toInt(), 2);
    EXPECT_EQ(vera->call(u"ticket.get"_s, QJsonObject {{"id"_L1, colleague}})
                  .object()
                  .value("org"_L1)
                  .toObject()
                  .value("id"_L1)
                  .toInteger(),
              acme);
    const Reply history = vera->call(u"ticket.history"_s, QJsonObject {{"id"_L1, colleague}});
    ASSERT_TRUE(history.ok()) << history.describe();
    for (const QJsonValue& entry : history.items())
        EXPECT_FALSE(entry.toObject().value("internal"_L1).toBool());
    EXPECT_TRUE(vera->call(u"attachment.list"_s, QJsonObject {{"ticket"_L1, colleague}}).ok());

    // Sees, never changes, a colleague's ticket.
    Reply refused = vera->call(u"ticket.comment"_s,
                               QJsonObject {{"id"_L1, colleague}, {"body"_L1, u"me too"_s}});
    EXPECT_EQ(refused.code(), Forbidden);
    EXPECT_EQ(refused.reason(), u"read_only"_s);
    refused =
        vera->call(u"ticket.update"_s,
                   QJsonObject {{"id"_L1, colleague}, {"version"_L1, 1}, {"title"_L1, u"x"_s}});
    EXPECT_EQ(refused.code(), Forbidden);
    refused = vera->call(u"ticket.transition"_s,
                         QJsonObject {{"id"_L1, colleague}, {"status"_L1, u"cancelled"_s}});
    EXPECT_EQ(refused.code(), Forbidden);
    refused = vera->call(u"attachment.add"_s,
                         QJsonObject {{"ticket"_L1, colleague},
                                      {"name"_L1, u"a.txt"_s},
                                      {"size"_L1, 5},
                                      {"data"_L1, u"aGVsbG8="_s}});
    EXPECT_EQ(refused.code(), Forbidden);
    EXPECT_TRUE(
        vera->call(u"ticket.comment"_s, QJsonObject {{"id"_L1, own}, {"body"_L1, u"ok"_s}}).ok());

    // Another organisation's ticket: not by id, not in lists, not by search, not by attachment.
    EXPECT_EQ(vera->call(u"ticket.get"_s, QJsonObject {{"id"_L1, foreign}}).code(), NotFound);
    EXPECT_EQ(vera->call(u"ticket.history"_s, QJsonObject {{"id"_L1, foreign}}).code(), NotFound);
    EXPECT_EQ(vera->call(u"ticket.list"_s,
                         QJsonObject {{"filter"_L1, QJsonObject {{"requester"_L1, gilId}}}})
                  .items()
                  .size(),
              0);
    const Reply found = vera->call(u"kb.search"_s, QJsonObject {{"query"_L1, u"zeppelin"_s}});
    ASSERT_TRUE(found.ok()) << found.describe();
    EXPECT_FALSE(idsOf(found.items()).contains(foreign));
    // Search finds her organisation's tickets too, by their text and by public comments, and
    // never by an internal note.
    EXPECT_TRUE(idsOf(found.items()).contains(colleague)) << "a colleague's ticket by its title";
    ASSERT_TRUE(bob->call(u"ticket.comment"_s,
                          QJsonObject {{"id"_L1, colleague}, {"body"_L1, u"quokka stickers"_s}})
                    .ok());
    EXPECT_EQ(idsOf(vera->call(u"kb.search"_s, QJsonObject {{"query"_L1, u"quokka"_s}}).items()),
              QSet<qint64> {colleague});
    EXPECT_TRUE(idsOf(vera->call(u"kb.search"_s, QJsonObject {{"query"_L1, u"secret"_s}}).items())
                    .isEmpty());
    EXPECT_FALSE(idsOf(bob->call(u"kb.search"_s, QJsonObject {{"query"_L1, u"monitor"_s}}).items())
                     .contains(own))
        << "Bob is no viewer: not Vera's ticket";
    EXPECT_EQ(vera->call(u"attachment.list"_s, QJsonObject {{"ticket"_L1, foreign}}).code(),
              NotFound);
    EXPECT_EQ(vera->call(u"attachment.get"_s, QJsonObject {{"id"_L1, foreignFile}}).code(),
              NotFound);

    // Bob, not a viewer, still sees only his own.
    EXPECT_EQ(idsOf(bob->call(u"ticket.list"_s).items()), QSet<qint64> {colleague});
}

TEST_P(OrgTest, RulesTestTheOrganisationAndVipRequesters)
{
    const qint64 acme = createOrg(u"Acme"_s, {u"acme.test"_s});
    const qint64 vip = createRequester(u"vic"_s, u"vic@acme.test"_s);
    createRequester(u"bob"_s, u"bob@acme.test"_s);
    createRequester(u"nan"_s, u"nan@nowhere.test"_s);
    ASSERT_TRUE(
        admin().call(u"user.update"_s, QJsonObject {{"id"_L1, vip}, {"vip"_L1, true}}).ok());
    const auto rule = [](const QString& name, const QJsonObject& condition, const QString& tag) {
        return QJsonObject {
            {"name"_L1, name},
            {"trigger"_L1, QJsonObject {{"event"_L1, u"created"_s}}},
            {"conditions"_L1, QJsonArray {condition}},
            {"actions"_L1,
             QJsonArray {QJsonObject {{"type"_L1, u"add_tag"_s}, {"value"_L1, tag}}}}};
    };
    Reply reply = admin().call(
        u"rule.create"_s,
        rule(u"VIP"_s,
             QJsonObject {{"field"_L1, u"requester.vip"_s}, {"op"_L1, u"is"_s}, {"value"_L1, true}},
             u"vip"_s));
    ASSERT_TRUE(reply.ok()) << reply.describe();
    reply = admin().call(
        u"rule.create"_s,
        rule(u"Not Acme"_s,
             QJsonObject {{"field"_L1, u"org"_s}, {"op"_L1, u"is_not"_s}, {"value"_L1, acme}},
             u"outside"_s));
    ASSERT_TRUE(reply.ok()) << reply.describe();
    reply = admin().call(u"rule.create"_s,
                         rule(u"Bad"_s,
                              QJsonObject {{"field"_L1, u"requester.vip"_s},
                                           {"op"_L1, u"is"_s},
                                           {"value"_L1, u"yes"_s}},
                              u"x"_s));
    EXPECT_EQ(reply.code(), InvalidParams);
    EXPECT_EQ(reply.field(), u"conditions[0].value"_s) << reply.describe();

    const auto tagsOf = [this](const QString& who) {
        auto client = connectAs(who);
        return createTicket(*client,
                            QJsonObject {{"title"_L1, u"Help"_s}, {"description"_L1, u"x"_s}})
            .value("tags"_L1)
            .toArray();
    };
    EXPECT_EQ(tagsOf(u"vic"_s), QJsonArray {u"vip"_s});
    EXPECT_EQ(tagsOf(u"bob"_s), QJsonArray {});
    EXPECT_EQ(tagsOf(u"nan"_s), QJsonArray {u"outside"_s});
}

TEST_P(OrgTest, ImportsDryRunFirstThenAllOrNothing)
{
    createOrg(u"Acme"_s, {u"acme.test"_s});
    const QString orgs =
        u"name,domains,notes\r\nAcme,acme.test acme.example,Key account\r\n"
        "Globex,globex.test,\r\n\"Initech, Inc.\",initech.test,\"says \"\"hi\"\"\"\r\n"_s;
    Reply reply =
        admin().call(u"org.import"_s, QJsonObject {{"csv"_L1, orgs}, {"dry_run"_L1, true}});
    ASSERT_TRUE(reply.ok()) << reply.describe();
    EXPECT_TRUE(reply.object().value("dry_run"_L1).toBool());
    EXPECT_FALSE(reply.object().value("applied"_L1).toBool());
    EXPECT_EQ(reply.object().value("created"_L1).toInt(), 2);
    EXPECT_EQ(reply.object().value("updated"_L1).toInt(), 1);
    const QJsonArray rows = reply.object().value("rows"_L1).toArray();
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0).toObject().value("action"_L1).toString(), u"update"_s);
    EXPECT_EQ(rows.at(0).toObject().value("changed"_L1).toArray(),
              (QJsonArray {u"domains"_s, u"notes"_s}));
    EXPECT_EQ(rows.at(2).toObject().value("key"_L1).toString(), u"Initech, Inc."_s);
    EXPECT_EQ(admin().call(u"org.list"_s).items().size(), 1); // nothing written

    reply = admin().call(u"org.import"_s, QJsonObject {{"csv"_L1, orgs}, {"dry_run"_L1, false}});
    ASSERT_TRUE(reply.ok()) << reply.describe();
    EXPECT_TRUE(reply.object().value("applied"_L1).toBool());
    EXPECT_EQ(admin().call(u"org.list"_s).items().size(), 3);
    // Again: nothing to change.
    reply = admin().call(u"org.import"_s, QJsonObject {{"csv"_L1, orgs}});
    EXPECT_EQ(reply.object().value("unchanged"_L1).toInt(), 3);

    // Users: one bad row refuses the whole import, naming the line and the column.
    const QString users = u"username,email,display_name,org,vip,org_viewer\n"
                          "ann,ann@globex.test,Ann,,yes,\n"
                          "ben,ben@initech.test,Ben,Acme,no,true\n"
                          "cyd,cyd@acme.test,Cyd,Umbrella,,\n"_s;
    reply = admin().call(u"user.import"_s, QJsonObject {{"csv"_L1, users}, {"dry_run"_L1, false}});
    ASSERT_TRUE(reply.ok()) << reply.describe();
    EXPECT_FALSE(reply.object().value("applied"_L1).toBool());
    const QJsonObject bad = reply.object().value("rows"_L1).toArray().at(2).toObject();
    EXPECT_EQ(bad.value("line"_L1).toInt(), 4);
    EXPECT_EQ(bad.value("action"_L1).toString(), u"refused"_s);
    EXPECT_EQ(bad.value("field"_L1).toString(), u"org"_s);
    EXPECT_EQ(admin().call(u"user.list"_s, QJsonObject {{"query"_L1, u"ben"_s}}).items().size(), 0);

    const QString fixed = QString(users).replace(u"Umbrella"_s, u"-"_s);
    reply = admin().call(u"user.import"_s, QJsonObject {{"csv"_L1, fixed}, {"dry_run"_L1, false}});
    ASSERT_TRUE(reply.ok()) << reply.describe();
    EXPECT_TRUE(reply.object().value("applied"_L1).toBool()) << reply.describe();
    EXPECT_EQ(reply.object().value("created"_L1).toInt(), 3);
    const QJsonArray ann =
        admin().call(u"user.list"_s, QJsonObject {{"query"_L1, u"ann@"_s}}).items();
    ASSERT_EQ(ann.size(), 1);
    EXPECT_EQ(ann.at(0).toObject().value("org"_L1).toObject().value("name"_L1).toString(),
              u"Globex"_s); // by her mail domain
    EXPECT_TRUE(ann.at(0).toObject().value("vip"_L1).toBool());
    const QJsonArray ben =
        admin().call(u"user.list"_s, QJsonObject {{"query"_L1, u"ben@"_s}}).items();
    EXPECT_EQ(ben.at(0).toObject().value("org"_L1).toObject().value("name"_L1).toString(),
              u"Acme"_s); // the column wins over the domain
    EXPECT_TRUE(ben.at(0).toObject().value("org_viewer"_L1).toBool());
    const QJsonArray cy =
        admin().call(u"user.list"_s, QJsonObject {{"query"_L1, u"cyd@"_s}}).items();
    EXPECT_TRUE(cy.at(0).toObject().value("org"_L1).isNull()); // "-": none

    // A broken file or an unknown column names `csv`.
    reply =
        admin().call(u"user.import"_s, QJsonObject {{"csv"_L1, u"username,shoe_size\nx,4\n"_s}});
    EXPECT_EQ(reply.code(), InvalidParams);
    EXPECT_EQ(reply.field(), u"csv"_s);
    reply = admin().call(u"org.import"_s, QJsonObject {{"csv"_L1, u"name\n\"open\n"_s}});
    EXPECT_EQ(reply.code(), InvalidParams);
    EXPECT_EQ(reply.field(), u"csv"_s);
}

// report.kpis narrowed to an organisation: the figures of the tickets its requesters raised,
// and an organisation that does not exist is refused by name.
TEST_P(OrgTest, TheDashboardFiguresOfAnOrganisationAreItsTicketsOnly)
{
    const qint64 acme = createOrg(u"Acme"_s, {u"acme.test"_s});
    createRequester(u"bob"_s, u"bob@acme.test"_s);
    createRequester(u"eve"_s, u"eve@elsewhere.test"_s);
    for (const QString& who : {u"bob"_s, u"bob"_s, u"eve"_s}) {
        auto client = connectAs(who);
        createTicket(*client, QJsonObject {{"title"_L1, u"Printer"_s}, {"description"_L1, who}});
    }
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QJsonObject period {{"from"_L1, today}, {"to"_L1, today}};
    const auto created = [&](const QJsonObject& params) {
        const Reply reply = admin().call(u"report.kpis"_s, params);
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object().value("volume"_L1).toObject().value("created"_L1).toInteger();
    };
    EXPECT_EQ(created(period), 3);
    QJsonObject byAcme = period;
    byAcme.insert("org"_L1, acme);
    EXPECT_EQ(created(byAcme), 2);
    EXPECT_EQ(admin()
                  .call(u"report.kpis"_s, byAcme)
                  .object()
                  .value("period"_L1)
                  .toObject()
                  .value("org"_L1),
              QJsonValue(acme));
    QJsonObject drill = byAcme;
    drill.insert("segment"_L1, u"created"_s);
    EXPECT_EQ(
        admin().call(u"report.tickets"_s, drill).object().value("tickets"_L1).toArray().size(), 2);
    QJsonObject unknown = period;
    unknown.insert("org"_L1, acme + 100);
    const Reply refused = admin().call(u"report.kpis"_s, unknown);
    EXPECT_EQ(refused.code(), -32602);
    EXPECT_EQ(refused.field(), u"org"_s) << refused.describe();
}

INSTANTIATE_TEST_SUITE_P(Backends, OrgTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

} // namespace
