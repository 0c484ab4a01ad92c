#include "schemachecks.h"

using namespace Qt::StringLiterals;

namespace frontline::server {

namespace {

// `column IN ('a', 'b', …)` as the same test written with OR.
SqliteTableEdit orCheck(const QString& table, const QString& column, const QStringList& values)
{
    QStringList quoted;
    QStringList equalities;
    for (const QString& value : values) {
        quoted.append(u"'%1'"_s.arg(value));
        equalities.append(u"%1 = '%2'"_s.arg(column, value));
    }
    return {table, u"CHECK (%1 IN (%2))"_s.arg(column, quoted.join(u", "_s)),
            u"CHECK (%1)"_s.arg(equalities.join(u" OR "_s))};
}

} // namespace

Migration cheapChecks()
{
    Migration m;
    m.version = 34;
    m.name = u"the CHECKs of the busiest tables without a temporary table per row on SQLite"_s;
    // PostgreSQL evaluates an IN list in place: nothing to change there. On SQLite the table's
    // text is edited in place (the rows already satisfy the equivalent constraint), so that a
    // large event log is not copied.
    m.sqliteTableEdits = {
        orCheck(u"ticket_events"_s, u"kind"_s, {u"created"_s, u"change"_s, u"comment"_s}),
        orCheck(u"mail_outbox"_s, u"state"_s, {u"queued"_s, u"sending"_s, u"sent"_s, u"failed"_s}),
        orCheck(u"webhook_deliveries"_s, u"state"_s,
                {u"queued"_s, u"sending"_s, u"delivered"_s, u"failed"_s}),
        orCheck(u"mail_messages"_s, u"outcome"_s, {u"ticket"_s, u"comment"_s, u"ignored"_s}),
    };
    return m;
}

} // namespace frontline::server
