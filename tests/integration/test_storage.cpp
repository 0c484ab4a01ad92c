// Storage on both backends: migrations from an empty database, the append-only event log,
// optimistic versions, keyset pages, and the group-commit writer's guarantees.
#include "backend.h"
#include "search/searchindex.h"
#include "search/searchindexer.h"
#include "storage/eventrepository.h"
#include "storage/groupcommitwriter.h"
#include "storage/migrations.h"
#include "storage/readerpool.h"
#include "storage/sqlsession.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <future>
#include <random>

using namespace frontline;
using namespace frontline::server;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

// A job made of lambdas, whose outcome a test can wait for.
class TestJob final : public DbJob
{
public:
    enum class Outcome { Completed, Failed };

    explicit TestJob(std::function<bool(SqlSession&)> work)
        : m_work(std::move(work))
    { }

    bool run(SqlSession& session) override
    {
        ++runs;
        return m_work(session);
    }
    void completed() override { m_promise.set_value({Outcome::Completed, JobFailure::Internal}); }
    void failed(JobFailure failure) override { m_promise.set_value({Outcome::Failed, failure}); }

    std::future<std::pair<Outcome, JobFailure>> future() { return m_promise.get_future(); }
    std::atomic<int> runs {0};

private:
    std::function<bool(SqlSession&)> m_work;
    std::promise<std::pair<Outcome, JobFailure>> m_promise;
};

// The writer owns and deletes the jobs it is given; tests keep theirs through this wrapper.
struct Forward final : DbJob
{
    std::shared_ptr<TestJob> job;
    bool run(SqlSession& s) override { return job->run(s); }
    void completed() override { job->completed(); }
    void failed(JobFailure f) override { job->failed(f); }
};

template<typename Executor>
std::future<std::pair<TestJob::Outcome, JobFailure>> submit(Executor& executor,
                                                            const std::shared_ptr<TestJob>& job)
{
    auto future = job->future();
    auto forward = std::make_unique<Forward>();
    forward->job = job;
    executor.submit(std::move(forward));
    return future;
}

std::shared_ptr<TestJob> job(std::function<bool(SqlSession&)> work)
{
    return std::make_shared<TestJob>(std::move(work));
}

class StorageTest : public ::testing::TestWithParam<TestBackend>
{
protected:
    void SetUp() override
    {
        m_database = std::make_unique<TestDatabase>(GetParam());
        FRONTLINE_REQUIRE_DATABASE(*m_database);
        auto config = DatabaseConfig::parse(m_database->spec());
        ASSERT_TRUE(config.ok());
        m_config = *config;
        auto session = SqlSession::open(m_config, u"storage-test"_s);
        ASSERT_TRUE(session.ok()) << session.error().toStdString();
        m_session = std::move(session).value();
        auto migrated = migrate(*m_session);
        ASSERT_TRUE(migrated.ok()) << migrated.error().toStdString();
    }

    void TearDown() override
    {
        m_session.reset();
        m_database.reset();
    }

    qint64 insertUser(const QString& name, Role role = Role::Requester)
    {
        return UserRepository(*m_session)
            .insert(name, name, name + u"@example.com"_s, role, "hash", 1);
    }

    TicketRecord newTicket(qint64 requester, int priority, std::optional<qint64> group, qint64 at)
    {
        TicketRecord record;
        record.ticket.title = u"Ticket"_s;
        record.ticket.description = u"Body"_s;
        record.ticket.status = u"new"_s;
        record.ticket.priority = priority;
        record.ticket.requester = UserRef {requester, {}, {}};
        if (group)
            record.ticket.group = GroupRef {*group, {}, 1};
        record.ticket.createdAt = at;
        record.ticket.updatedAt = at;
        record.ticket.sla.responseDue = at + 1000 * (at % 7);
        record.ticket.sla.resolveDue = at + 5000 + 1000 * (at % 11);
        return record;
    }

    std::unique_ptr<TestDatabase> m_database;
    DatabaseConfig m_config;
    std::unique_ptr<SqlSession> m_session;
};

} // namespace
} // namespace frontline::server

TEST_P(StorageTest, MigratesAnEmptyDatabaseOnceAndRecordsIt)
{
    Statement versions =
        m_session->prepare(u"SELECT version, name FROM schema_migrations ORDER BY version"_s);
    versions.exec();
    int count = 0;
    while (versions.next()) {
        ++count;
        EXPECT_FALSE(versions.text(1).isEmpty());
    }
    EXPECT_EQ(count, static_cast<int>(migrations().size()));
    auto again = migrate(*m_session);
    ASSERT_TRUE(again.ok()) << again.error().toStdString();
    EXPECT_EQ(*again, latestSchemaVersion()) << "migrating twice changes nothing";
}

