#include "textdiff.h"

#include <QStringList>

#include <vector>

using namespace Qt::StringLiterals;

namespace frontline::textdiff {
namespace {

constexpr qsizetype Context = 3; // unchanged lines kept around a change in a shortened diff

enum class Kind { Same, Removed, Added };

struct Op
{
    Kind kind;
    const QString* line;
};

QStringView marker(Kind kind)
{
    switch (kind) {
    case Kind::Same:
        break;
    case Kind::Removed:
        return u"- ";
    case Kind::Added:
        return u"+ ";
    }
    return u"  ";
}

// Collects diff lines up to a number of characters.
class Output
{
public:
    explicit Output(qsizetype maxChars)
        : m_maxChars(maxChars)
    { }

    void add(QStringView prefix, QStringView line)
    {
        if (m_full)
            return;
        const qsizetype needed = (m_text.isEmpty() ? 0 : 1) + prefix.size() + line.size();
        if (m_text.size() + needed > m_maxChars) {
            m_full = true;
            return;
        }
        if (!m_text.isEmpty())
            m_text += u'\n';
        m_text += prefix;
        m_text += line;
    }
    bool full() const { return m_full; }
    QString take() { return std::move(m_text); }

private:
    qsizetype m_maxChars;
    QString m_text;
    bool m_full = false;
};

qsizetype fullSize(const std::vector<Op>& ops)
{
    qsizetype size = 0;
    for (const Op& op : ops)
        size += 3 + op.line->size();
    return size;
}

// Every line, or (when that is too long) the changes with Context unchanged lines around each
// and "@@ N unchanged lines @@" for the rest.
Output render(const std::vector<Op>& ops, qsizetype maxChars)
{
    Output out(maxChars);
    if (fullSize(ops) <= maxChars + 1) {
        for (const Op& op : ops)
            out.add(marker(op.kind), *op.line);
        return out;
    }
    const auto count = static_cast<qsizetype>(ops.size());
    std::vector<bool> near(ops.size(), false);
    for (qsizetype i = 0; i < count; ++i) {
        if (ops[size_t(i)].kind == Kind::Same)
            continue;
        for (qsizetype k = std::max<qsizetype>(0, i - Context);
             k <= std::min(count - 1, i + Context); ++k)
            near[size_t(k)] = true;
    }
    for (qsizetype i = 0; i < count && !out.full();) {
        if (near[size_t(i)]) {
            out.add(marker(ops[size_t(i)].kind), *ops[size_t(i)].line);
            ++i;
            continue;
        }
        qsizetype run = 0;
        while (i + run < count && !near[size_t(i + run)])
            ++run;
        out.add(u"@@ ", u"%1 unchanged lines @@"_s.arg(run));
        i += run;
    }
    return out;
}

} // namespace

Diff compare(const QString& before, const QString& after, const Bounds& bounds)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    // The common head and tail cost one comparison per line; only the middle needs the table.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
           && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;

    Diff diff;
    std::vector<Op> ops;
    ops.reserve(size_t(head + tail + n + m));
    for (qsizetype i = 0; i < head; ++i)
        ops.push_back({Kind::Same, &a[i]});
    if (n > 0 && m > 0 && n * m > bounds.maxCells) {
        // Too many pairs to compare: the middle is shown as replaced whole.
        diff.truncated = true;
        for (qsizetype i = 0; i < n; ++i)
            ops.push_back({Kind::Removed, &a[head + i]});
        for (qsizetype j = 0; j < m; ++j)
            ops.push_back({Kind::Added, &b[head + j]});
    } else {
        // lcs[i * (m + 1) + j]: the longest common subsequence of the middles from i and j on.
        const auto width = static_cast<size_t>(m + 1);
        std::vector<int> lcs(static_cast<size_t>(n + 1) * width, 0);
        const auto at = [&](qsizetype i, qsizetype j) -> int& {
            return lcs[static_cast<size_t>(i) * width + static_cast<size_t>(j)];
        };
        for (qsizetype i = n; i-- > 0;)
            for (qsizetype j = m; j-- > 0;)
                at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1
                                                      : std::max(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[head + i] == b[head + j]) {
                ops.push_back({Kind::Same, &a[head + i]});
                ++i;
                ++j;
            } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
                ops.push_back({Kind::Added, &b[head + j++]});
            } else {
                ops.push_back({Kind::Removed, &a[head + i++]});
            }
        }
    }
    for (qsizetype k = a.size() - tail; k < a.size(); ++k)
        ops.push_back({Kind::Same, &a[k]});
    Output out = render(ops, bounds.maxChars);
    diff.truncated = diff.truncated || out.full();
    diff.text = out.take();
    return diff;
}

QString lines(const QString& before, const QString& after)
{
    return compare(before, after).text;
}

} // namespace frontline::textdiff
