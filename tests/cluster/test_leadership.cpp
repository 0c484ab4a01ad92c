// The singleton roles' leadership (cluster::Leadership) on a real PostgreSQL: of two servers
// one leads, and when its lock connection drops it notices at once and the other leads within
// about a second.
#include "backend.h"
#include "cluster/leadership.h"
#include "storage/databaseconfig.h"
#include "testclient.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <iostream>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

struct Holder
{
    explicit Holder(const server::DatabaseConfig& database)
        : leadership(database)
    {
        leadership.add(
            u"scheduler"_s, [this] { ++started; }, [this] { ++stopped; });
        leadership.add(
            u"mail-outbox"_s, [this] { ++started; }, [this] { ++stopped; });
    }
    server::cluster::Leadership leadership;
    int started = 0;
    int stopped = 0;
};

// Ends the PostgreSQL sessions that hold advisory locks in this database (as a lost
// connection, a crashed host or an operator's pg_terminate_backend would).
int dropLockHolders(const QString& spec)
{
    const QString name = u"drop-holders-"_s + QUuid::createUuid().toString();
    int dropped = 0;
    {
        const QUrl url(spec);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(u"SELECT pg_terminate_backend(pid) FROM (SELECT DISTINCT pid FROM pg_locks "
                       "WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM "
                       "pg_database WHERE datname = current_database())) holders"_s);
            while (query.next())
                dropped += query.value(0).toBool() ? 1 : 0;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return dropped;
}

} // namespace

TEST(Leadership, OneOfTwoLeadsAndTheOtherTakesOverWhenItsConnectionDrops)
{
    TestDatabase database(TestBackend::Postgres);
    if (!database.available())
        GTEST_SKIP() << "leadership on PostgreSQL: set FRONTLINE_TEST_PG_URL ("
                     << database.unavailableReason().toStdString() << ")";
    const auto config = server::DatabaseConfig::parse(database.spec());
    ASSERT_TRUE(config) << config.error().toStdString();

    Holder first(*config);
    Holder second(*config);
    first.leadership.start();
    second.leadership.start();
    EXPECT_TRUE(first.leadership.leads(u"scheduler"_s));
    EXPECT_TRUE(first.leadership.leads(u"mail-outbox"_s));
    EXPECT_EQ(first.started, 2);
    EXPECT_FALSE(second.leadership.leads(u"scheduler"_s));
    EXPECT_EQ(second.started, 0);
    processEventsFor(1500); // retries change nothing while the holder lives
    EXPECT_EQ(second.started, 0);

    // The holder's connection drops: it stops its roles as soon as its event loop runs, and
    // the other server leads at its next try (the old holder waits a little longer).
    ASSERT_EQ(dropLockHolders(database.spec()), 1) << "one session holds the locks";
    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(waitUntil([&] { return first.stopped == 2; }, 2000))
        << "the old holder noticed the lost connection";
    const qint64 noticedMs = clock.elapsed();
    ASSERT_TRUE(waitUntil([&] { return second.started == 2; }, 5000));
    const qint64 takenMs = clock.elapsed();
    std::cout << "[ leader   ] the holder noticed in " << noticedMs << " ms; the other led after "
              << takenMs << " ms\n";
    EXPECT_LT(noticedMs, 500) << "noticed at once, not at the next retry";
    EXPECT_TRUE(second.leadership.leads(u"scheduler"_s));
    EXPECT_FALSE(first.leadership.leads(u"scheduler"_s));

    // The old holder comes back (a new connection) and stands by: never two leaders.
    processEventsFor(1500);
    EXPECT_FALSE(first.leadership.leads(u"scheduler"_s));
    EXPECT_EQ(first.started, 2);

    // The new holder stops (a clean shutdown): its locks go, the first leads again.
    second.leadership.stop();
    EXPECT_EQ(second.stopped, 2);
    ASSERT_TRUE(waitUntil([&] { return first.started == 4; }, 5000));
    EXPECT_TRUE(first.leadership.leads(u"mail-outbox"_s));
}

TEST(Leadership, RoleKeysAreStableAndTheSchedulerKeepsItsOldKey)
{
    EXPECT_EQ(server::cluster::Leadership::keyOf(u"scheduler"_s), 7415002);
    EXPECT_EQ(server::cluster::Leadership::keyOf(u"mail-outbox"_s),
              server::cluster::Leadership::keyOf(u"mail-outbox"_s));
    EXPECT_NE(server::cluster::Leadership::keyOf(u"mail-outbox"_s),
              server::cluster::Leadership::keyOf(u"mail-intake"_s));
}
