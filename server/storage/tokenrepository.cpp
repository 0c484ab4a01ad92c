#include "tokenrepository.h"

#include "storage/sqlsession.h"

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

QStringList scopesOf(const QString& text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

} // namespace

qint64 ApiTokenRepository::insert(qint64 userId, const QString& name, const QString& tokenHash,
                                  const QStringList& scopes, qint64 now,
                                  std::optional<qint64> expiresAt)
{
    Statement insert = m_session.prepareInsert(
        u"INSERT INTO api_tokens (user_id, name, token_hash, scopes, created_at, expires_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.bind(userId)
        .bind(name)
        .bind(tokenHash)
        .bind(scopes.join(u' '))
        .bind(now)
        .bindNullable(expiresAt);
    insert.exec();
    return insert.insertedId();
}

std::optional<StoredApiToken> ApiTokenRepository::findActive(const QString& tokenHash, qint64 now)
{
    Statement query = m_session.prepare(
        u"SELECT t.id, t.user_id, t.name, t.token_hash, t.scopes, t.expires_at FROM api_tokens t "
        "JOIN users u ON u.id = t.user_id WHERE t.token_hash = ? AND t.revoked_at IS NULL AND "
        "(t.expires_at IS NULL OR t.expires_at > ?) AND u.disabled = 0"_s);
    query.bind(tokenHash).bind(now);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return StoredApiToken {query.int64(0), query.int64(1),          query.text(2),
                           query.text(3),  scopesOf(query.text(4)), query.optionalInt64(5)};
}

std::optional<StoredApiToken> ApiTokenRepository::find(qint64 id)
{
    Statement query = m_session.prepare(
        u"SELECT id, user_id, name, token_hash, scopes, expires_at FROM api_tokens WHERE id = ? "
        "AND revoked_at IS NULL"_s);
    query.bind(id);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return StoredApiToken {query.int64(0), query.int64(1),          query.text(2),
                           query.text(3),  scopesOf(query.text(4)), query.optionalInt64(5)};
}

api::TokenList ApiTokenRepository::list(qint64 userId, QHash<qint64, QString>* hashes)
{
    Statement query = m_session.prepare(
        u"SELECT t.id, t.name, t.scopes, t.created_at, t.expires_at, t.last_used_at, t.last_peer, "
        "u.id, u.username, u.display_name, t.token_hash FROM api_tokens t JOIN users u ON u.id = "
        "t.user_id "
        "WHERE t.revoked_at IS NULL"_s
        + (userId ? u" AND t.user_id = ?"_s : QString()) + u" ORDER BY t.id DESC"_s);
    if (userId)
        query.bind(userId);
    query.exec();
    api::TokenList list;
    while (query.next()) {
        api::ApiToken token;
        token.id = query.int64(0);
        token.name = query.text(1);
        token.scopes = scopesOf(query.text(2));
        token.createdAt = query.int64(3);
        token.expiresAt = query.optionalInt64(4);
        token.lastUsedAt = query.optionalInt64(5);
        token.lastPeer = query.text(6);
        token.owner = {query.int64(7), query.text(8), query.text(9)};
        if (hashes)
            hashes->insert(token.id, query.text(10));
        list.items.append(token);
    }
    return list;
}

void ApiTokenRepository::revoke(qint64 id, qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"_s);
    update.bind(now).bind(id);
    update.exec();
}

QStringList ApiTokenRepository::activeHashesOf(qint64 userId, qint64 now)
{
    Statement query = m_session.prepare(
        u"SELECT token_hash FROM api_tokens WHERE user_id = ? AND revoked_at IS NULL AND "
        "(expires_at IS NULL OR expires_at > ?)"_s);
    query.bind(userId).bind(now);
    query.exec();
    QStringList hashes;
    while (query.next())
        hashes.append(query.text(0));
    return hashes;
}

void ApiTokenRepository::touch(const QString& tokenHash, qint64 at, const QString& peer)
{
    Statement update = m_session.prepare(
        u"UPDATE api_tokens SET last_used_at = ?, last_peer = ? WHERE token_hash = ? AND "
        "(last_used_at IS NULL OR last_used_at < ?)"_s);
    update.bind(at).bind(peer.left(64)).bind(tokenHash).bind(at);
    update.exec();
}

void PasswordResetRepository::insert(qint64 userId, const QString& salt, const QString& codeHash,
                                     const QString& peer, qint64 now, qint64 expiresAt)
{
    Statement end = m_session.prepare(
        u"UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL"_s);
    end.bind(now).bind(userId);
    end.exec();
    Statement insert = m_session.prepare(
        u"INSERT INTO password_resets (user_id, salt, code_hash, peer, created_at, expires_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.bind(userId).bind(salt).bind(codeHash).bind(peer.left(64)).bind(now).bind(expiresAt);
    insert.exec();
}

std::optional<StoredResetCode> PasswordResetRepository::newestValid(qint64 userId, qint64 now)
{
    Statement query = m_session.prepare(
        u"SELECT id, salt, code_hash FROM password_resets WHERE user_id = ? AND used_at IS NULL "
        "AND expires_at > ? ORDER BY id DESC LIMIT 1"_s);
    query.bind(userId).bind(now);
    query.exec();
    if (!query.next())
        return std::nullopt;
    return StoredResetCode {query.int64(0), query.text(1), query.text(2)};
}

void PasswordResetRepository::markUsed(qint64 id, qint64 now)
{
    Statement update = m_session.prepare(
        u"UPDATE password_resets SET used_at = ? WHERE id = ? AND used_at IS NULL"_s);
    update.bind(now).bind(id);
    update.exec();
}

} // namespace frontline::server
