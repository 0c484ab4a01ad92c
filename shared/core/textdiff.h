#pragma once

#include <QString>

namespace frontline::textdiff {

// A line diff of two texts, as unified-diff lines: "  same", "- removed", "+ added". Longest
// common subsequence over lines; texts longer than `maxLines` lines are shown as replaced whole.
QString lines(const QString& before, const QString& after, int maxLines = 3000);

} // namespace frontline::textdiff
