#include "passwordhasher.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace frontline::server {

bool PasswordHasher::initialize()
{
    return sodium_init() >= 0;
}

PasswordHasher::PasswordHasher(Cost cost)
{
    switch (cost) {
    case Cost::Interactive:
        m_opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        m_memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
        break;
    case Cost::Moderate:
        m_opsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
        m_memLimit = crypto_pwhash_MEMLIMIT_MODERATE;
        break;
    case Cost::Minimal:
        m_opsLimit = crypto_pwhash_OPSLIMIT_MIN;
        m_memLimit = crypto_pwhash_MEMLIMIT_MIN;
        break;
    }
    unsigned char random[32];
    randombytes_buf(random, sizeof random);
    m_dummyHash = hash(QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(random), sizeof random).toBase64()));
}

QByteArray PasswordHasher::hash(const QString& password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              m_opsLimit, m_memLimit, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        qFatal("argon2id hashing ran out of memory");
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray& hash, const QString& password) const
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray terminated = hash;
    terminated.append('\0');
    return crypto_pwhash_str_verify(terminated.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size()))
        == 0;
}

bool PasswordHasher::needsRehash(const QByteArray& hash) const
{
    QByteArray terminated = hash;
    terminated.append('\0');
    return crypto_pwhash_str_needs_rehash(terminated.constData(), m_opsLimit, m_memLimit) != 0;
}

PasswordHasher::Cost PasswordHasher::costFromName(const QString& name, bool* ok)
{
    *ok = true;
    if (name == u"interactive"_s)
        return Cost::Interactive;
    if (name == u"moderate"_s)
        return Cost::Moderate;
    if (name == u"minimal"_s)
        return Cost::Minimal;
    *ok = false;
    return Cost::Interactive;
}

} // namespace frontline::server
