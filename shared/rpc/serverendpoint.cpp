#include "serverendpoint.h"

using namespace Qt::StringLiterals;

namespace frontline::rpc {

QString ServerEndpoint::toString() const
{
    return host + u':' + QString::number(port) + (tls ? u" (TLS)"_s : QString());
}

} // namespace frontline::rpc
