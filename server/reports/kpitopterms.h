#pragma once

#include <QList>
#include <QString>

namespace frontline::server {

class SqlSession;

// The most frequent title terms of a period (top affected items), exactly, without adding up
// every term of every day: kpi_terms has each term's count per day and per month, and an index
// of each unit's terms by count. The period's units (its whole months and edge days) each give
// their K most frequent terms and the count no term beyond them exceeds; summed, those bound
// every term's count from above. The best candidates are then counted exactly, and the answer
// is certain once no other term's bound reaches the last one kept. When the bounds are too loose
// for that (terms of a flat frequency), every term of the period is added up instead.
class KpiTopTerms
{
public:
    explicit KpiTopTerms(SqlSession& session)
        : m_session(session)
    { }

    struct Term
    {
        QString term;
        qint64 count = 0; // tickets created in the period whose title has it
        qint64 previous = 0; // the same in the period of the same length before
        friend bool operator==(const Term&, const Term&) = default;
    };

    // The `limit` terms of [first, last] (Julian days) found in at least `minCount` tickets,
    // most frequent first, ties by term.
    QList<Term> top(qint64 first, qint64 last, int limit, qint64 minCount);
    // The same by adding up every term of the period (the fallback, and the tests' reference).
    QList<Term> topByFullCount(qint64 first, qint64 last, int limit, qint64 minCount);

    // How the last top() was answered (for the tests).
    bool lastWasCertified() const { return m_certified; }

    // Terms each unit offers as candidates.
    static constexpr int PerUnit = 32;

private:
    // Adds the previous period's counts.
    QList<Term> finish(QList<Term> ranked, qint64 first, qint64 last);

    SqlSession& m_session;
    bool m_certified = false;
};

} // namespace frontline::server
