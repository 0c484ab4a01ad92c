#pragma once

#include <QByteArray>
#include <QString>

namespace frontline::server {

// Argon2id password hashing through libsodium (crypto_pwhash_str): salted, memory-hard, the
// parameters stored in the hash string itself so they can be raised later.
class PasswordHasher
{
public:
    enum class Cost {
        Interactive, // libsodium's interactive limits: 2 passes, 64 MiB (the default)
        Moderate, // 3 passes, 256 MiB
        Minimal, // the lowest argon2id allows; for test suites only
    };

    explicit PasswordHasher(Cost cost = Cost::Interactive);

    static bool initialize(); // sodium_init(); false if the library cannot be used

    QByteArray hash(const QString& password) const;
    bool verify(const QByteArray& hash, const QString& password) const;
    bool needsRehash(const QByteArray& hash) const;
    // A valid hash of a random password: verified against when the user does not exist, so
    // that unknown users and wrong passwords take the same time.
    const QByteArray& dummyHash() const { return m_dummyHash; }

    static Cost costFromName(const QString& name, bool* ok);

private:
    unsigned long long m_opsLimit;
    size_t m_memLimit;
    QByteArray m_dummyHash;
};

} // namespace frontline::server