TEST_P(StorageTest, RefusesADatabaseFromANewerVersion)
{
    Statement future = m_session->prepare(
        u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'from the future', 0)"_s);
    future.bind(latestSchemaVersion() + 1);
    future.exec();
    const auto refused = migrate(*m_session);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(u"newer"_s));
}

TEST_P(StorageTest, TheEventLogIsAppendOnly)
{
    const qint64 user = insertUser(u"alice"_s);
    const qint64 ticket = TicketRepository(*m_session).insert(newTicket(user, 3, std::nullopt, 1));
    EventRepository events(*m_session);
    events.appendCreated(ticket, user, 1);
    events.appendComment(ticket, user, 2, u"hello"_s, false);
    EXPECT_THROW(m_session->execute(u"UPDATE ticket_events SET at = 5"_s), DbException);
    EXPECT_THROW(m_session->execute(u"DELETE FROM ticket_events"_s), DbException);
    EXPECT_THROW(m_session->execute(u"UPDATE comments SET body = 'rewritten'"_s), DbException);
    EXPECT_THROW(m_session->execute(u"DELETE FROM comments"_s), DbException);
    const auto history = events.history(ticket, true, 100);
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history.at(1).comment->body, u"hello"_s);
}

// Migration 34 rewrites the busiest tables' CHECKs on SQLite in place: they still refuse what
// they refused, keep every row, and a database written before it is brought up to it.
TEST_P(StorageTest, TheRewrittenChecksRefuseWhatTheyRefusedAndKeepTheRows)
{
    const qint64 user = insertUser(u"carol"_s);
    const qint64 ticket = TicketRepository(*m_session).insert(newTicket(user, 3, std::nullopt, 1));
    const auto event = [&](const QString& kind) {
        Statement insert = m_session->prepare(
            u"INSERT INTO ticket_events (ticket_id, actor_id, at, kind) VALUES (?, ?, 1, ?)"_s);
        insert.bind(ticket).bind(user).bind(kind);
        insert.exec();
    };
    const auto mail = [&](const QString& state, const QString& messageId) {
        Statement insert = m_session->prepare(
            u"INSERT INTO mail_outbox (recipient_id, kind, address, subject, body, message_id, "
            "state, next_attempt_at, created_at) VALUES (?, 'account', 'carol@example.com', "
            "'s', 'b', ?, ?, 1, 1)"_s);
        insert.bind(user).bind(messageId).bind(state);
        insert.exec();
    };
    m_session->execute(u"INSERT INTO webhooks (url, events, secret, created_at, updated_at) "
                       "VALUES ('http://127.0.0.1:9/hook', 'ticket.created', 'k', 1, 1)"_s);
    const auto delivery = [&](const QString& state, const QString& id) {
        Statement insert = m_session->prepare(
            u"INSERT INTO webhook_deliveries (webhook_id, delivery_id, event, body, state, "
            "next_attempt_at, created_at) SELECT MAX(id), ?, 'ticket.created', '{}', ?, 1, 1 "
            "FROM webhooks"_s);
        insert.bind(id).bind(state);
        insert.exec();
    };
    const auto count = [&](const QString& sql) {
        Statement query = m_session->prepare(sql);
        query.exec();
        return query.next() ? query.int64(0) : -1;
    };
    const auto refused = [&](const std::function<void()>& write) {
        try {
            write();
        } catch (const DbException& e) {
            return e.isConstraintViolation();
        }
        return false;
    };
    const auto checkEverything = [&](int round) {
        for (const QString& kind : {u"created"_s, u"change"_s, u"comment"_s})
            event(kind);
        EXPECT_TRUE(refused([&] { event(u"Created"_s); })) << round;
        EXPECT_TRUE(refused([&] { event(u"created "_s); })) << round;
        int n = 0;
        for (const QString& state : {u"queued"_s, u"sending"_s, u"sent"_s, u"failed"_s})
            mail(state, u"<%1.%2@example.com>"_s.arg(round).arg(++n));
        EXPECT_TRUE(refused([&] { mail(u"lost"_s, u"<x%1@example.com>"_s.arg(round)); })) << round;
        EXPECT_TRUE(refused([&] { mail(u"queued,sent"_s, u"<y%1@example.com>"_s.arg(round)); }))
            << round;
        for (const QString& state : {u"queued"_s, u"sending"_s, u"delivered"_s, u"failed"_s})
            delivery(state, u"d%1.%2"_s.arg(round).arg(++n));
        EXPECT_TRUE(refused([&] { delivery(u"sent"_s, u"z%1"_s.arg(round)); })) << round;
    };
    checkEverything(1);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM ticket_events"_s), 3);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM mail_outbox"_s), 4);
    if (GetParam() != TestBackend::Sqlite)
        return;

    const auto tableText = [&](const QString& table) {
        Statement query = m_session->prepare(
            u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
        query.bind(table);
        query.exec();
        return query.next() ? query.text(0) : QString();
    };
    EXPECT_TRUE(
        tableText(u"ticket_events"_s)
            .contains(u"CHECK (kind = 'created' OR kind = 'change' OR kind = 'comment')"_s));
    EXPECT_FALSE(tableText(u"mail_outbox"_s).contains(u"state IN"_s));
    EXPECT_FALSE(tableText(u"webhook_deliveries"_s).contains(u"state IN"_s));
    EXPECT_FALSE(tableText(u"mail_messages"_s).contains(u"outcome IN"_s));

    // The database as the release before migration 34 left it, with rows in it: migrated again.
    m_session->execute(u"PRAGMA writable_schema = ON"_s);
    const auto checks =
        std::find_if(migrations().begin(), migrations().end(),
                     [](const Migration& migration) { return migration.version == 34; });
    ASSERT_NE(checks, migrations().end());
    for (const SqliteTableEdit& edit : checks->sqliteTableEdits) {
        Statement undo = m_session->prepare(
            u"UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = ?"_s);
        undo.bind(edit.after).bind(edit.before).bind(edit.table);
        undo.exec();
        EXPECT_EQ(undo.rowsAffected(), 1) << edit.table.toStdString();
    }
    m_session->execute(u"PRAGMA schema_version = %1"_s.arg(count(u"PRAGMA schema_version"_s) + 1));
    m_session->execute(u"PRAGMA writable_schema = OFF"_s);
    m_session->execute(u"DELETE FROM schema_migrations WHERE version = 34"_s);
    EXPECT_TRUE(tableText(u"ticket_events"_s).contains(u"kind IN"_s));

    const auto migrated = migrate(*m_session);
    ASSERT_TRUE(migrated.ok()) << migrated.error().toStdString();
    EXPECT_FALSE(tableText(u"ticket_events"_s).contains(u"kind IN"_s));
    EXPECT_FALSE(tableText(u"mail_outbox"_s).contains(u"state IN"_s));
    checkEverything(2);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM ticket_events"_s), 6);
    EXPECT_EQ(count(u"SELECT COUNT(*) FROM mail_outbox"_s), 8);
    Statement integrity = m_session->prepare(u"PRAGMA integrity_check"_s);
    integrity.exec();
    ASSERT_TRUE(integrity.next());
    EXPECT_EQ(integrity.text(0), u"ok"_s);

    // Edits already made are done; an edit that finds neither text fails, and the caller's
    // rollback leaves every table as it was, with the schema no longer writable.
    const QString events = tableText(u"ticket_events"_s);
    m_session->begin();
    EXPECT_EQ(applySqliteTableEdits(*m_session, checks->sqliteTableEdits), QString());
    m_session->commit();
    EXPECT_EQ(tableText(u"ticket_events"_s), events);
    m_session->begin();
    const QString failed =
        applySqliteTableEdits(*m_session,
                              {{u"ticket_events"_s, u"kind = 'change'"_s, u"kind = 'changed'"_s},
                               {u"mail_outbox"_s, u"CHECK (state IN ('lost'))"_s, u"CHECK (1)"_s}});
    EXPECT_TRUE(failed.contains(u"mail_outbox"_s)) << failed.toStdString();
    m_session->rollback();
    EXPECT_EQ(tableText(u"ticket_events"_s), events);
    EXPECT_EQ(count(u"PRAGMA writable_schema"_s), 0);
    checkEverything(3);
}

