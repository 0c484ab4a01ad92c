#include "orgrepository.h"

#include "api/orgapi.h"
#include "storage/sqlsession.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

Organisation readOrg(const Statement& row)
{
    Organisation org;
    org.id = row.int64(0);
    org.name = row.text(1);
    org.notes = row.text(2);
    org.createdAt = row.int64(3);
    org.updatedAt = row.int64(4);
    return org;
}

const QString OrgColumns = u"o.id, o.name, o.notes, o.created_at, o.updated_at"_s;

} // namespace

qint64 OrgRepository::insert(const Organisation& org, qint64 now)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO organisations (name, notes, created_at, updated_at) VALUES (?, ?, ?, ?)"_s);
    insert.bind(org.name).bind(org.notes).bind(now).bind(now);
    insert.exec();
    const qint64 id = insert.insertedId();
    for (const QString& domain : org.domains) {
        Statement add =
            m_session.prepare(u"INSERT INTO org_domains (domain, org_id) VALUES (?, ?)"_s);
        add.bind(domain).bind(id);
        add.exec();
    }
    return id;
}

void OrgRepository::update(const Organisation& org, qint64 now)
{
    {
        Statement update = m_session.prepare(
            u"UPDATE organisations SET name = ?, notes = ?, updated_at = ? WHERE id = ?"_s);
        update.bind(org.name).bind(org.notes).bind(now).bind(org.id);
        update.exec();
    }
    {
        Statement clear = m_session.prepare(u"DELETE FROM org_domains WHERE org_id = ?"_s);
        clear.bind(org.id);
        clear.exec();
    }
    for (const QString& domain : org.domains) {
        Statement add =
            m_session.prepare(u"INSERT INTO org_domains (domain, org_id) VALUES (?, ?)"_s);
        add.bind(domain).bind(org.id);
        add.exec();
    }
}

std::optional<Organisation> OrgRepository::find(qint64 id)
{
    std::optional<Organisation> org;
    {
        Statement query = m_session.prepare(u"SELECT "_s + OrgColumns
                                            + u" FROM organisations o WHERE o.id = ?"_s);
        query.bind(id);
        query.exec();
        if (!query.next())
            return std::nullopt;
        org = readOrg(query);
    }
    org->domains = domainsOf(id);
    org->memberCount = memberCount(id);
    return org;
}

std::optional<OrgRef> OrgRepository::ref(qint64 id)
{
    Statement query = m_session.prepare(u"SELECT id, name FROM organisations WHERE id = ?"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return OrgRef {query.int64(0), query.text(1)};
}

std::optional<Organisation> OrgRepository::findByName(const QString& name)
{
    std::optional<qint64> id;
    {
        Statement query =
            m_session.prepare(u"SELECT id FROM organisations WHERE LOWER(name) = LOWER(?)"_s);
        query.bind(name);
        query.exec();
        if (!query.next())
            return std::nullopt;
        id = query.int64(0);
    }
    return find(*id);
}

QList<Organisation> OrgRepository::list()
{
    QList<Organisation> orgs;
    QHash<qint64, qsizetype> index;
    {
        Statement query = m_session.prepare(
            u"SELECT "_s + OrgColumns + u" FROM organisations o ORDER BY LOWER(o.name), o.id"_s);
        query.exec();
        while (query.next()) {
            index.insert(query.int64(0), orgs.size());
            orgs.append(readOrg(query));
        }
    }
    {
        Statement query =
            m_session.prepare(u"SELECT org_id, domain FROM org_domains ORDER BY org_id, domain"_s);
        query.exec();
        while (query.next()) {
            if (const auto it = index.constFind(query.int64(0)); it != index.cend())
                orgs[*it].domains.append(query.text(1));
        }
    }
    {
        Statement query = m_session.prepare(
            u"SELECT org_id, COUNT(*) FROM users WHERE org_id IS NOT NULL GROUP BY org_id"_s);
        query.exec();
        while (query.next()) {
            if (const auto it = index.constFind(query.int64(0)); it != index.cend())
                orgs[*it].memberCount = query.integer(1);
        }
    }
    return orgs;
}

std::optional<qint64> OrgRepository::byDomain(const QString& domain)
{
    Statement query = m_session.prepare(u"SELECT org_id FROM org_domains WHERE domain = ?"_s);
    query.bind(domain);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return query.int64(0);
}

std::optional<qint64> OrgRepository::forAddress(const QString& address)
{
    const QString domain = api::mailDomainOf(address);
    if (domain.isEmpty())
        return std::nullopt;
    return byDomain(domain);
}

QStringList OrgRepository::domainsOf(qint64 id)
{
    Statement query =
        m_session.prepare(u"SELECT domain FROM org_domains WHERE org_id = ? ORDER BY domain"_s);
    query.bind(id);
    query.exec();
    QStringList domains;
    while (query.next())
        domains.append(query.text(0));
    return domains;
}

int OrgRepository::memberCount(qint64 id)
{
    Statement query = m_session.prepare(u"SELECT COUNT(*) FROM users WHERE org_id = ?"_s);
    query.bind(id);
    query.exec();
    return query.next() ? query.integer(0) : 0;
}

} // namespace frontline::server
