#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace frontline::timeutil {

// Spans of time in milliseconds (the unit of the desk's times).
inline constexpr qint64 MinuteMs = 60 * 1000;
inline constexpr qint64 HourMs = 60 * MinuteMs;
inline constexpr qint64 DayMs = 24 * HourMs;

// Wire format: ISO 8601 UTC with milliseconds, e.g. 2026-11-23T19:01:00.123Z.
QString toIso(qint64 msecsSinceEpoch);
// Writes the same 24 characters into `out` (at least 32 bytes) without allocating; returns the
// length. Years outside 0..9999 are clamped.
int formatIso(qint64 msecsSinceEpoch, char* out);
QJsonValue toJson(std::optional<qint64> msecsSinceEpoch); // null when absent
std::optional<qint64> fromIso(const QString& text); // nullopt when not a valid timestamp
qint64 nowMs();

} // namespace frontline::timeutil