TEST_P(StorageTest, UpdatesNeedTheCurrentVersion)
{
    TicketRepository tickets(*m_session);
    TicketRecord record = newTicket(insertUser(u"bob"_s), 3, std::nullopt, 1);
    record.ticket.id = tickets.insert(record);
    record.ticket.title = u"First edit"_s;
    record.ticket.version = 2;
    EXPECT_TRUE(tickets.update(record, 1));
    record.ticket.title = u"Lost update"_s;
    record.ticket.version = 2;
    EXPECT_FALSE(tickets.update(record, 1)) << "version 1 is stale now";
    EXPECT_EQ(tickets.find(record.ticket.id)->ticket.title, u"First edit"_s);
}

TEST_P(StorageTest, KeysetPagesVisitEveryTicketOnceInOrder)
{
    const qint64 requester = insertUser(u"carol"_s);
    QList<qint64> groups;
    for (int i = 0; i < 3; ++i) {
        Statement insert = m_session->prepare(
            u"INSERT INTO agent_groups (name, tier, created_at, updated_at) VALUES (?, 1, 0, 0) RETURNING id"_s);
        insert.bind(QString(u"G"_s + QString::number(i)));
        insert.exec();
        insert.next();
        groups.append(insert.int64(0));
    }
    std::mt19937 random(42);
    TicketRepository tickets(*m_session);
    m_session->begin();
    for (int i = 0; i < 600; ++i) {
        TicketRecord record = newTicket(requester, 1 + static_cast<int>(random() % 5),
                                        i % 7 == 0 ? std::nullopt : std::optional(groups.at(i % 3)),
                                        1000 + static_cast<qint64>(random() % 50));
        record.ticket.open = i % 4 != 0;
        tickets.insert(record);
    }
    m_session->commit();

    const QList<TicketScope> scopes {{TicketScope::Kind::Group, groups.at(0)},
                                     {TicketScope::Kind::Group, groups.at(1)},
                                     {TicketScope::Kind::NoGroup, 0},
                                     {TicketScope::Kind::Requester, requester}};
    for (api::TicketSort sort :
         {api::TicketSort::Priority, api::TicketSort::CreatedAsc, api::TicketSort::CreatedDesc,
          api::TicketSort::UpdatedAsc, api::TicketSort::UpdatedDesc, api::TicketSort::Due}) {
        TicketListFilter filter;
        filter.open = true;
        QList<TicketRecord> all;
        std::optional<TicketCursor> cursor;
        for (int page = 0; page < 100; ++page) {
            bool more = false;
            const QList<TicketRecord> rows = tickets.page(scopes, filter, sort, cursor, 37, &more);
            all += rows;
            if (!more)
                break;
            cursor = TicketRepository::cursorAfter(rows.constLast(), sort);
            ASSERT_TRUE(TicketCursor::decode(cursor->encode(), sort).has_value());
        }
        QSet<qint64> ids;
        for (const TicketRecord& record : all) {
            EXPECT_TRUE(record.ticket.open);
            EXPECT_FALSE(ids.contains(record.ticket.id)) << "no ticket twice";
            ids.insert(record.ticket.id);
        }
        // Every open ticket: all of them are in a scope (the requester scope covers everything).
        EXPECT_EQ(ids.size(), 450) << api::toString(sort).toStdString();
        for (qsizetype i = 1; i < all.size(); ++i) {
            const Ticket& a = all.at(i - 1).ticket;
            const Ticket& b = all.at(i).ticket;
            switch (sort) {
            case api::TicketSort::Priority:
                EXPECT_TRUE(a.priority < b.priority || (a.priority == b.priority && a.id < b.id));
                break;
            case api::TicketSort::CreatedAsc:
                EXPECT_LT(a.id, b.id);
                break;
            case api::TicketSort::CreatedDesc:
                EXPECT_GT(a.id, b.id);
                break;
            case api::TicketSort::UpdatedAsc:
                EXPECT_TRUE(a.updatedAt < b.updatedAt
                            || (a.updatedAt == b.updatedAt && a.id < b.id));
                break;
            case api::TicketSort::UpdatedDesc:
                EXPECT_TRUE(a.updatedAt > b.updatedAt
                            || (a.updatedAt == b.updatedAt && a.id > b.id));
                break;
            case api::TicketSort::Due:
                EXPECT_TRUE(*a.nextDue() < *b.nextDue()
                            || (*a.nextDue() == *b.nextDue() && a.id < b.id));
                break;
            }
        }
    }
    EXPECT_FALSE(TicketCursor::decode(u"garbage"_s, api::TicketSort::Priority).has_value());
    EXPECT_FALSE(TicketCursor::decode(TicketCursor {api::TicketSort::CreatedAsc, 0, 5}.encode(),
                                      api::TicketSort::Priority)
                     .has_value())
        << "a cursor belongs to its sort";
}

