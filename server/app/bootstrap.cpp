#include "bootstrap.h"

#include "api/authapi.h"
#include "auth/passwordhasher.h"
#include "storage/sqlsession.h"
#include "storage/userrepository.h"

#include <QDateTime>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace frontline::server {

QString Bootstrap::generatePassword()
{
    // 20 characters from an alphabet without look-alikes: about 114 bits.
    static const QString alphabet = u"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    QString password;
    for (int i = 0; i < 20; ++i)
        password += alphabet.at(
            static_cast<qsizetype>(randombytes_uniform(static_cast<uint32_t>(alphabet.size()))));
    return password;
}

Result<Bootstrap::Report, QString> Bootstrap::ensureAdmin(SqlSession& session,
                                                          const PasswordHasher& hasher,
                                                          const QString& passwordFromEnvironment)
{
    Report report;
    try {
        UserRepository users(session);
        if (users.count() > 0)
            return report;
        QString password = passwordFromEnvironment;
        if (password.isEmpty()) {
            password = generatePassword();
            report.generatedPassword = password;
        } else if (password.size() < api::MinPasswordLength) {
            return tr("FRONTLINE_ADMIN_PASSWORD must be at least %1 characters")
                .arg(api::MinPasswordLength);
        }
        session.begin();
        users.insert(u"admin"_s, tr("Administrator"), u"admin@localhost.localdomain"_s, Role::Admin,
                     hasher.hash(password), QDateTime::currentMSecsSinceEpoch());
        session.commit();
        report.createdAdmin = true;
    } catch (const DbException& e) {
        session.rollback();
        return tr("cannot create the administrator: %1").arg(e.describe());
    }
    return report;
}

} // namespace frontline::server
