#pragma once

#include "core/result.h"
#include "domain/enums.h"

#include <QJsonObject>

#include <array>

namespace frontline::server {

// ITIL: priority = f(impact, urgency), 1 (critical) to 5 (planning). Configuration, not code.
class PriorityMatrix
{
public:
    static Result<PriorityMatrix, QString> fromJson(const QJsonObject& object);
    QJsonObject toJson() const;

    int priority(Level impact, Level urgency) const;

private:
    std::array<std::array<int, 3>, 3> m_cells {}; // [impact - 1][urgency - 1]
};

} // namespace frontline::server
