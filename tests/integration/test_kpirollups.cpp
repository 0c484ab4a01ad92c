// The KPI rollups over six months of a desk made by the real services (the demo data): every
// row that answers a filter or a month holds exactly what the rows it stands for add up to,
// however the log was read, and the top affected items are those of a full count. Three
// organisations raised most of the desk's tickets, so that the organisation dimension is in
// every one of these checks.
#include "auth/passwordhasher.h"
#include "backend.h"
#include "demo/demoseeder.h"
#include "kpitables.h"
#include "reports/kpifacts.h"
#include "reports/kpiquery.h"
#include "reports/kpirollup.h"
#include "reports/kpirollupworker.h"
#include "reports/kpistore.h"
#include "reports/kpitopterms.h"
#include "services/configservice.h"
#include "storage/eventrepository.h"
#include "storage/groupcommitwriter.h"
#include "storage/sqlsession.h"
#include "storage/ticketrepository.h"
#include "testsession.h"
#include "workflow/workflowconfig.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <future>
#include <gtest/gtest.h>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using test::TestBackend;
using test::TestDatabase;

// Reassigns `count` open tickets (from the `skip`th) to another agent, as the services log
// it: the ticket's row and a change event. Returns how many it reassigned.
int reassign(SqlSession& session, int count, int skip)
{
    QList<QJsonObject> agents;
    Statement users = session.prepare(
        u"SELECT id, username, display_name FROM users WHERE role = 'agent' ORDER BY id"_s);
    users.exec();
    while (users.next()) {
        agents.append(QJsonObject {{"id"_L1, users.int64(0)},
                                   {"username"_L1, users.text(1)},
                                   {"display_name"_L1, users.text(2)}});
    }
    QList<std::pair<qint64, qint64>> tickets;
    Statement open = session.prepare(
        u"SELECT id, assignee_id FROM tickets WHERE is_open = 1 AND assignee_id IS NOT NULL "
        "ORDER BY id LIMIT ? OFFSET ?"_s);
    open.bind(count).bind(skip);
    open.exec();
    while (open.next())
        tickets.append({open.int64(0), open.int64(1)});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    EventRepository events(session);
    for (const auto& [ticket, assignee] : std::as_const(tickets)) {
        const auto was = std::find_if(agents.cbegin(), agents.cend(), [&](const QJsonObject& a) {
            return a.value("id"_L1).toInteger() == assignee;
        });
        const QJsonObject to = agents.at(was == agents.cend() || *was != agents.first() ? 0 : 1);
        Statement update = session.prepare(
            u"UPDATE tickets SET assignee_id = ?, version = version + 1 WHERE id = ?"_s);
        update.bind(to.value("id"_L1).toInteger()).bind(ticket);
        update.exec();
        events.appendChange(ticket, to.value("id"_L1).toInteger(), now, u"assignee"_s,
                            was == agents.cend() ? QJsonValue() : QJsonValue(*was), to);
    }
    return static_cast<int>(tickets.size());
}

// Reports a new ticket with `title`, as ticket.create stores it: the row and its creation event.
void report(SqlSession& session, const QString& title)
{
    Statement requester =
        session.prepare(u"SELECT id FROM users WHERE role = 'requester' ORDER BY id LIMIT 1"_s);
    requester.exec();
    requester.next();
    TicketRecord record;
    Ticket& t = record.ticket;
    t.title = title;
    t.description = u"Since this morning."_s;
    t.createdAt = t.updatedAt = QDateTime::currentMSecsSinceEpoch();
    t.requester = UserRef {requester.int64(0), {}, {}};
    Statement org = session.prepare(u"SELECT MIN(id) FROM organisations"_s);
    org.exec();
    if (org.next() && !org.value(0).isNull())
        t.org = OrgRef {org.int64(0), {}};
    t.priority = WorkflowConfig::defaults().priorityMatrix.priority(t.impact, t.urgency);
    const qint64 id = TicketRepository(session).insert(record);
    EventRepository(session).appendCreated(id, t.requester.id, t.createdAt);
}

