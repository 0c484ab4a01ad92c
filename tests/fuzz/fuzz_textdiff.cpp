// Line diffs of knowledge-base article versions. The first two bytes choose the bounds; the rest
// is the two texts, split at the first NUL. The diff stays within its character bound, and when
// it shows every line (nothing truncated, no "@@" runs) both texts can be read back from it.
#include "core/textdiff.h"
#include "fuzzcheck.h"

#include <QStringList>

using namespace frontline;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    textdiff::Bounds bounds;
    bounds.maxChars = 16 + qsizetype(data[0]) * 16;
    bounds.maxCells = qsizetype(data[1]) * data[1];
    const QString input = fuzz::text(data + 2, size - 2);
    const qsizetype nul = input.indexOf(QChar(0));
    const QString before = nul < 0 ? input : input.left(nul);
    const QString after = nul < 0 ? QString() : input.mid(nul + 1);

    const textdiff::Diff diff = textdiff::compare(before, after, bounds);
    FUZZ_CHECK(diff.text.size() <= bounds.maxChars);
    if (diff.text.isEmpty()) { // not even the first line fitted
        FUZZ_CHECK(diff.truncated);
        return 0;
    }
    const QStringList lines = diff.text.split(u'\n');
    bool complete = !diff.truncated;
    QStringList a;
    QStringList b;
    for (const QString& line : lines) {
        if (line.startsWith(u"@@ ")) {
            complete = false;
            continue;
        }
        FUZZ_CHECK(line.startsWith(u"  ") || line.startsWith(u"- ") || line.startsWith(u"+ "));
        if (!line.startsWith(u'+'))
            a.append(line.mid(2));
        if (!line.startsWith(u'-'))
            b.append(line.mid(2));
    }
    if (complete) {
        FUZZ_CHECK(a.join(u'\n') == before);
        FUZZ_CHECK(b.join(u'\n') == after);
    }
    if (before == after && !diff.truncated)
        FUZZ_CHECK(!diff.text.contains(u"\n- ") && !diff.text.startsWith(u"- "));
    return 0;
}
