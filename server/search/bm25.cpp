#include "bm25.h"

#include <cmath>

namespace frontline::server {
namespace {

constexpr double K1 = 1.2;
constexpr double B = 0.75;

} // namespace

Bm25::Bm25(const SearchQuery& query, const QList<double>& documentFrequency, double documents)
    : m_query(query)
{
    for (qsizetype i = 0; i < query.terms().size(); ++i) {
        const double df = i < documentFrequency.size() ? documentFrequency[i] : 1.0;
        m_idf.append(std::log(1.0 + (documents - df + 0.5) / (df + 0.5)));
    }
}

Bm25::Counts Bm25::count(const QList<Field>& fields) const
{
    Counts counts;
    counts.termFrequency.fill(0.0, m_query.terms().size());
    for (const Field& field : fields) {
        SearchQuery::forEachWord(field.text, [&](int start, int end) {
            counts.length += field.weight;
            const int term = m_query.termOfWord(QStringView(field.text).mid(start, end - start));
            if (term >= 0)
                counts.termFrequency[term] += field.weight;
        });
    }
    return counts;
}

double Bm25::score(const Counts& counts, double averageLength) const
{
    const double norm = 1.0 - B + B * counts.length / std::max(1.0, averageLength);
    double score = 0;
    for (qsizetype i = 0; i < m_idf.size(); ++i) {
        const double tf = counts.termFrequency[i];
        score += m_idf[i] * tf * (K1 + 1) / (tf + K1 * norm);
    }
    return score;
}

} // namespace frontline::server
