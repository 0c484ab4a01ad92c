#include "searchquery.h"

#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace frontline::server {

QString SearchQuery::fold(const QString& word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_KD).toLower();
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded;
}

SearchQuery SearchQuery::all(const QString& typed, bool lastIsPrefix)
{
    return parse(typed, true, lastIsPrefix);
}

SearchQuery SearchQuery::any(const QString& typed, bool lastIsPrefix)
{
    // Any word may match, so the words every text has would match everything: in a large
    // knowledge base their document frequency says so, in a small one this list does.
    static const QSet<QString> common = [] {
        QSet<QString> words;
        for (const char* w :
             {"a",   "an",   "and",  "are",   "as",   "at",   "be",   "but",   "by",   "can",
              "do",  "does", "for",  "from",  "has",  "have", "how",  "i",     "if",   "in",
              "is",  "it",   "its",  "me",    "my",   "no",   "not",  "of",    "on",   "or",
              "our", "so",   "that", "the",   "this", "to",   "was",  "we",    "what", "when",
              "why", "with", "you",  "your",  "der",  "die",  "das",  "ein",   "eine", "und",
              "ist", "ich",  "mit",  "nicht", "auf",  "fur",  "mein", "meine", "es",   "zu",
              "im",  "le",   "la",   "les",   "un",   "une",  "et",   "est",   "je",   "de",
              "des", "du",   "pour", "mon",   "ma",   "mes",  "ne",   "pas",   "en",   "au"})
            words.insert(QString::fromLatin1(w));
        return words;
    }();
    SearchQuery query = parse(typed, false, lastIsPrefix);
    query.m_terms.removeIf([](const Term& t) { return !t.prefix && common.contains(t.text); });
    return query;
}

SearchQuery SearchQuery::single(const Term& term)
{
    return ofTerms({term}, true);
}

SearchQuery SearchQuery::exact() const
{
    SearchQuery query = *this;
    for (Term& t : query.m_terms)
        t.prefix = false;
    return query;
}

SearchQuery SearchQuery::shortPrefixes() const
{
    SearchQuery query = *this;
    for (Term& t : query.m_terms) {
        if (t.prefix && t.text.size() > 3) {
            t.text.truncate(3);
            t.lower.truncate(3);
        }
    }
    return query;
}

bool SearchQuery::hasLongPrefix() const
{
    for (const Term& t : m_terms) {
        if (t.prefix && t.text.size() > 3)
            return true;
    }
    return false;
}

SearchQuery SearchQuery::ofTerms(const QList<Term>& terms, bool all)
{
    SearchQuery query;
    query.m_terms = terms;
    query.m_all = all;
    return query;
}

SearchQuery SearchQuery::parse(const QString& typed, bool all, bool lastIsPrefix)
{
    SearchQuery query;
    query.m_all = all;
    forEachWord(typed, [&](int start, int end) {
        const QString word = typed.mid(start, end - start);
        const QString folded = fold(word).left(MaxTermLength);
        if (query.m_terms.size() >= MaxTerms)
            return;
        for (const Term& t : std::as_const(query.m_terms)) {
            if (t.text == folded)
                return;
        }
        query.m_terms.append({folded, word.toLower().left(MaxTermLength), false});
    });
    const bool typingLastWord = lastIsPrefix && !typed.isEmpty()
        && (typed.back().isLetterOrNumber() || typed.back().category() == QChar::Mark_NonSpacing);
    if (typingLastWord && !query.m_terms.isEmpty()) {
        Term& last = query.m_terms.last();
        // One typed letter would expand to a large part of the vocabulary: while a word is
        // that short it only counts once a second letter comes (or the word stands alone).
        if (last.text.size() >= 2)
            last.prefix = true;
        else if (query.m_terms.size() > 1)
            query.m_terms.removeLast();
    }
    return query;
}

QString SearchQuery::fts5(const QString& scope) const
{
    QStringList parts;
    for (const Term& t : m_terms)
        parts.append(u'"' + t.text + u'"' + (t.prefix ? u"*"_s : QString()));
    const QString expression = parts.join(m_all ? u" AND "_s : u" OR "_s);
    return scope.isEmpty() ? expression : scope + u" : ("_s + expression + u')';
}

QString SearchQuery::tsquery() const
{
    QStringList parts;
    for (const Term& t : m_terms)
        parts.append(u'\'' + t.lower + u'\'' + (t.prefix ? u":*"_s : QString()));
    return parts.join(m_all ? u" & "_s : u" | "_s);
}

int SearchQuery::termOfWord(QStringView word) const
{
    bool ascii = true;
    for (const QChar c : word) {
        if (c.unicode() >= 128) {
            ascii = false;
            break;
        }
    }
    if (!ascii)
        return termOf(fold(word.toString()));
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        const Term& t = m_terms[i];
        const bool fits = t.prefix ? word.size() >= t.text.size() : word.size() == t.text.size();
        if (fits && word.left(t.text.size()).compare(t.text, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

bool SearchQuery::termsIn(const QString& text) const
{
    bool found = false;
    forEachWord(text, [&](int start, int end) {
        if (!found)
            found = termOfWord(QStringView(text).mid(start, end - start)) >= 0;
    });
    return found;
}

bool SearchQuery::matches(const QStringList& texts) const
{
    QList<bool> found(m_terms.size(), false);
    for (const QString& text : texts) {
        forEachWord(text, [&](int start, int end) {
            const int term = termOfWord(QStringView(text).mid(start, end - start));
            if (term >= 0)
                found[term] = true;
        });
    }
    return m_all ? !found.contains(false) : found.contains(true);
}

int SearchQuery::termOf(const QString& foldedWord) const
{
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        const Term& t = m_terms[i];
        if (t.prefix ? foldedWord.startsWith(t.text) : foldedWord == t.text)
            return int(i);
    }
    return -1;
}

} // namespace frontline::server
