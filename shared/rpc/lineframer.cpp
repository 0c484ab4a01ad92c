#include "lineframer.h"

namespace frontline::rpc {

LineFramer::LineFramer(qsizetype maxFrameBytes)
    : m_maxFrameBytes(maxFrameBytes)
{ }

LineFramer::Status LineFramer::append(QByteArrayView bytes)
{
    if (m_poisoned)
        return Status::TooLarge;
    compact();
    // Only the part after the last newline can grow into an oversized frame; check it before
    // keeping the bytes, so a peer can never make us buffer more than the limit plus one read.
    const qsizetype lastNewline = bytes.lastIndexOf('\n');
    const qsizetype tail =
        lastNewline < 0 ? bufferedBytes() + bytes.size() : bytes.size() - lastNewline - 1;
    if (tail > m_maxFrameBytes) {
        m_poisoned = true;
        return Status::TooLarge;
    }
    m_buffer.append(bytes);
    // Frames completed by this chunk are checked in takeFrame().
    return Status::Ok;
}

std::optional<QByteArray> LineFramer::takeFrame()
{
    while (!m_poisoned) {
        const qsizetype from = m_consumed + m_scanned;
        const qsizetype newline = m_buffer.indexOf('\n', from);
        if (newline < 0) {
            m_scanned = m_buffer.size() - m_consumed;
            return std::nullopt;
        }
        qsizetype end = newline;
        if (end > m_consumed && m_buffer.at(end - 1) == '\r')
            --end;
        const qsizetype length = end - m_consumed;
        const qsizetype start = m_consumed;
        m_consumed = newline + 1;
        m_scanned = 0;
        if (length > m_maxFrameBytes) {
            m_poisoned = true;
            return std::nullopt;
        }
        QByteArrayView frame(m_buffer.constData() + start, length);
        if (frame.trimmed().isEmpty())
            continue;
        return frame.toByteArray();
    }
    return std::nullopt;
}

void LineFramer::compact()
{
    if (m_consumed == 0)
        return;
    if (m_consumed >= m_buffer.size()) {
        m_buffer.resize(0); // keeps the capacity for the next frames
    } else {
        m_buffer.remove(0, m_consumed);
    }
    m_consumed = 0;
}

} // namespace frontline::rpc
