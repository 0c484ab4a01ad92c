// Knowledge-base articles as the plain text of their snippets (MarkdownText): any text an
// author may write. The plain text keeps no blank lines, and a line of words alone (letters,
// digits, spaces) reads the same when it is read again.
#include "fuzzcheck.h"
#include "search/markdowntext.h"

#include <QStringList>

using namespace frontline;
using frontline::server::MarkdownText;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString markdown = fuzz::text(data, size);
    const QString plain = MarkdownText::plain(markdown);
    FUZZ_CHECK(!plain.contains(u"\n\n"));
    for (const QString& line : plain.split(u'\n')) {
        // A line of letters, digits and spaces only is already plain.
        bool bare = true;
        for (QChar c : line)
            bare = bare && (c.isLetterOrNumber() || c == u' ');
        if (bare && !line.trimmed().isEmpty())
            FUZZ_CHECK(MarkdownText::inlinePlain(line) == line);
    }
    return 0;
}
