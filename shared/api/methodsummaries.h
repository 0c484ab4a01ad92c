#pragma once

#include <QString>

namespace frontline::api {

// One line per method of the protocol (rpc.discover's `summary`); empty for a name it does not
// know. tests/integration/test_openrpc checks that every registered method has one.
QString methodSummary(QStringView method);

} // namespace frontline::api
