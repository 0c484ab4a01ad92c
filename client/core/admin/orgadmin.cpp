#include "orgadmin.h"

#include "api/methods.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace frontline::client {

OrgAdmin::OrgAdmin(Session& session, QObject* parent)
    : AdminController(session, parent)
{ }

std::optional<Organisation> OrgAdmin::organisation(qint64 id) const
{
    for (const Organisation& org : m_orgs) {
        if (org.id == id)
            return org;
    }
    return std::nullopt;
}

void OrgAdmin::reload()
{
    sendLatest(api::method::OrgList, QJsonObject(), [this](const QJsonValue& result) {
        m_orgs = api::OrgList::fromJson(result).items;
        Q_EMIT loaded();
    });
}

void OrgAdmin::create(const api::OrgCreateParams& params)
{
    if (!accepts(params))
        return;
    send(api::method::OrgCreate, params.toJson(), [this](const QJsonValue& result) {
        Q_EMIT saved(Organisation::fromJson(result.toObject()), true);
        reload();
    });
}

void OrgAdmin::update(const api::OrgUpdateParams& params)
{
    if (!accepts(params))
        return;
    send(api::method::OrgUpdate, params.toJson(), [this](const QJsonValue& result) {
        Q_EMIT saved(Organisation::fromJson(result.toObject()), false);
        reload();
    });
}

QStringList OrgAdmin::splitDomains(const QString& text)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    QStringList domains;
    for (const QString& part : text.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (!domains.contains(part))
            domains.append(part);
    }
    return domains;
}

} // namespace frontline::client
