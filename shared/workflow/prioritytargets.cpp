#include "prioritytargets.h"

using namespace Qt::StringLiterals;

namespace frontline {

Result<SlaTargets, QString> SlaTargets::fromJson(const QJsonObject& object)
{
    SlaTargets targets;
    for (int priority = 1; priority <= 5; ++priority) {
        const QJsonObject entry = object.value(QString::number(priority)).toObject();
        const double response = entry.value("response_minutes"_L1).toDouble(-1);
        const double resolve = entry.value("resolve_minutes"_L1).toDouble(-1);
        if (response < 1 || resolve < 1 || response > 525600 || resolve > 525600)
            return u"priority %1 needs response_minutes and resolve_minutes from 1 to 525600"_s.arg(
                priority);
        if (resolve < response)
            return u"priority %1: resolve_minutes must not be less than response_minutes"_s.arg(
                priority);
        targets.m_targets[priority - 1] = {static_cast<qint64>(response),
                                           static_cast<qint64>(resolve)};
    }
    if (object.size() != 5)
        return u"targets are keyed by priority \"1\" to \"5\""_s;
    return targets;
}

QJsonObject SlaTargets::toJson() const
{
    QJsonObject object;
    for (int priority = 1; priority <= 5; ++priority) {
        const Target& target = forPriority(priority);
        object.insert(QString::number(priority),
                      QJsonObject {{"response_minutes"_L1, target.responseMinutes},
                                   {"resolve_minutes"_L1, target.resolveMinutes}});
    }
    return object;
}

} // namespace frontline
