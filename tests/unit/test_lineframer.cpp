#include "rpc/lineframer.h"

#include <QString>

#include <gtest/gtest.h>

using frontline::rpc::LineFramer;

TEST(LineFramer, SplitsFramesAcrossChunks)
{
    LineFramer framer(1024);
    ASSERT_EQ(framer.append("{\"a\":"), LineFramer::Status::Ok);
    EXPECT_FALSE(framer.takeFrame().has_value());
    EXPECT_TRUE(framer.hasPartialFrame());
    ASSERT_EQ(framer.append("1}\n{\"b\":2}\r\n{\"c\""), LineFramer::Status::Ok);
    EXPECT_EQ(framer.takeFrame().value(), QByteArray("{\"a\":1}"));
    EXPECT_EQ(framer.takeFrame().value(), QByteArray("{\"b\":2}")); // CR of CRLF dropped
    EXPECT_FALSE(framer.takeFrame().has_value());
    ASSERT_EQ(framer.append(":3}\n"), LineFramer::Status::Ok);
    EXPECT_EQ(framer.takeFrame().value(), QByteArray("{\"c\":3}"));
    EXPECT_FALSE(framer.hasPartialFrame());
}

TEST(LineFramer, SkipsBlankLines)
{
    LineFramer framer(1024);
    ASSERT_EQ(framer.append("\n  \n1\n\n"), LineFramer::Status::Ok);
    EXPECT_EQ(framer.takeFrame().value(), QByteArray("1"));
    EXPECT_FALSE(framer.takeFrame().has_value());
}

TEST(LineFramer, RefusesAnOversizedFrameBeforeBufferingIt)
{
    LineFramer framer(100);
    ASSERT_EQ(framer.append(QByteArray(60, 'x')), LineFramer::Status::Ok);
    // The next chunk would make the unfinished frame 120 bytes: refused, and not kept.
    EXPECT_EQ(framer.append(QByteArray(60, 'x')), LineFramer::Status::TooLarge);
    EXPECT_TRUE(framer.failed());
    EXPECT_LE(framer.bufferedBytes(), 100);
    EXPECT_EQ(framer.append("\n"), LineFramer::Status::TooLarge) << "a failed stream stays failed";
}

TEST(LineFramer, RefusesAnOversizedCompleteFrameInOneChunk)
{
    LineFramer framer(10);
    ASSERT_EQ(framer.append(QByteArray(QByteArray("short\n") + QByteArray(50, 'y') + "\nnext\n")),
              LineFramer::Status::Ok);
    EXPECT_EQ(framer.takeFrame().value(), QByteArray("short"));
    EXPECT_FALSE(framer.takeFrame().has_value());
    EXPECT_TRUE(framer.failed());
}

TEST(LineFramer, AcceptsAFrameOfExactlyTheLimit)
{
    LineFramer framer(10);
    ASSERT_EQ(framer.append(QByteArray(QByteArray(10, 'z') + '\n')), LineFramer::Status::Ok);
    EXPECT_EQ(framer.takeFrame().value().size(), 10);
}
