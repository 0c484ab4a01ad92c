// kb.search's and kb.suggest's results (shared/api/searchapi.h): tickets and articles with
// their snippets and highlighted ranges.
#include "api/searchapi.h"
#include "testhelpers.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::api;
using namespace Qt::StringLiterals;
using frontline::test::jsonObject;

namespace { } // namespace

TEST(SearchResults, HitsRoundTrip)
{
    SearchHit ticket;
    ticket.kind = u"ticket"_s;
    ticket.id = 42;
    ticket.title = u"Printer out of toner"_s;
    ticket.titleHighlights = {{8, 3}};
    ticket.snippet = u"… the toner is empty"_s;
    ticket.highlights = {{6, 5}};
    ticket.updatedAt = 1767225600000;
    ticket.score = 1;
    ticket.status = u"open"_s;
    ticket.type = u"incident"_s;
    ticket.comment = 7;
    SearchHit article;
    article.kind = u"article"_s;
    article.id = 3;
    article.title = u"Replacing toner"_s;
    article.snippet = u"Open the front"_s;
    article.updatedAt = 1767139200000;
    article.score = 0.5;
    article.state = u"published"_s;
    article.visibility = u"public"_s;
    const SearchHits hits {{ticket, article}};
    EXPECT_EQ(SearchHits::fromJson(hits.toJson()), hits);
    EXPECT_TRUE(SearchHits::fromJson(hits.toJson()).items[0].isTicket());
}

TEST(SearchResults, HitsKeepTheirWireShape)
{
    SearchHit ticket;
    ticket.kind = u"ticket"_s;
    ticket.id = 42;
    ticket.title = u"VPN down"_s;
    ticket.titleHighlights = {{0, 3}};
    ticket.snippet = u"VPN down"_s;
    ticket.highlights = {{0, 3}};
    ticket.updatedAt = 1767225600000;
    ticket.score = 0.25;
    ticket.status = u"new"_s;
    ticket.type = u"incident"_s;
    SearchHit article;
    article.kind = u"article"_s;
    article.id = 3;
    article.title = u"VPN"_s;
    article.snippet = u"Connect"_s;
    article.updatedAt = 1767225600000;
    article.score = 1;
    article.state = u"draft"_s;
    article.visibility = u"internal"_s;
    const QJsonObject expected = jsonObject(R"({"items": [
        {"kind": "ticket", "id": 42, "title": "VPN down", "title_highlights": [[0, 3]],
         "snippet": "VPN down", "highlights": [[0, 3]], "status": "new", "type": "incident",
         "updated_at": "2026-01-01T00:00:00.000Z", "score": 0.25},
        {"kind": "article", "id": 3, "title": "VPN", "title_highlights": [],
         "snippet": "Connect", "highlights": [], "state": "draft", "visibility": "internal",
         "updated_at": "2026-01-01T00:00:00.000Z", "score": 1}]})");
    EXPECT_EQ((SearchHits {{ticket, article}}).toJson(), expected);
}
