#pragma once

#include "admincommand.h"

namespace frontline::admin {

// import users|orgs --csv <file> --database <db> [--dry-run]: the server's own bulk import
// (server/services/orgimport.*, the code of user.import and org.import), run on the database.
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString brief() const override;

protected:
    QString positional() const override;
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

} // namespace frontline::admin
