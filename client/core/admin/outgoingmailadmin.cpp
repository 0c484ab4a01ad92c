#include "outgoingmailadmin.h"

#include "api/methods.h"
#include "api/ticketapi.h"
#include "api/workflowapi.h"
#include "client/core/errortext.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::client {
namespace {

const QString SmtpKey = u"smtp"_s;

} // namespace

OutgoingMailAdmin::OutgoingMailAdmin(Session& session, QObject* parent)
    : AdminController(session, parent)
{ }

QString OutgoingMailAdmin::settingField(const QString& field)
{
    return field.startsWith(u"value."_s) ? field.mid(6) : field;
}

void OutgoingMailAdmin::reload()
{
    send(api::method::ConfigGet, api::ConfigGetParams {SmtpKey}.toJson(),
         [this](const QJsonValue& result) {
             take(result);
             Q_EMIT loaded();
         });
}

// What config.get or config.set answered. Before anything was saved the value may be empty or
// partial: what it holds is shown, the rest stays at the defaults.
void OutgoingMailAdmin::take(const QJsonValue& configValue)
{
    const QJsonObject value = api::ConfigValue::fromJson(configValue).value;
    const auto parsed = api::SmtpSettings::fromJson(value);
    m_configured = parsed.ok();
    if (parsed.ok()) {
        m_settings = parsed.value();
        m_settings.passwordSet = value.value("password_set"_L1).toBool();
        m_settings.password.reset();
        return;
    }
    api::SmtpSettings settings;
    settings.enabled = value.value("enabled"_L1).toBool(false);
    settings.host = value.value("host"_L1).toString();
    settings.port = value.value("port"_L1).toInt(settings.port);
    settings.security = value.value("security"_L1).toString(settings.security);
    settings.username = value.value("username"_L1).toString();
    settings.fromAddress = value.value("from_address"_L1).toString();
    settings.fromName = value.value("from_name"_L1).toString(settings.fromName);
    settings.passwordSet = value.value("password_set"_L1).toBool();
    m_settings = settings;
}

void OutgoingMailAdmin::save(const api::SmtpSettings& settings)
{
    const auto parsed = api::SmtpSettings::fromJson(settings.toJson());
    if (!parsed.ok()) {
        refuse(std::pair(settingField(parsed.error().field()),
                         ErrorText::fieldProblem(parsed.error())));
        return;
    }
    api::SmtpSettings sent = settings;
    sent.passwordSet = false; // config.get's answer, not a setting
    QJsonObject value = sent.toJson();
    value.remove("password_set"_L1);
    send(api::method::ConfigSet, api::ConfigSetParams {SmtpKey, value}.toJson(),
         [this](const QJsonValue&) {
             Q_EMIT saved();
             reload(); // config.get says whether a password is stored now
         });
}

} // namespace frontline::client
