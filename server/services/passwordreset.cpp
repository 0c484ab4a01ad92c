#include "passwordreset.h"

#include "auth/sessiontoken.h"
#include "notify/mailtemplates.h"
#include "services/auditlog.h"
#include "storage/sessionrepository.h"
#include "storage/sqlsession.h"
#include "storage/tokenrepository.h"
#include "storage/userrepository.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// A reset is the account's own doing, before it has signed in.
void recordReset(SqlSession& session, qint64 now, const QString& action, qint64 userId,
                 const QString& username, const QString& peer)
{
    Principal owner;
    owner.userId = userId;
    owner.username = username;
    owner.peer = peer;
    AuditLog(session, owner, now).record({action, u"user"_s, userId, username, {}});
}

} // namespace

PasswordResetService::PasswordResetService(SqlSession& session, qint64 now)
    : m_session(session)
    , m_now(now)
{ }

QString PasswordResetService::hashCode(const QString& salt, const QString& code)
{
    return SessionToken::hashOf(salt + u':' + code);
}

QList<PasswordResetService::Account> PasswordResetService::accountsFor(const QString& login)
{
    // ldap: directory accounts have no local password to reset; exclude them here once the
    // directory helper's flag exists (e.g. AND directory_id IS NULL).
    Statement query = m_session.prepare(
        u"SELECT id, username, display_name, email, language FROM users WHERE disabled = 0 AND "
        "password_hash <> '' AND (username = ? OR lower(email) = ?) ORDER BY id LIMIT 5"_s);
    query.bind(login).bind(login);
    query.exec();
    QList<Account> accounts;
    while (query.next()) {
        accounts.append(
            {query.int64(0), query.text(1), query.text(2), query.text(3).trimmed(), query.text(4)});
    }
    return accounts;
}

ServiceResult PasswordResetService::request(const QString& login, const QString& peer)
{
    for (const Account& account : accountsFor(login)) {
        if (!account.email.contains(u'@'))
            continue;
        const QString code = u"%1"_s.arg(qulonglong(randombytes_uniform(100000000)),
                                         api::ResetCodeDigits, 10, QChar(u'0'));
        QByteArray salt(16, Qt::Uninitialized);
        randombytes_buf(salt.data(), size_t(salt.size()));
        const QString saltText = QString::fromLatin1(salt.toHex());
        PasswordResetRepository(m_session).insert(account.id, saltText, hashCode(saltText, code),
                                                  peer, m_now, m_now + api::ResetCodeLifetimeMs);
        const QString language =
            notify::mailLanguages().contains(account.language) ? account.language : u"en"_s;
        const notify::Values values {
            {u"recipient.name"_s,
             account.displayName.isEmpty() ? account.username : account.displayName},
            {u"user.name"_s, account.username},
            {u"code"_s, code},
            {u"minutes"_s, QString::number(api::ResetCodeLifetimeMs / 60000)}};
        notify::queueAccountMail(m_session,
                                 {account.id, u"password_reset"_s, account.email,
                                  notify::renderAccountMail(u"password_reset"_s, language, values)},
                                 m_now);
        recordReset(m_session, m_now, u"auth.password_reset.request"_s, account.id,
                    account.username, peer);
    }
    return Outcome(api::ResetRequested {});
}

ServiceResult PasswordResetService::confirm(const api::ResetConfirmParams& params,
                                            const QByteArray& passwordHash)
{
    PasswordResetRepository resets(m_session);
    for (const Account& account : accountsFor(params.login)) {
        const auto stored = resets.newestValid(account.id, m_now);
        if (!stored)
            continue;
        const QByteArray given = hashCode(stored->salt, params.code).toLatin1();
        const QByteArray expected = stored->codeHash.toLatin1();
        if (given.size() != expected.size()
            || sodium_memcmp(given.constData(), expected.constData(), size_t(given.size())) != 0)
            continue;
        resets.markUsed(stored->id, m_now);
        UserRepository(m_session).setPasswordHash(account.id, passwordHash, m_now);
        recordReset(m_session, m_now, u"auth.password_reset.confirm"_s, account.id,
                    account.username, QString());
        Outcome outcome(api::ResetDone {});
        outcome.revokedTokens = SessionRepository(m_session).revokeAllReturning(account.id, m_now);
        return outcome;
    }
    return rpc::RpcError::invalidParams(u"code"_s, u"is wrong, used or expired"_s);
}

} // namespace frontline::server