TEST_P(StorageTest, TheStatementCacheIsBoundedAndKeepsStatementsInUseValid)
{
    Statement held = m_session->prepare(u"SELECT 41 + 1"_s);
    for (int i = 0; i < 1000; ++i) {
        Statement other = m_session->prepare(u"SELECT "_s + QString::number(i));
        other.exec();
    }
    EXPECT_LE(m_session->cachedStatementCount(), SqlSession::StatementCacheCapacity)
        << "distinct statement texts never grow the cache beyond its capacity";
    held.exec();
    ASSERT_TRUE(held.next()) << "a statement evicted while in use still works";
    EXPECT_EQ(held.integer(0), 42);
    Statement again = m_session->prepare(u"SELECT 41 + 1"_s);
    again.exec();
    ASSERT_TRUE(again.next());
    EXPECT_EQ(again.integer(0), 42);
}

// What the repositories rely on from either driver: values come back as they went in and of
// the types the callers branch on, text is never NULL unless asked for, bound text outlives its
// run, failures are DbExceptions that say what broke and leave the transaction usable.
TEST_P(StorageTest, StatementsGiveBackWhatWasStoredAndNameWhatFailed)
{
    m_session->execute(m_session->translate(
        u"CREATE TABLE probe (id {{ID}}, n BIGINT, r DOUBLE PRECISION, t TEXT UNIQUE, "
        "b {{BLOB}})"_s));
    const QString text = u"Zoë ✓ 日本 \U0001F600 'quoted'"_s;
    const QByteArray bytes("\x00\x01\xff\x00z", 5);
    const qint64 big = 9007199254740993; // not a double
    const QString insertSql = u"INSERT INTO probe (n, r, t, b) VALUES (?, ?, ?, ?)"_s;
    Statement insert = m_session->prepareInsert(insertSql);
    insert.bind(big).bind(2.5).bind(text).bind(bytes);
    insert.exec();
    const qint64 first = insert.insertedId();
    EXPECT_GT(first, 0);
    Statement nulls = m_session->prepareInsert(insertSql);
    nulls.bindNullable(std::nullopt).bind(QVariant()).bind(QString()).bind(QByteArray());
    nulls.exec();
    const qint64 second = nulls.insertedId();
    EXPECT_GT(second, first);
    Statement typedNull = m_session->prepareInsert(insertSql);
    typedNull.bind(7)
        .bind(QVariant())
        .bind(QVariant(QMetaType::fromType<QString>()))
        .bind(QByteArray(""));
    typedNull.exec();

    Statement read = m_session->prepare(
        u"SELECT n, r, t, b, t IS NULL, n IS NULL, b IS NULL FROM probe ORDER BY id"_s);
    read.exec();
    ASSERT_TRUE(read.next());
    EXPECT_EQ(read.int64(0), big);
    // The types QtSql's SQLite driver gave, which SQLite's own API must give too (QPSQL's are
    // its own: BIGINT comes back as an unsigned long long there).
    const bool sqlite = GetParam() == TestBackend::Sqlite;
    if (sqlite) {
        EXPECT_EQ(read.value(0).typeId(), QMetaType::LongLong);
    }
    EXPECT_EQ(read.value(0).toLongLong(), big);
    EXPECT_EQ(read.optionalInt64(0), std::optional<qint64>(big));
    EXPECT_EQ(read.value(1).typeId(), QMetaType::Double);
    EXPECT_DOUBLE_EQ(read.value(1).toDouble(), 2.5);
    EXPECT_EQ(read.text(2), text) << "non-ASCII text, astral characters included, round-trips";
    EXPECT_EQ(read.value(2).typeId(), QMetaType::QString);
    EXPECT_EQ(read.value(2).toString(), text);
    EXPECT_EQ(read.value(3).typeId(), QMetaType::QByteArray);
    EXPECT_EQ(read.value(3).toByteArray(), bytes) << "a blob keeps its zero bytes";
    ASSERT_TRUE(read.next());
    EXPECT_FALSE(read.optionalInt64(0).has_value());
    EXPECT_TRUE(read.value(0).isNull());
    EXPECT_EQ(read.int64(0), 0);
    EXPECT_TRUE(read.value(1).isNull());
    EXPECT_FALSE(read.boolean(4)) << "a null QString is stored as empty text, not NULL";
    EXPECT_TRUE(read.text(2).isEmpty());
    EXPECT_TRUE(read.boolean(5)) << "a null QVariant is NULL";
    EXPECT_TRUE(read.boolean(6)) << "a null QByteArray is NULL";
    ASSERT_TRUE(read.next());
    EXPECT_TRUE(read.boolean(4)) << "a QVariant of type QString without a value is NULL";
    EXPECT_FALSE(read.boolean(6)) << "an empty QByteArray is an empty blob, not NULL";
    EXPECT_TRUE(read.value(3).toByteArray().isEmpty());
    EXPECT_FALSE(read.next());

    // Bound text lives as long as its run needs it: the same statement object again without
    // new values, then the cached statement by a new object with other text.
    Statement byText = m_session->prepare(u"SELECT COUNT(*) FROM probe WHERE t = ?"_s);
    byText.bind(QString(text)); // a temporary: the statement keeps its own copy
    byText.exec();
    ASSERT_TRUE(byText.next());
    EXPECT_EQ(byText.integer(0), 1);
    byText.exec();
    ASSERT_TRUE(byText.next());
    EXPECT_EQ(byText.integer(0), 1) << "run again with the same values";
    {
        Statement again = m_session->prepare(u"SELECT COUNT(*) FROM probe WHERE t = ?"_s);
        again.bind(u"not there"_s);
        again.exec();
        ASSERT_TRUE(again.next());
        EXPECT_EQ(again.integer(0), 0);
    }
    Statement once =
        m_session->prepareOnce(u"SELECT t FROM probe WHERE n = "_s + QString::number(big));
    once.exec();
    ASSERT_TRUE(once.next());
    EXPECT_EQ(once.text(0), text) << "a statement for one use, without values";
    Statement onceBound = m_session->prepareOnce(u"SELECT COUNT(*) FROM probe WHERE n > ?"_s);
    onceBound.bind(0);
    onceBound.exec();
    ASSERT_TRUE(onceBound.next());
    EXPECT_EQ(onceBound.integer(0), 2) << "and one with a value";

    Statement update = m_session->prepare(u"UPDATE probe SET r = r + 1 WHERE id >= ?"_s);
    update.bind(first);
    update.exec();
    EXPECT_EQ(update.rowsAffected(), 3);

    // A constraint broken inside a savepoint: the error names it, the savepoint undoes it, and
    // the transaction goes on (the writer's way with a failing job).
    m_session->begin();
    m_session->savepoint(u"probe"_s);
    Statement duplicate = m_session->prepare(u"INSERT INTO probe (t) VALUES (?)"_s);
    duplicate.bind(text);
    try {
        duplicate.exec();
        ADD_FAILURE() << "a second row with the same unique text was accepted";
    } catch (const DbException& e) {
        EXPECT_TRUE(e.isConstraintViolation()) << e.describe().toStdString();
        EXPECT_TRUE(e.isUniqueViolation()) << e.describe().toStdString();
    }
    m_session->rollbackToSavepoint(u"probe"_s);
    m_session->releaseSavepoint(u"probe"_s);
    Statement other = m_session->prepare(u"INSERT INTO probe (t) VALUES (?)"_s);
    other.bind(u"another"_s);
    other.exec();
    m_session->commit();

    Statement missing = m_session->prepare(u"SELECT COUNT(*) FROM probe WHERE n = ? AND t = ?"_s);
    missing.bind(big);
    EXPECT_THROW(missing.exec(), DbException) << "a parameter left unbound is an error";
    Statement count = m_session->prepare(u"SELECT COUNT(*) FROM probe"_s);
    count.exec();
    ASSERT_TRUE(count.next()) << "the session works on after the failures";
    EXPECT_EQ(count.integer(0), 4) << "three rows and the one after the savepoint";
    try {
        m_session->prepare(u"SELECT name FROM nowhere"_s).exec();
        ADD_FAILURE() << "a statement on a missing table ran";
    } catch (const DbException& e) {
        EXPECT_TRUE(e.sqlError().databaseText().contains(u"nowhere"_s))
            << "the database's own words name the table: " << e.describe().toStdString();
    }
    EXPECT_THROW(m_session->prepare(u"SELECT 1; SELECT 2"_s).exec(), DbException)
        << "one statement per text";
}

