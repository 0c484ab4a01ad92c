#include "textdiff.h"

#include <QStringList>

#include <vector>

using namespace Qt::StringLiterals;

namespace frontline::textdiff {

QString lines(const QString& before, const QString& after, int maxLines)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    QStringList out;
    if (a.size() > maxLines || b.size() > maxLines) {
        for (const QString& line : a)
            out << u"- "_s + line;
        for (const QString& line : b)
            out << u"+ "_s + line;
        return out.join(u'\n');
    }
    const size_t n = static_cast<size_t>(a.size());
    const size_t m = static_cast<size_t>(b.size());
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;)
            lcs[i][j] = a[qsizetype(i)] == b[qsizetype(j)] ? lcs[i + 1][j + 1] + 1
                                                           : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    size_t i = 0;
    size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[qsizetype(i)] == b[qsizetype(j)]) {
            out << u"  "_s + a[qsizetype(i)];
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out << u"+ "_s + b[qsizetype(j++)];
        } else {
            out << u"- "_s + a[qsizetype(i++)];
        }
    }
    return out.join(u'\n');
}

} // namespace frontline::textdiff
