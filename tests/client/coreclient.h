#pragma once

// A client's whole core, as the app wires it, against a test server on loopback: the tests of
// client/core log in through it.
#include "client/core/clientsettings.h"
#include "client/core/credentialstore.h"
#include "client/core/directory.h"
#include "client/core/outbox.h"
#include "client/core/session.h"
#include "serverfixture.h"

#include <QTemporaryDir>

namespace frontline::test {

struct CoreClient
{
    explicit CoreClient(quint16 port, client::CredentialStore* store = nullptr)
        : settings(dir.filePath(QStringLiteral("settings.ini")))
        , credentials(store ? store : &memory)
        , session(settings, *credentials)
        , directory(session)
        , outbox(session)
    {
        session.setEndpoint({QStringLiteral("127.0.0.1"), port, false});
        session.rpc().setDefaultTimeout(5000);
    }

    bool login(const QString& username,
               const QString& password = QString::fromLatin1(ServerFixture::Password),
               bool remember = true)
    {
        session.login(username, password, remember);
        return waitUntil([this] { return session.isReady(); }, 10000)
            && waitUntil([this] { return directory.isLoaded(); }, 10000);
    }

    QTemporaryDir dir;
    client::ClientSettings settings;
    client::MemoryCredentialStore memory;
    client::CredentialStore* credentials;
    client::Session session;
    client::Directory directory;
    client::Outbox outbox;
};

} // namespace frontline::test
