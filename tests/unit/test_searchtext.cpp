// The engine-independent parts of search: what a typed query means, the snippet shown for a
// hit, and BM25's ordering.
#include "search/bm25.h"
#include "search/markdowntext.h"
#include "search/searchquery.h"
#include "search/snippet.h"

#include <gtest/gtest.h>

using namespace frontline::server;
using namespace Qt::StringLiterals;

TEST(SearchQueryTest, TypedTextBecomesQuotedTermsWithTheLastOneAPrefix)
{
    const SearchQuery q = SearchQuery::all(u"Outlook  PASSWORD-reset"_s);
    ASSERT_EQ(q.terms().size(), 3);
    EXPECT_EQ(q.fts5(), u"\"outlook\" AND \"password\" AND \"reset\"*"_s);
    EXPECT_EQ(q.tsquery(), u"'outlook' & 'password' & 'reset':*"_s);
    EXPECT_EQ(SearchQuery::all(u"reset"_s, false).fts5(), u"\"reset\""_s);
    // Engine syntax typed by a person is only words; quotes and stars never reach the engine.
    EXPECT_EQ(SearchQuery::all(u"\"a\" OR b* NEAR(c)"_s, false).fts5(),
              u"\"a\" AND \"or\" AND \"b\" AND \"near\" AND \"c\""_s);
    EXPECT_TRUE(SearchQuery::all(u"*)(\":-"_s).isEmpty());
    // A one-letter word being typed waits for its second letter, unless it is all there is.
    EXPECT_EQ(SearchQuery::all(u"vpn c"_s).fts5(), u"\"vpn\""_s);
    EXPECT_EQ(SearchQuery::all(u"c"_s).fts5(), u"\"c\""_s);
    EXPECT_EQ(SearchQuery::any(u"vpn drops vpn"_s, false).fts5(u"body"_s),
              u"body : (\"vpn\" OR \"drops\")"_s);
    // Suggestions leave out the words every text has.
    EXPECT_EQ(SearchQuery::any(u"The printer is jammed"_s, false).fts5(),
              u"\"printer\" OR \"jammed\""_s);
    // A prefix beyond FTS5's prefix indexes: cut for the index, checked against the text.
    const SearchQuery typing = SearchQuery::all(u"toner printe"_s);
    EXPECT_TRUE(typing.hasLongPrefix());
    EXPECT_EQ(typing.shortPrefixes().fts5(), u"\"toner\" AND \"pri\"*"_s);
    EXPECT_TRUE(typing.matches({u"Printer toner"_s}));
    EXPECT_FALSE(typing.matches({u"Print the toner"_s}));
}

TEST(SearchQueryTest, DiacriticsFoldForComparisonButStayForPostgres)
{
    const SearchQuery q = SearchQuery::all(u"Café"_s, false);
    EXPECT_EQ(q.terms().at(0).text, u"cafe"_s);
    EXPECT_EQ(q.tsquery(), u"'café'"_s);
    EXPECT_EQ(q.termOf(SearchQuery::fold(u"CAFÉ"_s)), 0);
}

TEST(SnippetTest, ShowsTheWindowWithTheMostTermsAndWhereTheyAre)
{
    QString text;
    for (int i = 0; i < 40; ++i)
        text += u"filler "_s;
    text += u"the VPN client\ndisconnects after the update"_s;
    for (int i = 0; i < 40; ++i)
        text += u" more"_s;
    const Snippet s = Snippet::around(text, SearchQuery::all(u"vpn update"_s, false), 12);
    EXPECT_TRUE(s.text.startsWith(u"\u2026"_s)) << qPrintable(s.text);
    EXPECT_TRUE(s.text.endsWith(u"\u2026"_s));
    EXPECT_FALSE(s.text.contains(u'\n')) << "one line";
    ASSERT_EQ(s.highlights.size(), 2);
    EXPECT_EQ(s.text.mid(s.highlights[0].start, s.highlights[0].length), u"VPN"_s);
    EXPECT_EQ(s.text.mid(s.highlights[1].start, s.highlights[1].length), u"update"_s);

    const Snippet none = Snippet::around(u"Short text"_s, SearchQuery::all(u"zzz"_s, false));
    EXPECT_EQ(none.text, u"Short text"_s) << "no hit: the beginning, whole when short";
    EXPECT_TRUE(none.highlights.isEmpty());
}

