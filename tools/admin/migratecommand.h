#pragma once

#include "admincommand.h"

#include <QList>

namespace frontline::admin {

struct TableInfo;

// migrate --from sqlite:<file> --to postgresql://...: moves a SQLite desk to an empty
// PostgreSQL database, then proves it: rows and checksum per table on both sides.
class MigrateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)

public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override;
    QString brief() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    qint64 m_batch = 50000; // rows per transaction
};

} // namespace frontline::admin
