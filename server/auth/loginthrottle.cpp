#include "loginthrottle.h"

namespace frontline::server {

LoginThrottle::LoginThrottle()
    : LoginThrottle(Limits {})
{ }

LoginThrottle::LoginThrottle(Limits limits)
    : m_limits(limits)
{ }

void LoginThrottle::prune(Window& window, qint64 now) const
{
    while (!window.empty() && window.front() <= now - m_limits.windowMs)
        window.pop_front();
}

qint64 LoginThrottle::check(QHash<QString, Window>& table, const QString& key, int limit,
                            qint64 now)
{
    auto it = table.find(key);
    if (it == table.end())
        return 0;
    prune(*it, now);
    if (static_cast<int>(it->size()) < limit)
        return 0;
    // The oldest failure in the window must age out before another guess is allowed.
    return std::max<qint64>(1, it->front() + m_limits.windowMs - now);
}

qint64 LoginThrottle::retryAfter(const QString& account, const QString& address, qint64 now)
{
    maybeSweep(now);
    return std::max(check(m_accounts, account, m_limits.perAccount, now),
                    check(m_addresses, address, m_limits.perAddress, now));
}

qint64 LoginThrottle::reserve(const QString& account, const QString& address, qint64 now)
{
    const qint64 wait = retryAfter(account, address, now);
    if (wait == 0)
        recordFailure(account, address, now);
    return wait;
}

void LoginThrottle::forgetOne(QHash<QString, Window>& table, const QString& key, qint64 at)
{
    auto it = table.find(key);
    if (it == table.end())
        return;
    // Times are appended in order: the reservation is the last entry with its time.
    for (auto entry = it->rbegin(); entry != it->rend(); ++entry) {
        if (*entry == at) {
            it->erase(std::next(entry).base());
            break;
        }
    }
    if (it->empty())
        table.erase(it);
}

void LoginThrottle::release(const QString& account, const QString& address, qint64 reservedAt)
{
    forgetOne(m_accounts, account, reservedAt);
    forgetOne(m_addresses, address, reservedAt);
}

void LoginThrottle::recordFailure(const QString& account, const QString& address, qint64 now)
{
    m_accounts[account].push_back(now);
    m_addresses[address].push_back(now);
}

void LoginThrottle::recordSuccess(const QString& account)
{
    m_accounts.remove(account);
}

void LoginThrottle::maybeSweep(qint64 now)
{
    // Forget windows that emptied, so that guessing many names cannot grow memory forever.
    if (now - m_lastSweep < 60 * 1000)
        return;
    m_lastSweep = now;
    for (QHash<QString, Window>* table : {&m_accounts, &m_addresses}) {
        for (auto it = table->begin(); it != table->end();) {
            prune(*it, now);
            it = it->empty() ? table->erase(it) : std::next(it);
        }
    }
}

} // namespace frontline::server
