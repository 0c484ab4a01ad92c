#pragma once

#include <QString>

namespace frontline::textdiff {

// How much work and text one diff may cost: the longest-common-subsequence table covers at
// most maxCells line pairs (after the common head and tail are set aside), and the diff is at
// most maxChars characters long.
struct Bounds
{
    qsizetype maxCells = 1000 * 1000;
    qsizetype maxChars = 32 * 1024;
};

struct Diff
{
    QString text;
    // Beyond the bounds: the changed lines are shown as removed and added whole, and the text
    // may stop before the end.
    bool truncated = false;
};

// A line diff of two texts, as unified-diff lines: "  same", "- removed", "+ added". When every
// line would not fit in maxChars, only 3 unchanged lines around each change are kept and each
// longer run of unchanged lines is one "@@ N unchanged lines @@" line.
Diff compare(const QString& before, const QString& after, const Bounds& bounds = {});

// compare(...).text.
QString lines(const QString& before, const QString& after);

} // namespace frontline::textdiff
