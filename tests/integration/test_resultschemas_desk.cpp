// rpc.discover's result schemas of the desk's knowledge and configuration methods (issue 23;
// shared/api/resultschemasdesk.cpp) against what the server really answers: a knowledge base
// (an article written from a ticket, edited, published, read, voted on, suggested and deleted),
// canned responses and categories; SLA policies on a business calendar, automation rules and
// saved views; attachments, announcements, notifications and the ticket actions that are not
// edits (links, a merge, an escalation, logged time, a rating). python3-jsonschema checks every
// answer.
#include "resultschemacheck.h"
#include "testhelpers.h"

#include <QDateTime>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

using DeskResultSchemaTest = ResultSchemaFixture;

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

TEST_P(DeskResultSchemaTest, EveryDescribedDeskSettingResultMatchesWhatTheServerAnswers)
{
    const qint64 agent = createUser(u"alex"_s, u"agent"_s);
    createUser(u"rita"_s, u"requester"_s);
    createUser(u"mona"_s, u"manager"_s);
    auto alex = connectAs(u"alex"_s);
    auto rita = connectAs(u"rita"_s);
    auto mona = connectAs(u"mona"_s);
    const Reply category =
        admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"Hardware"_s}});
    ASSERT_TRUE(category.ok()) << category.describe();
    const qint64 hardware = category.object().value("id"_L1).toInteger();
    for (const QString& title : {u"Printer on floor 2 is offline"_s, u"Email bounces"_s})
        createTicket(*rita, {{"title"_L1, title}, {"description"_L1, u"Since this morning."_s}});

    // Business calendars: office hours with a holiday, a second one, renamed, one deleted.
    const qint64 office =
        idOf(call(*mona, u"calendar.create"_s,
                  jsonObject(R"({"name": "Office hours", "time_zone": "Europe/Berlin",
            "hours": {"mon": [["08:00", "12:00"], ["13:00", "17:00"]], "tue": [["08:00", "17:00"]],
                      "wed": [["08:00", "17:00"]], "thu": [["08:00", "17:00"]],
                      "fri": [["08:00", "15:00"]]},
            "holidays": ["2026-12-25", "2027-01-01"]})")));
    const qint64 weekend =
        idOf(call(*mona, u"calendar.create"_s, jsonObject(R"({"name": "Weekend", "time_zone": "UTC",
                      "hours": {"sat": [["00:00", "24:00"]], "sun": [["00:00", "24:00"]]},
                      "holidays": []})")));
    call(*mona, u"calendar.update"_s, {{"id"_L1, weekend}, {"name"_L1, u"Weekend cover"_s}});

    // SLA policies: the default on office hours and one for hardware incidents at priority 1;
    // changing it re-plans the open tickets it governs.
    call(*mona, u"sla.policy.create"_s,
         {{"name"_L1, u"Standard"_s},
          {"calendar"_L1, office},
          {"response_minutes"_L1, 120},
          {"resolve_minutes"_L1, 960}});
    const qint64 critical = idOf(call(*mona, u"sla.policy.create"_s,
                                      {{"name"_L1, u"Critical hardware"_s},
                                       {"type"_L1, u"incident"_s},
                                       {"priority"_L1, 1},
                                       {"category"_L1, hardware},
                                       {"response_minutes"_L1, 15},
                                       {"resolve_minutes"_L1, 240},
                                       {"warn_percent"_L1, 75},
                                       {"escalate_on_breach"_L1, true}}));
    const QJsonObject replanned =
        call(*mona, u"sla.policy.update"_s, {{"id"_L1, critical}, {"resolve_minutes"_L1, 180}})
            .toObject();
    EXPECT_TRUE(replanned.contains("tickets_recomputed"_L1));
    // A calendar a policy uses: its update re-plans that policy's tickets.
    EXPECT_TRUE(call(*mona, u"calendar.update"_s,
                     {{"id"_L1, office}, {"holidays"_L1, QJsonArray {u"2026-12-24"_s}}})
                    .toObject()
                    .contains("tickets_recomputed"_L1));
    call(*alex, u"calendar.list"_s);
    call(*alex, u"sla.policy.list"_s);
    call(*mona, u"sla.policy.delete"_s, {{"id"_L1, critical}});
    call(*mona, u"calendar.delete"_s, {{"id"_L1, weekend}});

    // Automation rules: tag printer tickets, a time rule that notifies the assignee, renamed;
    // a dry run of a definition and of a stored rule; one deleted.
    const qint64 printing = idOf(
        call(*mona, u"rule.create"_s,
             jsonObject(R"({"name": "Printing", "trigger": {"event": "created"}, "match": "any",
            "conditions": [{"field": "title", "op": "contains", "value": "printer"},
                           {"field": "category", "op": "is_set"}],
            "actions": [{"type": "add_tag", "value": "printing"},
                        {"type": "set_field", "field": "urgency", "value": 1}]})")));
    QJsonObject reminder = jsonObject(R"({"name": "Stale", "enabled": false,
        "trigger": {"event": "time", "anchor": "updated", "after_minutes": 480,
                    "business_hours": true},
        "conditions": [{"field": "status", "op": "in", "value": ["new", "in_progress"]}],
        "actions": [{"type": "notify", "to": "assignee", "message": "Still waiting"},
                    {"type": "escalate"}, {"type": "note", "body": "Reminded"}]})");
    const qint64 stale = idOf(call(*mona, u"rule.create"_s, reminder));
    reminder.insert("id"_L1, stale);
    reminder.insert("name"_L1, u"Stale tickets"_s);
    reminder.insert("actions"_L1,
                    QJsonArray {QJsonObject {{"type"_L1, u"assign"_s}, {"user"_L1, agent}}});
    call(*mona, u"rule.update"_s, reminder);
    const QJsonObject rules = call(*alex, u"rule.list"_s).toObject();
    EXPECT_EQ(call(*mona, u"rule.dry_run"_s, jsonObject(R"({"trigger": {"event": "updated"},
                       "conditions": [{"field": "title", "op": "contains", "value": "printer"}],
                       "actions": [{"type": "add_tag", "value": "printing"}]})"))
                  .toObject()
                  .value("tickets"_L1)
                  .toArray()
                  .size(),
              1);
    call(*mona, u"rule.dry_run"_s, {{"id"_L1, printing}, {"limit"_L1, 1}});
    call(*mona, u"rule.delete"_s, {{"id"_L1, printing}});

    // Saved views: alex's queue, renamed; rita's own; one deleted.
    const qint64 queue =
        idOf(call(*alex, u"view.save"_s,
                  {{"name"_L1, u"My open"_s},
                   {"filter"_L1, QJsonObject {{"assignee"_L1, u"me"_s}, {"open"_L1, true}}},
                   {"sort"_L1, u"due"_s}}));
    call(*alex, u"view.save"_s,
         {{"id"_L1, queue},
          {"name"_L1, u"My open tickets"_s},
          {"filter"_L1, QJsonObject {{"assignee"_L1, u"me"_s}, {"open"_L1, true}}}});
    const qint64 mine = idOf(
        call(*rita, u"view.save"_s,
             {{"name"_L1, u"Mine"_s}, {"filter"_L1, QJsonObject {{"requester"_L1, u"me"_s}}}}));
    call(*alex, u"view.list"_s);
    call(*rita, u"view.delete"_s, {{"id"_L1, mine}});

    ASSERT_FALSE(HasFailure());
    // Controls: a policy update that does not say what it re-planned, a rule matching "some".
    QJsonObject unsaid = replanned;
    unsaid.remove("tickets_recomputed"_L1);
    QJsonObject some = rules.value("rules"_L1).toArray().at(0).toObject();
    some.insert("match"_L1, u"some"_s);
    checkAnswers(isDeskSettingMethod,
                 {{u"sla.policy.update"_s, unsaid},
                  {u"rule.list"_s, QJsonObject {{"rules"_L1, QJsonArray {some}}}}});
}

TEST_P(DeskResultSchemaTest, EveryDescribedTicketActionResultMatchesWhatTheServerAnswers)
{
    const qint64 agent = createUser(u"alex"_s, u"agent"_s);
    const qint64 requester = createUser(u"rita"_s, u"requester"_s);
    const qint64 desk = createGroup(u"Service Desk"_s, 1);
    const qint64 network = createGroup(u"Network"_s, 2);
    addMember(desk, agent);
    addMember(network, createUser(u"nick"_s, u"agent"_s));
    auto alex = connectAs(u"alex"_s);
    auto rita = connectAs(u"rita"_s);
    // alex hears of every new ticket.
    const Reply rule =
        admin().call(u"rule.create"_s,
                     QJsonObject {{"name"_L1, u"Tell alex"_s},
                                  {"trigger"_L1, QJsonObject {{"event"_L1, u"created"_s}}},
                                  {"actions"_L1,
                                   QJsonArray {QJsonObject {{"type"_L1, u"notify"_s},
                                                            {"to"_L1, u"user"_s},
                                                            {"user"_L1, agent},
                                                            {"message"_L1, u"A new ticket"_s}}}}});
    ASSERT_TRUE(rule.ok()) << rule.describe();
    const auto raise = [&](const QString& title) {
        return createTicket(*rita, {{"title"_L1, title}, {"description"_L1, u"From home."_s}})
            .value("id"_L1)
            .toInteger();
    };
    const qint64 vpn = raise(u"VPN drops every few minutes"_s);
    const qint64 again = raise(u"VPN keeps dropping"_s);
    const qint64 mail = raise(u"Mail is slow"_s);

    // Attachments: a screenshot in one go, a log in two chunks, rita's list, a chunk read back.
    EXPECT_TRUE(call(*rita, u"attachment.add"_s,
                     {{"ticket"_L1, vpn},
                      {"name"_L1, u"screenshot.png"_s},
                      {"size"_L1, 8},
                      {"data"_L1, QString::fromLatin1(QByteArray("\x89PNG\r\n\x1a\n").toBase64())}})
                    .toObject()
                    .value("complete"_L1)
                    .toBool());
    const QByteArray log = "12:00 connected\n12:03 lost\n";
    const QJsonObject started = call(*alex, u"attachment.add"_s,
                                     {{"ticket"_L1, vpn},
                                      {"name"_L1, u"vpn.log"_s},
                                      {"size"_L1, log.size()},
                                      {"internal"_L1, true},
                                      {"data"_L1, QString::fromLatin1(log.left(16).toBase64())}})
                                    .toObject();
    EXPECT_FALSE(started.value("complete"_L1).toBool());
    const QJsonObject done = call(*alex, u"attachment.add"_s,
                                  {{"id"_L1, idOf(started)},
                                   {"offset"_L1, 16},
                                   {"data"_L1, QString::fromLatin1(log.mid(16).toBase64())}})
                                 .toObject();
    EXPECT_TRUE(done.value("attachment"_L1).isObject());
    EXPECT_EQ(call(*rita, u"attachment.list"_s, {{"ticket"_L1, vpn}})
                  .toObject()
                  .value("items"_L1)
                  .toArray()
                  .size(),
              1)
        << "not the internal log";
    call(*alex, u"attachment.list"_s, {{"ticket"_L1, vpn}});
    call(*alex, u"attachment.get"_s,
         {{"id"_L1, idOf(started)}, {"offset"_L1, 6}, {"length"_L1, 9}});

    // Links: related tickets, a problem's; one unlinked; a duplicate merged; an escalation,
    // logged time and rita's rating.
    call(*alex, u"ticket.link"_s, {{"id"_L1, vpn}, {"other"_L1, mail}});
    const Reply problem = alex->call(u"problem.create"_s,
                                     QJsonObject {{"title"_L1, u"VPN concentrator drops"_s},
                                                  {"incidents"_L1, QJsonArray {vpn}}});
    ASSERT_TRUE(problem.ok()) << problem.describe();
    EXPECT_EQ(call(*alex, u"ticket.links"_s, {{"id"_L1, vpn}})
                  .toObject()
                  .value("items"_L1)
                  .toArray()
                  .size(),
              2);
    call(*rita, u"ticket.links"_s, {{"id"_L1, vpn}});
    call(*alex, u"ticket.unlink"_s, {{"id"_L1, vpn}, {"other"_L1, mail}});
    call(*alex, u"ticket.merge"_s,
         {{"id"_L1, again}, {"into"_L1, vpn}, {"note"_L1, u"The same VPN problem"_s}});
    call(*alex, u"ticket.log_time"_s,
         {{"id"_L1, vpn}, {"minutes"_L1, 45}, {"note"_L1, u"Read the logs"_s}});
    call(*alex, u"ticket.escalate"_s,
         {{"id"_L1, vpn}, {"group"_L1, network}, {"note"_L1, u"Needs the network team"_s}});
    auto nick = connectAs(u"nick"_s);
    const Reply resolved = nick->call(
        u"ticket.transition"_s,
        QJsonObject {{"id"_L1, vpn}, {"status"_L1, u"resolved"_s}, {"note"_L1, u"Fixed"_s}});
    ASSERT_TRUE(resolved.ok()) << resolved.describe();
    call(*rita, u"ticket.rate"_s,
         {{"id"_L1, vpn}, {"score"_L1, 4}, {"comment"_L1, u"Quick, thanks"_s}});

    // Announcements: an outage for everyone, an affected one for the users of a service;
    // the lists as rita and as staff; one withdrawn.
    const qint64 service = createCi(admin(), u"VPN"_s, u"service"_s);
    relateCi(admin(), service, u"used_by"_s, u"user"_s, requester);
    const QString later = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
    const qint64 outage = idOf(call(*alex, u"announcement.publish"_s,
                                    {{"kind"_L1, u"outage"_s},
                                     {"title"_L1, u"VPN is down"_s},
                                     {"body"_L1, u"We are on it."_s},
                                     {"ends_at"_L1, later}}));
    EXPECT_EQ(call(*alex, u"announcement.publish"_s,
                   {{"kind"_L1, u"maintenance"_s},
                    {"title"_L1, u"VPN maintenance tonight"_s},
                    {"audience"_L1, u"affected"_s},
                    {"cis"_L1, QJsonArray {service}}})
                  .toObject()
                  .value("recipients"_L1)
                  .toInt(),
              1);
    EXPECT_EQ(call(*alex, u"announcement.reach"_s, {{"cis"_L1, QJsonArray {service}}})
                  .toObject()
                  .value("people"_L1)
                  .toInt(),
              1);
    call(*rita, u"announcement.list"_s);
    call(*alex, u"announcement.list"_s, {{"include_ended"_L1, true}});
    call(*alex, u"announcement.withdraw"_s, {{"id"_L1, outage}});

    // Notifications: alex's (a new ticket each: rita's three and the problem), one read, then
    // all.
    const QJsonArray inbox =
        call(*alex, u"notification.list"_s).toObject().value("notifications"_L1).toArray();
    ASSERT_EQ(inbox.size(), 4);
    call(*alex, u"notification.read"_s, {{"ids"_L1, QJsonArray {idOf(inbox.at(0))}}});
    call(*alex, u"notification.list"_s, {{"unread_only"_L1, true}, {"limit"_L1, 1}});
    call(*alex, u"notification.read"_s);

    ASSERT_FALSE(HasFailure());
    // Controls: a rating out of range, a link without its kind.
    checkAnswers(isDeskActionMethod,
                 {{u"ticket.rate"_s,
                   QJsonObject {{"ticket"_L1, vpn},
                                {"score"_L1, 6},
                                {"comment"_L1, u""_s},
                                {"rated_at"_L1, u"2026-12-05T10:00:00.000Z"_s}}},
                  {u"ticket.links"_s,
                   QJsonObject {{"ticket_id"_L1, vpn},
                                {"items"_L1,
                                 QJsonArray {QJsonObject {
                                     {"ticket"_L1,
                                      QJsonObject {{"id"_L1, mail},
                                                   {"title"_L1, u"Mail is slow"_s},
                                                   {"status"_L1, u"new"_s},
                                                   {"open"_L1, true}}},
                                     {"created_at"_L1, u"2026-12-05T10:00:00.000Z"_s}}}}}}});
}

INSTANTIATE_TEST_SUITE_P(Backends, DeskResultSchemaTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
