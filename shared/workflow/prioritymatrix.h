#pragma once

#include "core/result.h"
#include "domain/enums.h"

#include <QJsonObject>
#include <QJsonValue>

#include <array>

namespace frontline {

// ITIL: priority = f(impact, urgency), 1 (critical) to 5 (planning). Configuration, not code.
class PriorityMatrix
{
public:
    static Result<PriorityMatrix, QString> fromJson(const QJsonObject& object);
    // Lenient (clients): the cells that can be read; the others are 3.
    static PriorityMatrix readable(const QJsonValue& value);
    QJsonObject toJson() const;

    int priority(Level impact, Level urgency) const;
    bool operator==(const PriorityMatrix&) const = default;

private:
    std::array<std::array<int, 3>, 3> m_cells {
        {{3, 3, 3}, {3, 3, 3}, {3, 3, 3}}}; // [impact - 1][urgency - 1]
};

} // namespace frontline
