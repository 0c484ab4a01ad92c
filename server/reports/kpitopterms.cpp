#include "kpitopterms.h"

#include "reports/kpifacts.h"
#include "storage/sqlsession.h"

#include <QDate>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

struct Unit
{
    kpi::Span span;
    qint64 day;
};

QList<Unit> unitsOf(qint64 first, qint64 last)
{
    QList<Unit> units;
    for (const kpi::Range& r : kpi::rangesOf(first, last)) {
        if (r.span == kpi::Span::Day) {
            for (qint64 day = r.from; day <= r.to; ++day)
                units.append({kpi::Span::Day, day});
        } else {
            for (QDate month = QDate::fromJulianDay(r.from); month.toJulianDay() <= r.to;
                 month = month.addMonths(1))
                units.append({kpi::Span::Month, month.toJulianDay()});
        }
    }
    return units;
}

bool ranksBefore(const KpiTopTerms::Term& a, const KpiTopTerms::Term& b)
{
    return a.count != b.count ? a.count > b.count : a.term < b.term;
}

// Each term's exact count over [first, last] for `terms`, in a few statements.
QHash<QString, qint64> countsOf(SqlSession& session, const QStringList& terms, qint64 first,
                                qint64 last)
{
    QHash<QString, qint64> counts;
    constexpr int Batch = 16;
    for (qsizetype at = 0; at < terms.size(); at += Batch) {
        QString sql = u"SELECT term, SUM(n) FROM kpi_terms WHERE term IN (?"_s;
        for (int i = 1; i < Batch; ++i)
            sql += u", ?"_s;
        sql += u") AND span = ? AND day >= ? AND day <= ? GROUP BY term"_s;
        Statement q = session.prepare(sql);
        for (const kpi::Range& r : kpi::rangesOf(first, last)) {
            for (int i = 0; i < Batch; ++i)
                q.bind(at + i < terms.size() ? terms.at(at + i) : QString());
            q.bind(static_cast<int>(r.span)).bind(r.from).bind(r.to);
            q.exec();
            while (q.next())
                counts[q.text(0)] += q.int64(1);
        }
    }
    return counts;
}

} // namespace

QList<KpiTopTerms::Term> KpiTopTerms::top(qint64 first, qint64 last, int limit, qint64 minCount)
{
    m_certified = false;
    // Each unit's PerUnit most frequent terms; one more tells what the others stay under.
    struct Seen
    {
        qint64 known = 0; // summed over the units that listed it
        qint64 boundsThere = 0; // those units' bounds
    };
    QHash<QString, Seen> seen;
    qint64 bounds = 0; // the most an unlisted term can have: the units' bounds added up
    Statement q = m_session.prepare(u"SELECT term, n FROM kpi_terms WHERE span = ? AND day = ? "
                                    "ORDER BY n DESC LIMIT "_s
                                    + QString::number(PerUnit + 1));
    for (const Unit& unit : unitsOf(first, last)) {
        q.bind(static_cast<int>(unit.span)).bind(unit.day);
        q.exec();
        QList<std::pair<QString, qint64>> listed;
        qint64 bound = 0;
        while (q.next()) {
            if (listed.size() == PerUnit) {
                bound = q.int64(1);
                break;
            }
            listed.append({q.text(0), q.int64(1)});
        }
        bounds += bound;
        for (const auto& [term, n] : std::as_const(listed)) {
            Seen& s = seen[term];
            s.known += n;
            s.boundsThere += bound;
        }
    }
    // Candidates by the most they can have.
    QList<std::pair<qint64, QString>> candidates;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        candidates.append({it->known + bounds - it->boundsThere, it.key()});
    std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    // Count the best exactly, then as many more as could still beat the last one kept.
    qsizetype counted = std::min<qsizetype>(candidates.size(), 2 * limit);
    for (;;) {
        QStringList terms;
        for (qsizetype i = 0; i < counted; ++i)
            terms.append(candidates.at(i).second);
        const QHash<QString, qint64> exact = countsOf(m_session, terms, first, last);
        QList<Term> ranked;
        for (auto it = exact.cbegin(); it != exact.cend(); ++it) {
            if (*it >= minCount)
                ranked.append({it.key(), *it, 0});
        }
        std::sort(ranked.begin(), ranked.end(), ranksBefore);
        if (ranked.size() > limit)
            ranked.resize(limit);
        // The most a term left out may have: less than the last one kept (a tie would be
        // ordered by the term), or than the minimum while the list is short.
        const qint64 threshold = (ranked.size() == limit ? ranked.constLast().count : minCount) - 1;
        const qint64 others =
            std::max(bounds, counted < candidates.size() ? candidates.at(counted).first : 0);
        if (others <= threshold) {
            m_certified = true;
            return finish(ranked, first, last);
        }
        // Those whose bound beats the threshold, if there are not too many.
        qsizetype needed = counted;
        while (needed < candidates.size() && candidates.at(needed).first > threshold)
            ++needed;
        if (bounds > threshold || needed == counted || needed > 40 * limit)
            break;
        counted = needed;
    }
    return topByFullCount(first, last, limit, minCount);
}

QList<KpiTopTerms::Term> KpiTopTerms::topByFullCount(qint64 first, qint64 last, int limit,
                                                     qint64 minCount)
{
    QHash<QString, qint64> counts;
    Statement q = m_session.prepare(u"SELECT term, SUM(n) FROM kpi_terms WHERE span = ? AND day "
                                    ">= ? AND day <= ? GROUP BY term"_s);
    for (const kpi::Range& r : kpi::rangesOf(first, last)) {
        q.bind(static_cast<int>(r.span)).bind(r.from).bind(r.to);
        q.exec();
        while (q.next())
            counts[q.text(0)] += q.int64(1);
    }
    QList<Term> ranked;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (*it >= minCount)
            ranked.append({it.key(), *it, 0});
    }
    std::sort(ranked.begin(), ranked.end(), ranksBefore);
    if (ranked.size() > limit)
        ranked.resize(limit);
    return finish(ranked, first, last);
}

QList<KpiTopTerms::Term> KpiTopTerms::finish(QList<Term> ranked, qint64 first, qint64 last)
{
    const qint64 length = last - first + 1;
    QStringList terms;
    for (const Term& t : std::as_const(ranked))
        terms.append(t.term);
    const QHash<QString, qint64> previous = countsOf(m_session, terms, first - length, first - 1);
    for (Term& t : ranked)
        t.previous = previous.value(t.term);
    return ranked;
}

} // namespace frontline::server
