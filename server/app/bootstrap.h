#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace frontline::server {

class PasswordHasher;
class SqlSession;

// First start: an empty database gets the account `admin`, with the password from
// FRONTLINE_ADMIN_PASSWORD or, when that is unset, a generated one shown once. There are no
// default credentials.
class Bootstrap
{
    Q_DECLARE_TR_FUNCTIONS(Bootstrap)

public:
    struct Report
    {
        bool createdAdmin = false;
        QString generatedPassword; // set when we made it up and must show it once
    };

    static Result<Report, QString> ensureAdmin(SqlSession& session, const PasswordHasher& hasher,
                                               const QString& passwordFromEnvironment);
    static QString generatePassword();
};

} // namespace frontline::server