TEST_P(StorageTest, InListsOfAnyLengthShareAFewStatementTexts)
{
    const qint64 requester = insertUser(u"ivy"_s);
    TicketRepository tickets(*m_session);
    m_session->begin();
    for (int i = 0; i < 10; ++i)
        tickets.insert(newTicket(requester, 1 + i % 5, std::nullopt, 1000 + i));
    m_session->commit();
    const QList<TicketScope> scopes {{TicketScope::Kind::Requester, requester}};
    // Warm the cache with the statement shapes other than the IN lists.
    TicketListFilter none;
    tickets.count(scopes, none, 100);
    const qsizetype before = m_session->cachedStatementCount();
    for (int length = 1; length <= 40; ++length) {
        TicketListFilter filter;
        filter.groupSet = true;
        QList<qint64> groups;
        for (int i = 0; i < length; ++i)
            groups.append(1000 + i);
        filter.groups = groups;
        EXPECT_EQ(tickets.count(scopes, filter, 100), 0) << "no ticket is in those groups";
        TicketListFilter byPriority;
        QList<int> priorities;
        for (int i = 0; i < length; ++i)
            priorities.append(1 + i % 2);
        byPriority.priorities = priorities;
        EXPECT_EQ(tickets.count(scopes, byPriority, 100), length == 1 ? 2 : 4)
            << "priority 1 (and 2), whatever the padding";
    }
    EXPECT_LE(m_session->cachedStatementCount() - before, 14)
        << "lists of 1 to 40 values make a handful of statement texts (lengths rounded up to "
           "powers of two), not one each";
}

