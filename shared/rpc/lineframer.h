#pragma once

#include <QByteArray>

#include <optional>

namespace frontline::rpc {

// Splits a byte stream into '\n'-terminated frames and bounds what it buffers: a partial frame
// longer than the limit is refused as soon as it is seen, before more of it is kept.
class LineFramer
{
public:
    explicit LineFramer(qsizetype maxFrameBytes);

    enum class Status { Ok, TooLarge };

    // Appends received bytes. TooLarge means a frame exceeded the limit; the framer is then
    // poisoned (the stream cannot be resynchronised) and the connection should be closed.
    Status append(QByteArrayView bytes);
    // The next complete frame without its '\n' (and without a trailing '\r'); blank frames
    // are skipped.
    std::optional<QByteArray> takeFrame();

    // True once a frame over the limit was seen; the connection should be closed.
    bool failed() const { return m_poisoned; }
    bool hasPartialFrame() const { return m_buffer.size() > m_consumed; }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_consumed; }
    qsizetype maxFrameBytes() const { return m_maxFrameBytes; }

private:
    void compact();

    QByteArray m_buffer;
    qsizetype m_consumed = 0; // bytes at the front of m_buffer already returned
    qsizetype m_scanned = 0; // bytes after m_consumed known to hold no '\n'
    qsizetype m_maxFrameBytes;
    bool m_poisoned = false;
};

} // namespace frontline::rpc
