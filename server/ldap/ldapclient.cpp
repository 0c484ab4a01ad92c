#include "ldap/ldapclient.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QTcpSocket>
#include <QUrl>

#include <ldap.h>
#include <sys/time.h>

using namespace Qt::StringLiterals;

namespace frontline::server::ldap {

namespace {

constexpr int PageSize = 500;

LDAP* handleOf(void* handle)
{
    return static_cast<LDAP*>(handle);
}

QString diagnostic(LDAP* ld)
{
    char* message = nullptr;
    if (ldap_get_option(ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &message) != LDAP_OPT_SUCCESS || !message)
        return {};
    const QString text = QString::fromUtf8(message);
    ldap_memfree(message);
    return text;
}

// The host a URL names, for the DNS and TCP steps libldap does not tell apart.
struct Target
{
    QString host;
    quint16 port = 0;
    bool ldaps = false;
};

std::optional<Target> targetOf(const QString& url)
{
    const QUrl parsed(url);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty()
        || (scheme != u"ldap"_s && scheme != u"ldaps"_s))
        return std::nullopt;
    const bool ldaps = scheme == u"ldaps"_s;
    return Target {parsed.host(), quint16(parsed.port(ldaps ? 636 : 389)), ldaps};
}

LdapEntry readEntry(LDAP* ld, LDAPMessage* entry)
{
    LdapEntry read;
    if (char* dn = ldap_get_dn(ld, entry)) {
        read.dn = QString::fromUtf8(dn);
        ldap_memfree(dn);
    }
    BerElement* ber = nullptr;
    for (char* name = ldap_first_attribute(ld, entry, &ber); name;
         name = ldap_next_attribute(ld, entry, ber)) {
        QStringList values;
        if (berval** vals = ldap_get_values_len(ld, entry, name)) {
            for (int i = 0; vals[i]; ++i)
                values.append(QString::fromUtf8(vals[i]->bv_val, qsizetype(vals[i]->bv_len)));
            ldap_value_free_len(vals);
        }
        read.attributes.insert(QString::fromUtf8(name).toLower(), values);
        ldap_memfree(name);
    }
    if (ber)
        ber_free(ber, 0);
    return read;
}

// The attribute names as libldap takes them (a null-terminated array into `storage`).
std::vector<char*> attributeArray(const QStringList& attributes, QList<QByteArray>& storage)
{
    for (const QString& attribute : attributes)
        storage.append(attribute.toUtf8());
    std::vector<char*> array;
    for (QByteArray& name : storage)
        array.push_back(name.data());
    array.push_back(nullptr);
    return array;
}

} // namespace

QString LdapEntry::first(const QString& attribute) const
{
    const QStringList values = attributes.value(attribute.toLower());
    return values.isEmpty() ? QString() : values.constFirst();
}

LdapConnection::LdapConnection(void* handle)
    : m_handle(handle)
{ }

LdapConnection::~LdapConnection()
{
    ldap_unbind_ext_s(handleOf(m_handle), nullptr, nullptr);
}

