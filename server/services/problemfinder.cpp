#include "problemfinder.h"

#include "core/timeutil.h"
#include "search/bm25.h"
#include "search/searchquery.h"
#include "services/ticketmutation.h"
#include "storage/problemrepository.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

constexpr int MatchTerms = SearchQuery::MaxTerms;
constexpr int CandidateTerms = 12;

// Words too common in help desk text to say what a ticket is about (English, German,
// French): they would match every known error and group every incident.
const QSet<QString>& commonWords()
{
    static const QSet<QString> words {
        u"the"_s,     u"and"_s,   u"for"_s,   u"with"_s,   u"not"_s,     u"but"_s,    u"are"_s,
        u"was"_s,     u"were"_s,  u"has"_s,   u"have"_s,   u"had"_s,     u"this"_s,   u"that"_s,
        u"from"_s,    u"when"_s,  u"after"_s, u"again"_s,  u"can"_s,     u"cannot"_s, u"does"_s,
        u"doesn"_s,   u"don"_s,   u"all"_s,   u"any"_s,    u"our"_s,     u"you"_s,    u"your"_s,
        u"mine"_s,    u"its"_s,   u"into"_s,  u"out"_s,    u"please"_s,  u"help"_s,   u"thanks"_s,
        u"working"_s, u"work"_s,  u"works"_s, u"issue"_s,  u"problem"_s, u"error"_s,  u"still"_s,
        u"every"_s,   u"some"_s,  u"there"_s, u"what"_s,   u"why"_s,     u"how"_s,    u"who"_s,
        u"will"_s,    u"would"_s, u"could"_s, u"should"_s, u"just"_s,    u"now"_s,    u"today"_s,
        u"been"_s,    u"about"_s, u"since"_s, u"also"_s,   u"they"_s,    u"them"_s,   u"than"_s,
        u"then"_s,    u"very"_s,  u"more"_s,  u"much"_s,   u"like"_s,    u"need"_s,   u"here"_s,
        u"only"_s,    u"same"_s,  u"der"_s,   u"die"_s,    u"das"_s,     u"und"_s,    u"nicht"_s,
        u"ist"_s,     u"mit"_s,   u"les"_s,   u"des"_s,    u"une"_s,     u"est"_s,    u"pas"_s,
        u"pour"_s,    u"dans"_s,
    };
    return words;
}

} // namespace

ProblemFinder::ProblemFinder(SqlSession& session, const WorkflowConfig& workflow,
                             const Principal& principal, qint64 now)
    : m_session(session)
    , m_workflow(workflow)
    , m_principal(principal)
    , m_now(now)
{ }

QStringList ProblemFinder::significantTerms(const QString& text, int limit)
{
    QStringList terms;
    SearchQuery::forEachWord(text, [&](int start, int end) {
        if (terms.size() >= limit)
            return;
        const QString word = SearchQuery::fold(text.mid(start, end - start));
        if (word.size() < 3 || word.size() > SearchQuery::MaxTermLength
            || commonWords().contains(word) || terms.contains(word))
            return;
        bool digits = true;
        for (const QChar c : word)
            digits = digits && c.isDigit();
        if (!digits) // ticket numbers and times say nothing about the subject
            terms.append(word);
    });
    return terms;
}

ServiceResult ProblemFinder::match(const api::ProblemMatchParams& params)
{
    QString text = params.text;
    std::optional<QString> category = params.category;
    api::ProblemMatches result;
    ProblemRepository problems(m_session);
    if (params.ticket) {
        TicketMutation mutation(m_session, m_workflow, m_principal, m_now);
        auto ticket = mutation.loadReadable(*params.ticket);
        if (!ticket)
            return rpc::RpcError::invalidParams(u"ticket"_s, u"no such ticket"_s);
        if (text.isEmpty())
            text = ticket->ticket.title + u'\n' + ticket->ticket.description;
        if (!category && !ticket->ticket.category.isEmpty())
            category = ticket->ticket.category;
        result.linkedProblem = problems.problemOf(ticket->ticket.id);
        if (ticket->ticket.type == TicketType::Problem)
            return Outcome(result); // a problem is not offered itself
    }
    const QStringList terms = significantTerms(text, MatchTerms);
    if (terms.isEmpty())
        return Outcome(result);
    const SearchQuery query = SearchQuery::any(terms.join(u' '), false);
    const QList<ProblemRepository::KnownError> errors = problems.knownErrors(MaxKnownErrors);

    // Term counts first (they do not depend on the frequencies), then the frequencies among
    // the known errors themselves, the corpus being ranked.
    const Bm25 counter(query, {}, 1);
    QList<Bm25::Counts> counts;
    QList<double> frequency(query.terms().size(), 0.0);
    double totalLength = 0;
    for (const ProblemRepository::KnownError& error : errors) {
        counts.append(counter.count({{error.title, 3.0},
                                     {error.description, 1.0},
                                     {error.record.rootCause, 1.0},
                                     {error.record.workaround, 1.0}}));
        totalLength += counts.constLast().length;
        for (qsizetype i = 0; i < frequency.size(); ++i)
            frequency[i] += counts.constLast().termFrequency[i] > 0 ? 1 : 0;
    }
    const Bm25 ranking(query, frequency, double(std::max<qsizetype>(1, errors.size())));
    const double averageLength = errors.isEmpty() ? 1 : totalLength / double(errors.size());
    // A match shares two terms with the incident (one when it has only one).
    const int needed = std::min<int>(2, int(query.terms().size()));
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const auto& tf = counts[i].termFrequency;
        const int shared =
            int(std::count_if(tf.cbegin(), tf.cend(), [](double f) { return f > 0; }));
        if (shared < needed)
            continue;
        const ProblemRepository::KnownError& error = errors[i];
        double score = ranking.score(counts[i], averageLength);
        if (category && error.category.compare(*category, Qt::CaseInsensitive) == 0)
            score *= CategoryBoost;
        result.items.append({error.problemId, error.title, error.category, error.record.rootCause,
                             error.record.workaround, score});
    }
    std::stable_sort(result.items.begin(), result.items.end(),
                     [](const api::KnownErrorMatch& a, const api::KnownErrorMatch& b) {
                         return a.score > b.score;
                     });
    if (result.items.size() > params.limit)
        result.items.resize(params.limit);
    return Outcome(result);
}

