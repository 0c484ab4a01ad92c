#pragma once

#include "admincommand.h"

namespace frontline::admin {

// backup --database <db> --out <file>: an online backup of a running desk, with its manifest
// (schema version, rows and checksum per table) in <file>.manifest.json.
class BackupCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    QString brief() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    int backupSqlite(const server::DatabaseConfig& config, const QString& out);
    int backupPostgres(const QString& spec, const server::DatabaseConfig& config,
                       const QString& out);
};

} // namespace frontline::admin
