#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace frontline::server::ldap {

// Where a directory is and how it is reached: ldaps://, or ldap:// with StartTLS; plain ldap://
// only to a loopback host. The server's certificate is checked against caFile (the system's
// CAs when empty) and its host name.
struct LdapEndpoint
{
    QString url;
    bool startTls = true;
    QString caFile;
    int timeoutSeconds = 10;
};

// The first step that failed, in the order a connection takes them: "dns" (the host name),
// "connect" (the port), "tls" (handshake or certificate), "bind" (credentials), "base_dn"
// (the search base does not exist), "search" (anything else the server refused), with the
// library's or the server's words.
struct LdapFailure
{
    QString step;
    QString message;
};

struct LdapEntry
{
    QString dn;
    QHash<QString, QStringList> attributes; // names in lower case

    QString first(const QString& attribute) const;
};

// One connection to a directory through libldap's synchronous API. Every call blocks (up to the
// endpoint's timeout), so it is used on a worker thread only, never on the network thread or
// the writer.
class LdapConnection
{
public:
    static Result<std::unique_ptr<LdapConnection>, LdapFailure> open(const LdapEndpoint& endpoint);
    ~LdapConnection();
    LdapConnection(const LdapConnection&) = delete;
    LdapConnection& operator=(const LdapConnection&) = delete;

    // A simple bind; "bind" with the server's words when refused.
    std::optional<LdapFailure> bind(const QString& dn, const QString& password);
    // A subtree search under `base` (paged by 500 where the server offers it); `limit` > 0
    // stops after that many entries. "base_dn" when the base does not exist.
    Result<QList<LdapEntry>, LdapFailure> search(const QString& base, const QString& filter,
                                                 const QStringList& attributes, int limit = 0);
    // The entry `dn` itself (a base search); nullopt when it does not exist.
    Result<std::optional<LdapEntry>, LdapFailure> read(const QString& dn,
                                                       const QStringList& attributes);

    // An LDAP filter's value with its special characters escaped (RFC 4515).
    static QString escape(const QString& value);
    static bool isLoopback(const QString& url);

private:
    explicit LdapConnection(void* handle);
    LdapFailure failure(const QString& step, int code) const;

    void* m_handle; // LDAP*
    int m_timeoutSeconds = 10;
};

} // namespace frontline::server::ldap
