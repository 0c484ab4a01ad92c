#include "serverapp.h"

#include "api/eventapi.h"
#include "api/methods.h"
#include "app/bootstrap.h"
#include "app/clock.h"
#include "app/scheduler.h"
#include "cluster/clusterbus.h"
#include "cluster/leadership.h"
#include "demo/demoseeder.h"
#include "http/httpendpoint.h"
#include "ldap/directorysync.h"
#include "logging.h"
#include "mail/secretsealer.h"
#include "notify/mailsender.h"
#include "notify/notifyplanner.h"
#include "reports/kpirollupworker.h"
#include "rpc/dispatcher.h"
#include "rpc/methodregistry.h"
#include "rpc/presencetracker.h"
#include "rpc/rpclistener.h"
#include "rpc/servercontext.h"
#include "rpc/sessionregistry.h"
#include "search/searchbackfill.h"
#include "search/searchindexer.h"
#include "services/blockingworker.h"
#include "services/configservice.h"
#include "services/hashingpool.h"
#include "services/jobrunner.h"
#include "services/mailboxservice.h" // mail intake
#include "services/mailintakeworker.h" // mail intake
#include "services/resultinbox.h"
#include "services/tokenservice.h"
#include "storage/groupcommitwriter.h"
#include "storage/migrations.h"
#include "storage/readerpool.h"
#include "storage/sqlsession.h"
#include "webhooks/webhookqueue.h"
#include "webhooks/webhooksender.h"

#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace frontline::server {

ServerApp::ServerApp(ServerOptions options, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_systemClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_systemClock.get())
    , m_throttle(m_options.loginLimits)
{ }

ServerApp::~ServerApp()
{
    stop();
}

Status<QString> ServerApp::prepareStorage(QStringList* notices)
{
    auto opened = SqlSession::open(m_options.database, u"frontline-setup"_s);
    if (!opened)
        return opened.error();
    std::unique_ptr<SqlSession> session = std::move(opened).value();
    auto migrated = migrate(*session);
    if (!migrated)
        return migrated.error();
    qCInfo(lcStorage).noquote() << m_options.database.describe() << "at schema version"
                                << *migrated;

    auto config = ConfigService(*session, m_clock->now()).load();
    if (!config)
        return config.error();
    m_workflow.replace(std::make_shared<const WorkflowConfig>(std::move(config).value()));

    const PasswordHasher hasher(m_options.passwordCost);
    auto report =
        Bootstrap::ensureAdmin(*session, hasher, qEnvironmentVariable("FRONTLINE_ADMIN_PASSWORD"));
    if (!report)
        return report.error();
    if (notices && !report->generatedPassword.isEmpty())
        *notices << tr("Created the administrator account \"admin\" with the password %1 "
                       "(shown only this once; change it after logging in).")
                        .arg(report->generatedPassword);

    if (m_options.demo) {
        DemoSeeder seeder(*session, hasher, *m_workflow.current());
        auto seeded = seeder.seedIfEmpty(m_options.demoTickets,
                                         qEnvironmentVariable("FRONTLINE_DEMO_PASSWORD"));
        if (!seeded)
            return seeded.error();
        // The demo brings its own SLA policies and rules: the snapshot picks them up.
        auto withDemo = ConfigService(*session, m_clock->now()).load();
        if (!withDemo)
            return withDemo.error();
        m_workflow.replace(std::make_shared<const WorkflowConfig>(std::move(withDemo).value()));
        if (notices)
            *notices << *seeded;
    }
    // Rows written outside the writer (the demo data, a bulk import, an upgrade that rebuilds
    // the index) join the search index, and the KPI rollups count the history they lack — in
    // the background once the server serves (startRebuilds), never before it listens.
    try {
        m_searchBacklog = m_options.database.backend == Backend::Sqlite
                && qEnvironmentVariable("FRONTLINE_SEARCH_INDEXING") != u"off"_s
            ? SearchIndexer::backlog(*session)
            : 0;
    } catch (const DbException& e) {
        return tr("cannot read the search index: %1").arg(e.describe());
    }
    return {};
}

