#pragma once

#include <QList>
#include <QString>

namespace frontline::server {

// What a person typed into a search box, as the terms every engine understands: words of
// letters and digits, folded to lower case without diacritics. As-you-type, the last word may
// be a prefix ("pass" finds "password").
class SearchQuery
{
public:
    struct Term
    {
        QString text; // folded: what FTS5 (remove_diacritics) and the snippets compare
        QString lower; // as typed, in lower case: PostgreSQL's 'simple' keeps diacritics
        bool prefix = false;
    };

    static constexpr int MaxTerms = 16;
    static constexpr int MaxTermLength = 64;

    // All terms must match (a search box).
    static SearchQuery all(const QString& typed, bool lastIsPrefix = true);
    // Any term may match, the best matches first (suggestions from a ticket being written).
    static SearchQuery any(const QString& typed, bool lastIsPrefix = true);
    // One term on its own (its document frequency).
    static SearchQuery single(const Term& term);
    // The same words, none of them a prefix.
    SearchQuery exact() const;
    // A prefix longer than FTS5's prefix indexes (2 and 3 letters): FTS5 then gathers every
    // match of every word it expands to before the first row comes out.
    bool hasLongPrefix() const;
    // The same, each long prefix cut to the three letters FTS5 indexes prefixes of.
    SearchQuery shortPrefixes() const;
    // Chosen terms of another query.
    static SearchQuery ofTerms(const QList<Term>& terms, bool all);

    bool isEmpty() const { return m_terms.isEmpty(); }
    bool matchAll() const { return m_all; }
    const QList<Term>& terms() const { return m_terms; }

    // FTS5 MATCH syntax, every term quoted; `scope` (an FTS5 column filter such as
    // "{title description}") restricts the terms to those columns.
    QString fts5(const QString& scope = QString()) const;
    // PostgreSQL to_tsquery('simple', ...) syntax.
    QString tsquery() const;

    // Lower case, diacritics removed: how both engines and the snippet compare words.
    static QString fold(const QString& word);
    // Calls f(start, end) for each word of `text` (letters, digits and their marks).
    template<typename F> static void forEachWord(const QString& text, F&& f)
    {
        const qsizetype n = text.size();
        qsizetype i = 0;
        while (i < n) {
            while (i < n && !text[i].isLetterOrNumber())
                ++i;
            const qsizetype start = i;
            while (i < n
                   && (text[i].isLetterOrNumber()
                       || (text[i].unicode() >= 0x300
                           && text[i].category() == QChar::Mark_NonSpacing)))
                ++i;
            if (i > start)
                f(int(start), int(i));
        }
    }

    // The index of the term a folded word matches (exactly, or as a prefix), -1 when none.
    int termOf(const QString& foldedWord) const;
    // The same for a word as it stands in a text (not folded yet): ASCII words, most of them,
    // are compared in place, without folding or allocating.
    int termOfWord(QStringView word) const;
    // Whether any word of `text` matches a term.
    bool termsIn(const QString& text) const;
    // Whether the texts together match the query as an engine would: every term (or any).
    bool matches(const QStringList& texts) const;

private:
    static SearchQuery parse(const QString& typed, bool all, bool lastIsPrefix);

    QList<Term> m_terms;
    bool m_all = true;
};

} // namespace frontline::server