// A write the writer runs in its next transaction; the test waits for its commit.
class WriteJob final : public DbJob
{
public:
    explicit WriteJob(std::function<void(SqlSession&)> work)
        : m_work(std::move(work))
    { }
    std::future<bool> committed() { return m_committed.get_future(); }
    bool run(SqlSession& session) override
    {
        m_work(session);
        return true;
    }
    void completed() override { m_committed.set_value(true); }
    void failed(JobFailure) override { m_committed.set_value(false); }

private:
    std::function<void(SqlSession&)> m_work;
    std::promise<bool> m_committed;
};

class KpiRollupTest : public ::testing::TestWithParam<TestBackend>
{
protected:
    void SetUp() override
    {
        m_database = std::make_unique<TestDatabase>(GetParam());
        FRONTLINE_REQUIRE_DATABASE(*m_database);
        m_session = openMigrated(*m_database, u"kpi-rollup-test"_s);
        ASSERT_TRUE(m_session);
    }

    // Six months of a desk through the real services, and its rollups.
    void seedDesk()
    {
        ASSERT_TRUE(PasswordHasher::initialize());
        const PasswordHasher hasher(PasswordHasher::Cost::Minimal);
        auto seeded = DemoSeeder(*m_session, hasher, WorkflowConfig::defaults())
                          .seedIfEmpty(500, u"demo password 2026"_s);
        ASSERT_TRUE(seeded.ok()) << seeded.error().toStdString();
        auto workflow = ConfigService(*m_session, QDateTime::currentMSecsSinceEpoch()).load();
        ASSERT_TRUE(workflow.ok());
        m_workflow = std::move(workflow).value();
        m_session->begin();
        m_orgs = raiseByOrganisations(*m_session);
        KpiRollup::catchUp(*m_session, m_workflow);
        m_session->commit();
    }

    // Three organisations: of every four tickets, three were raised by one of them (in turn)
    // and one by a requester without an organisation.
    static QList<qint64> raiseByOrganisations(SqlSession& session)
    {
        QList<qint64> orgs;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QString& name : {u"Acme"_s, u"Globex"_s, u"Initech"_s}) {
            Statement insert = session.prepare(
                u"INSERT INTO organisations (name, created_at, updated_at) VALUES (?, ?, ?)"_s);
            insert.bind(name).bind(now).bind(now);
            insert.exec();
            Statement id = session.prepare(u"SELECT id FROM organisations WHERE name = ?"_s);
            id.bind(name);
            id.exec();
            id.next();
            orgs.append(id.int64(0));
        }
        for (int i = 0; i < 3; ++i) {
            Statement raise =
                session.prepare(u"UPDATE tickets SET org_id = ? WHERE (id % 4) = ?"_s);
            raise.bind(orgs.at(i)).bind(i + 1);
            raise.exec();
        }
        return orgs;
    }

    qint64 count(const QString& sql, const QVariantList& binds)
    {
        Statement q = m_session->prepare(sql);
        for (const QVariant& v : binds)
            q.bind(v);
        q.exec();
        return q.next() ? q.int64(0) : -1;
    }

    Table table() { return kpiTable(*m_session); }
    QMap<QString, QString> ticketStates() { return kpiTicketStates(*m_session); }

    // The desk's assignments, all days, every filter.
    qint64 assignedInAll()
    {
        Statement q = m_session->prepare(
            u"SELECT COALESCE(SUM(assigned), 0) FROM kpi_rollups WHERE span = 1 AND group_id = -1 "
            "AND category_id = -1 AND type = '*' AND agent_id = -1 AND org_id = -1"_s);
        q.exec();
        return q.next() ? q.int64(0) : -1;
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<SqlSession> m_session;
    WorkflowConfig m_workflow;
    QList<qint64> m_orgs;

    void expectFilterRowsAddUp(const Table& t);
    void expectMonthRowsAddUp(const Table& t);
    void expectPeriodsAddUp();
};

