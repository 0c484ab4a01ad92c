#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace frontline::server {

class SqlSession;

struct StoredTotp
{
    QByteArray sealedSecret; // sealed with the server's key (mail::SecretSealer)
    bool confirmed = false;
    qint64 lastStep = 0;
};

// Users' TOTP secrets and recovery codes (migration 17).
class TotpRepository
{
public:
    explicit TotpRepository(SqlSession& session)
        : m_session(session)
    { }

    std::optional<StoredTotp> find(qint64 userId);
    bool isEnabled(qint64 userId);
    // A new pending secret (any earlier row and recovery codes go).
    void begin(qint64 userId, const QByteArray& sealedSecret, qint64 now);
    void confirm(qint64 userId, qint64 step, qint64 now);
    // Moves the last accepted step forward; false when `step` is not after it (a replay that
    // raced another use).
    bool advanceStep(qint64 userId, qint64 step);
    void remove(qint64 userId);

    void replaceRecoveryCodes(qint64 userId, const QStringList& codeHashes);
    // Spends a recovery code; false when there is no unspent code with this hash.
    bool useRecoveryCode(qint64 userId, const QString& codeHash, qint64 now);
    int recoveryCodesLeft(qint64 userId);

private:
    SqlSession& m_session;
};

} // namespace frontline::server