Status<QString> ServerApp::start(QStringList* notices)
{
    if (!PasswordHasher::initialize())
        return tr("libsodium cannot be initialised");
    // What the mail workers hand back to this thread crosses through an inbox: each call is
    // run and freed here (a queued functor could be freed on the thread that posted it).
    m_workerResults = std::make_unique<ResultInbox>();
    if (thread() != m_workerResults->thread())
        m_workerResults->moveToThread(thread());
    if (auto prepared = prepareStorage(notices); !prepared)
        return prepared;

    m_writer = std::make_unique<GroupCommitWriter>(m_options.database);
    // SQLite indexes new rows in batches (PostgreSQL keeps its index itself). The KPI rollups
    // are planned by a worker of their own and applied by the writer (KpiRollupWorker).
    // FRONTLINE_SEARCH_INDEXING=off and FRONTLINE_KPI_ROLLUPS=off: benchmarks' baselines (with
    // the rollups off, a report still counts what waits first, and the next start catches up).
    const bool indexing = m_options.database.backend == Backend::Sqlite
        && qEnvironmentVariable("FRONTLINE_SEARCH_INDEXING") != u"off"_s;
    if (qEnvironmentVariable("FRONTLINE_KPI_ROLLUPS") != u"off"_s) {
        m_kpis = std::make_unique<KpiRollupWorker>(
            m_options.database,
            [writer = m_writer.get()](std::unique_ptr<DbJob> job) {
                writer->submit(std::move(job));
            },
            [this] { return m_workflow.current(); }, &m_rebuilds, m_options.rebuildPacing);
    }
    // --- mail: the key that seals the mailboxes' and the relay's passwords; the sender's worker
    auto sealer = mail::SecretSealer::fromKeyFile(m_options.mailKeyPath());
    if (!sealer) // another server on this folder may have made it meanwhile: read it
        sealer = mail::SecretSealer::fromKeyFile(m_options.mailKeyPath());
    if (!sealer)
        return sealer.error();
    m_mailSealer = std::make_shared<const mail::SecretSealer>(std::move(sealer).value());
    m_mailSender = std::make_unique<notify::MailSender>(
        [writer = m_writer.get()](std::unique_ptr<DbJob> job) { writer->submit(std::move(job)); },
        m_mailSealer, [time = m_clock] { return time->now(); });
    // A mail the relay took or that was given up on: its mark changes live (ticket.mailed).
    m_mailSender->setDeliver([this, inbox = m_workerResults->sender()](QList<PushEvent> events) {
        inbox.post([this, events = std::move(events)] {
            for (const PushEvent& event : events)
                m_events.publish(event);
        });
    });
    m_webhookSender = std::make_unique<webhooks::WebhookSender>(
        [writer = m_writer.get()](std::unique_ptr<DbJob> job) { writer->submit(std::move(job)); },
        m_mailSealer, [time = m_clock] { return time->now(); }, m_options.webhookTimeoutMs);
    // ---
    m_writer->setDeferredWork([indexer = std::make_shared<SearchIndexer>(&m_rebuilds), indexing,
                               kpis = m_kpis.get(), sender = m_mailSender.get(),
                               time = m_clock](SqlSession& session, bool idle) {
        if (indexing)
            indexer->offer(session, idle);
        if (kpis)
            kpis->nudge(idle);
        // The mails of this transaction's events, queued before it commits.
        if (notify::planMails(session, time->now()) > 0)
            sender->nudge();
    });
    if (const QString error = m_writer->start(); !error.isEmpty())
        return error;
    if (auto rebuilds = startRebuilds(); !rebuilds)
        return rebuilds;
    m_readers = std::make_unique<ReaderPool>(m_options.database, m_options.readerThreads);
    if (const QString error = m_readers->start(); !error.isEmpty())
        return error;

    auto clock = [time = m_clock] { return time->now(); };
    m_jobs = std::make_unique<JobRunner>(*m_writer, *m_readers, m_workflow, this, clock);
    // A write's webhook deliveries are queued in its transaction, and sent after its commit.
    m_jobs->setWriteHook({[](SqlSession& session, const Outcome& outcome, qint64 now) {
                              return webhooks::WebhookQueue::enqueue(session, outcome.events, now)
                                  > 0;
                          },
                          [sender = m_webhookSender.get()] { sender->nudge(); }});
    m_hashing = std::make_unique<HashingPool>(m_options.passwordCost, this);
    m_sessions = std::make_unique<SessionRegistry>(m_events, *m_jobs, clock);
    m_presence = std::make_unique<PresenceTracker>(m_events);
    m_context = std::make_unique<ServerContext>(
        ServerContext {*m_jobs, *m_hashing, m_workflow, m_throttle, m_options.limits, m_events,
                       *m_sessions, *m_presence, m_rebuilds, clock});
    m_scheduler = std::make_unique<Scheduler>(*m_jobs, m_events, m_options.database, clock);
    m_context->wake = [this](qint64 at) { m_scheduler->hint(at); };
    m_context->mailSealer = m_mailSealer.get();
    m_context->usage = &m_tokenUsage;
    m_context->resetThrottle = &m_resetThrottle;
    m_usageTimer.setInterval(UsageFlushMs);
    connect(&m_usageTimer, &QTimer::timeout, this, [this] { flushTokenUsage(); });
    m_usageTimer.start();
    // A clock moved by hand (tests): what the scheduler planned by the old time is planned again.
    connect(m_clock, &Clock::jumped, m_scheduler.get(), &Scheduler::replan);
    connect(m_scheduler.get(), &Scheduler::roundFinished, this, &ServerApp::schedulerRoundFinished);
    connect(m_clock, &Clock::jumped, this, [sender = m_mailSender.get()] { sender->nudge(); });
    m_context->webhooksQueued = [sender = m_webhookSender.get()] { sender->nudge(); };
    connect(m_clock, &Clock::jumped, this, [sender = m_webhookSender.get()] { sender->nudge(); });
    // Directory login and sync: the worker's threads, and the scheduled sync on the server
    // that holds the scheduler's lock.
    m_directoryWorker = std::make_unique<BlockingWorker>(this);
    m_context->directories = m_directoryWorker.get();
    // mailbox.test: one connection at a time is enough for an admin's button.
    m_mailProbes = std::make_unique<BlockingWorker>(this, 1, 8);
    m_context->mailProbes = m_mailProbes.get();
    m_directorySync = std::make_unique<ldap::DirectorySyncTimer>(
        ldap::SyncWiring {*m_jobs, m_context->directories, *m_sessions, m_events},
        m_mailSealer.get(), [this] { return leads(u"directory-sync"_s); });
    connect(m_clock, &Clock::jumped, m_directorySync.get(), &ldap::DirectorySyncTimer::check);
    m_directorySync->start();
    m_registry = std::make_unique<MethodRegistry>(*m_context);
    registerAllMethods(*m_registry);
    m_dispatcher = std::make_unique<Dispatcher>(*m_registry);
    m_dispatcher->setCallObserver(
        [metrics = &m_metrics](const QString& method, QLatin1StringView transport, qint64 micros,
                               bool ok) { metrics->recordCall(method, transport, micros, ok); });
    addMetricSources();
    if (auto cluster = startCluster(); !cluster)
        return cluster;
    if (auto listening = startListening(); !listening)
        return listening;
    startMailIntake();
    return {};
}

