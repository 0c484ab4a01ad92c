// The line framer: the first two bytes choose the frame limit and how the rest is cut into
// reads; whatever the cuts, the frames are the stream's non-blank lines (without '\n' and a
// trailing '\r'), a stream whose lines all fit is never refused, and the framer never
// buffers more than the limit once it has handed out the complete frames.
#include "fuzzcheck.h"
#include "rpc/lineframer.h"

#include <QList>

using namespace frontline;
using frontline::rpc::LineFramer;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const qsizetype limit = 1 + data[0] % 64;
    const int cutSeed = data[1];
    const QByteArrayView stream = fuzz::bytes(data + 2, size - 2);

    // What the frames must be, line by line.
    QList<QByteArray> expected;
    bool allLinesFit = true;
    qsizetype start = 0;
    while (start <= stream.size()) {
        const qsizetype newline = stream.indexOf('\n', start);
        const qsizetype end = newline < 0 ? stream.size() : newline;
        QByteArrayView line = stream.sliced(start, end - start);
        if (line.size() > limit)
            allLinesFit = false;
        if (newline < 0)
            break;
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            expected.append(line.toByteArray());
        start = newline + 1;
    }

    LineFramer framer(limit);
    QList<QByteArray> frames;
    qsizetype offset = 0;
    unsigned seed = unsigned(cutSeed) * 2654435761u + 1;
    while (offset < stream.size()) {
        seed = seed * 1103515245u + 12345u;
        const qsizetype read = std::min<qsizetype>(1 + (seed >> 16) % 97, stream.size() - offset);
        const bool failedBefore = framer.failed();
        const auto status = framer.append(stream.sliced(offset, read));
        offset += read;
        if (status == LineFramer::Status::TooLarge) {
            FUZZ_CHECK(framer.failed());
            // Refused before it is kept: only the unfinished frame from before stays.
            if (!failedBefore)
                FUZZ_CHECK(framer.bufferedBytes() <= limit);
            break;
        }
        while (auto frame = framer.takeFrame()) {
            FUZZ_CHECK(!frame->contains('\n'));
            FUZZ_CHECK(frame->size() <= limit);
            frames.append(*frame);
        }
        if (!framer.failed()) // what stays is at most one unfinished frame
            FUZZ_CHECK(framer.bufferedBytes() <= limit);
    }
    if (allLinesFit)
        FUZZ_CHECK(!framer.failed());
    // Up to the refusal (if any), the frames are the stream's lines in order.
    FUZZ_CHECK(frames.size() <= expected.size());
    for (qsizetype i = 0; i < frames.size(); ++i)
        FUZZ_CHECK(frames[i] == expected[i]);
    if (!framer.failed())
        FUZZ_CHECK(frames.size() == expected.size());
    return 0;
}
