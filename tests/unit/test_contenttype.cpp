// What an attachment is, from its bytes and its name.
#include "services/contenttype.h"

#include <gtest/gtest.h>

using namespace frontline::server;
using namespace Qt::StringLiterals;

TEST(ContentType, BytesDecideAndNamesOnlyRefinePlainText)
{
    EXPECT_EQ(recogniseContentType(u"shot.png"_s, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), u"image/png"_s);
    EXPECT_EQ(recogniseContentType(u"report.csv"_s, "id,title\n1,VPN\n"), u"text/csv"_s);
    // A text named like a program stays text.
    EXPECT_EQ(recogniseContentType(u"install.sh"_s, "echo hello\n"), u"text/plain"_s);
    EXPECT_EQ(recogniseContentType(u"a.desktop"_s, "hello\n"), u"text/plain"_s);
}

// Found by fuzz_attachment: a name with NUL characters before its extension made
// QMimeDatabase::mimeTypeForFile read outside its cache and crash the process. attachment.add
// refuses such names, but the recogniser is not to rely on that.
TEST(ContentType, NamesWithControlCharactersDoNotCrashTheRecogniser)
{
    const QString name = u"CON"_s + QString(28, QChar(0)) + u".txt"_s;
    EXPECT_EQ(recogniseContentType(name, "hello"), u"text/plain"_s);
    EXPECT_EQ(recogniseContentType(u"a\u0001b.csv"_s, "id,title\n"), u"text/plain"_s);
}