TEST(MarkdownTextTest, ReadsAsTheRenderedArticleWithoutItsSyntax)
{
    const QString article =
        u"## Fix it\n"
        "\n"
        "1. Open **Outlook** and choose _File_ > *Account settings*.\n"
        "2) Remove the `OST` file.\n"
        "- [ ] See [the guide](https://kb.example/vpn \"VPN\") or ![a picture](x.png)\n"
        "> Note: ~~old~~ new\n"
        "Setext title\n"
        "============\n"
        "***\n"
        "```powershell\n"
        "Get-Item *.ost\n"
        "```\n"
        "| Setting | Value |\n"
        "|---|:---:|\n"
        "| Mode | `cached` |\n"
        "### Closing hashes ###\n"
        "<b>Bold</b> and <https://frontline.example> and \\*stars\\*"_s;
    EXPECT_EQ(MarkdownText::plain(article),
              u"Fix it\n"
              "Open Outlook and choose File > Account settings.\n"
              "Remove the OST file.\n"
              "See the guide or a picture\n"
              "Note: old new\n"
              "Setext title\n"
              "Get-Item *.ost\n"
              "Setting    Value\n"
              "Mode    cached\n"
              "Closing hashes\n"
              "Bold and https://frontline.example and *stars*"_s);
}

TEST(MarkdownTextTest, LeavesWhatIsNotSyntaxAsTyped)
{
    // Unmatched or in-word markers, a # inside a line, arithmetic and paths are words.
    for (const QString& text :
         {u"Ticket #5001 is done"_s, u"2 * 3 = 6"_s, u"open file_name_here"_s, u"C:\\Users\\bob"_s,
          u"a < b > c"_s, u"[not a link] here"_s, u"#hashtag"_s, u"snake_case and *half"_s})
        EXPECT_EQ(MarkdownText::plain(text), text);
}

TEST(SnippetTest, AnArticleSnippetIsPlainTextAndItsHighlightsPointAtTheWords)
{
    const QString article = u"## Fix it\n\n1. Open **Outlook** in _safe mode_.\n"
                            "2. Reset the [password](https://id.example/reset)."_s;
    const Snippet s = Snippet::ofMarkdown(article, SearchQuery::all(u"outlook password"_s, false));
    EXPECT_EQ(s.text, u"Fix it Open Outlook in safe mode. Reset the password."_s);
    for (const QString& syntax : {u"#"_s, u"*"_s, u"_"_s, u"["_s, u"]("_s, u"http"_s, u"1."_s})
        EXPECT_FALSE(s.text.contains(syntax)) << qPrintable(syntax);
    ASSERT_EQ(s.highlights.size(), 2);
    EXPECT_EQ(s.text.mid(s.highlights[0].start, s.highlights[0].length), u"Outlook"_s);
    EXPECT_EQ(s.text.mid(s.highlights[1].start, s.highlights[1].length), u"password"_s);
}

TEST(Bm25Test, RareTermsShortFieldsAndTitlesWin)
{
    const SearchQuery q = SearchQuery::all(u"printer toner"_s, false);
    // "printer" is in half of 1000 documents, "toner" in ten.
    const Bm25 bm25(q, {500, 10}, 1000);
    const auto score = [&](const QString& title, const QString& body) {
        return bm25.score(bm25.count({{title, 3.0}, {body, 1.0}}), 20);
    };
    EXPECT_GT(score(u"toner"_s, u"empty"_s), score(u"printer"_s, u"empty"_s)) << "rarer word";
    EXPECT_GT(score(u"printer toner"_s, u"x"_s), score(u"x"_s, u"printer toner"_s)) << "title";
    EXPECT_GT(score(u"x"_s, u"toner"_s),
              score(u"x"_s, u"toner and a very long description of many many other words"_s))
        << "shorter text";
}
