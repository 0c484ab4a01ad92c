#pragma once

#include "app/serveroptions.h"
#include "auth/loginthrottle.h"
#include "core/result.h"
#include "http/metrics.h"
#include "rpc/eventbus.h"
#include "rpc/tokenusage.h"
#include "storage/rebuildtracker.h"
#include "workflow/workflowconfig.h"

#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

namespace frontline::server {

class Clock;
class Dispatcher;
class GroupCommitWriter;
class HashingPool;
class HttpEndpoint; // HTTP and WebSocket transports (issue 23)
class JobRunner;
class KpiRollupWorker;
class MethodRegistry;
class ReaderPool;
class RpcListener;
class SearchBackfill;
class SessionRegistry;
class PresenceTracker;
class Scheduler;
struct ServerContext;
class MailIntakeWorker; // mail intake (issue 19)
namespace mail {
class SecretSealer;
}
namespace notify {
class MailSender;
}
namespace cluster {
class ClusterBus;
class Leadership;
} // namespace cluster
namespace webhooks {
class WebhookSender;
}
class BlockingWorker;
class ResultInbox;
namespace ldap {
class DirectorySyncTimer;
} // namespace ldap

// The whole server, wired: storage (migrated, bootstrapped), workflow configuration, the
// storage threads, the method registry and the listener. main() only parses and starts it.
// Its time comes from `clock` (the system clock when none is given; tests give a manual one,
// which must outlive the server).
class ServerApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerApp)

public:
    explicit ServerApp(ServerOptions options, Clock* clock = nullptr, QObject* parent = nullptr);
    ~ServerApp() override;

    // Everything up to listening. Messages for the operator go to `notices` (e.g. a generated
    // admin password); the error says why the server cannot start.
    Status<QString> start(QStringList* notices = nullptr);
    void stop();

    // Takes over what can change while running from a fresh parse of the options (SIGHUP):
    // see ServerOptions::liveKeys(). Network thread only, like the listener that reads them.
    ServerOptions::Reload reconfigure(const ServerOptions& next);

    QString listenAddress() const; // host:port actually bound
    quint16 port() const;
    quint16 httpPort() const; // the HTTP listener's, 0 when off
    // What /metrics shows; other parts add their figures here (ServerMetrics::addSource).
    ServerMetrics& metrics() { return m_metrics; }
    QStringList methodNames() const;
    // Whether this server runs a singleton role now ("scheduler", "mail-outbox", ...).
    bool leads(const QString& role) const;
    // Webhook deliveries queued or being sent, as of the sender's last round (/metrics).
    qint64 webhookBacklog() const;

signals:
    // After each scheduler round: how many tickets and timers it handled.
    void schedulerRoundFinished(int processed);

private:
    Status<QString> prepareStorage(QStringList* notices);
    // Derived tables behind their source (rollups, search index) catch up in the background.
    Status<QString> startRebuilds();
    Status<QString> startListening();
    // The HTTP listener (--http-port) and what /metrics reads from the rest of the server.
    Status<QString> startHttp(const QSslConfiguration* tls);
    void addMetricSources();
    // Mail intake (issue 19): the key, and one loop per enabled mailbox, read again after
    // every change of the mailboxes.
    void startMailIntake();
    void reloadMailboxes();
    // Several servers on one database: the singleton workers behind leadership, and what
    // crosses between the servers (events, sessions, caches). On SQLite: one server leads all.
    Status<QString> startCluster();
    // The workflow snapshot read again (another server changed it).
    // Reads the workflow again (another server changed it); then `then`, if given.
    void reloadWorkflow(std::function<void()> then = {});
    void startKpis();
    // Writes the last uses noted since the previous flush (one job for all of them).
    void flushTokenUsage(bool stopping = false);

    ServerOptions m_options;
    std::unique_ptr<Clock> m_systemClock; // when no clock is given
    Clock* m_clock;
    WorkflowStore m_workflow;
    LoginThrottle m_throttle;
    // Password reset requests: a few per login and per address each hour.
    LoginThrottle m_resetThrottle {LoginThrottle::Limits {5, 30, 3600 * 1000}};
    // Last use of sessions and API tokens, noted per call, written every UsageFlushMs.
    static constexpr int UsageFlushMs = 5000;
    TokenUsage m_tokenUsage;
    QTimer m_usageTimer;
    EventBus m_events;
    RebuildTracker m_rebuilds;
    qint64 m_searchBacklog = 0; // rows the search index lacked at start (SQLite)
    std::unique_ptr<ResultInbox> m_workerResults; // the mail workers' results, run on this thread
    std::unique_ptr<GroupCommitWriter> m_writer;
    std::unique_ptr<ReaderPool> m_readers;
    std::unique_ptr<KpiRollupWorker> m_kpis; // after the writer it hands its plans to
    std::unique_ptr<SearchBackfill> m_searchBackfill; // likewise
    std::unique_ptr<JobRunner> m_jobs;
    std::unique_ptr<HashingPool> m_hashing;
    std::unique_ptr<SessionRegistry> m_sessions;
    std::unique_ptr<PresenceTracker> m_presence;
    std::unique_ptr<Scheduler> m_scheduler;
    // Notification mails: planned in the writer's transactions, sent by their own worker.
    std::shared_ptr<const mail::SecretSealer> m_mailSealer;
    std::unique_ptr<notify::MailSender> m_mailSender;
    // Webhooks: deliveries queued in the writer's transactions (JobRunner's write hook), sent
    // by their own worker. A singleton worker like the mail sender.
    std::unique_ptr<webhooks::WebhookSender> m_webhookSender;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<MethodRegistry> m_registry;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<RpcListener> m_listener;
    ServerMetrics m_metrics;
    std::unique_ptr<HttpEndpoint> m_http;
    std::unique_ptr<MailIntakeWorker> m_mailIntake; // mail intake
    // Mailbox reloads read on the reader pool and may finish out of order: each is numbered,
    // and a list older than the one applied is dropped.
    quint64 m_mailboxReads = 0;
    quint64 m_mailboxesApplied = 0;
    quint64 m_workflowReads = 0; // reloadWorkflow: reads asked for, and the newest one applied
    quint64 m_workflowApplied = 0;
    // Directory login and sync (LDAP): libldap's blocking calls on threads of their own.
    std::unique_ptr<BlockingWorker> m_directoryWorker;
    std::unique_ptr<BlockingWorker> m_mailProbes; // mailbox.test
    std::unique_ptr<ldap::DirectorySyncTimer> m_directorySync;
    std::unique_ptr<cluster::ClusterBus> m_cluster; // PostgreSQL only
    std::unique_ptr<cluster::Leadership> m_leadership;
    qint64 m_wakeTold = 0; // the earliest wake-up told to the scheduler's server
};

} // namespace frontline::server
