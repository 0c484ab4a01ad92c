#pragma once

#include "search/searchquery.h"

#include <QList>
#include <QString>

namespace frontline::server {

// Okapi BM25 (k1 = 1.2, b = 0.75) over a bounded set of candidates whose text is at hand,
// with weighted fields (BM25F: a title word counts several times). The inverse document
// frequencies come from the caller, estimated from the index (SearchService), so ranking
// costs the candidates' length, never the number of matches.
class Bm25
{
public:
    struct Field
    {
        QString text;
        double weight = 1.0;
    };

    // `documentFrequency[i]` of the query's term i, among `documents`.
    Bm25(const SearchQuery& query, const QList<double>& documentFrequency, double documents);

    // Term counts and length of one candidate; score() needs the average length of all.
    struct Counts
    {
        QList<double> termFrequency; // weighted, per query term
        double length = 0;
    };
    Counts count(const QList<Field>& fields) const;
    double score(const Counts& counts, double averageLength) const;

private:
    const SearchQuery& m_query;
    QList<double> m_idf;
};

} // namespace frontline::server
