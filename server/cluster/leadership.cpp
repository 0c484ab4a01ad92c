#include "cluster/leadership.h"

#include "cluster/pglink.h"
#include "logging.h"

using namespace Qt::StringLiterals;

namespace frontline::server::cluster {

Leadership::Leadership(DatabaseConfig database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &Leadership::tick);
}

Leadership::~Leadership()
{
    stop();
}

qint64 Leadership::keyOf(const QString& role)
{
    if (role == u"scheduler"_s)
        return SchedulerKey;
    // 0x7415 in the high half, a checksum of the name below (qHash is seeded per process).
    const QByteArray name = role.toUtf8();
    quint32 h = 2166136261u; // FNV-1a
    for (const char c : name)
        h = (h ^ quint8(c)) * 16777619u;
    return (qint64(0x7415) << 32) | qint64(h);
}

void Leadership::add(const QString& role, std::function<void()> start, std::function<void()> stop)
{
    m_roles.push_back({role, std::move(start), std::move(stop)});
}

void Leadership::start()
{
    m_stopped = false;
    tick();
    m_retry.start();
}

void Leadership::stop()
{
    m_retry.stop();
    m_stopped = true;
    for (auto it = m_roles.rbegin(); it != m_roles.rend(); ++it) {
        if (it->held) {
            it->held = false;
            it->stop();
            emit lost(it->name);
        }
    }
    if (m_link) {
        m_link->disconnect(this);
        m_link.reset(); // the session ends: PostgreSQL releases its locks
    }
    m_file.reset();
}

bool Leadership::leads(const QString& role) const
{
    for (const Role& r : m_roles) {
        if (r.name == role)
            return r.held;
    }
    return false;
}

void Leadership::gain(Role& role)
{
    role.held = true;
    role.toldStandby = false;
    qCInfo(lcStorage).noquote() << "leading" << role.name << "for this database";
    role.start();
    emit gained(role.name);
}

void Leadership::tick()
{
    if (m_stopped)
        return;
    if (m_database.backend == Backend::Sqlite)
        tickSqlite();
    else
        tickPostgres();
}

void Leadership::tickSqlite()
{
    if (m_file)
        return; // held until the process ends
    auto file = std::make_unique<QLockFile>(m_database.sqlitePath + u".scheduler.lock"_s);
    file->setStaleLockTime(0); // a lock left by a killed process is stale at once
    if (!file->tryLock(0)) {
        for (Role& role : m_roles) {
            if (!role.toldStandby)
                qCInfo(lcStorage).noquote()
                    << "another server leads" << role.name << "for this database; standing by";
            role.toldStandby = true;
        }
        return;
    }
    m_file = std::move(file);
    for (Role& role : m_roles)
        gain(role);
}

void Leadership::tickPostgres()
{
    if (!m_link && m_lostAt.isValid() && m_lostAt.elapsed() < AfterLossMs)
        return;
    if (!m_link) {
        auto link = std::make_unique<PgLink>(m_database, u"frontline-leadership"_s);
        if (const QString error = link->open(); !error.isEmpty()) {
            if (!m_warnedConnect)
                qCWarning(lcStorage).noquote() << "leadership connection failed:" << error;
            m_warnedConnect = true;
            return;
        }
        m_warnedConnect = false;
        connect(link.get(), &PgLink::lost, this, &Leadership::loseAll);
        m_link = std::move(link);
    }
    bool tried = false;
    for (Role& role : m_roles) {
        if (role.held || !m_link)
            continue;
        tried = true;
        const auto got = m_link->queryValue("SELECT pg_try_advisory_lock("
                                            + QByteArray::number(keyOf(role.name)) + ")");
        if (!got)
            return; // the link went (loseAll ran)
        if (*got == u"t"_s) {
            gain(role);
        } else if (!role.toldStandby) {
            qCInfo(lcStorage).noquote()
                << "another server leads" << role.name << "for this database; standing by";
            role.toldStandby = true;
        }
    }
    // Everything held: a heartbeat, so that a connection that died silently is noticed too.
    if (!tried && m_link)
        m_link->queryValue("SELECT 1");
}

void Leadership::loseAll(const QString& why)
{
    qCWarning(lcStorage).noquote() << "leadership connection lost:" << why;
    m_lostAt.start();
    if (m_link) {
        m_link->disconnect(this);
        m_link.release()->deleteLater(); // in its own signal: not deleted under its feet
    }
    for (auto it = m_roles.rbegin(); it != m_roles.rend(); ++it) {
        if (it->held) {
            it->held = false;
            qCWarning(lcStorage).noquote() << "no longer leading" << it->name;
            it->stop();
            emit lost(it->name);
        }
    }
}

} // namespace frontline::server::cluster
