#include "jsonpath.h"

#include <QJsonObject>

namespace frontline::json {

QJsonValue valueAt(const QJsonValue& root, QStringView path)
{
    QJsonValue value = root;
    for (QStringView key : path.split(u'.'))
        value = value.toObject().value(key);
    return value;
}

} // namespace frontline::json
