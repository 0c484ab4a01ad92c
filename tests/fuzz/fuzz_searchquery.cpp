// What a person types into a search box, and the snippet shown for a hit. The first byte holds
// flags; the rest is the typed text, then (after the first newline) a document. Terms are
// bounded, valid UTF-16, already folded and never carry a quote into FTS5 or tsquery syntax;
// a text matches the exact query typed from it; a snippet's highlights lie inside its text, in
// order, each on a word that matches a term.
#include "fuzzcheck.h"
#include "search/searchquery.h"
#include "search/snippet.h"

using namespace frontline;
using namespace frontline::server;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t flags = data[0];
    const QString input = fuzz::text(data + 1, size - 1);
    const qsizetype newline = input.indexOf(u'\n');
    const QString typed = newline < 0 ? input : input.left(newline);
    const QString document = newline < 0 ? input : input.mid(newline + 1);
    const bool prefix = flags & 1;
    const SearchQuery query =
        (flags & 2) ? SearchQuery::any(typed, prefix) : SearchQuery::all(typed, prefix);

    FUZZ_CHECK(query.terms().size() <= SearchQuery::MaxTerms);
    for (const SearchQuery::Term& t : query.terms()) {
        FUZZ_CHECK(!t.text.isEmpty());
        FUZZ_CHECK(t.text.size() <= SearchQuery::MaxTermLength);
        FUZZ_CHECK(t.lower.size() <= SearchQuery::MaxTermLength);
        FUZZ_CHECK(QStringView(t.text).isValidUtf16());
        FUZZ_CHECK(QStringView(t.lower).isValidUtf16());
        FUZZ_CHECK(!t.text.contains(u'"'));
        FUZZ_CHECK(!t.lower.contains(u'\''));
        FUZZ_CHECK(query.termOf(t.text) >= 0);
    }
    FUZZ_CHECK(query.fts5().count(u'"') == 2 * query.terms().size());
    FUZZ_CHECK(query.tsquery().count(u'\'') == 2 * query.terms().size());
    const SearchQuery cut = query.shortPrefixes();
    FUZZ_CHECK(!cut.hasLongPrefix());
    FUZZ_CHECK(cut.terms().size() == query.terms().size());

    // The typed text matches its own exact query when no word was cut to the length limit.
    bool shortWords = true;
    SearchQuery::forEachWord(typed, [&](int start, int end) {
        if (SearchQuery::fold(typed.mid(start, end - start)).size() >= SearchQuery::MaxTermLength)
            shortWords = false;
    });
    const SearchQuery exact = SearchQuery::all(typed, false);
    if (shortWords && !exact.isEmpty() && exact.terms().size() < SearchQuery::MaxTerms)
        FUZZ_CHECK(exact.matches({typed}));

    const int words = 1 + (flags >> 2) % 40;
    const Snippet snippet = Snippet::around(document, query, words);
    FUZZ_CHECK(!snippet.text.contains(u'\n'));
    int end = 0;
    for (const Snippet::Range& r : snippet.highlights) {
        FUZZ_CHECK(r.start >= end);
        FUZZ_CHECK(r.length > 0);
        FUZZ_CHECK(r.start + r.length <= snippet.text.size());
        end = r.start + r.length;
        FUZZ_CHECK(query.termOfWord(QStringView(snippet.text).mid(r.start, r.length)) >= 0);
    }
    FUZZ_CHECK(snippet.toJson().contains(QStringLiteral("snippet")));
    return 0;
}
