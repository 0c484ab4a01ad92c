#include "systemapi.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::api {

double RebuildProgress::fraction() const
{
    if (total <= 0)
        return 1.0;
    return std::clamp(double(done) / double(total), 0.0, 1.0);
}

QJsonObject RebuildProgress::toJson() const
{
    QJsonObject object {{"name"_L1, name}, {"done"_L1, done}, {"total"_L1, total}};
    object.insert("remaining_seconds"_L1,
                  remainingSeconds ? QJsonValue(*remainingSeconds) : QJsonValue());
    return object;
}

std::optional<RebuildProgress> RebuildProgress::fromJson(const QJsonValue& value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    RebuildProgress p;
    p.name = o.value("name"_L1).toString();
    p.done = o.value("done"_L1).toInteger();
    p.total = o.value("total"_L1).toInteger();
    if (const QJsonValue left = o.value("remaining_seconds"_L1); left.isDouble())
        p.remainingSeconds = left.toInteger();
    if (p.name.isEmpty())
        return std::nullopt;
    return p;
}

std::optional<RebuildProgress> PingResult::rebuild(QLatin1StringView name) const
{
    for (const RebuildProgress& p : rebuilding) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

QJsonObject PingResult::toJson() const
{
    QJsonArray rebuilds;
    for (const RebuildProgress& p : rebuilding)
        rebuilds.append(p.toJson());
    return QJsonObject {{"version"_L1, version},
                        {"protocol"_L1, protocol},
                        {"writable"_L1, writable},
                        {"rebuilding"_L1, rebuilds}};
}

PingResult PingResult::fromJson(const QJsonValue& value)
{
    const QJsonObject o = value.toObject();
    PingResult r;
    r.version = o.value("version"_L1).toString();
    r.protocol = o.value("protocol"_L1).toInt(1);
    r.writable = o.value("writable"_L1).toBool(true);
    for (const QJsonValue& p : o.value("rebuilding"_L1).toArray()) {
        if (auto progress = RebuildProgress::fromJson(p))
            r.rebuilding.append(*progress);
    }
    return r;
}

} // namespace frontline::api
