#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

// Results of the system methods (docs/protocol.md, "system.ping").
namespace frontline::api {

// A derived table being rebuilt in the background (after an upgrade, or a first start on data
// written outside the server): the KPI rollups ("kpi_rollups") or the search index
// ("search_index"). `done` and `total` count what it reads (events, rows); `total` may grow
// while new work arrives. `remaining_seconds` comes from the rate measured so far, once there
// is one.
struct RebuildProgress
{
    static constexpr QLatin1StringView KpiRollups {"kpi_rollups"};
    static constexpr QLatin1StringView SearchIndex {"search_index"};

    QString name;
    qint64 done = 0;
    qint64 total = 0;
    std::optional<qint64> remainingSeconds;

    // 0..1 (1 when there is nothing to do).
    double fraction() const;
    QJsonObject toJson() const;
    static std::optional<RebuildProgress> fromJson(const QJsonValue& value);
    bool operator==(const RebuildProgress&) const = default;
};

// system.ping
struct PingResult
{
    QString version;
    int protocol = 1;
    bool writable = true; // false after a storage failure
    QList<RebuildProgress> rebuilding; // empty once every derived table is current

    std::optional<RebuildProgress> rebuild(QLatin1StringView name) const;
    QJsonObject toJson() const;
    static PingResult fromJson(const QJsonValue& value);
    bool operator==(const PingResult&) const = default;
};

} // namespace frontline::api
