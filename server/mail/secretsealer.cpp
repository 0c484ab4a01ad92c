#include "mail/secretsealer.h"

#include <QDir>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>

#include <cerrno>
#include <sodium.h>
#include <unistd.h>

namespace frontline::server::mail {

namespace {

constexpr qsizetype KeySize = crypto_secretbox_KEYBYTES;
constexpr qsizetype NonceSize = crypto_secretbox_NONCEBYTES;

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(size));
    return bytes;
}

} // namespace

SecretSealer::SecretSealer(QByteArray key)
    : m_key(std::move(key))
{ }

Result<SecretSealer, QString> SecretSealer::fromKeyFile(const QString& path)
{
    if (sodium_init() < 0)
        return QStringLiteral("libsodium could not start");
    for (int attempt = 0; attempt < 2; ++attempt) {
        QFile file(path);
        if (file.exists()) {
            if (!file.open(QIODevice::ReadOnly))
                return QStringLiteral("cannot read the mail key file ") + path;
            const QByteArray key = file.readAll();
            if (key.size() != KeySize)
                return QStringLiteral("the mail key file %1 does not hold a key of %2 bytes")
                    .arg(path)
                    .arg(KeySize);
            return SecretSealer(key);
        }
        // Written whole under another name, then linked into place: two servers starting at
        // once never read half a key, and the one that loses the race reads the winner's.
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QByteArray key = randomBytes(KeySize);
        const QString temporary = path + QStringLiteral(".%1.tmp").arg(::getpid());
        QFile draft(temporary);
        if (!draft.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || !draft.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || draft.write(key) != KeySize || !draft.flush() || ::fsync(draft.handle()) != 0) {
            draft.remove();
            return QStringLiteral("cannot write the mail key file ") + path;
        }
        draft.close();
        const int linked =
            ::link(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData());
        const int error = errno;
        draft.remove();
        if (linked == 0)
            return SecretSealer(key);
        if (error != EEXIST)
            return QStringLiteral("cannot write the mail key file ") + path;
    }
    return QStringLiteral("cannot read the mail key file ") + path;
}

SecretSealer SecretSealer::withRandomKey()
{
    [[maybe_unused]] const int ready = sodium_init();
    return SecretSealer(randomBytes(KeySize));
}

QByteArray SecretSealer::seal(const QString& secret) const
{
    const QByteArray plain = secret.toUtf8();
    QByteArray sealed = randomBytes(NonceSize);
    sealed.resize(NonceSize + crypto_secretbox_MACBYTES + plain.size());
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(sealed.data() + NonceSize),
                          reinterpret_cast<const unsigned char*>(plain.constData()),
                          quint64(plain.size()),
                          reinterpret_cast<const unsigned char*>(sealed.constData()),
                          reinterpret_cast<const unsigned char*>(m_key.constData()));
    return sealed;
}

std::optional<QString> SecretSealer::open(const QByteArray& sealed) const
{
    if (sealed.size() < NonceSize + qsizetype(crypto_secretbox_MACBYTES))
        return std::nullopt;
    QByteArray plain(sealed.size() - NonceSize - qsizetype(crypto_secretbox_MACBYTES),
                     Qt::Uninitialized);
    const int failed = crypto_secretbox_open_easy(
        reinterpret_cast<unsigned char*>(plain.data()),
        reinterpret_cast<const unsigned char*>(sealed.constData() + NonceSize),
        quint64(sealed.size() - NonceSize),
        reinterpret_cast<const unsigned char*>(sealed.constData()),
        reinterpret_cast<const unsigned char*>(m_key.constData()));
    if (failed)
        return std::nullopt;
    return QString::fromUtf8(plain);
}

} // namespace frontline::server::mail