TEST_P(StorageTest, GroupCommitAcknowledgesOnlyCommittedWork)
{
    m_session.reset(); // the writer takes over
    GroupCommitWriter writer(m_config);
    ASSERT_EQ(writer.start(), QString());
    std::vector<std::shared_ptr<TestJob>> jobs;
    std::vector<std::future<std::pair<TestJob::Outcome, JobFailure>>> outcomes;
    // Many jobs at once: they share transactions (fewer commits than jobs).
    for (int i = 0; i < 2000; ++i) {
        auto job = frontline::server::job([i](SqlSession& session) {
            Statement insert = session.prepare(
                u"INSERT INTO config (key, value, updated_at) VALUES (?, 'v', 0)"_s);
            insert.bind(QString(u"key-"_s + QString::number(i)));
            insert.exec();
            return i % 10 != 0; // every tenth job fails on its own: its insert is rolled back
        });
        outcomes.push_back(submit(writer, job));
        jobs.push_back(job);
    }
    for (auto& outcome : outcomes)
        EXPECT_EQ(outcome.get().first, TestJob::Outcome::Completed);
    const auto stats = writer.stats();
    EXPECT_EQ(stats.jobs, 2000u);
    EXPECT_LT(stats.batches, 2000u) << "jobs queued during a commit share the next one";

    auto probe = job([](SqlSession& session) {
        Statement count = session.prepare(u"SELECT COUNT(*) FROM config WHERE key LIKE 'key-%'"_s);
        count.exec();
        count.next();
        return count.integer(0) == 1800;
    });
    ASSERT_EQ(submit(writer, probe).get().first, TestJob::Outcome::Completed);
    EXPECT_EQ(probe->runs.load(), 1);
    writer.stop();
    m_session = std::move(SqlSession::open(m_config, u"storage-test-2"_s)).value();
    Statement count = m_session->prepare(u"SELECT COUNT(*) FROM config WHERE key LIKE 'key-%'"_s);
    count.exec();
    count.next();
    EXPECT_EQ(count.integer(0), 1800) << "failed jobs left nothing behind; the others are durable";
}

