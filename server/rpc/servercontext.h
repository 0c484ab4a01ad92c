#pragma once

#include "rpc/rpcerror.h"

#include <functional>
#include <optional>

namespace frontline::server {

class EventBus;
class HashingPool;
class JobRunner;
class LoginThrottle;
class PresenceTracker;
class RebuildTracker;
class SessionRegistry;
class TokenUsage;
class WorkflowStore;
namespace mail {
class SecretSealer;
}
class BlockingWorker;
struct ServerLimits;

// The services a method handler may use; owned by ServerApp, outliving every connection.
struct ServerContext
{
    JobRunner& jobs;
    HashingPool& hashing;
    WorkflowStore& workflow;
    LoginThrottle& throttle;
    const ServerLimits& limits;
    EventBus& events;
    SessionRegistry& sessions;
    PresenceTracker& presence;
    RebuildTracker& rebuilds; // derived tables rebuilt in the background
    std::function<qint64()> clock;
    std::function<void(qint64)> wake = {}; // the scheduler: look again by this instant
    const mail::SecretSealer* mailSealer = nullptr; // seals mail passwords (mailKeyFile())
    std::function<void()> mailboxesChanged = {}; // the mail intake follows new settings
    std::function<void()> workflowChanged = {}; // a new snapshot installed: other servers read it
    BlockingWorker* directories = nullptr; // libldap's blocking calls (directory login, sync)
    BlockingWorker* mailProbes = nullptr; // mailbox.test's IMAP connection (it may time out)
    TokenUsage* usage = nullptr; // last use of sessions and API tokens, written in batches
    LoginThrottle* resetThrottle = nullptr; // auth.reset.request, per address and per peer
    std::function<void()> webhooksQueued = {}; // the webhook sender looks now (after a commit)
};

// Without a mail key (a server started without one) there is nothing to seal mail passwords
// and webhook secrets with: the methods that store them answer this.
inline std::optional<rpc::RpcError> noMailKey(const ServerContext& ctx)
{
    if (ctx.mailSealer)
        return std::nullopt;
    return rpc::RpcError::unavailable(QStringLiteral("no_mail_key"));
}

} // namespace frontline::server
