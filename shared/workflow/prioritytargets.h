#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <array>

namespace frontline {

// Response and resolution targets per priority, in minutes of wall-clock time: the fallback
// when no SLA policy matches (configuration key "sla_targets").
class SlaTargets
{
public:
    struct Target
    {
        qint64 responseMinutes = 0;
        qint64 resolveMinutes = 0;
        bool operator==(const Target&) const = default;
    };

    static Result<SlaTargets, QString> fromJson(const QJsonObject& object);
    QJsonObject toJson() const;

    const Target& forPriority(int priority) const { return m_targets[priority - 1]; }
    bool operator==(const SlaTargets&) const = default;

private:
    std::array<Target, 5> m_targets {};
};

} // namespace frontline