void ServerApp::startMailIntake()
{
    // The mailboxes' passwords are sealed with the same key as the relay's (m_mailSealer).
    m_context->mailboxesChanged = [this] {
        reloadMailboxes();
        if (m_cluster)
            m_cluster->mailboxesChanged();
    };
    auto deliver = [this, inbox = m_workerResults->sender()](Outcome outcome) {
        // From the writer's thread after the commit: pushed and planned as a method's would be.
        inbox.post([this, outcome = std::move(outcome)] {
            for (const PushEvent& event : std::as_const(outcome.events))
                m_events.publish(event);
            if (outcome.wakeAt && m_context->wake)
                m_context->wake(*outcome.wakeAt);
        });
    };
    MailFilerService::Wiring wiring {*m_writer, m_workflow, m_options.limits, m_context->clock,
                                     deliver};
    wiring.inTransaction = [](SqlSession& session, const Outcome& outcome, qint64 now) {
        return webhooks::WebhookQueue::enqueue(session, outcome.events, now) > 0;
    };
    m_mailIntake =
        std::make_unique<MailIntakeWorker>(std::move(wiring), MailIntakeWorker::Timing {});
    reloadMailboxes();
}

void ServerApp::reloadMailboxes()
{
    if (!m_mailIntake || !leads(u"mail-intake"_s))
        return;
    auto enabled = std::make_shared<QList<mail::MailboxConfig>>();
    const quint64 reading = ++m_mailboxReads;
    m_jobs->read(
        Principal {},
        [enabled, key = m_mailSealer](JobScope& s) {
            *enabled = MailboxService(s.session, *key, s.now).enabled();
            return ServiceResult(Outcome());
        },
        [this, enabled, reading](const ServiceResult& read) {
            // Two mailboxes created back to back: the second reload's list (both) must not be
            // replaced by the first's (one) when the first read finishes last.
            if (!read || reading < m_mailboxesApplied)
                return;
            m_mailboxesApplied = reading;
            if (m_mailIntake && leads(u"mail-intake"_s))
                m_mailIntake->replace(*enabled);
        });
}

