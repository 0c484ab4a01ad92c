// Time rules fire exactly once even when the server is killed (SIGKILL) while it works through
// the timers: a real process, killed and started again. The timers are made due without moving
// any clock of that process: the tickets are created by the in-process server with its clock two
// minutes back, while the test holds the scheduler lock so that nothing fires before the kills.
#include "inprocessserver.h"
#include "provisioning.h"
#include "testhelpers.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <memory>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

// Holds the lock every server takes before it schedules for a database (a lock file next to a
// SQLite database, an advisory lock on PostgreSQL), so that a server started meanwhile stands by.
class SchedulerLockHolder
{
public:
    explicit SchedulerLockHolder(const TestDatabase& database)
    {
        if (database.backend() == TestBackend::Sqlite) {
            m_file = std::make_unique<QLockFile>(database.spec() + u".scheduler.lock"_s);
            m_held = m_file->tryLock(0);
            return;
        }
        const QUrl url(database.spec());
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            return;
        QSqlQuery lock(db);
        m_held = lock.exec(u"SELECT pg_advisory_lock(7415002)"_s); // the scheduler's key
    }
    ~SchedulerLockHolder() { release(); }
    SchedulerLockHolder(const SchedulerLockHolder&) = delete;
    SchedulerLockHolder& operator=(const SchedulerLockHolder&) = delete;

    bool held() const { return m_held; }
    void release()
    {
        m_file.reset();
        if (QSqlDatabase::contains(m_connection)) {
            QSqlDatabase::database(m_connection, false).close(); // the session's lock goes with it
            QSqlDatabase::removeDatabase(m_connection);
        }
        m_held = false;
    }

private:
    const QString m_connection = u"scheduler-lock-holder-"_s + QUuid::createUuid().toString();
    std::unique_ptr<QLockFile> m_file;
    bool m_held = false;
};

bool loginAdmin(TestClient& admin)
{
    return admin.login(u"admin"_s, QString::fromLatin1(TestServer::AdminPassword)).ok();
}

bool reminded(TestClient& admin, qint64 id)
{
    return admin.call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}})
        .object()
        .value("tags"_L1)
        .toArray()
        .contains(u"reminded"_s);
}

class TimeRuleKillTest : public ::testing::TestWithParam<TestBackend>
{ };

} // namespace

TEST_P(TimeRuleKillTest, ATimeRuleFiresExactlyOnceThroughKillsAndRestarts)
{
    TestDatabase database(GetParam());
    FRONTLINE_REQUIRE_DATABASE(database);
    QList<qint64> ids;
    {
        SchedulerLockHolder lock(database);
        ASSERT_TRUE(lock.held());
        InProcessServer past(database, -2 * Minute);
        ASSERT_TRUE(past.start()) << past.error().toStdString();
        TestClient admin(past.port());
        ASSERT_TRUE(loginAdmin(admin));
        createUser(admin, u"rita"_s, u"requester"_s);
        const Reply rule = admin.call(u"rule.create"_s,
                                      QJsonDocument::fromJson(R"({"name": "Remind after a minute",
                "trigger": {"event": "time", "anchor": "created", "after_minutes": 1},
                "actions": [{"type": "add_tag", "value": "reminded"},
                            {"type": "note", "body": "Reminder for #{{ticket.id}}"}]})")
                                          .object());
        ASSERT_TRUE(rule.ok()) << rule.describe();
        auto rita = connectAs(past.port(), u"rita"_s);
        for (int i = 0; i < 450; ++i)
            ids.append(createTicket(*rita,
                                    QJsonObject {{"title"_L1, u"Ticket %1"_s.arg(i)},
                                                 {"description"_L1, u"details"_s}})
                           .value("id"_L1)
                           .toInteger());
        ASSERT_FALSE(reminded(admin, ids.first())) << "the test holds the scheduler lock";
        EXPECT_EQ(past.schedulerRounds(), 0);
    }

    // Due now: killed once the first batch committed, then killed as soon as it listens, then
    // left alone.
    TestServer server(database);
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    {
        TestClient admin(server.port());
        ASSERT_TRUE(loginAdmin(admin));
        ASSERT_TRUE(waitUntil(
            [&] { return reminded(admin, ids.first()) || reminded(admin, ids.last()); }, 15000));
    }
    server.kill();
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    server.kill();
    ASSERT_TRUE(server.start()) << server.error().toStdString();

    TestClient admin(server.port());
    ASSERT_TRUE(loginAdmin(admin));
    // How often the rule fired on a ticket, and how many notes it has.
    const auto count = [&](qint64 id) {
        std::pair<int, int> firingsAndNotes;
        const QJsonArray history = admin.call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}})
                                       .object()
                                       .value("items"_L1)
                                       .toArray();
        for (const QJsonValue& entry : history) {
            const QJsonObject e = entry.toObject();
            firingsAndNotes.first += e.value("field"_L1) == u"rule"_s ? 1 : 0;
            firingsAndNotes.second += e.value("kind"_L1) == u"comment"_s ? 1 : 0;
        }
        return firingsAndNotes;
    };
    for (qint64 id : std::as_const(ids))
        ASSERT_TRUE(waitUntil([&] { return count(id).first > 0; }, 15000))
            << "ticket " << id << " never reminded";
    // All fired: a second look, after any round still running would have committed.
    for (qint64 id : std::as_const(ids)) {
        const auto [firings, notes] = count(id);
        ASSERT_EQ(firings, 1) << "ticket " << id;
        ASSERT_EQ(notes, 1) << "ticket " << id;
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, TimeRuleKillTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
