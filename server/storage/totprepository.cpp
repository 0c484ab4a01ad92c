#include "totprepository.h"

#include "storage/sqlsession.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

std::optional<StoredTotp> TotpRepository::find(qint64 userId)
{
    Statement query = m_session.prepare(
        u"SELECT secret, confirmed_at, last_step FROM user_totp WHERE user_id = ?"_s);
    query.bind(userId);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return StoredTotp {query.value(0).toByteArray(), !query.value(1).isNull(), query.int64(2)};
}

bool TotpRepository::isEnabled(qint64 userId)
{
    const auto stored = find(userId);
    return stored && stored->confirmed;
}

void TotpRepository::begin(qint64 userId, const QByteArray& sealedSecret, qint64 now)
{
    remove(userId);
    Statement insert = m_session.prepare(
        u"INSERT INTO user_totp (user_id, secret, created_at) VALUES (?, ?, ?)"_s);
    insert.bind(userId).bind(sealedSecret).bind(now);
    insert.exec();
}

void TotpRepository::confirm(qint64 userId, qint64 step, qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE user_totp SET confirmed_at = ?, last_step = ? WHERE user_id = ?"_s);
    update.bind(now).bind(step).bind(userId);
    update.exec();
}

bool TotpRepository::advanceStep(qint64 userId, qint64 step)
{
    Statement update = m_session.prepare(
        u"UPDATE user_totp SET last_step = ? WHERE user_id = ? AND last_step < ?"_s);
    update.bind(step).bind(userId).bind(step);
    update.exec();
    return update.rowsAffected() == 1;
}

void TotpRepository::remove(qint64 userId)
{
    Statement codes = m_session.prepare(u"DELETE FROM user_recovery_codes WHERE user_id = ?"_s);
    codes.bind(userId);
    codes.exec();
    Statement totp = m_session.prepare(u"DELETE FROM user_totp WHERE user_id = ?"_s);
    totp.bind(userId);
    totp.exec();
}

void TotpRepository::replaceRecoveryCodes(qint64 userId, const QStringList& codeHashes)
{
    Statement clear = m_session.prepare(u"DELETE FROM user_recovery_codes WHERE user_id = ?"_s);
    clear.bind(userId);
    clear.exec();
    for (const QString& hash : codeHashes) {
        Statement insert = m_session.prepare(
            u"INSERT INTO user_recovery_codes (user_id, code_hash) VALUES (?, ?)"_s);
        insert.bind(userId).bind(hash);
        insert.exec();
    }
}

bool TotpRepository::useRecoveryCode(qint64 userId, const QString& codeHash, qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE user_recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND "
        "used_at IS NULL"_s);
    update.bind(now).bind(userId).bind(codeHash);
    update.exec();
    return update.rowsAffected() == 1;
}

int TotpRepository::recoveryCodesLeft(qint64 userId)
{
    Statement query = m_session.prepare(
        u"SELECT COUNT(*) FROM user_recovery_codes WHERE user_id = ? AND used_at IS NULL"_s);
    query.bind(userId);
    query.exec();
    return query.next() ? query.integer(0) : 0;
}

} // namespace frontline::server
