#include "checkcommand.h"

#include "storage/migrations.h"
#include "storage/sqlsession.h"
#include "tablecatalog.h"

using namespace Qt::StringLiterals;

namespace frontline::admin {
namespace {

using server::SqlSession;
using server::Statement;

// A promise of the schema, as a query for the rows that break it (first column: the row's id).
struct Invariant
{
    const char* what;
    QString sql;
};

QList<Invariant> invariants()
{
    return {
        {QT_TRANSLATE_NOOP("CheckCommand", "ticket without its 'created' event"),
         uR"(SELECT t.id FROM tickets t WHERE NOT EXISTS (SELECT 1 FROM ticket_events e
             WHERE e.ticket_id = t.id AND e.kind = 'created') ORDER BY t.id)"_s},
        {QT_TRANSLATE_NOOP("CheckCommand", "ticket with more than one 'created' event"),
         uR"(SELECT ticket_id FROM ticket_events WHERE kind = 'created' GROUP BY ticket_id
             HAVING COUNT(*) > 1 ORDER BY ticket_id)"_s},
        {QT_TRANSLATE_NOOP("CheckCommand", "ticket whose first event is not its 'created' event"),
         uR"(SELECT e.ticket_id FROM ticket_events e WHERE e.kind = 'created' AND EXISTS (
             SELECT 1 FROM ticket_events f WHERE f.ticket_id = e.ticket_id AND f.id < e.id)
             ORDER BY e.ticket_id)"_s},
        {QT_TRANSLATE_NOOP("CheckCommand", "comment without its 'comment' event"),
         uR"(SELECT c.id FROM comments c WHERE NOT EXISTS (SELECT 1 FROM ticket_events e
             WHERE e.comment_id = c.id AND e.kind = 'comment') ORDER BY c.id)"_s},
        {QT_TRANSLATE_NOOP("CheckCommand",
                           "'comment' event of another ticket's comment (event id)"),
         uR"(SELECT e.id FROM ticket_events e JOIN comments c ON c.id = e.comment_id
             WHERE c.ticket_id <> e.ticket_id ORDER BY e.id)"_s},
        {QT_TRANSLATE_NOOP("CheckCommand",
                           "ticket whose time spent is not the sum of its time entries"),
         uR"(SELECT t.id FROM tickets t WHERE t.time_spent_minutes <> COALESCE((SELECT
             SUM(m.minutes) FROM time_entries m WHERE m.ticket_id = t.id), 0) ORDER BY t.id)"_s},
        {QT_TRANSLATE_NOOP("CheckCommand",
                           "article whose version is not its newest stored version"),
         uR"(SELECT a.id FROM kb_articles a WHERE a.version <> COALESCE((SELECT MAX(v.version)
             FROM kb_article_versions v WHERE v.article_id = a.id), a.version) ORDER BY a.id)"_s},
        {QT_TRANSLATE_NOOP("CheckCommand",
                           "article whose helpful/unhelpful counts are not its votes"),
         uR"(SELECT a.id FROM kb_articles a WHERE a.helpful <> (SELECT COUNT(*) FROM
             kb_article_votes v WHERE v.article_id = a.id AND v.helpful <> 0) OR a.unhelpful <>
             (SELECT COUNT(*) FROM kb_article_votes v WHERE v.article_id = a.id AND v.helpful = 0)
             ORDER BY a.id)"_s},
    };
}

// Every row of a query as text (the first column), and the query's error if it failed.
QStringList rowsOf(SqlSession& session, const QString& sql, QString* error)
{
    QStringList rows;
    try {
        Statement query = session.prepareOnce(sql);
        query.exec();
        while (query.next())
            rows.append(query.text(0));
    } catch (const server::DbException& e) {
        *error = e.sqlError().text();
    }
    return rows;
}

QString sample(const QStringList& ids)
{
    const QString first = ids.mid(0, 10).join(u", "_s);
    return ids.size() > 10 ? first + u", ..."_s : first;
}

} // namespace

QString CheckCommand::brief() const
{
    return tr("Check the database and the event log; exit 1 on findings");
}

QString CheckCommand::summary() const
{
    return tr("Check a desk's database: SQLite's integrity check and foreign keys, then what the "
              "schema promises about the event log (every ticket has its created event first, "
              "every comment its event) and the counters beside it. Exit code 1 on any "
              "finding.");
}

void CheckCommand::addOptions(QCommandLineParser& parser)
{
    addDatabaseOptions(parser);
}

int CheckCommand::execute(const QCommandLineParser& parser)
{
    QString error;
    const QString spec = databaseSpec(parser, &error);
    if (spec.isEmpty()) {
        err(error);
        return ExitUsage;
    }
    auto config = parseDatabase(spec);
    if (!config) {
        err(tr("Invalid --database: %1").arg(config.error()));
        return ExitUsage;
    }
    auto session = open(*config, u"frontline-admin-check"_s);
    if (!session) {
        // A file SQLite cannot even open in WAL mode is itself the finding.
        out(tr("FAIL cannot open the database: %1").arg(session.error()));
        return ExitFindings;
    }
    SqlSession& db = **session;
    int findings = 0;
    const auto finding = [&findings](const QString& text) {
        ++findings;
        out(u"FAIL "_s + text);
    };
    if (db.isSqlite()) {
        QString error;
        const QStringList integrity = rowsOf(db, u"PRAGMA integrity_check"_s, &error);
        if (!error.isEmpty())
            finding(tr("integrity check could not run: %1").arg(error));
        else if (integrity != QStringList {u"ok"_s})
            for (const QString& line : integrity)
                finding(tr("integrity: %1").arg(line));
        error.clear();
        const QStringList orphans = rowsOf(db, u"PRAGMA foreign_key_check"_s, &error);
        if (!error.isEmpty())
            finding(tr("foreign key check could not run: %1").arg(error));
        else if (!orphans.isEmpty())
            finding(tr("%1 rows refer to rows that do not exist (tables: %2)")
                        .arg(orphans.size())
                        .arg(sample(QStringList(orphans).mid(0, 10))));
        else
            out(tr("ok   integrity check and foreign keys"));
    }
    auto version = schemaVersion(db);
    if (!version) {
        finding(version.error());
    } else if (*version != server::latestSchemaVersion()) {
        finding(tr("schema version %1, this tool knows %2")
                    .arg(*version)
                    .arg(server::latestSchemaVersion()));
    } else {
        out(tr("ok   schema version %1").arg(*version));
    }
    for (const Invariant& invariant : invariants()) {
        QString error;
        const QStringList ids = rowsOf(db, invariant.sql, &error);
        const QString what = tr(invariant.what);
        if (!error.isEmpty())
            finding(tr("%1: the check could not run: %2").arg(what, error));
        else if (!ids.isEmpty())
            finding(tr("%1: %2 (%3)").arg(what).arg(ids.size()).arg(sample(ids)));
        else
            out(tr("ok   no %1").arg(what));
    }
    if (findings > 0) {
        out(tr("%1 findings").arg(findings));
        return ExitFindings;
    }
    out(tr("No findings"));
    return ExitOk;
}

} // namespace frontline::admin