void KpiRollupTest::expectFilterRowsAddUp(const Table& t)
{
    // Rebuild each filter's row from the rows of fully specified dimensions.
    Table expected;
    for (const auto& [key, row] : t) {
        const auto& [span, day, group, category, type, agent, org] = key;
        if (span != int(kpi::Span::Day) || group == kpi::Any || category == kpi::Any
            || type == kpi::AnyType || agent == kpi::Any || org == kpi::Any)
            continue;
        for (const kpi::Dims& scope : kpi::scopesOf({group, category, type, agent, org}))
            expected[{span, day, scope.group, scope.category, scope.type, scope.agent, scope.org}]
                .add(row);
    }
    Table days;
    for (const auto& [key, row] : t) {
        if (std::get<0>(key) == int(kpi::Span::Day))
            days[key] = row;
    }
    std::erase_if(expected, [](const auto& entry) { return entry.second.isEmpty(); });
    EXPECT_EQ(days.size(), expected.size());
    for (const auto& [key, row] : expected) {
        const auto found = days.find(key);
        ASSERT_NE(found, days.end()) << "a filter row is missing";
        EXPECT_EQ(found->second, row);
    }
    // The figures of the whole desk add up to what the demo did.
    Statement created = m_session->prepare(u"SELECT COUNT(*) FROM tickets"_s);
    created.exec();
    ASSERT_TRUE(created.next());
    qint64 counted = 0;
    for (const auto& [key, row] : days) {
        const auto& [span, day, group, category, type, agent, org] = key;
        if (group == kpi::Any && category == kpi::Any && type == kpi::AnyType && agent == kpi::Any
            && org == kpi::Any)
            counted += row.counters[kpi::Created];
    }
    EXPECT_EQ(counted, created.int64(0));
}

void KpiRollupTest::expectMonthRowsAddUp(const Table& t)
{
    Table expected;
    int months = 0;
    for (const auto& [key, row] : t) {
        const auto& [span, day, group, category, type, agent, org] = key;
        if (span == int(kpi::Span::Day))
            expected[{int(kpi::Span::Month), kpi::monthOf(day), group, category, type, agent, org}]
                .add(row);
        else
            ++months;
    }
    std::erase_if(expected, [](const auto& entry) { return entry.second.isEmpty(); });
    EXPECT_EQ(months, int(expected.size()));
    for (const auto& [key, row] : expected) {
        const auto found = t.find(key);
        ASSERT_NE(found, t.end()) << "a month row is missing";
        EXPECT_EQ(found->second, row);
    }
}

void KpiRollupTest::expectPeriodsAddUp()
{
    // A 120-day period (whole months inside) against its two halves: every count adds up.
    const QDate today = QDate::currentDate();
    api::ReportFilter whole;
    whole.from = today.addDays(-119);
    whole.to = today;
    api::ReportFilter first = whole;
    first.to = today.addDays(-60);
    api::ReportFilter second = whole;
    second.from = today.addDays(-59);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const std::optional<QString>& type :
         {std::optional<QString>(), std::optional(u"incident"_s)}) {
        whole.type = first.type = second.type = type;
        const QJsonObject w = KpiQuery(*m_session, now).kpis(whole).toJson();
        const QJsonObject a = KpiQuery(*m_session, now).kpis(first).toJson();
        const QJsonObject b = KpiQuery(*m_session, now).kpis(second).toJson();
        for (const char* figure : {"volume", "fcr", "reopen", "escalation"}) {
            for (const char* count : {"created", "resolved", "closed", "count", "escalations"}) {
                const auto part = [&](const QJsonObject& r) {
                    return r.value(QLatin1String(figure)).toObject().value(QLatin1String(count));
                };
                if (part(w).isUndefined())
                    continue;
                EXPECT_EQ(part(w).toInteger(), part(a).toInteger() + part(b).toInteger())
                    << figure << "." << count;
            }
        }
        EXPECT_GT(w.value("volume"_L1).toObject().value("created"_L1).toInteger(), 100);
        const auto responses = [](const QJsonObject& r) {
            return r.value("response_time"_L1).toObject().value("count"_L1).toInteger();
        };
        EXPECT_EQ(responses(w), responses(a) + responses(b));
        // Agents' resolutions and categories' tickets, read by month, add up as well.
        const auto agentResolved = [](const QJsonObject& r) {
            qint64 sum = 0;
            for (const QJsonValue& agent : r.value("agents"_L1).toArray())
                sum += agent.toObject().value("resolved"_L1).toInteger();
            return sum;
        };
        EXPECT_EQ(agentResolved(w), agentResolved(a) + agentResolved(b));
        const auto categoryCreated = [](const QJsonObject& r) {
            qint64 sum = 0;
            for (const QJsonValue& c : r.value("categories"_L1).toArray())
                sum += c.toObject().value("created"_L1).toInteger();
            return sum;
        };
        EXPECT_EQ(categoryCreated(w),
                  w.value("volume"_L1).toObject().value("created"_L1).toInteger());
        EXPECT_EQ(categoryCreated(w), categoryCreated(a) + categoryCreated(b));
        // The backlog at the end of the first half is where the second starts.
        EXPECT_EQ(a.value("backlog"_L1).toObject().value("at_end"_L1).toInteger(),
                  b.value("backlog"_L1).toObject().value("at_start"_L1).toInteger());
    }
}