Status<QString> ServerApp::startCluster()
{
    if (m_options.database.backend == Backend::Postgres) {
        cluster::ClusterBus::Handlers heard;
        heard.event = [this](const PushEvent& event) {
            // The workflow another server changed: its clients here ask workflow.get as soon as
            // they hear of it, so they hear of it once this server's snapshot is the new one.
            if (event.method == api::notification::ConfigChanged
                && api::ConfigChangedEvent::fromJson(event.params.toValue())
                       .parts.contains(QString(api::configpart::Workflow))) {
                reloadWorkflow([this, event] { m_events.publishHere(event); });
                return;
            }
            m_events.publishHere(event);
            if (m_kpis && leads(u"kpi-rollup"_s))
                m_kpis->nudge(false); // another server's events wait to be counted
        };
        heard.sessionEnded = [this](const QString& tokenHash, const QString& reason) {
            m_sessions->endSessionHere(tokenHash, reason);
        };
        heard.usersChanged = [this](const QList<qint64>& ids) {
            m_sessions->refreshUsersHere(ids);
        };
        heard.workflowChanged = [this] { reloadWorkflow(); };
        heard.mailboxesChanged = [this] { reloadMailboxes(); };
        heard.wake = [this](qint64 at) { m_scheduler->hint(at); };
        heard.resynced = [this] { reloadWorkflow(); };
        m_cluster = std::make_unique<cluster::ClusterBus>(m_options.database, std::move(heard));
        if (const QString error = m_cluster->start(); !error.isEmpty())
            return tr("cannot listen for the other servers' events: %1").arg(error);
        m_events.setRelay([bus = m_cluster.get()](const PushEvent& event) { bus->publish(event); });
        m_sessions->setRelay(
            {[bus = m_cluster.get()](const QString& hash, const QString& reason) {
                 bus->sessionEnded(hash, reason);
             },
             [bus = m_cluster.get()](const QList<qint64>& ids) { bus->usersChanged(ids); }});
        m_context->workflowChanged = [bus = m_cluster.get()] { bus->workflowChanged(); };
        m_context->wake = [this](qint64 at) {
            m_scheduler->hint(at);
            // The scheduler runs on another server: told of an instant earlier than the last
            // one told (or once that passed), not of every later deadline — it reads its
            // indexes after each round anyway.
            if (m_scheduler->isActive())
                return;
            if (m_wakeTold > m_clock->now() && at >= m_wakeTold)
                return;
            m_wakeTold = at;
            m_cluster->wake(at);
        };
    }
    // The singleton workers, each on the one server that leads its role: one line each.
    m_leadership = std::make_unique<cluster::Leadership>(m_options.database);
    auto& lead = *m_leadership;
    lead.add(
        u"scheduler"_s, [this] { m_scheduler->start(); }, [this] { m_scheduler->stop(); });
    lead.add(
        u"kpi-rollup"_s, [this] { startKpis(); },
        [this] {
            if (m_kpis)
                m_kpis->stop();
        });
    lead.add(
        u"mail-outbox"_s, [this] { m_mailSender->start(); }, [this] { m_mailSender->stop(); });
    lead.add(
        u"webhooks"_s, [this] { m_webhookSender->start(); }, [this] { m_webhookSender->stop(); });
    lead.add(
        u"mail-intake"_s, [this] { reloadMailboxes(); },
        [this] {
            if (m_mailIntake)
                m_mailIntake->replace({});
        });
    lead.add(
        u"directory-sync"_s, [this] { m_directorySync->check(); }, [] {});
    m_leadership->start();
    return {};
}

