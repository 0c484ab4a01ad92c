#pragma once

#include "api/ldapapi.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace frontline::server {
class BlockingWorker;
class EventBus;
class JobRunner;
class SessionRegistry;
namespace mail {
class SecretSealer;
}
} // namespace frontline::server

namespace frontline::server::ldap {

// A sync of directories, one after the other: each is read on the directory worker (blocking
// libldap) and its changes applied in one write transaction (LdapService::applySync); the
// connections of changed users are refreshed (disabled ones logged out) and its pushes
// (config.changed when people changed) published. `done` gets the sum, on the network thread.
struct SyncWiring
{
    JobRunner& jobs;
    BlockingWorker* const& worker; // ServerContext::directories: null once the server stops
    SessionRegistry& sessions;
    EventBus& events;
};
void syncDirectories(const SyncWiring& wiring, QList<api::LdapDirectory> directories,
                     std::function<void(api::LdapSyncResult)> done);

// The scheduled sync: looks once a minute (and when the clock jumps) for directories whose
// sync_interval_minutes has passed since their last sync, and syncs them. Runs only while
// `active` says so (the server that holds the scheduler's lock).
class DirectorySyncTimer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectorySyncTimer)

public:
    DirectorySyncTimer(SyncWiring wiring, const mail::SecretSealer* sealer,
                       std::function<bool()> active, QObject* parent = nullptr);

    void start();
    void check(); // now

signals:
    void synced(const frontline::api::LdapSyncResult& result);

private:
    SyncWiring m_wiring;
    const mail::SecretSealer* m_sealer;
    std::function<bool()> m_active;
    QTimer m_timer;
    bool m_busy = false;
};

} // namespace frontline::server::ldap
