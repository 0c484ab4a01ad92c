#include "mail/mailtls.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslError>

#include <libetpan/libetpan.h>

namespace frontline::server::mail {

std::optional<QString> certificateProblem(mailstream* stream, const MailEndpoint& endpoint)
{
    if (endpoint.security == MailEndpoint::Security::None)
        return std::nullopt;
    carray* chain = mailstream_get_certificate_chain(stream);
    if (!chain)
        return QStringLiteral("the server presented no certificate");
    QList<QSslCertificate> certificates;
    for (unsigned int i = 0; i < carray_count(chain); ++i) {
        const auto* der = static_cast<const MMAPString*>(carray_get(chain, i));
        certificates << QSslCertificate(QByteArray(der->str, qsizetype(der->len)), QSsl::Der);
    }
    mailstream_certificate_chain_free(chain);
    if (certificates.isEmpty() || certificates.first().isNull())
        return QStringLiteral("the server presented no readable certificate");

    if (!endpoint.pinnedCertificatePem.isEmpty()) {
        const auto pinned = QSslCertificate::fromData(endpoint.pinnedCertificatePem, QSsl::Pem);
        if (!pinned.isEmpty() && pinned.first() == certificates.first())
            return std::nullopt;
        return QStringLiteral("the server's certificate is not the one pinned for it");
    }
    const QList<QSslError> errors = QSslCertificate::verify(certificates, endpoint.host);
    if (errors.isEmpty())
        return std::nullopt;
    return QStringLiteral("the server's certificate is not trusted: ")
        + errors.first().errorString();
}

std::optional<QString> securityProblem(const MailEndpoint& endpoint)
{
    if (endpoint.security != MailEndpoint::Security::None)
        return std::nullopt;
    const QHostAddress address(endpoint.host);
    if (endpoint.host == QStringLiteral("localhost") || (!address.isNull() && address.isLoopback()))
        return std::nullopt;
    return QStringLiteral("a connection without TLS is only allowed to this machine");
}

void setServerName(mailstream_ssl_context* context, void* host)
{
    mailstream_ssl_set_server_name(context, static_cast<char*>(host));
}

} // namespace frontline::server::mail
