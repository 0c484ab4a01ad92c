#include "ldap/ldapdirectory.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace frontline::server::ldap {

namespace {

constexpr int SampleSize = 10;

int rank(const QString& role)
{
    static const QStringList order = {u"requester"_s, u"agent"_s, u"manager"_s, u"admin"_s};
    return int(order.indexOf(role));
}

} // namespace

LdapDirectoryClient::LdapDirectoryClient(api::LdapDirectory directory)
    : m_directory(std::move(directory))
{ }

QString LdapDirectoryClient::normalizeDn(const QString& dn)
{
    QString out;
    const QStringList parts = dn.split(u',');
    for (const QString& part : parts) {
        if (!out.isEmpty())
            out += u',';
        const qsizetype equals = part.indexOf(u'=');
        out += equals < 0 ? part.trimmed().toLower()
                          : part.left(equals).trimmed().toLower() + u'='
                + part.mid(equals + 1).trimmed().toLower();
    }
    return out;
}

QStringList LdapDirectoryClient::attributes() const
{
    return {u"entryUUID"_s,
            u"objectGUID"_s,
            m_directory.loginAttribute,
            m_directory.nameAttribute,
            m_directory.mailAttribute,
            u"manager"_s};
}

Result<std::unique_ptr<LdapConnection>, LdapFailure> LdapDirectoryClient::serviceConnection()
{
    auto connection =
        LdapConnection::open({m_directory.url, m_directory.starttls, m_directory.caFile, 10});
    if (!connection)
        return connection.error();
    if (auto failed =
            (*connection)->bind(m_directory.bindDn, m_directory.bindPassword.value_or(QString()))) {
        failed->message = u"the service account %1: %2"_s.arg(m_directory.bindDn, failed->message);
        return *failed;
    }
    return std::move(connection).value();
}

std::optional<DirectoryPerson> LdapDirectoryClient::person(const LdapEntry& entry) const
{
    DirectoryPerson p;
    p.directory = m_directory.name;
    p.dn = entry.dn;
    p.login = entry.first(m_directory.loginAttribute).trimmed();
    if (p.login.isEmpty())
        return std::nullopt;
    p.externalId = entry.first(u"entryUUID"_s);
    if (p.externalId.isEmpty()) {
        const QString guid = entry.first(u"objectGUID"_s);
        p.externalId =
            guid.isEmpty() ? normalizeDn(entry.dn) : QString::fromLatin1(guid.toUtf8().toHex());
    }
    p.name = entry.first(m_directory.nameAttribute).trimmed();
    p.email = entry.first(m_directory.mailAttribute).trimmed();
    const QString manager = entry.first(u"manager"_s).trimmed();
    if (!manager.isEmpty())
        p.managerDn = normalizeDn(manager);
    return p;
}

Result<QList<QSet<QString>>, LdapFailure>
LdapDirectoryClient::memberships(LdapConnection& connection, QStringList* warnings)
{
    QList<QSet<QString>> members;
    for (const api::LdapGroupMapping& mapping : std::as_const(m_directory.groupMappings)) {
        auto group = connection.read(mapping.groupDn, {u"member"_s, u"uniqueMember"_s});
        if (!group)
            return group.error();
        QSet<QString> dns;
        if (!group->has_value()) {
            if (warnings)
                warnings->append(u"%1: the mapped group %2 does not exist"_s.arg(m_directory.name,
                                                                                 mapping.groupDn));
        } else {
            for (const QString& key : {u"member"_s, u"uniquemember"_s}) {
                for (const QString& dn : (*group)->attributes.value(key))
                    dns.insert(normalizeDn(dn));
            }
        }
        members.append(dns);
    }
    return members;
}

