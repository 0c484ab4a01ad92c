#pragma once

#include <QByteArray>
#include <QString>

namespace frontline::server {

// Session tokens: 256 random bits, given to the client once; the server keeps only a SHA-256
// hash, so a copy of the database yields no usable token.
struct SessionToken
{
    QString token; // base64url, 43 characters
    QString tokenHash; // hex SHA-256 of the token

    static SessionToken generate();
    static QString hashOf(const QString& token);
};

} // namespace frontline::server
