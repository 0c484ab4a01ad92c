#include "sessiontoken.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace frontline::server {

SessionToken SessionToken::generate()
{
    unsigned char random[32];
    randombytes_buf(random, sizeof random);
    const QByteArray bytes(reinterpret_cast<const char*>(random), sizeof random);
    sodium_memzero(random, sizeof random);
    SessionToken token;
    token.token = QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    token.tokenHash = hashOf(token.token);
    return token;
}

QString SessionToken::hashOf(const QString& token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace frontline::server
