#include "credentialstore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace frontline::client {

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject* parent)
    : CredentialStore(parent)
    , m_service(std::move(service))
{ }

void KeychainCredentialStore::read(const QString& account, ReadDone done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job* finished) {
                auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
                if (read->error() == QKeychain::EntryNotFound)
                    done(std::nullopt, QString());
                else if (read->error() != QKeychain::NoError)
                    done(std::nullopt, read->errorString());
                else
                    done(read->textData(), QString());
            });
    job->start();
}

void KeychainCredentialStore::write(const QString& account, const QString& token, WriteDone done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job* finished) {
                done(finished->error() == QKeychain::NoError ? QString() : finished->errorString());
            });
    job->start();
}

void KeychainCredentialStore::remove(const QString& account, WriteDone done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job* finished) {
                const bool ok = finished->error() == QKeychain::NoError
                    || finished->error() == QKeychain::EntryNotFound;
                done(ok ? QString() : finished->errorString());
            });
    job->start();
}

void KeychainCredentialStore::probe(std::function<void(bool)> done)
{
    auto* store = new KeychainCredentialStore(u"Frontline probe"_s);
    store->write(u"probe"_s, u"probe"_s, [store, done](const QString& error) {
        if (!error.isEmpty()) {
            store->deleteLater();
            done(false);
            return;
        }
        store->remove(u"probe"_s, [store, done](const QString&) {
            store->deleteLater();
            done(true);
        });
    });
}

// The memory store answers on the next event-loop pass, like a real keychain would.
void MemoryCredentialStore::read(const QString& account, ReadDone done)
{
    const std::optional<QString> token =
        m_tokens.contains(account) ? std::optional(m_tokens.value(account)) : std::nullopt;
    QTimer::singleShot(0, this, [done = std::move(done), token] { done(token, QString()); });
}

void MemoryCredentialStore::write(const QString& account, const QString& token, WriteDone done)
{
    m_tokens.insert(account, token);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(QString()); });
}

void MemoryCredentialStore::remove(const QString& account, WriteDone done)
{
    m_tokens.remove(account);
    QTimer::singleShot(0, this, [done = std::move(done)] { done(QString()); });
}

} // namespace frontline::client
