#include "clock.h"

#include <QDateTime>

namespace frontline::server {

Clock::Clock(QObject* parent)
    : QObject(parent)
{ }

Clock::~Clock() = default;

qint64 SystemClock::now() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

ManualClock::ManualClock(qint64 offsetMs, QObject* parent)
    : Clock(parent)
    , m_offset(offsetMs)
{ }

qint64 ManualClock::now() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_offset.load();
}

void ManualClock::advance(qint64 ms)
{
    m_offset += ms;
    emit jumped();
}

void ManualClock::setOffset(qint64 offsetMs)
{
    m_offset = offsetMs;
    emit jumped();
}

} // namespace frontline::server