void LdapDirectoryClient::applyMappings(DirectoryPerson& person,
                                        const QList<QSet<QString>>& members) const
{
    const QString dn = normalizeDn(person.dn);
    for (qsizetype i = 0; i < m_directory.groupMappings.size(); ++i) {
        const api::LdapGroupMapping& mapping = m_directory.groupMappings.at(i);
        for (const QString& group : mapping.groups) {
            if (!person.managedGroups.contains(group))
                person.managedGroups.append(group);
        }
        if (!members.at(i).contains(dn))
            continue;
        if (!mapping.role.isEmpty() && rank(mapping.role) > rank(person.role))
            person.role = mapping.role;
        for (const QString& group : mapping.groups) {
            if (!person.groups.contains(group))
                person.groups.append(group);
        }
    }
}

api::LdapTestResult LdapDirectoryClient::test()
{
    api::LdapTestResult result;
    auto connection = serviceConnection();
    if (!connection) {
        result.step = connection.error().step;
        result.message = connection.error().message;
        return result;
    }
    auto found = (*connection)->search(m_directory.baseDn, m_directory.userFilter, attributes());
    if (!found) {
        result.step = found.error().step;
        result.message = found.error().step == u"base_dn"_s
            ? u"the base DN %1 was not found: %2"_s.arg(m_directory.baseDn, found.error().message)
            : found.error().message;
        return result;
    }
    result.matched = int(found->size());
    if (found->isEmpty()) {
        result.step = u"filter"_s;
        result.message = u"the filter %1 matched no user under %2"_s.arg(m_directory.userFilter,
                                                                         m_directory.baseDn);
        return result;
    }
    for (const LdapEntry& entry : std::as_const(*found)) {
        if (result.sample.size() >= SampleSize)
            break;
        if (auto p = person(entry))
            result.sample.append({p->dn, p->login, p->name, p->email});
    }
    QStringList warnings;
    if (auto groups = memberships(**connection, &warnings); !groups) {
        result.step = u"search"_s;
        result.message = groups.error().message;
        return result;
    }
    result.ok = true;
    result.message = warnings.join(u"; "_s);
    return result;
}

Result<std::optional<DirectoryPerson>, LdapFailure>
LdapDirectoryClient::authenticate(const QString& login, const QString& password)
{
    auto connection = serviceConnection();
    if (!connection)
        return connection.error();
    const QString filter = u"(&%1(%2=%3))"_s.arg(m_directory.userFilter, m_directory.loginAttribute,
                                                 LdapConnection::escape(login));
    auto found = (*connection)->search(m_directory.baseDn, filter, attributes(), 2);
    if (!found)
        return found.error();
    if (found->size() != 1)
        return std::optional<DirectoryPerson>(); // nobody, or not one person
    auto p = person(found->constFirst());
    if (!p)
        return std::optional<DirectoryPerson>();
    auto members = memberships(**connection, nullptr);
    if (!members)
        return members.error();
    applyMappings(*p, *members);
    // The password is checked by the directory itself: a bind as the person.
    if (auto refused = (*connection)->bind(p->dn, password)) {
        if (refused->step == u"bind"_s)
            return std::optional<DirectoryPerson>();
        return *refused;
    }
    return std::optional<DirectoryPerson>(std::move(*p));
}

Result<DirectoryPeople, LdapFailure> LdapDirectoryClient::fetchAll()
{
    auto connection = serviceConnection();
    if (!connection)
        return connection.error();
    auto found = (*connection)->search(m_directory.baseDn, m_directory.userFilter, attributes());
    if (!found)
        return found.error();
    DirectoryPeople result;
    auto members = memberships(**connection, &result.warnings);
    if (!members)
        return members.error();
    for (const LdapEntry& entry : std::as_const(*found)) {
        auto p = person(entry);
        if (!p) {
            result.warnings.append(u"%1: %2 has no %3; left out"_s.arg(m_directory.name, entry.dn,
                                                                       m_directory.loginAttribute));
            continue;
        }
        applyMappings(*p, *members);
        result.people.append(std::move(*p));
    }
    return result;
}

} // namespace frontline::server::ldap
