#include "prioritymatrix.h"

using namespace Qt::StringLiterals;

namespace frontline {

Result<PriorityMatrix, QString> PriorityMatrix::fromJson(const QJsonObject& object)
{
    PriorityMatrix matrix;
    const QStringList levels = levelNames();
    for (const QString& impact : levels) {
        const QJsonObject row = object.value(impact).toObject();
        for (const QString& urgency : levels) {
            const QJsonValue cell = row.value(urgency);
            const int priority = cell.toInt(0);
            if (!cell.isDouble() || priority < 1 || priority > 5 || cell.toDouble() != priority)
                return u"impact %1 / urgency %2 needs a priority from 1 to 5"_s.arg(impact,
                                                                                    urgency);
            matrix.m_cells[static_cast<int>(*levelFromString(impact)) - 1]
                          [static_cast<int>(*levelFromString(urgency)) - 1] = priority;
        }
        if (row.size() != levels.size())
            return u"impact %1 has unknown urgency levels"_s.arg(impact);
    }
    if (object.size() != levels.size())
        return u"the matrix has unknown impact levels"_s;
    return matrix;
}

PriorityMatrix PriorityMatrix::readable(const QJsonValue& value)
{
    PriorityMatrix matrix;
    const QJsonObject object = value.toObject();
    for (const QString& impact : levelNames()) {
        for (const QString& urgency : levelNames()) {
            const int priority = object.value(impact).toObject().value(urgency).toInt(3);
            matrix.m_cells[static_cast<int>(*levelFromString(impact)) - 1]
                          [static_cast<int>(*levelFromString(urgency)) - 1] =
                priority >= 1 && priority <= 5 ? priority : 3;
        }
    }
    return matrix;
}

QJsonObject PriorityMatrix::toJson() const
{
    QJsonObject object;
    for (const QString& impact : levelNames()) {
        QJsonObject row;
        for (const QString& urgency : levelNames())
            row.insert(urgency, priority(*levelFromString(impact), *levelFromString(urgency)));
        object.insert(impact, row);
    }
    return object;
}

int PriorityMatrix::priority(Level impact, Level urgency) const
{
    return m_cells[static_cast<int>(impact) - 1][static_cast<int>(urgency) - 1];
}

} // namespace frontline
