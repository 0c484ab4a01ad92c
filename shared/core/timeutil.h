#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace frontline::timeutil {

// Wire format: ISO 8601 UTC with milliseconds, e.g. 2026-11-23T19:01:00.123Z.
QString toIso(qint64 msecsSinceEpoch);
QJsonValue toJson(std::optional<qint64> msecsSinceEpoch); // null when absent
std::optional<qint64> fromIso(const QString& text);       // nullopt when not a valid timestamp
qint64 nowMs();

} // namespace frontline::timeutil
