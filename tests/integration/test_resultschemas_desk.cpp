// rpc.discover's result schemas of the desk's knowledge and configuration methods (issue 23;
// shared/api/resultschemasdesk.cpp) against what the server really answers: a knowledge base
// (an article written from a ticket, edited, published, read, voted on, suggested and deleted),
// canned responses and categories; SLA policies on a business calendar, automation rules and
// saved views; attachments, announcements, notifications and the ticket actions that are not
// edits (links, a merge, an escalation, logged time, a rating). python3-jsonschema checks every
// answer.
#include "resultschemacheck.h"

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

using DeskResultSchemaTest = ResultSchemaFixture;

qint64 idOf(const QJsonValue& value)
{
    return value.toObject().value("id"_L1).toInteger();
}

} // namespace

TEST_P(DeskResultSchemaTest, EveryDescribedKnowledgeResultMatchesWhatTheServerAnswers)
{
    const qint64 agent = createUser(u"alex"_s, u"agent"_s);
    createUser(u"rita"_s, u"requester"_s);
    createUser(u"mona"_s, u"manager"_s);
    const qint64 desk = createGroup(u"Service Desk"_s, 1);
    addMember(desk, agent);
    auto alex = connectAs(u"alex"_s);
    auto rita = connectAs(u"rita"_s);
    auto mona = connectAs(u"mona"_s);

    // Categories: one routed to the desk, one not, renamed; the list as staff and a requester.
    const qint64 hardware = idOf(call(admin(), u"category.create"_s,
                                      {{"name"_L1, u"Hardware"_s},
                                       {"description"_L1, u"Laptops, printers, screens"_s},
                                       {"default_group"_L1, desk}}));
    const qint64 network = idOf(call(admin(), u"category.create"_s, {{"name"_L1, u"Netwrok"_s}}));
    call(admin(), u"category.update"_s, {{"id"_L1, network}, {"name"_L1, u"Network"_s}});
    call(admin(), u"category.update"_s,
         {{"id"_L1, hardware}, {"default_group"_L1, QJsonValue::Null}});
    EXPECT_EQ(call(*rita, u"category.list"_s).toObject().value("items"_L1).toArray().size(), 2);
    call(*alex, u"category.list"_s);

    // Canned responses: two, one edited, one deleted.
    const qint64 toner = idOf(call(
        admin(), u"canned.create"_s,
        {{"title"_L1, u"Toner on its way"_s}, {"body"_L1, u"New toner is on its way to you."_s}}));
    const qint64 restart =
        idOf(call(admin(), u"canned.create"_s,
                  {{"title"_L1, u"Restart"_s}, {"body"_L1, u"Please restart and tell us."_s}}));
    call(admin(), u"canned.update"_s,
         {{"id"_L1, toner}, {"body"_L1, u"New toner arrives tomorrow."_s}});
    call(*alex, u"canned.list"_s);
    call(admin(), u"canned.delete"_s, {{"id"_L1, restart}});

    // Articles: one written from rita's ticket, edited, published and read by rita from a
    // suggestion; a draft nobody sees; the list in pages; its history; a vote; a deletion.
    const qint64 ticket = createTicket(*rita,
                                       {{"title"_L1, u"Printer prints blank pages"_s},
                                        {"description"_L1, u"Since this morning."_s}})
                              .value("id"_L1)
                              .toInteger();
    const QJsonObject created = call(*alex, u"kb.article.create"_s,
                                     {{"title"_L1, u"Printer prints blank pages"_s},
                                      {"body"_L1, u"Replace the toner cartridge."_s},
                                      {"category"_L1, u"Hardware"_s},
                                      {"tags"_L1, QJsonArray {u"printer"_s, u"toner"_s}},
                                      {"visibility"_L1, u"public"_s},
                                      {"source_ticket"_L1, ticket}})
                                    .toObject();
    const qint64 article = idOf(created);
    EXPECT_EQ(created.value("linked_tickets"_L1).toArray(), (QJsonArray {ticket}));
    call(*alex, u"kb.article.update"_s,
         {{"id"_L1, article},
          {"version"_L1, created.value("version"_L1)},
          {"body"_L1, u"Replace the toner cartridge.\nThen print a test page."_s}});
    call(*alex, u"kb.article.publish"_s, {{"id"_L1, article}});
    const qint64 draft =
        idOf(call(*alex, u"kb.article.create"_s,
                  {{"title"_L1, u"Printer fleet renewal"_s}, {"body"_L1, u"Internal notes."_s}}));
    const QJsonObject page = call(*alex, u"kb.article.list"_s, {{"limit"_L1, 1}}).toObject();
    EXPECT_TRUE(page.contains("next_cursor"_L1));
    call(*alex, u"kb.article.list"_s, {{"cursor"_L1, page.value("next_cursor"_L1)}});
    call(*rita, u"kb.article.list"_s);
    EXPECT_EQ(call(*alex, u"kb.article.history"_s, {{"id"_L1, article}})
                  .toObject()
                  .value("items"_L1)
                  .toArray()
                  .size(),
              2);
    call(*alex, u"kb.article.history"_s, {{"id"_L1, article}, {"limit"_L1, 1}});
    const QJsonArray suggested =
        call(*rita, u"kb.suggest"_s, {{"title"_L1, u"the printer prints only blank pages"_s}})
            .toObject()
            .value("items"_L1)
            .toArray();
    ASSERT_EQ(suggested.size(), 1);
    call(*rita, u"kb.article.open"_s, {{"id"_L1, article}, {"from_suggestion"_L1, true}});
    call(*rita, u"kb.article.vote"_s, {{"id"_L1, article}, {"helpful"_L1, true}});
    call(*rita, u"kb.article.solved"_s,
         {{"id"_L1, article}, {"subject"_L1, u"the printer prints only blank pages"_s}});
    call(*rita, u"kb.article.get"_s, {{"id"_L1, article}});
    const qint64 other = createTicket(*rita,
                                      {{"title"_L1, u"Blank pages again"_s},
                                       {"description"_L1, u"On the second floor."_s}})
                             .value("id"_L1)
                             .toInteger();
    const QJsonObject linked =
        call(*alex, u"kb.article.link"_s, {{"id"_L1, article}, {"ticket"_L1, other}}).toObject();
    EXPECT_EQ(linked.value("linked_tickets"_L1).toArray().size(), 2);
    EXPECT_EQ(linked.value("tickets_deflected"_L1).toInt(), 1);
    call(*alex, u"kb.article.get"_s, {{"id"_L1, article}});
    call(*mona, u"kb.article.delete"_s, {{"id"_L1, draft}});

    ASSERT_FALSE(HasFailure());
    // Controls: an article without its usage counts, a listed article with its body.
    QJsonObject missing = created;
    missing.remove("views"_L1);
    QJsonObject listed = page.value("items"_L1).toArray().at(0).toObject();
    listed.insert("body"_L1, u"Text"_s);
    checkAnswers(isKnowledgeMethod,
                 {{u"kb.article.get"_s, missing},
                  {u"kb.article.list"_s, QJsonObject {{"items"_L1, QJsonArray {listed}}}}});
}

INSTANTIATE_TEST_SUITE_P(Backends, DeskResultSchemaTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
