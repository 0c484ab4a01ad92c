#pragma once

#include "domain/organisation.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace frontline::server {

class SqlSession;

// Organisations, their mail domains and their members.
class OrgRepository
{
public:
    explicit OrgRepository(SqlSession& session)
        : m_session(session)
    { }

    qint64 insert(const Organisation& org, qint64 now);
    // Writes name, notes and the domains (replacing them).
    void update(const Organisation& org, qint64 now);
    std::optional<Organisation> find(qint64 id);
    std::optional<OrgRef> ref(qint64 id);
    // Case-insensitive.
    std::optional<Organisation> findByName(const QString& name);
    // Every organisation by name, with member counts.
    QList<Organisation> list();
    // The organisation a (lower-case) mail domain belongs to.
    std::optional<qint64> byDomain(const QString& domain);
    // The organisation of an address's domain, if one claims it.
    std::optional<qint64> forAddress(const QString& address);

private:
    QStringList domainsOf(qint64 id);
    int memberCount(qint64 id);

    SqlSession& m_session;
};

} // namespace frontline::server