TEST_P(StorageTest, AFailedCommitStopsAllFurtherWrites)
{
    // A deferred constraint is checked at COMMIT: the reliable way to make a commit fail on
    // both backends, like a failed fsync would.
    m_session->execute(u"CREATE TABLE parent_rows (id INTEGER PRIMARY KEY)"_s);
    m_session->execute(
        u"CREATE TABLE child_rows (parent INTEGER REFERENCES parent_rows (id) DEFERRABLE INITIALLY DEFERRED)"_s);
    m_session.reset();
    GroupCommitWriter writer(m_config);
    ASSERT_EQ(writer.start(), QString());
    auto breaking = job([](SqlSession& session) {
        session.execute(u"INSERT INTO child_rows (parent) VALUES (999)"_s);
        return true;
    });
    const auto result = submit(writer, breaking).get();
    EXPECT_EQ(result.first, TestJob::Outcome::Failed);
    EXPECT_EQ(result.second, JobFailure::StorageUnavailable);
    EXPECT_TRUE(writer.isFailed());

    auto later = job([](SqlSession&) { return true; });
    const auto refused = submit(writer, later).get();
    EXPECT_EQ(refused.first, TestJob::Outcome::Failed)
        << "no write is acknowledged after a failed commit";
    EXPECT_EQ(refused.second, JobFailure::StorageUnavailable);
    EXPECT_EQ(later->runs.load(), 0);
}

