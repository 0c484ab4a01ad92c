#pragma once

#include "core/result.h"

#include <QString>

namespace frontline::server {

enum class Backend { Sqlite, Postgres };

// Where the data lives: a SQLite file (embedded default) or a PostgreSQL server.
struct DatabaseConfig
{
    Backend backend = Backend::Sqlite;
    QString sqlitePath; // Sqlite
    QString host; // Postgres
    int port = 5432;
    QString databaseName;
    QString user;
    QString password;
    QString connectOptions; // QPSQL connect options, e.g. sslmode=require

    // Accepts a file path, or postgresql://user:password@host:port/database?sslmode=...
    static Result<DatabaseConfig, QString> parse(const QString& spec);
    // For logs and messages: never shows the password.
    QString describe() const;
};

} // namespace frontline::server