bool LdapConnection::isLoopback(const QString& url)
{
    const auto target = targetOf(url);
    if (!target)
        return false;
    if (target->host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(target->host);
    return !address.isNull() && address.isLoopback();
}

Result<std::unique_ptr<LdapConnection>, LdapFailure>
LdapConnection::open(const LdapEndpoint& endpoint)
{
    const auto target = targetOf(endpoint.url);
    if (!target)
        return LdapFailure {u"connect"_s,
                            u"%1 is not an ldap:// or ldaps:// URL"_s.arg(endpoint.url)};
    if (!target->ldaps && !endpoint.startTls && !isLoopback(endpoint.url))
        return LdapFailure {u"tls"_s,
                            u"ldap:// without StartTLS is only allowed to this machine"_s};

    // libldap reports an unknown host and a closed port alike: look and knock first.
    const QHostInfo info = QHostInfo::fromName(target->host);
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
        return LdapFailure {u"dns"_s, u"%1: %2"_s.arg(target->host, info.errorString())};
    {
        QTcpSocket socket;
        socket.connectToHost(info.addresses().constFirst(), target->port);
        if (!socket.waitForConnected(endpoint.timeoutSeconds * 1000))
            return LdapFailure {
                u"connect"_s,
                u"%1 port %2: %3"_s.arg(target->host).arg(target->port).arg(socket.errorString())};
        socket.abort();
    }

    LDAP* ld = nullptr;
    if (const int rc = ldap_initialize(&ld, endpoint.url.toUtf8().constData()); rc != LDAP_SUCCESS)
        return LdapFailure {u"connect"_s, QString::fromUtf8(ldap_err2string(rc))};
    std::unique_ptr<LdapConnection> connection(new LdapConnection(ld));
    connection->m_timeoutSeconds = endpoint.timeoutSeconds;
    const int version = LDAP_VERSION3;
    ldap_set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &version);
    ldap_set_option(ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
    timeval timeout {endpoint.timeoutSeconds, 0};
    ldap_set_option(ld, LDAP_OPT_NETWORK_TIMEOUT, &timeout);
    ldap_set_option(ld, LDAP_OPT_TIMEOUT, &timeout);
    // The certificate is always checked (chain and host name); a context of this handle's own,
    // so that directories with different CAs do not share one.
    const int demand = LDAP_OPT_X_TLS_DEMAND;
    ldap_set_option(ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &demand);
    if (!endpoint.caFile.isEmpty())
        ldap_set_option(ld, LDAP_OPT_X_TLS_CACERTFILE, endpoint.caFile.toUtf8().constData());
    const int client = 0;
    ldap_set_option(ld, LDAP_OPT_X_TLS_NEWCTX, &client);

    if (target->ldaps) {
        if (const int rc = ldap_connect(ld); rc != LDAP_SUCCESS)
            return connection->failure(u"tls"_s, rc);
    } else if (endpoint.startTls) {
        if (const int rc = ldap_start_tls_s(ld, nullptr, nullptr); rc != LDAP_SUCCESS)
            return connection->failure(u"tls"_s, rc);
    }
    return connection;
}

LdapFailure LdapConnection::failure(const QString& step, int code) const
{
    QString message = QString::fromUtf8(ldap_err2string(code));
    const QString detail = diagnostic(handleOf(m_handle));
    if (!detail.isEmpty() && detail != message)
        message += u": "_s + detail;
    return {step, message};
}

std::optional<LdapFailure> LdapConnection::bind(const QString& dn, const QString& password)
{
    // An empty password would be an unauthenticated bind, which "succeeds" (RFC 4513 5.1.2).
    if (dn.isEmpty() || password.isEmpty())
        return LdapFailure {u"bind"_s, u"a bind needs a DN and a password"_s};
    const QByteArray secret = password.toUtf8();
    berval credentials {ber_len_t(secret.size()), const_cast<char*>(secret.constData())};
    const int rc = ldap_sasl_bind_s(handleOf(m_handle), dn.toUtf8().constData(), LDAP_SASL_SIMPLE,
                                    &credentials, nullptr, nullptr, nullptr);
    if (rc == LDAP_SUCCESS)
        return std::nullopt;
    return failure(rc == LDAP_SERVER_DOWN || rc == LDAP_CONNECT_ERROR ? u"connect"_s : u"bind"_s,
                   rc);
}

Result<QList<LdapEntry>, LdapFailure> LdapConnection::search(const QString& base,
                                                             const QString& filter,
                                                             const QStringList& attributes,
                                                             int limit)
{
    LDAP* ld = handleOf(m_handle);
    QList<QByteArray> names;
    std::vector<char*> attrs = attributeArray(attributes, names);

    QList<LdapEntry> entries;
    berval* cookie = nullptr;
    bool paged = true;
    for (;;) {
        LDAPControl* page = nullptr;
        if (paged && ldap_create_page_control(ld, PageSize, cookie, 0, &page) != LDAP_SUCCESS)
            paged = false;
        LDAPControl* controls[] = {page, nullptr};
        timeval timeout {m_timeoutSeconds, 0};
        LDAPMessage* result = nullptr;
        const int rc = ldap_search_ext_s(ld, base.toUtf8().constData(), LDAP_SCOPE_SUBTREE,
                                         filter.toUtf8().constData(), attrs.data(), 0,
                                         page ? controls : nullptr, nullptr, &timeout, 0, &result);
        if (page)
            ldap_control_free(page);
        if (cookie) {
            ber_bvfree(cookie);
            cookie = nullptr;
        }
        if (rc != LDAP_SUCCESS) {
            if (result)
                ldap_msgfree(result);
            if (rc == LDAP_NO_SUCH_OBJECT)
                return failure(u"base_dn"_s, rc);
            return failure(rc == LDAP_SERVER_DOWN ? u"connect"_s : u"search"_s, rc);
        }
        for (LDAPMessage* entry = ldap_first_entry(ld, result); entry;
             entry = ldap_next_entry(ld, entry)) {
            entries.append(readEntry(ld, entry));
            if (limit > 0 && entries.size() >= limit)
                break;
        }
        LDAPControl** returned = nullptr;
        ldap_parse_result(ld, result, nullptr, nullptr, nullptr, nullptr, &returned, 0);
        ldap_msgfree(result);
        if (paged && returned) {
            if (LDAPControl* response =
                    ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, returned, nullptr)) {
                ber_int_t estimate = 0;
                berval next {0, nullptr};
                if (ldap_parse_pageresponse_control(ld, response, &estimate, &next) == LDAP_SUCCESS
                    && next.bv_len > 0)
                    cookie = ber_bvdup(&next);
                ldap_memfree(next.bv_val);
            }
        }
        if (returned)
            ldap_controls_free(returned);
        if (!cookie || (limit > 0 && entries.size() >= limit))
            break;
    }
    if (cookie)
        ber_bvfree(cookie);
    return entries;
}

Result<std::optional<LdapEntry>, LdapFailure> LdapConnection::read(const QString& dn,
                                                                   const QStringList& attributes)
{
    LDAP* ld = handleOf(m_handle);
    QList<QByteArray> names;
    std::vector<char*> attrs = attributeArray(attributes, names);
    timeval timeout {m_timeoutSeconds, 0};
    LDAPMessage* result = nullptr;
    const int rc =
        ldap_search_ext_s(ld, dn.toUtf8().constData(), LDAP_SCOPE_BASE, "(objectClass=*)",
                          attrs.data(), 0, nullptr, nullptr, &timeout, 1, &result);
    if (rc == LDAP_NO_SUCH_OBJECT) {
        if (result)
            ldap_msgfree(result);
        return std::optional<LdapEntry>();
    }
    if (rc != LDAP_SUCCESS) {
        if (result)
            ldap_msgfree(result);
        return failure(u"search"_s, rc);
    }
    std::optional<LdapEntry> found;
    if (LDAPMessage* entry = ldap_first_entry(ld, result)) {
        found = readEntry(ld, entry);
        found->dn = dn;
    }
    ldap_msgfree(result);
    return found;
}

QString LdapConnection::escape(const QString& value)
{
    QByteArray escaped;
    for (const char c : value.toUtf8()) {
        if (c == '*' || c == '(' || c == ')' || c == '\\' || c == '\0')
            escaped += '\\' + QByteArray(1, c).toHex();
        else
            escaped += c;
    }
    return QString::fromUtf8(escaped);
}

} // namespace frontline::server::ldap
