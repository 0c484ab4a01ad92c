#include "ldapadmin.h"

#include "api/methods.h"
#include "api/ticketapi.h"
#include "api/workflowapi.h"
#include "client/core/errortext.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline::client {
namespace {

const QString LdapKey = u"ldap"_s;

} // namespace

LdapAdmin::LdapAdmin(Session& session, QObject* parent)
    : AdminController(session, parent)
{ }

QString LdapAdmin::directoryField(const QString& field)
{
    static const QRegularExpression prefix(u"^value\\.directories\\[\\d+\\]\\.?"_s);
    QString name = field;
    name.remove(prefix);
    return name.startsWith(u"value."_s) ? name.mid(6) : name;
}

void LdapAdmin::reload()
{
    send(api::method::ConfigGet, api::ConfigGetParams {LdapKey}.toJson(),
         [this](const QJsonValue& result) {
             m_directories =
                 api::LdapSettings::fromJson(api::ConfigValue::fromJson(result).value).directories;
             Q_EMIT loaded();
         });
}

void LdapAdmin::save(int index, const api::LdapDirectory& directory)
{
    QList<api::LdapDirectory> next = m_directories;
    if (index >= 0 && index < next.size())
        next[index] = directory;
    else
        next.append(directory);
    store(next, directory.name);
}

void LdapAdmin::remove(int index)
{
    if (index < 0 || index >= m_directories.size())
        return;
    QList<api::LdapDirectory> next = m_directories;
    next.removeAt(index);
    store(next, QString());
}

void LdapAdmin::store(QList<api::LdapDirectory> directories, const QString& name)
{
    api::LdapSettings settings;
    for (api::LdapDirectory& directory : directories) {
        directory.bindPasswordSet = false; // config.get's answer, not a setting
        if (directory.bindPassword && directory.bindPassword->isEmpty())
            directory.bindPassword.reset(); // left empty: the stored one stays
        settings.directories.append(directory);
    }
    QJsonObject value = settings.toJson();
    // Checked with the server's own parser first: the field is named without a round trip.
    if (const auto parsed = api::LdapSettings::parse(value); !parsed.ok()) {
        refuse(std::pair(directoryField(parsed.error().field()),
                         ErrorText::fieldProblem(parsed.error())));
        return;
    }
    send(api::method::ConfigSet, api::ConfigSetParams {LdapKey, value}.toJson(),
         [this, name](const QJsonValue& result) {
             m_directories =
                 api::LdapSettings::fromJson(api::ConfigValue::fromJson(result).value).directories;
             Q_EMIT loaded();
             Q_EMIT saved(name);
         });
}

void LdapAdmin::test(const QString& name)
{
    send(
        api::method::LdapTest, api::LdapTestParams {name}.toJson(),
        [this](const QJsonValue& result) { Q_EMIT tested(api::LdapTestResult::fromJson(result)); });
}

void LdapAdmin::sync(const QString& name)
{
    api::LdapSyncParams params;
    if (!name.isEmpty())
        params.name = name;
    send(api::method::LdapSync, params.toJson(), [this](const QJsonValue& result) {
        Q_EMIT synced(api::LdapSyncResult::fromJson(result));
    });
}

QString LdapAdmin::describe(const api::LdapTestResult& result)
{
    if (result.ok)
        return tr("Connected and signed in; the filter matches %n user(s).", nullptr,
                  result.matched);
    QString step;
    if (result.step == u"dns"_s)
        step = tr("The directory's host name could not be resolved");
    else if (result.step == u"connect"_s)
        step = tr("No connection to the directory's port");
    else if (result.step == u"tls"_s)
        step = tr("TLS failed (certificate or handshake)");
    else if (result.step == u"bind"_s)
        step = tr("The service account's DN or password was refused");
    else if (result.step == u"base_dn"_s)
        step = tr("The base DN does not exist");
    else if (result.step == u"filter"_s)
        step = tr("The filter matches no user");
    else
        step = tr("The search failed");
    if (result.message.isEmpty())
        return step + u'.';
    return step + u": "_s + result.message;
}

QString LdapAdmin::describe(const api::LdapSyncResult& result)
{
    QString text = tr("Created %1, updated %2, disabled %3, unchanged %4.")
                       .arg(result.created)
                       .arg(result.updated)
                       .arg(result.disabled)
                       .arg(result.unchanged);
    if (!result.errors.isEmpty())
        text += u' ' + tr("Problems: %1").arg(result.errors.join(u"; "_s));
    return text;
}

} // namespace frontline::client
