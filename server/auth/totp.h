#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace frontline::server {

// Time-based one-time passwords (RFC 6238: HMAC-SHA-1, 30-second steps from the epoch) through
// liboath. A secret is 160 random bits; a code is accepted in the step of `now` and one step on
// either side (clock drift), and only in a step later than the last one accepted, so a code
// seen once (over a shoulder, in a log) cannot be used again.
class Totp final
{
public:
    static constexpr int Digits = 6;
    static constexpr int StepSeconds = 30;
    static constexpr int Window = 1; // steps either side of now

    struct Check
    {
        enum class Verdict { Accepted, Wrong, Replayed };
        Verdict verdict = Verdict::Wrong;
        qint64 step = 0; // with Accepted: the step the code belongs to (store it as the last)
    };

    static QByteArray generateSecret(); // 20 bytes from libsodium's randombytes
    static QString base32(const QByteArray& secret); // RFC 4648, no padding
    static QByteArray fromBase32(const QString& text); // empty when it is not base32
    // otpauth://totp/Frontline:<user>?secret=<base32>&issuer=Frontline (the authenticator
    // apps' key URI format).
    static QString uri(const QString& username, const QByteArray& secret);
    // The code of the step containing `unixSeconds` (`digits` long), empty on a library error.
    static QString generate(const QByteArray& secret, qint64 unixSeconds, int digits = Digits);
    // Checks `code` at `nowMs` against the steps now-1..now+1; `lastStep` is the step of the
    // last code accepted (0 for none).
    static Check check(const QByteArray& secret, const QString& code, qint64 nowMs, qint64 lastStep,
                       int digits = Digits);
};

} // namespace frontline::server
