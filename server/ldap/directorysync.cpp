#include "ldap/directorysync.h"

#include "ldap/ldapdirectory.h"
#include "logging.h"
#include "rpc/eventbus.h"
#include "rpc/sessionregistry.h"
#include "services/blockingworker.h"
#include "services/jobrunner.h"
#include "services/ldapservice.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace frontline::server::ldap {

namespace {

constexpr int CheckIntervalMs = 60 * 1000;

struct SyncRun
{
    SyncWiring wiring;
    QList<api::LdapDirectory> directories;
    std::function<void(api::LdapSyncResult)> done;
    api::LdapSyncResult total;
};

void next(std::shared_ptr<SyncRun> run)
{
    if (run->directories.isEmpty()) {
        run->done(run->total);
        return;
    }
    const api::LdapDirectory directory = run->directories.takeFirst();
    if (!run->wiring.worker) { // the server is stopping
        run->total += LdapService::failedSync(directory.name, u"the server is stopping"_s);
        next(run);
        return;
    }
    const bool queued = run->wiring.worker->run([run, directory]() -> std::function<void()> {
        auto found = LdapDirectoryClient(directory).fetchAll();
        return [run, directory, found = std::move(found)]() {
            if (!found) {
                run->total += LdapService::failedSync(
                    directory.name, found.error().step + u": "_s + found.error().message);
                next(run);
                return;
            }
            run->wiring.jobs.write(
                Principal {},
                [name = directory.name, people = *found](JobScope& s) {
                    return LdapService(s.session, s.now).applySync(name, people);
                },
                [run, name = directory.name](ServiceResult applied) {
                    if (!applied) {
                        run->total += LdapService::failedSync(name, applied.error().message);
                    } else {
                        run->total += api::LdapSyncResult::fromJson(applied->result.toValue());
                        if (!applied->usersChanged.isEmpty())
                            run->wiring.sessions.refreshUsers(applied->usersChanged);
                        for (const PushEvent& event : std::as_const(applied->events))
                            run->wiring.events.publish(event);
                    }
                    next(run);
                });
        };
    });
    if (!queued) {
        run->total += LdapService::failedSync(directory.name, u"the directory worker is busy"_s);
        next(run);
    }
}

} // namespace

void syncDirectories(const SyncWiring& wiring, QList<api::LdapDirectory> directories,
                     std::function<void(api::LdapSyncResult)> done)
{
    next(std::make_shared<SyncRun>(SyncRun {wiring, std::move(directories), std::move(done), {}}));
}

DirectorySyncTimer::DirectorySyncTimer(SyncWiring wiring, const mail::SecretSealer* sealer,
                                       std::function<bool()> active, QObject* parent)
    : QObject(parent)
    , m_wiring(wiring)
    , m_sealer(sealer)
    , m_active(std::move(active))
{
    m_timer.setInterval(CheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DirectorySyncTimer::check);
}

void DirectorySyncTimer::start()
{
    m_timer.start();
    check();
}

void DirectorySyncTimer::check()
{
    if (m_busy || !m_active())
        return;
    m_busy = true;
    auto due = std::make_shared<QList<api::LdapDirectory>>();
    m_wiring.jobs.read(
        Principal {},
        [due, sealer = m_sealer](JobScope& s) -> ServiceResult {
            auto directories = LdapService(s.session, s.now).forUse(sealer, std::nullopt, true);
            if (!directories)
                return directories.error();
            *due = *directories;
            return Outcome();
        },
        [self = QPointer(this), due](ServiceResult read) {
            if (!self)
                return;
            DirectorySyncTimer* const timer = self.data();
            if (!read || due->isEmpty()) {
                if (!read)
                    qCWarning(lcAuth) << "directory sync:" << read.error().message;
                timer->m_busy = false;
                return;
            }
            syncDirectories(timer->m_wiring, *due, [self](api::LdapSyncResult result) {
                if (!self)
                    return;
                self->m_busy = false;
                if (!result.errors.isEmpty())
                    qCWarning(lcAuth).noquote() << "directory sync:" << result.errors.join(u"; "_s);
                emit self->synced(result);
            });
        });
}

} // namespace frontline::server::ldap
