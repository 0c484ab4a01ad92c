#pragma once

#include "admincommand.h"

namespace frontline::admin {

// check --database <db>: the database's own integrity (SQLite) and what the schema promises
// about the event log and the counters kept beside it. Exit 1 on any finding.
class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    QString brief() const override;

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

} // namespace frontline::admin
