#include "snippet.h"

#include "search/markdowntext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

struct Word
{
    int start = 0;
    int end = 0;
    int term = -1; // index of the query term it matches, -1 when none
};

QList<Word> wordsOf(const QString& text, const SearchQuery& query)
{
    QList<Word> words;
    SearchQuery::forEachWord(text, [&](int start, int end) {
        words.append({start, end, query.termOfWord(QStringView(text).mid(start, end - start))});
    });
    return words;
}

} // namespace

Snippet Snippet::around(const QString& text, const SearchQuery& query, int window)
{
    Snippet snippet;
    const QList<Word> words = wordsOf(text, query);
    if (words.isEmpty())
        return snippet;
    // The window with the most distinct terms, then the most hits, earliest first; slid one
    // word at a time with per-term counts, so a long text costs one pass.
    qsizetype best = 0;
    int bestDistinct = -1;
    int bestHits = -1;
    QList<int> perTerm(query.terms().size(), 0);
    int distinct = 0;
    int hits = 0;
    const auto add = [&](qsizetype k, int delta) {
        const int term = words[k].term;
        if (term < 0)
            return;
        hits += delta;
        if (delta > 0 && perTerm[term]++ == 0)
            ++distinct;
        if (delta < 0 && --perTerm[term] == 0)
            --distinct;
    };
    qsizetype end = 0; // one past the window's last word
    for (qsizetype first = 0; first < words.size(); ++first) {
        if (first > 0)
            add(first - 1, -1);
        for (; end < std::min<qsizetype>(words.size(), first + window); ++end)
            add(end, +1);
        if (first > 0 && words[first].term < 0)
            continue; // a window worth showing starts at a hit (or at the beginning)
        if (distinct > bestDistinct || (distinct == bestDistinct && hits > bestHits)) {
            best = first;
            bestDistinct = distinct;
            bestHits = hits;
        }
    }
    // Lead in with a few words of context before the first hit.
    qsizetype first = best > 0 ? std::max<qsizetype>(0, best - 3) : 0;
    const qsizetype last = std::min<qsizetype>(words.size(), first + window) - 1;
    const int from = first == 0 ? 0 : words[first].start;
    const int to = last == words.size() - 1 ? int(text.size()) : words[last].end;
    const QString ellipsis = u"\u2026"_s;
    const int offset = first == 0 ? 0 : int(ellipsis.size());
    if (first > 0)
        snippet.text = ellipsis;
    QString body = text.mid(from, to - from);
    for (QChar& c : body) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    snippet.text += body;
    if (last < words.size() - 1)
        snippet.text += ellipsis;
    for (qsizetype k = first; k <= last; ++k) {
        if (words[k].term >= 0)
            snippet.highlights.append(
                {words[k].start - from + offset, words[k].end - words[k].start});
    }
    return snippet;
}

Snippet Snippet::ofMarkdown(const QString& markdown, const SearchQuery& query, int words)
{
    return around(MarkdownText::plain(markdown), query, words);
}

QJsonObject Snippet::toJson() const
{
    QJsonArray ranges;
    for (const Range& r : highlights)
        ranges.append(QJsonArray {r.start, r.length});
    return QJsonObject {{"snippet"_L1, text}, {"highlights"_L1, ranges}};
}

} // namespace frontline::server
