#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace frontline::server {

// Counts password guesses in a sliding window, per account name and per client address, and
// refuses further attempts once a limit is reached (at most 100 guesses per account per hour
// by default). Unknown account names are counted too, so the throttle reveals nothing.
//
// A guess is counted when it is allowed (reserve), before the slow hash runs, so that any number
// of concurrent attempts never checks more passwords than the limit; a right guess releases its
// reservation and clears the account, an attempt that was never checked only releases it.
class LoginThrottle
{
public:
    struct Limits
    {
        int perAccount = 100;
        int perAddress = 500;
        qint64 windowMs = 3600 * 1000;
    };

    LoginThrottle();
    explicit LoginThrottle(Limits limits);

    // 0 when an attempt may go ahead, else milliseconds until one may.
    qint64 retryAfter(const QString& account, const QString& address, qint64 now);
    // Like retryAfter, and when it answers 0 the attempt is counted at once (at `now`).
    qint64 reserve(const QString& account, const QString& address, qint64 now);
    // The attempt reserved at `reservedAt` checked no password (a full queue, a storage error).
    void release(const QString& account, const QString& address, qint64 reservedAt);
    void recordFailure(const QString& account, const QString& address, qint64 now);
    // The right password: the account's count starts again.
    void recordSuccess(const QString& account);
    // An admin unlocks the account (user.unlock): its failures are forgotten; the client
    // addresses' counts stay.
    void unlock(const QString& account) { m_accounts.remove(account); }

private:
    using Window = std::deque<qint64>;
    qint64 check(QHash<QString, Window>& table, const QString& key, int limit, qint64 now);
    void prune(Window& window, qint64 now) const;
    static void forgetOne(QHash<QString, Window>& table, const QString& key, qint64 at);
    void maybeSweep(qint64 now);

    Limits m_limits;
    QHash<QString, Window> m_accounts;
    QHash<QString, Window> m_addresses;
    qint64 m_lastSweep = 0;
};

} // namespace frontline::server
