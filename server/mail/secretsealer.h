#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace frontline::server::mail {

// Seals the passwords of mailboxes before they are stored (libsodium's secretbox: XSalsa20 and
// Poly1305, a fresh nonce each time), so that a copy of the database, a backup or an SQL
// export does not give away the mail accounts. The key lives outside the database, in a file
// only the server's user can read; without it the stored passwords are noise.
class SecretSealer final
{
public:
    // Reads the key from the file, or makes one there (mode 0600) when it does not exist.
    static Result<SecretSealer, QString> fromKeyFile(const QString& path);
    static SecretSealer withRandomKey(); // for tests

    QByteArray seal(const QString& secret) const;
    // Nothing when the data was not sealed with this key or was changed.
    std::optional<QString> open(const QByteArray& sealed) const;

private:
    explicit SecretSealer(QByteArray key);

    QByteArray m_key;
};

} // namespace frontline::server::mail
