#include "methodregistry.h"

#include <algorithm>

namespace frontline::server {

void MethodRegistry::add(QLatin1StringView name, Access access, Handler handler,
                         ParamsSchema paramsSchema)
{
    Q_ASSERT(!m_methods.contains(QString(name)));
    m_methods.insert(QString(name),
                     MethodSpec {QString(name), access, std::move(handler), paramsSchema});
}

const MethodSpec* MethodRegistry::find(const QString& name) const
{
    const auto it = m_methods.constFind(name);
    return it == m_methods.constEnd() ? nullptr : &*it;
}

QStringList MethodRegistry::names() const
{
    QStringList names = m_methods.keys();
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace frontline::server
