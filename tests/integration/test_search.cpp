// Search over a real socket on both engines (FTS5, PostgreSQL): ranking on a fixed corpus,
// prefixes and snippets, who may find what, the index following edits and deletes, and
// suggestions with the deflections they bring.
#include "serverfixture.h"

#include <QJsonArray>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class SearchTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"rita"_s, u"requester"_s);
        createUser(u"rob"_s, u"requester"_s);
        createUser(u"alex"_s, u"agent"_s);
        rita = connectAs(u"rita"_s);
        rob = connectAs(u"rob"_s);
        alex = connectAs(u"alex"_s);
    }

    QJsonArray search(TestClient& who, const QString& query, int limit = 20)
    {
        const Reply reply =
            who.call(u"kb.search"_s, QJsonObject {{"query"_L1, query}, {"limit"_L1, limit}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.items();
    }

    // "ticket:12", "article:3": what a result list holds, in order.
    static QStringList keys(const QJsonArray& items)
    {
        QStringList keys;
        for (const QJsonValue& v : items)
            keys.append(u"%1:%2"_s.arg(v.toObject().value("kind"_L1).toString())
                            .arg(v.toObject().value("id"_L1).toInteger()));
        return keys;
    }

    qint64 ticket(TestClient& who, const QString& title, const QString& description)
    {
        return createTicket(who, QJsonObject {{"title"_L1, title}, {"description"_L1, description}})
            .value("id"_L1)
            .toInteger();
    }

    qint64 article(const QString& title, const QString& body, const QString& visibility,
                   bool publish)
    {
        const Reply created = alex->call(
            u"kb.article.create"_s,
            QJsonObject {{"title"_L1, title}, {"body"_L1, body}, {"visibility"_L1, visibility}});
        EXPECT_TRUE(created.ok()) << created.describe();
        const qint64 id = created.object().value("id"_L1).toInteger();
        if (publish) {
            EXPECT_TRUE(alex->call(u"kb.article.publish"_s, QJsonObject {{"id"_L1, id}}).ok());
        }
        return id;
    }

    void comment(TestClient& who, qint64 id, const QString& body, bool internal = false)
    {
        const Reply reply =
            who.call(u"ticket.comment"_s,
                     QJsonObject {{"id"_L1, id}, {"body"_L1, body}, {"internal"_L1, internal}});
        ASSERT_TRUE(reply.ok()) << reply.describe();
    }

    std::unique_ptr<TestClient> rita, rob, alex;
};

} // namespace

TEST_P(SearchTest, RanksTheBestMatchFirstWithPrefixesAndSnippets)
{
    const qint64 both = ticket(*rita, u"Printer toner empty"_s,
                               u"The printer on floor 2 says the toner is empty."_s);
    const qint64 printerOnly =
        ticket(*rita, u"Printer offline"_s, u"Nobody can print since this morning."_s);
    const qint64 mentioned = ticket(*rita, u"Badge does not open the door"_s,
                                    u"Near the printer room, the badge reader stays red."_s);
    ticket(*rita, u"Password expired"_s, u"My password expired while I was on leave."_s);
    const qint64 guide =
        article(u"Replacing the printer toner on every floor"_s,
                u"Open the front cover, pull the toner cartridge out."_s, u"public"_s, true);

    // Both words in the title beat one; the article matching both is in the list too.
    const QStringList printerToner = keys(search(*alex, u"printer toner"_s));
    ASSERT_EQ(printerToner.size(), 2) << printerToner.join(u", "_s).toStdString();
    EXPECT_TRUE(printerToner.contains(u"ticket:%1"_s.arg(both)));
    EXPECT_TRUE(printerToner.contains(u"article:%1"_s.arg(guide)));
    // One word: the title match before the mention in passing.
    const QStringList printer = keys(search(*alex, u"printer"_s, 10));
    EXPECT_LT(printer.indexOf(u"ticket:%1"_s.arg(printerOnly)),
              printer.indexOf(u"ticket:%1"_s.arg(mentioned)));

    // As you type: "passw" finds the password ticket.
    const QJsonArray typing = search(*alex, u"passw"_s);
    ASSERT_EQ(typing.size(), 1);
    const QJsonObject hit = typing.at(0).toObject();
    EXPECT_EQ(hit.value("title"_L1).toString(), u"Password expired"_s);
    EXPECT_TRUE(
        alex->call(u"kb.search"_s, QJsonObject {{"query"_L1, u"passw"_s}, {"prefix"_L1, false}})
            .items()
            .isEmpty())
        << "a finished word does not expand";
    // The snippet is plain text; its highlights point at the matched words.
    const QString snippet = hit.value("snippet"_L1).toString();
    const QJsonArray ranges = hit.value("highlights"_L1).toArray();
    ASSERT_EQ(ranges.size(), 1) << snippet.toStdString();
    const QJsonArray range = ranges.at(0).toArray();
    EXPECT_EQ(snippet.mid(range.at(0).toInt(), range.at(1).toInt()), u"password"_s);
    EXPECT_EQ(hit.value("title_highlights"_L1).toArray(), (QJsonArray {QJsonArray {0, 8}}));
    // Diacritics and case do not matter (FTS5 folds them; PostgreSQL matches case).
    EXPECT_EQ(search(*alex, u"PRINTER TONER"_s).size(), 2);
}