// Every row that answers a filter holds the sum of the fully specified rows it covers, every
// month row the sum of its days — also when the log is read in passes that cut tickets'
// histories in two.
TEST_P(KpiRollupTest, EveryFilterAndMonthRowAddsUpTheEventsItStandsFor)
{
    seedDesk();
    const Table once = table();
    ASSERT_GT(once.size(), 1000u) << "six months of a desk";
    expectFilterRowsAddUp(once);
    expectMonthRowsAddUp(once);
    const auto states = ticketStates();
    // Each pass must find the values a ticket was created with in the log.
    m_session->begin();
    KpiRollup::reset(*m_session);
    const qint64 events = KpiRollup::catchUp(*m_session, m_workflow, 251);
    m_session->commit();
    EXPECT_GT(events, 3000);
    EXPECT_EQ(table(), once);
    EXPECT_EQ(ticketStates(), states);
}

// Reports over periods across months (read from whole months and edge days) add up like
// their halves; the top affected items are those of a full count.
TEST_P(KpiRollupTest, PeriodsAcrossMonthsAddUpAndTopItemsAreExact)
{
    seedDesk();
    expectPeriodsAddUp();
    const qint64 today = QDate::currentDate().toJulianDay();
    KpiTopTerms terms(*m_session);
    int certified = 0;
    for (int days : {1, 7, 30, 45, 90, 180, 365}) {
        const auto top = terms.top(today - days + 1, today, 10, 2);
        certified += terms.lastWasCertified() ? 1 : 0;
        EXPECT_EQ(top, terms.topByFullCount(today - days + 1, today, 10, 2)) << days << " days";
        if (days >= 30) {
            EXPECT_FALSE(top.isEmpty());
        }
    }
    EXPECT_GT(certified, 0) << "the bounds settle most periods without a full count";
}

TEST_P(KpiRollupTest, TopTermsOfFlatOrSkewedCountsAreExact)
{
    // Made-up days far from the demo's: 20 days of 200 terms out of 300 seen once each, so
    // that no bound settles the list, then a skewed stretch where the bounds do.
    const qint64 base = QDate(2001, 3, 5).toJulianDay();
    QHash<std::pair<qint64, QString>, qint64> flat;
    for (int d = 0; d < 20; ++d) {
        for (int t = 0; t < 200; ++t)
            flat[{base + d, u"term%1"_s.arg((t * 7 + d * 13) % 300)}] = 1;
    }
    QHash<std::pair<qint64, QString>, qint64> skewed;
    for (int d = 0; d < 40; ++d) {
        for (int t = 0; t < 80; ++t)
            skewed[{base + 400 + d, u"word%1"_s.arg(t)}] = 1 + 4000 / ((t + 1) * (t + 1));
    }
    m_session->begin();
    writeTermCounts(*m_session, flat);
    writeTermCounts(*m_session, skewed);
    m_session->commit();
    KpiTopTerms terms(*m_session);
    const auto flatTop = terms.top(base, base + 19, 10, 2);
    EXPECT_FALSE(terms.lastWasCertified());
    EXPECT_EQ(flatTop, terms.topByFullCount(base, base + 19, 10, 2));
    ASSERT_EQ(flatTop.size(), 10);
    const auto skewedTop = terms.top(base + 400, base + 439, 10, 2);
    EXPECT_TRUE(terms.lastWasCertified());
    EXPECT_EQ(skewedTop, terms.topByFullCount(base + 400, base + 439, 10, 2));
    ASSERT_EQ(skewedTop.size(), 10);
    EXPECT_EQ(skewedTop.front().term, u"word0"_s);
    EXPECT_EQ(skewedTop.front().count, 40 * 4001);
}

