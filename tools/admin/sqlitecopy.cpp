#include "sqlitecopy.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace frontline::admin {
namespace {

struct Connection
{
    sqlite3* db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
};

} // namespace

Result<bool, QString> sqliteCopy(const QString& from, const QString& to)
{
    Connection source;
    // Read-write so that a WAL database can be read (its shared-memory index); nothing is written.
    if (sqlite3_open_v2(from.toUtf8().constData(), &source.db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK)
        return u"cannot open %1: %2"_s.arg(from, source.error());
    sqlite3_busy_timeout(source.db, 10000);
    Connection target;
    if (sqlite3_open_v2(to.toUtf8().constData(), &target.db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        return u"cannot open %1: %2"_s.arg(to, target.error());
    sqlite3_busy_timeout(target.db, 10000);
    sqlite3_backup* backup = sqlite3_backup_init(target.db, "main", source.db, "main");
    if (!backup)
        return u"cannot start the backup: %1"_s.arg(target.error());
    // All pages in one step: one read transaction, so one snapshot, however busy the writer
    // is (a copy in several steps starts again whenever another process writes).
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 200; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        sqlite3_sleep(50);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return u"the backup failed: %1"_s.arg(QString::fromUtf8(sqlite3_errstr(rc)));
    if (sqlite3_errcode(target.db) != SQLITE_OK)
        return u"the backup failed: %1"_s.arg(target.error());
    return true;
}

} // namespace frontline::admin
