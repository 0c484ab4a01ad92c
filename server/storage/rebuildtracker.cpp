#include "rebuildtracker.h"

#include "logging.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return u"%1 s"_s.arg(seconds);
    if (seconds < 3600)
        return u"%1 min %2 s"_s.arg(seconds / 60).arg(seconds % 60);
    return u"%1 h %2 min"_s.arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace

void RebuildTracker::begin(const QString& name, const QString& what, const QString& unit,
                           qint64 total)
{
    const Clock::time_point now = Clock::now();
    {
        std::lock_guard lock(m_mutex);
        m_rebuilds[name] = Rebuild {what, unit, 0, total, now, now};
    }
    qCInfo(lcServer).noquote() << u"%1: rebuilding in the background (%2 %3); the server "
                                  "serves meanwhile"_s.arg(what, QLocale::c().toString(total),
                                                           unit);
}

void RebuildTracker::advance(const QString& name, qint64 done, qint64 left)
{
    QString log;
    {
        std::lock_guard lock(m_mutex);
        const auto found = m_rebuilds.find(name);
        if (found == m_rebuilds.end())
            return;
        Rebuild& r = found->second;
        r.done += done;
        r.total = r.done + std::max<qint64>(0, left);
        const Clock::time_point now = Clock::now();
        if (now - r.logged >= LogEvery) {
            r.logged = now;
            log = line(r, describe(name, r, now));
        }
    }
    if (!log.isEmpty())
        qCInfo(lcServer).noquote() << log;
}

void RebuildTracker::finish(const QString& name)
{
    Rebuild r;
    {
        std::lock_guard lock(m_mutex);
        const auto found = m_rebuilds.find(name);
        if (found == m_rebuilds.end())
            return;
        r = found->second;
        m_rebuilds.erase(found);
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - r.started).count();
    qCInfo(lcServer).noquote() << u"%1: rebuilt, %2 %3 in %4 s"_s.arg(
        r.what, QLocale::c().toString(r.done), r.unit, QString::number(seconds, 'f', 1));
}

bool RebuildTracker::running(const QString& name) const
{
    std::lock_guard lock(m_mutex);
    return m_rebuilds.contains(name);
}

std::optional<api::RebuildProgress> RebuildTracker::progress(const QString& name) const
{
    std::lock_guard lock(m_mutex);
    const auto found = m_rebuilds.find(name);
    if (found == m_rebuilds.end())
        return std::nullopt;
    return describe(name, found->second, Clock::now());
}

QList<api::RebuildProgress> RebuildTracker::all() const
{
    std::lock_guard lock(m_mutex);
    QList<api::RebuildProgress> list;
    const Clock::time_point now = Clock::now();
    for (const auto& [name, r] : m_rebuilds)
        list.append(describe(name, r, now));
    return list;
}

api::RebuildProgress RebuildTracker::describe(const QString& name, const Rebuild& r,
                                              Clock::time_point now)
{
    api::RebuildProgress p;
    p.name = name;
    p.done = r.done;
    p.total = r.total;
    const double elapsed = std::chrono::duration<double>(now - r.started).count();
    // A rate only once it means something: a first batch done and a second gone by.
    if (r.done > 0 && elapsed >= 1.0) {
        const double rate = double(r.done) / elapsed;
        p.remainingSeconds = qint64(std::ceil(double(r.total - r.done) / rate));
    }
    return p;
}

QString RebuildTracker::line(const Rebuild& r, const api::RebuildProgress& p)
{
    const QLocale c = QLocale::c();
    QString text = u"%1: rebuilding, %2 of %3 %4 (%5 %)"_s.arg(
        r.what, c.toString(p.done), c.toString(p.total), r.unit,
        QString::number(p.fraction() * 100.0, 'f', 1));
    const double elapsed = std::chrono::duration<double>(Clock::now() - r.started).count();
    if (elapsed > 0)
        text += u", %1 %2/s"_s.arg(c.toString(qint64(double(p.done) / elapsed)), r.unit);
    if (p.remainingSeconds)
        text += u", about %1 left"_s.arg(duration(*p.remainingSeconds));
    return text;
}

} // namespace frontline::server