// While the server runs, the rollups follow the log with no report asking: the worker plans
// each batch on a snapshot of its own connection and the writer applies it with the requests
// it commits. What they hold then is what a rebuild from the log gives.
TEST_P(KpiRollupTest, TheWorkerKeepsTheRollupsCurrentAsTheWriterCommits)
{
    seedDesk();
    const qint64 assignedBefore = assignedInAll();
    auto config = DatabaseConfig::parse(m_database->spec());
    ASSERT_TRUE(config.ok());
    GroupCommitWriter writer(*config);
    auto workflow = std::make_shared<const WorkflowConfig>(m_workflow);
    KpiRollupWorker worker(
        *config, [&writer](std::unique_ptr<DbJob> job) { writer.submit(std::move(job)); },
        [workflow] { return workflow; });
    writer.setDeferredWork([&worker](SqlSession&, bool idle) { worker.nudge(idle); });
    ASSERT_EQ(writer.start(), QString());
    ASSERT_EQ(worker.start(), QString());

    // Thirty write transactions, one reassignment each, five tickets in turn (a ticket's later
    // events in a batch start from the state its earlier ones left).
    int reassigned = 0;
    for (int i = 0; i < 30; ++i) {
        auto job = std::make_unique<WriteJob>(
            [i, &reassigned](SqlSession& session) { reassigned += reassign(session, 1, i % 5); });
        std::future<bool> committed = job->committed();
        writer.submit(std::move(job));
        ASSERT_TRUE(committed.get());
    }
    ASSERT_EQ(reassigned, 30);
    // And seven new tickets about the same trouble: top affected items follow too.
    for (int i = 0; i < 7; ++i) {
        auto job = std::make_unique<WriteJob>(
            [](SqlSession& session) { report(session, u"Plotter jams on A0 sheets"_s); });
        std::future<bool> committed = job->committed();
        writer.submit(std::move(job));
        ASSERT_TRUE(committed.get());
    }
    QElapsedTimer waited;
    waited.start();
    while (KpiRollup::pending(*m_session) > 0 && waited.elapsed() < 20000)
        QThread::msleep(20);
    EXPECT_EQ(KpiRollup::pending(*m_session), 0) << "the worker counted every event";
    worker.stop();
    writer.stop();
    EXPECT_GE(worker.stats().applied, 1u);
    EXPECT_EQ(worker.stats().dropped, 0u) << "no other pass competed for these events";
    EXPECT_EQ(worker.stats().events, 37u);
    EXPECT_EQ(assignedInAll(), assignedBefore + 30) << "each reassignment counted once";
    Statement plotter = m_session->prepare(
        u"SELECT n FROM kpi_terms WHERE span = 1 AND day = ? AND term = 'plotter'"_s);
    plotter.bind(kpi::dayOf(QDateTime::currentMSecsSinceEpoch()));
    plotter.exec();
    ASSERT_TRUE(plotter.next()) << "the new tickets' title terms are counted";
    EXPECT_EQ(plotter.int64(0), 7);
    const auto terms = [this] {
        QMap<QString, qint64> all;
        Statement q = m_session->prepare(u"SELECT span, day, term, n FROM kpi_terms"_s);
        q.exec();
        while (q.next())
            all.insert(u"%1/%2/%3"_s.arg(q.integer(0)).arg(q.int64(1)).arg(q.text(2)), q.int64(3));
        return all;
    };
    const auto liveTerms = terms();

    const Table live = table();
    expectFilterRowsAddUp(live);
    expectMonthRowsAddUp(live);
    const auto states = ticketStates();
    m_session->begin();
    KpiRollup::reset(*m_session);
    KpiRollup::catchUp(*m_session, m_workflow);
    m_session->commit();
    EXPECT_EQ(table(), live);
    EXPECT_EQ(ticketStates(), states);
    EXPECT_EQ(terms(), liveTerms);
}

// A plan made before another pass counted the same events (a report caught up first) writes
// nothing: whichever pass gets there first, no event is counted twice.
TEST_P(KpiRollupTest, APlanWhoseEventsAnotherPassCountedIsDroppedWhole)
{
    seedDesk();
    const qint64 assignedBefore = assignedInAll();
    m_session->begin();
    ASSERT_EQ(reassign(*m_session, 5, 0), 5);
    m_session->commit();

    m_session->beginRead();
    auto plan = KpiRollup::plan(*m_session, m_workflow);
    m_session->commit();
    ASSERT_TRUE(plan.has_value());
    EXPECT_EQ(plan->events(), 5);

    m_session->begin();
    EXPECT_EQ(KpiRollup::catchUp(*m_session, m_workflow), 5);
    m_session->commit();
    const Table counted = table();
    EXPECT_EQ(assignedInAll(), assignedBefore + 5);

    m_session->begin();
    EXPECT_FALSE(plan->apply(*m_session));
    m_session->commit();
    EXPECT_EQ(table(), counted);
    EXPECT_EQ(assignedInAll(), assignedBefore + 5);
    EXPECT_EQ(KpiRollup::pending(*m_session), 0);
}