void ServerApp::startKpis()
{
    if (!m_kpis)
        return;
    if (const QString error = m_kpis->start(); !error.isEmpty())
        qCWarning(lcStorage).noquote() << "the KPI rollups cannot start:" << error;
}

bool ServerApp::leads(const QString& role) const
{
    return m_leadership && m_leadership->leads(role);
}

void ServerApp::reloadWorkflow(std::function<void()> then)
{
    // Several reads may run at once (the bus's word and a pushed change): the newest read wins.
    const quint64 read = ++m_workflowReads;
    auto loaded = std::make_shared<std::shared_ptr<const WorkflowConfig>>();
    m_jobs->read(
        Principal {},
        [loaded](JobScope& scope) -> ServiceResult {
            auto config = ConfigService(scope.session, scope.now).load();
            if (!config)
                return rpc::RpcError::internal(config.error());
            *loaded = std::make_shared<const WorkflowConfig>(std::move(config).value());
            return Outcome();
        },
        [this, loaded, read, then = std::move(then)](const ServiceResult& answer) {
            if (answer && *loaded && read > m_workflowApplied) {
                m_workflow.replace(*loaded);
                m_workflowApplied = read;
            } else if (!answer) {
                qCWarning(lcWorkflow).noquote()
                    << "cannot read the workflow another server changed:" << answer.error().message;
            }
            if (then)
                then();
        });
}

Status<QString> ServerApp::startRebuilds()
{
    // A backlog of a writer batch or less is the writer's own work (SearchIndexer::offer).
    if (m_searchBacklog > SearchIndexer::Batch) {
        m_searchBackfill = std::make_unique<SearchBackfill>(
            [writer = m_writer.get()](std::unique_ptr<DbJob> job) {
                writer->submit(std::move(job));
            },
            m_rebuilds, m_options.rebuildPacing);
        m_searchBackfill->start(m_searchBacklog);
    }
    return {};
}

