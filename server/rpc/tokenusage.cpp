#include "tokenusage.h"

#include "auth/principal.h"

namespace frontline::server {

void TokenUsage::record(const Principal& principal, const QString& peer, qint64 now)
{
    if (principal.tokenHash.isEmpty())
        return;
    Seen& seen = m_pending[principal.tokenHash];
    seen.at = now;
    if (seen.peer != peer)
        seen.peer = peer;
    seen.apiToken = principal.apiTokenId != 0;
}

TokenUsage::Pending TokenUsage::take()
{
    Pending batch;
    batch.swap(m_pending);
    for (auto it = batch.cbegin(); it != batch.cend(); ++it)
        m_writing.insert(it.key(), it.value());
    return batch;
}

const TokenUsage::Seen* TokenUsage::find(const QString& tokenHash) const
{
    if (auto it = m_pending.constFind(tokenHash); it != m_pending.cend())
        return &it.value();
    if (auto it = m_writing.constFind(tokenHash); it != m_writing.cend())
        return &it.value();
    return nullptr;
}

void TokenUsage::written(const Pending& batch)
{
    for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
        auto writing = m_writing.find(it.key());
        if (writing != m_writing.end() && writing->at <= it->at)
            m_writing.erase(writing);
    }
}

} // namespace frontline::server
