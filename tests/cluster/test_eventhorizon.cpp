// Where the readers of the event log (the mail planner, the KPI rollups) may stop with several
// servers on one PostgreSQL: never past an event another server has yet to commit, and never
// past one that committed between the reader's read and its check (its mails would be lost).
#include "backend.h"
#include "cluster/eventhorizon.h"
#include "storage/eventrepository.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"
#include "testsession.h"

#include <gtest/gtest.h>
#include <memory>
#include <vector>

using namespace frontline;
using namespace frontline::server;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class EventHorizonTest : public ::testing::TestWithParam<TestBackend>
{
protected:
    void SetUp() override
    {
        m_database = std::make_unique<TestDatabase>(GetParam());
        FRONTLINE_REQUIRE_DATABASE(*m_database);
        m_first = openMigrated(*m_database, u"horizon-first"_s);
        ASSERT_TRUE(m_first);
        m_reader = openSession(*m_database, u"horizon-reader"_s);
        ASSERT_TRUE(m_reader);
        m_user = UserRepository(*m_first).insert(u"ann"_s, u"Ann"_s, u"ann@example.com"_s,
                                                 Role::Requester, "hash", 1);
        TicketRecord record;
        record.ticket.title = u"Printer"_s;
        record.ticket.description = u"It jams"_s;
        record.ticket.status = u"new"_s;
        record.ticket.priority = 3;
        record.ticket.requester = UserRef {m_user, {}, {}};
        record.ticket.createdAt = Now;
        record.ticket.updatedAt = Now;
        m_ticket = TicketRepository(*m_first).insert(record);
        m_mark = EventRepository(*m_first).appendCreated(m_ticket, m_user, Now);
    }

    // An event written by `session`: its id.
    qint64 change(SqlSession& session, const QString& title)
    {
        return EventRepository(session).appendChange(m_ticket, m_user, Now, u"title"_s,
                                                     u"Printer"_s, title);
    }

    // What a reader reads after the mark: the ids and times it sees now.
    std::vector<cluster::SeenEvent> read()
    {
        Statement query =
            m_reader->prepare(u"SELECT id, at FROM ticket_events WHERE id > ? ORDER BY id"_s);
        query.bind(m_mark);
        query.exec();
        std::vector<cluster::SeenEvent> seen;
        while (query.next())
            seen.push_back({query.int64(0), query.int64(1)});
        return seen;
    }

    static constexpr qint64 Now = 1'800'000'000'000;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<SqlSession> m_first;
    std::unique_ptr<SqlSession> m_reader;
    qint64 m_user = 0;
    qint64 m_ticket = 0;
    qint64 m_mark = 0;
};

} // namespace

TEST_P(EventHorizonTest, AReaderNeverPassesAnEventThatIsStillBeingOrWasMeanwhileCommitted)
{
    auto second = openSession(*m_database, u"horizon-second"_s);
    ASSERT_TRUE(second);
    if (GetParam() == TestBackend::Sqlite) {
        // One writer: whatever the reader saw is settled.
        const qint64 last = change(*m_first, u"first"_s);
        EXPECT_EQ(cluster::settledEvents(*m_reader, m_mark, read(), Now), last);
        EXPECT_EQ(cluster::settledEvents(*m_reader, m_mark, last, Now), last);
        EXPECT_EQ(cluster::settledEvents(*m_reader, last, std::vector<cluster::SeenEvent>(), Now),
                  last);
        return;
    }

    // The first server takes an id and has not committed; the second commits a later one.
    m_first->begin();
    const qint64 inFlight = change(*m_first, u"in flight"_s);
    const qint64 later = change(*second, u"later"_s);
    ASSERT_LT(inFlight, later);
    std::vector<cluster::SeenEvent> seen = read();
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(seen.front().id, later);
    // Not past the event in flight, with the read in hand or read again.
    EXPECT_EQ(cluster::settledEvents(*m_reader, m_mark, seen, Now), m_mark);
    EXPECT_EQ(cluster::settledEvents(*m_reader, m_mark, later, Now), m_mark);

    // It commits after the reader read: what the reader saw has a gap nobody writes into any
    // more, but the event is there now, so the reader stops before it and reads it next time
    // (judged from a second read, the gap is gone and the mark would pass an event unread).
    m_first->commit();
    EXPECT_EQ(cluster::settledEvents(*m_reader, m_mark, seen, Now), m_mark);
    seen = read();
    ASSERT_EQ(seen.size(), 2u);
    EXPECT_EQ(cluster::settledEvents(*m_reader, m_mark, seen, Now), later);

    // A rolled-back job's id is a gap for good: passed once nobody writes.
    const qint64 mark = later;
    m_first->begin();
    change(*m_first, u"rolled back"_s);
    m_first->rollback();
    const qint64 after = change(*second, u"after the rollback"_s);
    m_mark = mark;
    seen = read();
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(cluster::settledEvents(*m_reader, mark, seen, Now), after);

    // A gap older than the grace period is passed even while someone writes.
    m_first->begin();
    change(*m_first, u"in flight again"_s);
    const qint64 newest = change(*second, u"newest"_s);
    m_mark = after;
    seen = read();
    ASSERT_EQ(seen.size(), 1u);
    EXPECT_EQ(cluster::settledEvents(*m_reader, after, seen, Now), after);
    EXPECT_EQ(cluster::settledEvents(*m_reader, after, seen, Now + cluster::GraceMs + 1), newest);
    m_first->rollback();
}

INSTANTIATE_TEST_SUITE_P(Backends, EventHorizonTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