TEST_P(SearchTest, RequestersFindOnlyTheirTicketsAndPublicPublishedArticles)
{
    const qint64 ritas = ticket(*rita, u"Laptop fan noisy"_s, u"It sounds like a zebra."_s);
    comment(*alex, ritas, u"Internal: supplier code quokka"_s, true);
    comment(*alex, ritas, u"We ordered a new fan, the wombat model."_s);
    const qint64 robs =
        ticket(*rob, u"Zebra stripes on screen"_s, u"The wombat display flickers."_s);
    article(u"Zebra internal runbook"_s, u"quokka"_s, u"internal"_s, true);
    article(u"Zebra draft"_s, u"not yet"_s, u"public"_s, false);
    const qint64 published = article(u"Zebra answers"_s, u"public text"_s, u"public"_s, true);

    EXPECT_EQ(keys(search(*rita, u"zebra"_s)),
              (QStringList {u"article:%1"_s.arg(published), u"ticket:%1"_s.arg(ritas)}))
        << "not rob's ticket, not the internal article, not the draft";
    EXPECT_EQ(keys(search(*rita, u"wombat"_s)), QStringList {u"ticket:%1"_s.arg(ritas)})
        << "found through the public reply on her ticket";
    EXPECT_TRUE(search(*rita, u"quokka"_s).isEmpty()) << "never an internal note or article";
    EXPECT_EQ(keys(search(*rob, u"wombat"_s)), QStringList {u"ticket:%1"_s.arg(robs)});

    // Staff find the internal note, with the note as the snippet.
    const QJsonArray staff = search(*alex, u"quokka"_s);
    ASSERT_EQ(staff.size(), 2) << keys(staff).join(u", "_s).toStdString();
    for (const QJsonValue& v : staff) {
        if (v.toObject().value("kind"_L1) == u"ticket"_s) {
            EXPECT_TRUE(v.toObject().value("snippet"_L1).toString().contains(u"quokka"_s));
        }
    }
}

