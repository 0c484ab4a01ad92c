#include "securityadmin.h"

#include "api/methods.h"
#include "api/ticketapi.h"
#include "api/workflowapi.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::client {
namespace {

const QString SecurityKey = u"security"_s;

} // namespace

SecurityAdmin::SecurityAdmin(Session& session, QObject* parent)
    : AdminController(session, parent)
{ }

void SecurityAdmin::load()
{
    send(api::method::ConfigGet, api::ConfigGetParams {SecurityKey}.toJson(),
         [this](const QJsonValue& result) {
             m_settings = api::SecuritySettings::fromJson(api::ConfigValue::fromJson(result).value);
             Q_EMIT loaded();
         });
}

void SecurityAdmin::save(const api::SecuritySettings& settings)
{
    send(api::method::ConfigSet, api::ConfigSetParams {SecurityKey, settings.toJson()}.toJson(),
         [this](const QJsonValue& result) {
             m_settings = api::SecuritySettings::fromJson(api::ConfigValue::fromJson(result).value);
             Q_EMIT saved();
         });
}

} // namespace frontline::client
