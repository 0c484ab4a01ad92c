#include "titleterms.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

const QSet<QString>& stopWordList()
{
    static const QSet<QString> words {
        // English
        u"a"_s, u"an"_s, u"the"_s, u"and"_s, u"or"_s, u"but"_s, u"of"_s, u"to"_s, u"in"_s, u"on"_s,
        u"at"_s, u"for"_s, u"from"_s, u"with"_s, u"without"_s, u"by"_s, u"is"_s, u"are"_s, u"was"_s,
        u"be"_s, u"been"_s, u"it"_s, u"its"_s, u"my"_s, u"our"_s, u"your"_s, u"me"_s, u"we"_s,
        u"i"_s, u"you"_s, u"can"_s, u"cannot"_s, u"can't"_s, u"not"_s, u"no"_s, u"does"_s,
        u"doesn"_s, u"don"_s, u"do"_s, u"after"_s, u"before"_s, u"when"_s, u"again"_s, u"please"_s,
        u"help"_s, u"need"_s, u"new"_s, u"into"_s, u"this"_s, u"that"_s, u"has"_s, u"have"_s,
        u"will"_s, u"won"_s, u"t"_s, u"s"_s, u"up"_s, u"out"_s, u"any"_s, u"all"_s, u"some"_s,
        u"since"_s, u"still"_s, u"every"_s, u"few"_s, u"minutes"_s, u"second"_s, u"seconds"_s,
        u"times"_s, u"today"_s, u"very"_s, u"just"_s, u"only"_s, u"now"_s, u"how"_s, u"what"_s,
        u"why"_s, u"there"_s,
        // German
        u"der"_s, u"die"_s, u"das"_s, u"und"_s, u"oder"_s, u"ein"_s, u"eine"_s, u"nicht"_s,
        u"mit"_s, u"von"_s, u"zu"_s, u"im"_s, u"ist"_s, u"bei"_s, u"auf"_s, u"für"_s, u"kein"_s,
        u"keine"_s, u"geht"_s, u"den"_s, u"dem"_s, u"des"_s,
        // French
        u"le"_s, u"la"_s, u"les"_s, u"un"_s, u"une"_s, u"des"_s, u"du"_s, u"de"_s, u"et"_s, u"ou"_s,
        u"ne"_s, u"pas"_s, u"sur"_s, u"pour"_s, u"avec"_s, u"dans"_s, u"est"_s, u"plus"_s, u"mon"_s,
        u"ma"_s, u"mes"_s};
    return words;
}

// The same words as views of those static strings, found without making a string.
const QHash<QStringView, bool>& stopWords()
{
    static const QHash<QStringView, bool> words = [] {
        QHash<QStringView, bool> views;
        for (const QString& word : stopWordList())
            views.insert(QStringView(word), true);
        return views;
    }();
    return words;
}

} // namespace

const QList<QStringView>& TitleTermScanner::scan(QStringView title)
{
    // Characters are lower-cased one by one (as QChar::toLower), so a word keeps its length.
    m_lower.resize(title.size());
    for (qsizetype i = 0; i < title.size(); ++i)
        m_lower[i] = title[i].toLower();
    const QStringView lower(m_lower);
    m_words.clear();
    qsizetype start = -1;
    const auto finish = [&](qsizetype end) {
        if (start < 0)
            return;
        const QStringView word = lower.sliced(start, end - start);
        start = -1;
        bool digits = true;
        for (QChar c : word)
            digits = digits && c.isDigit();
        m_words.append(digits || stopWords().contains(word) ? QStringView() : word);
    };
    for (qsizetype i = 0; i < lower.size(); ++i) {
        if (title[i].isLetterOrNumber()) {
            if (start < 0)
                start = i;
        } else {
            finish(i);
        }
    }
    finish(lower.size());

    // Room for every pair before the first is written: the views stay where they point.
    m_pairs.truncate(0); // keeps its capacity (clear() would free it)
    m_pairs.reserve(2 * lower.size() + m_words.size() + 1);
    m_terms.clear();
    const auto add = [this](QStringView term) {
        if (!m_terms.contains(term))
            m_terms.append(term);
    };
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const QStringView word = m_words[i];
        if (word.isEmpty())
            continue;
        add(word);
        if (i + 1 < m_words.size() && !m_words[i + 1].isEmpty()) {
            const qsizetype at = m_pairs.size();
            m_pairs.append(word).append(u' ').append(m_words[i + 1]);
            add(QStringView(m_pairs).sliced(at, word.size() + 1 + m_words[i + 1].size()));
        }
    }
    return m_terms;
}

QStringList titleTerms(const QString& title)
{
    TitleTermScanner scanner;
    QStringList terms;
    for (QStringView term : scanner.scan(title))
        terms.append(term.toString());
    return terms;
}

} // namespace frontline::server