TEST_P(SearchTest, TheIndexFollowsEditsAndDeletes)
{
    const qint64 id = ticket(*rita, u"Scanner jams"_s, u"Paper gets stuck."_s);
    ASSERT_EQ(search(*alex, u"scanner"_s).size(), 1);
    const QJsonObject current = alex->call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}}).object();
    const Reply edited = alex->call(u"ticket.update"_s,
                                    QJsonObject {{"id"_L1, id},
                                                 {"version"_L1, current.value("version"_L1)},
                                                 {"title"_L1, u"Copier jams"_s}});
    ASSERT_TRUE(edited.ok()) << edited.describe();
    EXPECT_TRUE(search(*alex, u"scanner"_s).isEmpty()) << "the old title is gone from the index";
    EXPECT_EQ(keys(search(*alex, u"copier"_s)), QStringList {u"ticket:%1"_s.arg(id)});
    EXPECT_EQ(search(*alex, u"paper"_s).size(), 1) << "the description is still there";

    const qint64 a = article(u"Clearing a copier jam"_s, u"Open tray 2."_s, u"public"_s, true);
    ASSERT_EQ(keys(search(*rita, u"tray"_s)), QStringList {u"article:%1"_s.arg(a)});
    ASSERT_TRUE(
        alex->call(u"kb.article.update"_s,
                   QJsonObject {{"id"_L1, a}, {"version"_L1, 1}, {"body"_L1, u"Open drawer 2."_s}})
            .ok());
    EXPECT_TRUE(search(*rita, u"tray"_s).isEmpty());
    EXPECT_EQ(search(*rita, u"drawer"_s).size(), 1);
    ASSERT_TRUE(
        alex->call(u"kb.article.publish"_s, QJsonObject {{"id"_L1, a}, {"state"_L1, u"retired"_s}})
            .ok());
    EXPECT_TRUE(search(*rita, u"drawer"_s).isEmpty()) << "retired: no longer an answer";
    EXPECT_TRUE(search(*alex, u"drawer"_s).isEmpty()) << "not for staff either";
    ASSERT_TRUE(
        alex->call(u"kb.article.publish"_s, QJsonObject {{"id"_L1, a}, {"state"_L1, u"draft"_s}})
            .ok());
    EXPECT_EQ(search(*alex, u"drawer"_s).size(), 1) << "back as a draft: staff find it";
    EXPECT_EQ(alex->call(u"kb.article.delete"_s, QJsonObject {{"id"_L1, a}}).code(),
              static_cast<int>(rpc::ErrorCode::Forbidden))
        << "agents retire; managers and admins delete";
    const Reply deleted = admin().call(u"kb.article.delete"_s, QJsonObject {{"id"_L1, a}});
    ASSERT_TRUE(deleted.ok()) << deleted.describe();
    EXPECT_TRUE(search(*alex, u"drawer"_s).isEmpty());
    EXPECT_EQ(alex->call(u"kb.article.get"_s, QJsonObject {{"id"_L1, a}}).code(),
              static_cast<int>(rpc::ErrorCode::NotFound));
}

TEST_P(SearchTest, SuggestionsFollowedAndSolvedAreRecorded)
{
    const qint64 vpn =
        article(u"VPN disconnects every few minutes"_s,
                u"Switch the VPN client to TCP in its settings."_s, u"public"_s, true);
    article(u"VPN for contractors"_s, u"internal process"_s, u"internal"_s, true);
    article(u"Printer drivers"_s, u"Install them from the portal."_s, u"public"_s, true);
    article(u"New starters"_s, u"Collect the laptop at the service desk."_s, u"public"_s, true);
    article(u"Leavers"_s, u"Return the badge to the front desk."_s, u"public"_s, true);

    const Reply suggested = rita->call(u"kb.suggest"_s,
                                       QJsonObject {{"title"_L1, u"my vpn keeps disconnecting"_s},
                                                    {"description"_L1, u"since the update"_s}});
    ASSERT_TRUE(suggested.ok()) << suggested.describe();
    EXPECT_EQ(keys(suggested.items()), QStringList {u"article:%1"_s.arg(vpn)})
        << "public and published only, and only what matches";

    const Reply opened = rita->call(u"kb.article.open"_s,
                                    QJsonObject {{"id"_L1, vpn}, {"from_suggestion"_L1, true}});
    ASSERT_TRUE(opened.ok()) << opened.describe();
    EXPECT_EQ(opened.object().value("views"_L1).toInt(), 1);
    ASSERT_TRUE(
        rita->call(u"kb.article.solved"_s,
                   QJsonObject {{"id"_L1, vpn}, {"subject"_L1, u"my vpn keeps disconnecting"_s}})
            .ok());
    const QJsonObject seen = alex->call(u"kb.article.get"_s, QJsonObject {{"id"_L1, vpn}}).object();
    EXPECT_EQ(seen.value("views"_L1).toInt(), 1) << "a read by an editor is not a view";
    EXPECT_EQ(seen.value("suggestions_followed"_L1).toInt(), 1);
    EXPECT_EQ(seen.value("tickets_deflected"_L1).toInt(), 1);

    // An article written from a resolved ticket is linked to it; more links can follow.
    const qint64 id = ticket(*rita, u"VPN drops"_s, u"Every five minutes."_s);
    const Reply linked =
        alex->call(u"kb.article.link"_s, QJsonObject {{"id"_L1, vpn}, {"ticket"_L1, id}});
    ASSERT_TRUE(linked.ok()) << linked.describe();
    EXPECT_EQ(linked.object().value("linked_tickets"_L1).toArray(), (QJsonArray {id}));
    EXPECT_EQ(
        rita->call(u"kb.article.link"_s, QJsonObject {{"id"_L1, vpn}, {"ticket"_L1, id}}).code(),
        static_cast<int>(rpc::ErrorCode::Forbidden));
}

