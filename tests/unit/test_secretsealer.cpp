// Mailbox passwords at rest: sealed with the server's key, readable only with it.
#include "mail/secretsealer.h"
#include "printers.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontline::server::mail;

TEST(SecretSealer, OpensOnlyWithItsKeyAndUnchanged)
{
    const SecretSealer sealer = SecretSealer::withRandomKey();
    const QString password = QStringLiteral("Tr0ub4dor&3 – ünïcödé");
    const QByteArray sealed = sealer.seal(password);
    EXPECT_FALSE(sealed.contains(password.toUtf8()));
    EXPECT_NE(sealer.seal(password), sealed) << "a fresh nonce every time";
    ASSERT_TRUE(sealer.open(sealed).has_value());
    EXPECT_EQ(*sealer.open(sealed), password);

    EXPECT_FALSE(SecretSealer::withRandomKey().open(sealed).has_value());
    QByteArray changed = sealed;
    changed[changed.size() - 1] = char(changed.back() ^ 1);
    EXPECT_FALSE(sealer.open(changed).has_value());
    EXPECT_FALSE(sealer.open(QByteArray("short")).has_value());
}

TEST(SecretSealer, TheKeyFileIsMadeOnceReadableOnlyByTheServer)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mail.key"));
    const auto first = SecretSealer::fromKeyFile(path);
    ASSERT_TRUE(first.ok()) << first.error().toStdString();
    EXPECT_EQ(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());
    const QByteArray sealed = first->seal(QStringLiteral("secret"));
    const auto again = SecretSealer::fromKeyFile(path); // the next start reads the same key
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again->open(sealed), QStringLiteral("secret"));

    QFile broken(dir.filePath(QStringLiteral("broken.key")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("too short");
    broken.close();
    EXPECT_FALSE(SecretSealer::fromKeyFile(broken.fileName()).ok());
}
