#pragma once

#include <QJsonValue>
#include <QStringView>

namespace frontline::json {

// The value at a dotted path ("sla.response.rate") inside nested objects; undefined when a
// step is missing. Reports are read this way by the exporters and the dashboard.
QJsonValue valueAt(const QJsonValue& root, QStringView path);

} // namespace frontline::json
