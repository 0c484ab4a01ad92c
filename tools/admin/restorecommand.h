#pragma once

#include "admincommand.h"

namespace frontline::admin {

struct Manifest;

// restore --in <file> --database <db> [--force]: puts a backup into a database (empty, unless
// --force) and verifies it against the backup's manifest, table by table.
class RestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    QString brief() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    int restoreSqlite(const QString& in, const server::DatabaseConfig& config, bool force);
    int restorePostgres(const QString& in, const QString& spec,
                        const server::DatabaseConfig& config, bool force);
    int verify(const server::DatabaseConfig& config, const Manifest& manifest);
};

} // namespace frontline::admin