TEST_P(StorageTest, AnUnexpectedSqlErrorFailsOnlyItsJob)
{
    m_session.reset();
    GroupCommitWriter writer(m_config);
    ASSERT_EQ(writer.start(), QString());
    auto good = job([](SqlSession& session) {
        session.execute(u"INSERT INTO config (key, value, updated_at) VALUES ('kept', 'v', 0)"_s);
        return true;
    });
    auto bad = job([](SqlSession& session) {
        session.execute(u"INSERT INTO no_such_table VALUES (1)"_s);
        return true;
    });
    auto goodOutcome = submit(writer, good);
    auto badOutcome = submit(writer, bad);
    EXPECT_EQ(goodOutcome.get().first, TestJob::Outcome::Completed);
    EXPECT_EQ(badOutcome.get(), std::make_pair(TestJob::Outcome::Failed, JobFailure::Internal));
    EXPECT_FALSE(writer.isFailed());
}

TEST_P(StorageTest, ReadersSeeWhatTheWriterCommitted)
{
    m_session.reset();
    GroupCommitWriter writer(m_config);
    ReaderPool readers(m_config, 2);
    ASSERT_EQ(writer.start(), QString());
    ASSERT_EQ(readers.start(), QString());
    auto write = job([](SqlSession& session) {
        session.execute(
            u"INSERT INTO config (key, value, updated_at) VALUES ('visible', 'yes', 0)"_s);
        return true;
    });
    ASSERT_EQ(submit(writer, write).get().first, TestJob::Outcome::Completed);
    std::atomic<bool> seen {false};
    auto read = job([&seen](SqlSession& session) {
        Statement query = session.prepare(u"SELECT value FROM config WHERE key = 'visible'"_s);
        query.exec();
        seen = query.next() && query.text(0) == u"yes"_s;
        return true;
    });
    ASSERT_EQ(submit(readers, read).get().first, TestJob::Outcome::Completed);
    EXPECT_TRUE(seen.load()) << "an acknowledged write is visible to every later read";
}

INSTANTIATE_TEST_SUITE_P(Backends, StorageTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

TEST_P(StorageTest, SearchFindsATicketBeforeAndAfterItsBatchIsIndexed)
{
    auto index = SearchIndex::create(*m_session);
    const SearchQuery query = SearchQuery::all(u"scanner"_s, false);
    TicketRepository tickets(*m_session);
    TicketRecord record = newTicket(insertUser(u"bob"_s), 3, std::nullopt, 1);
    record.ticket.title = u"Scanner jams"_s;
    m_session->begin();
    const qint64 id = tickets.insert(record);
    // Queued, not indexed yet (SQLite): found from its text all the same.
    EXPECT_EQ(index->newest(SearchIndex::Source::Tickets, query, {}, 10), QList<qint64> {id});
    SearchIndexer::flush(*m_session);
    m_session->commit();
    EXPECT_EQ(index->newest(SearchIndex::Source::Tickets, query, {}, 10), QList<qint64> {id});
    // An edit of an indexed ticket moves it in the index at once.
    record.ticket.id = id;
    record.ticket.title = u"Copier jams"_s;
    record.ticket.version = 2;
    m_session->begin();
    ASSERT_TRUE(tickets.update(record, 1));
    m_session->commit();
    EXPECT_TRUE(index->newest(SearchIndex::Source::Tickets, query, {}, 10).isEmpty());
    EXPECT_EQ(index->newest(SearchIndex::Source::Tickets, SearchQuery::all(u"copier"_s), {}, 10),
              QList<qint64> {id});
    // Another requester's scope does not see it.
    SearchIndex::Scope other;
    other.requester = id + 1000;
    EXPECT_TRUE(
        index->newest(SearchIndex::Source::Tickets, SearchQuery::all(u"copier"_s), other, 10)
            .isEmpty());
}
