#pragma once

// Sessions on a test database for the suites that work below the server (storage, rollups,
// mail intake, the event horizon). Header-only: the programs that include it link the server
// library; the test support library does not.
#include "backend.h"
#include "storage/databaseconfig.h"
#include "storage/migrations.h"
#include "storage/sqlsession.h"

#include <gtest/gtest.h>
#include <memory>

namespace frontline::test {

// A session on `database` (TestDatabase::spec()) named `connection`; null, with the test
// failed, when it cannot be opened.
inline std::unique_ptr<server::SqlSession> openSession(const TestDatabase& database,
                                                       const QString& connection)
{
    auto config = server::DatabaseConfig::parse(database.spec());
    EXPECT_TRUE(config.ok()) << (config.ok() ? std::string() : config.error().toStdString());
    if (!config.ok())
        return nullptr;
    auto session = server::SqlSession::open(*config, connection);
    EXPECT_TRUE(session.ok()) << (session.ok() ? std::string() : session.error().toStdString());
    return session.ok() ? std::move(session).value() : nullptr;
}

// As openSession(), on a database then migrated to the current schema: the usual set-up.
inline std::unique_ptr<server::SqlSession> openMigrated(const TestDatabase& database,
                                                        const QString& connection)
{
    auto session = openSession(database, connection);
    if (!session)
        return nullptr;
    const auto migrated = server::migrate(*session);
    EXPECT_TRUE(migrated.ok()) << (migrated.ok() ? std::string() : migrated.error().toStdString());
    return migrated.ok() ? std::move(session) : nullptr;
}

} // namespace frontline::test