ServiceResult ProblemFinder::candidates(const api::ProblemCandidatesParams& params)
{
    const QList<ProblemRepository::RecentIncident> rows =
        ProblemRepository(m_session).recentUnlinkedIncidents(m_now - params.days * timeutil::DayMs,
                                                             MaxCandidateIncidents);
    api::ProblemCandidates result;
    result.scanned = int(rows.size());
    result.capped = rows.size() >= MaxCandidateIncidents;

    QMap<QString, QList<qsizetype>> byCategory; // sorted by name: a stable answer
    for (qsizetype i = 0; i < rows.size(); ++i)
        byCategory[rows[i].incident.category].append(i);
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        const QList<qsizetype>& members = *it;
        if (members.size() < params.minIncidents)
            continue;
        QList<QSet<QString>> termsOf;
        QHash<QString, int> frequency;
        for (qsizetype row : members) {
            const QStringList terms = significantTerms(
                rows[row].incident.title + u'\n' + rows[row].description, CandidateTerms);
            termsOf.append(QSet<QString>(terms.cbegin(), terms.cend()));
            for (const QString& term : terms)
                ++frequency[term];
        }
        QStringList byFrequency = frequency.keys();
        std::sort(byFrequency.begin(), byFrequency.end(), [&](const QString& a, const QString& b) {
            return frequency[a] != frequency[b] ? frequency[a] > frequency[b] : a < b;
        });
        QSet<qsizetype> taken;
        for (const QString& first : std::as_const(byFrequency)) {
            if (frequency[first] < params.minIncidents)
                break;
            QList<qsizetype> group;
            for (qsizetype k = 0; k < members.size(); ++k) {
                if (!taken.contains(k) && termsOf[k].contains(first))
                    group.append(k);
            }
            if (group.size() < params.minIncidents)
                continue;
            // Similar, not merely on the same subject: a second term they share.
            QHash<QString, int> together;
            for (qsizetype k : std::as_const(group)) {
                for (const QString& term : termsOf[k])
                    if (term != first)
                        ++together[term];
            }
            QString second;
            for (auto t = together.cbegin(); t != together.cend(); ++t) {
                if (second.isEmpty() || t.value() > together[second]
                    || (t.value() == together[second] && t.key() < second))
                    second = t.key();
            }
            if (second.isEmpty() || together[second] < params.minIncidents)
                continue;
            api::CandidateProblem candidate;
            candidate.category = it.key();
            QList<qsizetype> chosen;
            for (qsizetype k : std::as_const(group)) {
                if (!termsOf[k].contains(second))
                    continue;
                taken.insert(k);
                chosen.append(k);
                candidate.incidents.append(rows[members[k]].incident);
            }
            // The terms every incident of the group has, most frequent first.
            for (const QString& term : std::as_const(byFrequency)) {
                if (std::all_of(chosen.cbegin(), chosen.cend(),
                                [&](qsizetype k) { return termsOf[k].contains(term); }))
                    candidate.terms.append(term);
            }
            candidate.suggestedTitle =
                u"%1: %2"_s.arg(candidate.category, candidate.terms.mid(0, 3).join(u' '));
            result.items.append(candidate);
        }
    }
    std::stable_sort(result.items.begin(), result.items.end(),
                     [](const api::CandidateProblem& a, const api::CandidateProblem& b) {
                         return a.incidents.size() > b.incidents.size();
                     });
    return Outcome(result);
}

} // namespace frontline::server