Status<QString> ServerApp::startListening()
{
    m_listener =
        std::make_unique<RpcListener>(m_options.limits, *m_dispatcher, m_events, *m_sessions);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (m_options.tlsEnabled()) {
        QFile certificateFile(m_options.tlsCertificateFile);
        QFile keyFile(m_options.tlsKeyFile);
        if (!certificateFile.open(QIODevice::ReadOnly))
            return tr("cannot read the TLS certificate %1").arg(m_options.tlsCertificateFile);
        if (!keyFile.open(QIODevice::ReadOnly))
            return tr("cannot read the TLS key %1").arg(m_options.tlsKeyFile);
        QList<QSslCertificate> certificates =
            QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
        if (certificates.isEmpty())
            return tr("%1 holds no PEM certificate").arg(m_options.tlsCertificateFile);
        const QByteArray keyData = keyFile.readAll();
        QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            return tr("%1 holds no PEM RSA or EC private key").arg(m_options.tlsKeyFile);
        const QSslCertificate leaf = certificates.takeFirst();
        m_listener->setTls(leaf, key, certificates);
        tls.setLocalCertificate(leaf);
        tls.setLocalCertificateChain(QList<QSslCertificate> {leaf} + certificates);
        tls.setPrivateKey(key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
    }
    const QHostAddress address = m_options.listenHost == u"localhost"_s
        ? QHostAddress(QHostAddress::LocalHost)
        : QHostAddress(m_options.listenHost);
    if (!m_listener->listen(address, m_options.listenPort))
        return tr("cannot listen on %1:%2: %3")
            .arg(m_options.listenHost)
            .arg(m_options.listenPort)
            .arg(m_listener->errorString());
    return startHttp(m_options.tlsEnabled() ? &tls : nullptr);
}

Status<QString> ServerApp::startHttp(const QSslConfiguration* tls)
{
    if (!m_options.httpPort)
        return {};
    m_http = std::make_unique<HttpEndpoint>(
        HttpEndpoint::Wiring {*m_dispatcher, *m_context, m_metrics,
                              [writer = m_writer.get()] { return !writer->isFailed(); }});
    if (tls)
        m_http->setTls(*tls);
    const QHostAddress address = m_options.listenHost == u"localhost"_s
        ? QHostAddress(QHostAddress::LocalHost)
        : QHostAddress(m_options.listenHost);
    if (m_http->listenOn(address, *m_options.httpPort) == 0)
        return tr("cannot serve HTTP on %1:%2").arg(m_options.listenHost).arg(*m_options.httpPort);
    return {};
}

void ServerApp::addMetricSources()
{
    m_metrics.addSource([this](PrometheusText& out) {
        const GroupCommitWriter::Stats stats = m_writer->stats();
        QList<double> sizeBounds;
        for (quint64 bound : GroupCommitWriter::BatchBounds)
            sizeBounds.append(double(bound));
        QList<double> commitBounds;
        for (quint64 bound : GroupCommitWriter::CommitMicrosBounds)
            commitBounds.append(double(bound) / 1e6);
        out.family("frontline_writer_batch_size"_ba, "histogram"_ba,
                   "Write jobs committed per transaction (group commit)."_ba);
        out.histogram("frontline_writer_batch_size"_ba, {}, sizeBounds,
                      QList<quint64>(stats.batchSizes.begin(), stats.batchSizes.end()),
                      double(stats.jobs));
        out.family("frontline_writer_commit_duration_seconds"_ba, "histogram"_ba,
                   "Time of each group commit."_ba);
        out.histogram("frontline_writer_commit_duration_seconds"_ba, {}, commitBounds,
                      QList<quint64>(stats.commitMicros.begin(), stats.commitMicros.end()),
                      double(stats.commitMicrosSum) / 1e6);
        out.gauge("frontline_writer_queue_depth"_ba, "Write jobs waiting for the writer."_ba,
                  double(stats.queued));
        out.gauge("frontline_reader_queue_depth"_ba, "Read jobs waiting for a reader."_ba,
                  double(m_readers->queued()));
        out.gauge("frontline_writer_failed"_ba,
                  "1 while the writer refuses writes (storage failed or database away)."_ba,
                  m_writer->isFailed() ? 1 : 0);
        out.family("frontline_connected_clients"_ba, "gauge"_ba,
                   "Open connections by transport (http: requests being answered)."_ba);
        out.sample("frontline_connected_clients"_ba, {{"transport"_ba, u"tcp"_s}},
                   m_listener ? m_listener->connectionCount() : 0);
        out.sample("frontline_connected_clients"_ba, {{"transport"_ba, u"ws"_s}},
                   m_http ? m_http->webSocketCount() : 0);
        out.sample("frontline_connected_clients"_ba, {{"transport"_ba, u"http"_s}},
                   m_http ? m_http->exchangeCount() : 0);
        out.gauge("frontline_sessions_authenticated"_ba,
                  "Connections logged in (TCP and WebSocket)."_ba,
                  m_sessions->authenticatedCount());
    });
    // Mails queued or being handed to the relay.
    m_metrics.addDatabaseGauge(
        {"frontline_mail_outbox_backlog"_ba, "Notification mails not sent yet."_ba,
         [](SqlSession& session) -> qint64 {
             auto query = session.prepare(
                 u"SELECT COUNT(*) FROM mail_outbox WHERE state IN ('queued', 'sending')"_s);
             query.exec();
             return query.next() ? query.int64(0) : 0;
         }});
    // Webhook deliveries queued or being sent, counted from the table so that every server of a
    // cluster reports the same figure, not only the one running the sender.
    m_metrics.addDatabaseGauge(
        {"frontline_webhook_backlog"_ba, "Webhook deliveries not made yet."_ba,
         [](SqlSession& session) -> qint64 {
             auto query = session.prepare(u"SELECT COUNT(*) FROM webhook_deliveries "
                                          u"WHERE state IN ('queued', 'sending')"_s);
             query.exec();
             return query.next() ? query.int64(0) : 0;
         }});
}

void ServerApp::flushTokenUsage(bool stopping)
{
    if (!m_jobs)
        return;
    TokenUsage::Pending batch = m_tokenUsage.take();
    if (batch.isEmpty())
        return;
    auto write = [batch](JobScope& scope) -> ServiceResult {
        TokenService(scope.session, scope.principal, scope.now).recordUsage(batch);
        return Outcome();
    };
    if (stopping) {
        m_jobs->write(Principal {}, std::move(write), [](ServiceResult) {});
        return;
    }
    m_jobs->write(Principal {}, std::move(write),
                  [this, batch](ServiceResult) { m_tokenUsage.written(batch); });
}

void ServerApp::stop()
{
    m_usageTimer.stop();
    if (m_listener) {
        m_listener->close();
        m_listener->closeAll();
    }
    if (m_http)
        m_http->closeAll();
    // The singleton workers stop (while the writer still runs) and their locks go.
    if (m_leadership)
        m_leadership->stop();
    if (m_cluster)
        m_cluster->stop();
    // The directory worker's threads finish their call (bounded by the directory timeout), the
    // mailbox probe's too (a name lookup, then at most 15 s per step: connect, TLS, login,
    // folder); what they answer is dropped with their inbox.
    m_directorySync.reset();
    if (m_context) {
        m_context->directories = nullptr;
        m_context->mailProbes = nullptr;
    }
    m_directoryWorker.reset();
    m_mailProbes.reset();
    flushTokenUsage(true);
    if (m_mailIntake) // a filing in progress ends (its writer job commits) before the writer stops
        m_mailIntake->stop();
    // The rebuilds first: a job they handed over is still run by the writer.
    if (m_kpis)
        m_kpis->stop();
    if (m_searchBackfill)
        m_searchBackfill->stop();
    // The mail sender finishes its batch (its jobs go through the writer), before the writer.
    if (m_mailSender)
        m_mailSender->stop();
    if (m_webhookSender) // likewise: its records go through the writer
        m_webhookSender->stop();
    // The writer finishes what is queued (each job still waits for its commit), then stops.
    if (m_writer)
        m_writer->stop();
    if (m_readers)
        m_readers->stop();
}

ServerOptions::Reload ServerApp::reconfigure(const ServerOptions& next)
{
    return m_options.adoptLive(next);
}

QString ServerApp::listenAddress() const
{
    if (!m_listener)
        return {};
    const QHostAddress address = m_listener->serverAddress();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + address.toString() + u']'
        : address.toString();
    return host + u':' + QString::number(m_listener->serverPort());
}

quint16 ServerApp::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

quint16 ServerApp::httpPort() const
{
    if (!m_http)
        return 0;
    const QList<QTcpServer*> servers = m_http->servers();
    return servers.isEmpty() ? 0 : servers.constFirst()->serverPort();
}

qint64 ServerApp::webhookBacklog() const
{
    return m_webhookSender ? m_webhookSender->backlog() : 0;
}

QStringList ServerApp::methodNames() const
{
    return m_registry ? m_registry->names() : QStringList();
}

} // namespace frontline::server