// The dashboard filtered by organisation: each organisation's figures are those of its own
// tickets (counted directly from them), the organisations and the tickets without one add up
// to the whole desk, and the drill-down lists the organisation's tickets only.
TEST_P(KpiRollupTest, AnOrganisationsFiguresAreItsOwnTicketsAndAddUpToTheDesk)
{
    seedDesk();
    ASSERT_EQ(m_orgs.size(), 3);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    api::ReportFilter desk;
    desk.to = QDate::currentDate();
    desk.from = desk.to.addDays(-119);
    const api::KpiReport all = KpiQuery(*m_session, now).kpis(desk);
    const qint64 from = kpi::dayStart(desk.from.toJulianDay());
    const qint64 to = kpi::dayStart(desk.to.toJulianDay() + 1);
    qint64 created = 0, resolved = 0, openNow = 0, responses = 0, backlog = 0;
    for (qint64 org : std::as_const(m_orgs)) {
        api::ReportFilter f = desk;
        f.org = org;
        const api::KpiReport r = KpiQuery(*m_session, now).kpis(f);
        const qint64 direct = count(u"SELECT COUNT(*) FROM tickets WHERE org_id = ? AND "
                                    "created_at >= ? AND created_at < ?"_s,
                                    {org, from, to});
        EXPECT_GT(direct, 30);
        EXPECT_EQ(r.volume.created, direct) << "org " << org;
        EXPECT_EQ(r.backlog.openNow,
                  count(u"SELECT COUNT(*) FROM tickets WHERE org_id = ? AND is_open = 1"_s, {org}));
        EXPECT_EQ(r.period.org, org);
        created += r.volume.created;
        resolved += r.volume.resolved;
        openNow += r.backlog.openNow;
        responses += r.responseTime.count;
        backlog += r.backlog.atStart;
        // Combined with another filter, still the organisation's own.
        api::ReportFilter incidents = f;
        incidents.type = u"incident"_s;
        EXPECT_EQ(KpiQuery(*m_session, now).kpis(incidents).volume.created,
                  count(u"SELECT COUNT(*) FROM tickets WHERE org_id = ? AND type = 'incident' "
                        "AND created_at >= ? AND created_at < ?"_s,
                        {org, from, to}));
        // The figure's tickets: the organisation's only.
        api::ReportTicketsParams p;
        p.filter = f;
        p.segment = u"created"_s;
        p.limit = api::ReportTicketsParams::MaxLimit;
        const api::ReportTickets listed = KpiQuery(*m_session, now).tickets(p);
        EXPECT_EQ(listed.tickets.size(), std::min<qint64>(direct, p.limit));
        for (const api::ReportTicketRow& row : listed.tickets)
            ASSERT_EQ(count(u"SELECT org_id FROM tickets WHERE id = ?"_s, {row.id}), org);
    }
    const qint64 none = count(u"SELECT COUNT(*) FROM tickets WHERE org_id IS NULL AND "
                              "created_at >= ? AND created_at < ?"_s,
                              {from, to});
    EXPECT_GT(none, 0);
    EXPECT_EQ(created + none, all.volume.created);
    EXPECT_LT(resolved, all.volume.resolved);
    EXPECT_GT(resolved, all.volume.resolved / 2);
    EXPECT_EQ(openNow
                  + count(u"SELECT COUNT(*) FROM tickets WHERE org_id IS NULL AND "
                          "is_open = 1"_s,
                          {}),
              all.backlog.openNow);
    EXPECT_LE(responses, all.responseTime.count);
    EXPECT_LE(backlog, all.backlog.atStart);
}

INSTANTIATE_TEST_SUITE_P(Backends, KpiRollupTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         test::backendName);

} // namespace
} // namespace frontline::server
