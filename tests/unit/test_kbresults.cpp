// The knowledge base's results (shared/api/kbapi.h): pages of articles, an article's history,
// and the acknowledgements; written by the server, read back by the client field by field.
#include "api/kbapi.h"
#include "testhelpers.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::api;
using namespace Qt::StringLiterals;
using frontline::test::jsonObject;

namespace { } // namespace

TEST(KbResults, ArticlePageLeavesBodiesOutAndTheCursorOffTheLastPage)
{
    ArticlePage page;
    Article a;
    a.id = 3;
    a.title = u"Reset a password"_s;
    a.body = u"## Steps"_s;
    a.state = u"published"_s;
    a.tags = {u"password"_s};
    page.items = {a};
    const QJsonObject json = page.toJson();
    EXPECT_FALSE(json.value("items"_L1)[0].toObject().contains("body"_L1));
    EXPECT_FALSE(json.contains("next_cursor"_L1));
    const ArticlePage back = ArticlePage::fromJson(json);
    ASSERT_EQ(back.items.size(), 1);
    EXPECT_EQ(back.items[0].title, a.title);
    EXPECT_EQ(back.items[0].state, a.state);
    EXPECT_EQ(back.items[0].tags, a.tags);
    EXPECT_TRUE(back.items[0].body.isEmpty());
    EXPECT_FALSE(back.nextCursor.has_value());

    page.nextCursor = u"1767225600000.3"_s;
    EXPECT_EQ(ArticlePage::fromJson(page.toJson()).nextCursor, page.nextCursor);
}

TEST(KbResults, ArticleHistoryRoundTripsAndKeepsItsWireShape)
{
    ArticleHistory history;
    history.items = {{2, u"New title"_s, UserRef {5, u"alex"_s, u"Alex"_s}, 1767225600000, true,
                      u"- old\n+ new"_s, false},
                     {1, u"Old title"_s, UserRef {6, u"olga"_s, u"Olga"_s}, 1767139200000, false,
                      u"+ old"_s, true}};
    EXPECT_EQ(ArticleHistory::fromJson(history.toJson()), history);
    history.nextCursor = u"1"_s;
    EXPECT_EQ(ArticleHistory::fromJson(history.toJson()), history);

    ArticleHistory last;
    last.items = {history.items[1]};
    const QJsonObject expected = jsonObject(R"({"items": [{"version": 1, "title": "Old title",
        "author": {"id": 6, "username": "olga", "display_name": "Olga"},
        "created_at": "2025-12-31T00:00:00.000Z", "title_changed": false, "diff": "+ old",
        "diff_truncated": true}], "next_cursor": null})");
    EXPECT_EQ(last.toJson(), expected);
}

TEST(KbResults, AcknowledgementsKeepTheirKeys)
{
    EXPECT_EQ(ArticleSolvedResult {}.toJson(), jsonObject(R"({"recorded": true})"));
    EXPECT_EQ(ArticleSolvedResult::fromJson(ArticleSolvedResult {}.toJson()),
              ArticleSolvedResult {});
    EXPECT_EQ(ArticleDeleteResult {}.toJson(), jsonObject(R"({"deleted": true})"));
    EXPECT_EQ(ArticleDeleteResult::fromJson(ArticleDeleteResult {}.toJson()),
              ArticleDeleteResult {});
}
