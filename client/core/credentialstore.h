#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace frontline::client {

// Where a session token is kept between runs. The token is a secret: it goes to the operating
// system's keychain, never to a settings file. Calls are asynchronous (keychains may ask the
// user); each callback runs once.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using ReadDone = std::function<void(std::optional<QString> token, QString error)>;
    using WriteDone = std::function<void(QString error)>; // empty: done

    explicit CredentialStore(QObject* parent = nullptr)
        : QObject(parent)
    { }

    virtual void read(const QString& account, ReadDone done) = 0;
    virtual void write(const QString& account, const QString& token, WriteDone done) = 0;
    virtual void remove(const QString& account, WriteDone done) = 0;
    // False for the fallback that forgets everything at exit (no keychain on this desktop).
    virtual bool persists() const = 0;
};

// The OS keychain through QtKeychain: Secret Service (GNOME Keyring, KWallet) on Linux, the
// Keychain on macOS, the Credential Manager on Windows.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("Frontline"),
                                     QObject* parent = nullptr);

    void read(const QString& account, ReadDone done) override;
    void write(const QString& account, const QString& token, WriteDone done) override;
    void remove(const QString& account, WriteDone done) override;
    bool persists() const override { return true; }

    // Whether a keychain answers on this desktop (a write and delete of a probe entry).
    static void probe(std::function<void(bool available)> done);

private:
    QString m_service;
};

// Keeps tokens in memory only: for tests, and the clearly named fallback where no keychain
// exists (the user then logs in at every start).
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    void read(const QString& account, ReadDone done) override;
    void write(const QString& account, const QString& token, WriteDone done) override;
    void remove(const QString& account, WriteDone done) override;
    bool persists() const override { return false; }

private:
    QHash<QString, QString> m_tokens;
};

} // namespace frontline::client
