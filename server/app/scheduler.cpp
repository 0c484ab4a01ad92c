#include "scheduler.h"

#include "logging.h"
#include "rpc/eventbus.h"
#include "services/jobrunner.h"
#include "services/schedulerwork.h"
#include "storage/sqlsession.h"

#include <QJsonObject>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace frontline::server {
Scheduler::Scheduler(JobRunner& jobs, EventBus& events, DatabaseConfig database,
                     std::function<qint64()> clock, QObject* parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_events(events)
    , m_database(std::move(database))
    , m_clock(std::move(clock))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::runRound);
}

Scheduler::~Scheduler() = default;

void Scheduler::start()
{
    if (m_active)
        return;
    m_active = true;
    if (!m_busy)
        check();
}

void Scheduler::stop()
{
    m_active = false;
    m_timer.stop();
    m_armedFor.reset();
    m_hinted.reset();
}

void Scheduler::hint(qint64 at)
{
    if (!m_active)
        return;
    if (m_busy) {
        m_hinted = m_hinted ? std::min(*m_hinted, at) : at;
        return;
    }
    if (!m_armedFor || at < *m_armedFor)
        arm(at);
}

void Scheduler::replan()
{
    // While busy, the round or look in progress arms by the clock when it finishes.
    if (m_active && !m_busy && m_armedFor)
        arm(*m_armedFor);
}

void Scheduler::arm(qint64 at)
{
    const qint64 delay = std::clamp<qint64>(at - m_clock(), 0, MaxSleepMs);
    m_armedFor = at;
    m_timer.start(static_cast<int>(delay));
}

void Scheduler::armWithHints(qint64 at)
{
    if (m_hinted)
        at = std::min(at, *std::exchange(m_hinted, std::nullopt));
    arm(at);
}

void Scheduler::check()
{
    if (!m_active)
        return;
    auto next = std::make_shared<std::optional<qint64>>();
    m_busy = true;
    m_jobs.read(
        Principal {},
        [next](JobScope& scope) -> ServiceResult {
            *next = SchedulerWork::nextDue(scope.session);
            return Outcome();
        },
        [this, next](ServiceResult) {
            m_busy = false;
            if (!m_active)
                return;
            armWithHints(next->value_or(m_clock() + MaxSleepMs));
        });
}

void Scheduler::runRound()
{
    m_armedFor.reset();
    if (m_busy || !m_active)
        return;
    m_busy = true;
    m_jobs.write(
        Principal {},
        [](JobScope& scope) {
            return SchedulerWork(scope.session, scope.workflow, scope.now).runDue(BatchSize);
        },
        [this](ServiceResult result) {
            m_busy = false;
            if (!m_active) {
                // Lost the lead during the round: what it did committed, so it is pushed.
                if (result) {
                    for (const PushEvent& event : std::as_const(result->events))
                        m_events.publish(event);
                }
                return;
            }
            if (!result) {
                qCWarning(lcStorage) << "scheduler round failed:" << result.error().message;
                armWithHints(m_clock() + 1000); // the database may be back in a moment
                return;
            }
            for (const PushEvent& event : std::as_const(result->events))
                m_events.publish(event);
            const QJsonObject summary = result->result.toValue().toObject();
            emit roundFinished(summary.value("processed"_L1).toInt());
            if (summary.value("more"_L1).toBool())
                arm(m_clock()); // more is due: the next batch at once
            else
                check();
        });
}

} // namespace frontline::server
