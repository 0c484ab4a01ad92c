#pragma once

#include "api/tokenapi.h"
#include "services/outcome.h"

#include <QByteArray>
#include <QString>

namespace frontline::server {

class SqlSession;

// Password reset by a code sent by mail (auth.reset.*). The request answers the same whoever
// exists (the method throttles it per login and per address); the code, 8 digits, is kept
// salted and hashed, valid ResetCodeLifetimeMs, works once, and only the newest one counts.
// A confirmed reset sets the password and ends every session of the user.
class PasswordResetService
{
public:
    PasswordResetService(SqlSession& session, qint64 now);

    // Queues the mail with a new code for each local account the login names (user name or
    // address); nothing for unknown, disabled or mail-less accounts.
    ServiceResult request(const QString& login, const QString& peer);
    // `passwordHash`: the new password, hashed by the caller off the writer.
    ServiceResult confirm(const api::ResetConfirmParams& params, const QByteArray& passwordHash);

    static QString hashCode(const QString& salt, const QString& code);

private:
    struct Account
    {
        qint64 id = 0;
        QString username;
        QString displayName;
        QString email;
        QString language;
    };
    QList<Account> accountsFor(const QString& login);

    SqlSession& m_session;
    qint64 m_now;
};

} // namespace frontline::server
