#include "timeutil.h"

namespace frontline::timeutil {

QString toIso(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue toJson(std::optional<qint64> msecsSinceEpoch)
{
    return msecsSinceEpoch ? QJsonValue(toIso(*msecsSinceEpoch)) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> fromIso(const QString& text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toMSecsSinceEpoch();
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace frontline::timeutil