TEST_P(SearchTest, ArticleSnippetsArePlainTextWithoutMarkdown)
{
    const qint64 guide = article(
        u"Outlook asks for the password again and again"_s,
        u"## Fix it\n\n1. Close **Outlook**.\n2. Open the [credential manager](https://x.example)"
        " and remove the `MicrosoftOffice` entries.\n\n```\nrundll32 keymgr.dll\n```\n"
        "> _Then_ start Outlook and type the password once."_s,
        u"public"_s, true);
    article(u"Printer drivers"_s, u"Install them from the portal."_s, u"public"_s, true);
    article(u"New starters"_s, u"Collect the laptop at the service desk."_s, u"public"_s, true);

    // What the applet and the New-ticket form show while the user types, and kb.search.
    const Reply suggested = rita->call(
        u"kb.suggest"_s, QJsonObject {{"title"_L1, u"outlook keeps asking for my password"_s}});
    ASSERT_TRUE(suggested.ok()) << suggested.describe();
    const QJsonArray searched = search(*rita, u"credential manager"_s);
    for (const QJsonArray& items : {suggested.items(), searched}) {
        ASSERT_EQ(keys(items), QStringList {u"article:%1"_s.arg(guide)});
        const QJsonObject hit = items.at(0).toObject();
        const QString snippet = hit.value("snippet"_L1).toString();
        for (const QString& syntax :
             {u"#"_s, u"**"_s, u"`"_s, u"]("_s, u"https://"_s, u"1."_s, u"> "_s, u"_Then_"_s})
            EXPECT_FALSE(snippet.contains(syntax)) << snippet.toStdString();
        EXPECT_TRUE(snippet.contains(u"Close Outlook."_s)) << snippet.toStdString();
        const QJsonArray ranges = hit.value("highlights"_L1).toArray();
        ASSERT_FALSE(ranges.isEmpty()) << snippet.toStdString();
        for (const QJsonValue& range : ranges) {
            const QString word =
                snippet.mid(range.toArray().at(0).toInt(), range.toArray().at(1).toInt());
            EXPECT_TRUE(QStringList({u"Outlook"_s, u"password"_s, u"credential"_s, u"manager"_s,
                                     u"asking"_s})
                            .contains(word))
                << word.toStdString() << " in " << snippet.toStdString();
        }
    }
}

TEST_P(SearchTest, BadQueriesAreRefusedNamingTheField)
{
    EXPECT_EQ(alex->call(u"kb.search"_s, QJsonObject {{"query"_L1, QString()}}).field(),
              u"query"_s);
    EXPECT_EQ(alex->call(u"kb.search"_s, QJsonObject {{"query"_L1, u"\"*)(-:"_s}}).field(),
              u"query"_s)
        << "punctuation only: nothing to search for, and never an engine syntax error";
    EXPECT_EQ(
        alex->call(u"kb.search"_s, QJsonObject {{"query"_L1, u"x"_s}, {"limit"_L1, 0}}).field(),
        u"limit"_s);
    EXPECT_EQ(alex->call(u"kb.search"_s,
                         QJsonObject {{"query"_L1, u"x"_s}, {"kinds"_L1, QJsonArray {u"user"_s}}})
                  .field(),
              u"kinds"_s);
    EXPECT_EQ(alex->call(u"kb.suggest"_s, QJsonObject {{"title"_L1, u"  "_s}}).field(), u"title"_s);
    // Engine operators typed as words are just words.
    EXPECT_TRUE(alex->call(u"kb.search"_s, QJsonObject {{"query"_L1, u"NOT AND OR NEAR"_s}}).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, SearchTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
