#include "importcommand.h"

#include "api/orgapi.h"
#include "services/orgimport.h"
#include "storage/sqlsession.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace frontline::admin {

QString ImportCommand::brief() const
{
    return tr("Import users or organisations from CSV");
}

QString ImportCommand::summary() const
{
    return tr("Import users or organisations from CSV with the server's own import "
              "(user.import, org.import): every row is checked first, and nothing is written "
              "unless every row is valid. --dry-run only reports.");
}

QString ImportCommand::positional() const
{
    return tr("users or orgs");
}

void ImportCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({{u"database"_s, u"db"_s},
                      tr("A SQLite file (or sqlite:<file>) or a postgresql:// URL."),
                      tr("database")});
    parser.addOption({u"csv"_s, tr("The CSV file (UTF-8, header line first)."), tr("file")});
    parser.addOption({u"dry-run"_s, tr("Check and report every row, write nothing.")});
    parser.addOption(
        {u"as"_s, tr("The administrator the import is recorded as."), tr("username"), u"admin"_s});
}

int ImportCommand::execute(const QCommandLineParser& parser)
{
    const QStringList what = parser.positionalArguments();
    if (what.size() != 1 || (what.constFirst() != u"users"_s && what.constFirst() != u"orgs"_s)) {
        err(tr("Say what to import: frontline-admin import users|orgs --csv <file>"));
        return ExitUsage;
    }
    if (!require(parser, u"database"_s) || !require(parser, u"csv"_s))
        return ExitUsage;
    auto config = parseDatabase(parser.value(u"database"_s));
    if (!config) {
        err(tr("Invalid --database: %1").arg(config.error()));
        return ExitUsage;
    }
    QFile file(parser.value(u"csv"_s));
    if (!file.open(QIODevice::ReadOnly)) {
        err(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return ExitFailed;
    }
    api::ImportParams params;
    params.csv = QString::fromUtf8(file.readAll());
    params.dryRun = parser.isSet(u"dry-run"_s);

    auto session = open(*config, u"frontline-admin-import"_s);
    if (!session) {
        err(session.error());
        return ExitFailed;
    }
    server::SqlSession& db = **session;
    server::Principal admin;
    try {
        server::Statement query = db.prepare(
            u"SELECT id, username, display_name FROM users WHERE username = ? AND role = 'admin' "
            "AND disabled = 0"_s);
        query.bind(parser.value(u"as"_s)).exec();
        if (!query.next()) {
            err(tr("%1 is not an active administrator (--as)").arg(parser.value(u"as"_s)));
            return ExitFailed;
        }
        admin.userId = query.int64(0);
        admin.username = query.text(1);
        admin.displayName = query.text(2);
    } catch (const server::DbException& e) {
        err(e.describe());
        return ExitFailed;
    }
    admin.role = Role::Admin;
    admin.peer = u"frontline-admin"_s;

    std::optional<server::ServiceResult> result;
    try {
        db.begin();
        server::BulkImport import(db, admin, QDateTime::currentMSecsSinceEpoch());
        result = what.constFirst() == u"users"_s ? import.importUsers(params)
                                                 : import.importOrgs(params);
        if (*result)
            db.commit();
        else
            db.rollback();
    } catch (const server::DbException& e) {
        db.rollback();
        err(tr("The import failed: %1").arg(e.describe()));
        return ExitFailed;
    }
    if (!*result) {
        const rpc::RpcError& refused = result->error();
        err(tr("Refused: %1 %2")
                .arg(refused.message,
                     QString::fromUtf8(QJsonDocument(QJsonObject {{u"data"_s, refused.data}})
                                           .toJson(QJsonDocument::Compact))));
        return ExitFindings;
    }
    const QJsonObject report = (*result)->result.toValue().toObject();
    out(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)));
    return report.value(u"applied"_s).toBool() || params.dryRun ? ExitOk : ExitFindings;
}

} // namespace frontline::admin
