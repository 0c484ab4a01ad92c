// Chaos restarts: rounds of a mixed workload (creates, replies, transitions, attachments in
// chunks) while the server also fires time rules, plans KPI rollups and (SQLite) indexes for
// search, each round ended by a SIGKILL at a random moment. After every kill, before the next
// start, the database itself is checked: SQLite's integrity check, every acknowledged write
// present, the rollups equal a rebuild from the event log, no timer fired twice or was lost,
// no upload visible before all its bytes are, the search index holds each row exactly once.
#include "chaosworkload.h"
#include "kpitables.h"
#include "reports/kpirollup.h"
#include "services/configservice.h"
#include "storage/databaseconfig.h"
#include "storage/sqlsession.h"
#include "testclient.h"
#include "testserver.h"
#include "testsession.h"
#include "workflow/workflowconfig.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>

#include <iostream>

using namespace frontline;
using namespace frontline::server;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int Rounds = 20;
constexpr qint64 RoundClockStepMs = 61 * 1000; // between rounds the timers come a minute closer
const QString TimerNote = u"timer fired for #"_s;

class ChaosTest : public ::testing::TestWithParam<TestBackend>
{
protected:
    std::unique_ptr<SqlSession> open() { return openSession(*m_database, u"chaos-check"_s); }

    void createTimeRule(TestClient& admin)
    {
        const Reply rule = admin.call(
            u"rule.create"_s,
            QJsonObject {
                {"name"_L1, u"Chaos timer"_s},
                {"trigger"_L1,
                 QJsonObject {{"event"_L1, u"time"_s},
                              {"anchor"_L1, u"created"_s},
                              {"after_minutes"_L1, 1}}},
                {"actions"_L1,
                 QJsonArray {QJsonObject {{"type"_L1, u"note"_s},
                                          {"body"_L1, QString(TimerNote + u"{{ticket.id}}"_s)}}}}});
        ASSERT_TRUE(rule.ok()) << rule.describe();
    }

    void checkRound(int round);
    void checkAcknowledged(SqlSession& session);
    void checkUploads(SqlSession& session);
    void checkTimers(SqlSession& session);
    void checkRollups(SqlSession& session);
    void checkSearchIndex(SqlSession& session);

    std::unique_ptr<TestDatabase> m_database;
    Ledger m_ledger;
    int m_timersFired = 0; // as the last check found them
};

void ChaosTest::checkRound(int round)
{
    SCOPED_TRACE("after the kill of round " + std::to_string(round));
    std::unique_ptr<SqlSession> session = open();
    ASSERT_TRUE(session);
    if (session->isSqlite()) {
        Statement integrity = session->prepare(u"PRAGMA integrity_check"_s);
        integrity.exec();
        ASSERT_TRUE(integrity.next());
        ASSERT_EQ(integrity.text(0), u"ok"_s);
    }
    checkAcknowledged(*session);
    checkUploads(*session);
    checkTimers(*session);
    checkRollups(*session);
    if (session->isSqlite())
        checkSearchIndex(*session);
    // A minute passes while the server is down: every timer still pending is due when the next
    // round's server starts, and fires while its workload runs and its kill comes.
    Statement later = session->prepare(u"UPDATE rule_timers SET due_at = due_at - ?"_s);
    later.bind(RoundClockStepMs);
    later.exec();
}

void ChaosTest::checkAcknowledged(SqlSession& session)
{
    QHash<qint64, std::pair<QString, qint64>> tickets;
    Statement t = session.prepare(u"SELECT id, title, version FROM tickets"_s);
    t.exec();
    while (t.next())
        tickets.insert(t.int64(0), {t.text(1), t.int64(2)});
    for (auto it = m_ledger.tickets.constBegin(); it != m_ledger.tickets.constEnd(); ++it) {
        ASSERT_TRUE(tickets.contains(it.key())) << "acknowledged ticket " << it.key() << " lost";
        ASSERT_EQ(tickets.value(it.key()).first, it.value());
        ASSERT_GE(tickets.value(it.key()).second, m_ledger.versions.value(it.key()))
            << "an acknowledged change of ticket " << it.key() << " was lost";
    }
    QHash<qint64, std::pair<qint64, QString>> comments;
    Statement c = session.prepare(u"SELECT id, ticket_id, body FROM comments"_s);
    c.exec();
    while (c.next())
        comments.insert(c.int64(0), {c.int64(1), c.text(2)});
    for (auto it = m_ledger.comments.constBegin(); it != m_ledger.comments.constEnd(); ++it) {
        ASSERT_TRUE(comments.contains(it.key())) << "acknowledged reply " << it.key() << " lost";
        ASSERT_EQ(comments.value(it.key()).second, it.value());
        ASSERT_EQ(comments.value(it.key()).first, m_ledger.commentTicket.value(it.key()));
    }
    // Whatever committed, committed whole: each ticket has its one creation event.
    Statement created = session.prepare(
        u"SELECT COUNT(*) FROM tickets t WHERE (SELECT COUNT(*) FROM ticket_events e "
        "WHERE e.ticket_id = t.id AND e.kind = 'created') <> 1"_s);
    created.exec();
    ASSERT_TRUE(created.next());
    EXPECT_EQ(created.int64(0), 0) << "tickets without exactly one creation event";
}

void ChaosTest::checkUploads(SqlSession& session)
{
    // A complete upload has every byte, its checksum and its history entry; an incomplete one
    // is not complete.
    QHash<qint64, QByteArray> bytes;
    Statement chunks = session.prepare(
        u"SELECT attachment_id, data FROM attachment_chunks ORDER BY attachment_id, offset_bytes"_s);
    chunks.exec();
    while (chunks.next())
        bytes[chunks.int64(0)] += chunks.value(1).toByteArray();
    Statement a = session.prepare(u"SELECT id, declared_size, received, sha256, completed_at "
                                  "FROM attachments"_s);
    a.exec();
    QHash<qint64, QByteArray> complete;
    while (a.next()) {
        const qint64 id = a.int64(0);
        const QByteArray data = bytes.value(id);
        EXPECT_EQ(data.size(), a.int64(2)) << "attachment " << id << ": received != stored bytes";
        if (a.value(4).isNull()) {
            EXPECT_LT(a.int64(2), a.int64(1)) << "attachment " << id
                                              << " has all its bytes "
                                                 "but is not complete";
            continue;
        }
        ASSERT_EQ(data.size(), a.int64(1)) << "complete attachment " << id << " lacks bytes";
        const QByteArray sha = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
        ASSERT_EQ(sha, a.text(3).toLatin1()) << "complete attachment " << id;
        complete.insert(id, sha);
    }
    for (auto it = m_ledger.attachments.constBegin(); it != m_ledger.attachments.constEnd(); ++it) {
        ASSERT_TRUE(complete.contains(it.key())) << "acknowledged upload " << it.key() << " lost";
        ASSERT_EQ(complete.value(it.key()), it.value());
    }
    Statement events =
        session.prepare(u"SELECT COUNT(*) FROM ticket_events WHERE field = 'attachments'"_s);
    events.exec();
    ASSERT_TRUE(events.next());
    EXPECT_EQ(events.int64(0), complete.size()) << "each complete upload has one history entry";
}

void ChaosTest::checkTimers(SqlSession& session)
{
    // The time rule's note and its timer row commit together: every ticket has one or the
    // other, never both, never two notes; a ticket no one touched has exactly one.
    Statement s = session.prepare(
        u"SELECT t.id, t.status, "
        "(SELECT COUNT(*) FROM comments c WHERE c.ticket_id = t.id AND c.body LIKE ?), "
        "(SELECT COUNT(*) FROM rule_timers r WHERE r.ticket_id = t.id) FROM tickets t"_s);
    s.bind(QString(TimerNote + u'%'));
    s.exec();
    int fired = 0;
    while (s.next()) {
        const qint64 notes = s.int64(2);
        const qint64 timers = s.int64(3);
        fired += static_cast<int>(notes);
        ASSERT_LE(notes, 1) << "the timer of ticket " << s.int64(0) << " fired twice";
        ASSERT_LE(notes + timers, 1) << "ticket " << s.int64(0) << " fired and kept its timer";
        if (s.text(1) == u"new"_s) {
            ASSERT_EQ(notes + timers, 1) << "the timer of ticket " << s.int64(0) << " was lost";
        }
    }
    m_timersFired = fired;
}

void ChaosTest::checkRollups(SqlSession& session)
{
    auto workflow = ConfigService(session, QDateTime::currentMSecsSinceEpoch()).load();
    ASSERT_TRUE(workflow.ok());
    // What the server committed, plus the events it had not counted yet when it was killed...
    session.begin();
    KpiRollup::catchUp(session, *workflow);
    const Table served = kpiTable(session);
    const QMap<QString, QString> servedStates = kpiTicketStates(session);
    session.rollback();
    // ...is what a rebuild from the whole log gives: nothing counted twice, nothing lost.
    session.begin();
    KpiRollup::reset(session);
    KpiRollup::catchUp(session, *workflow);
    const Table rebuilt = kpiTable(session);
    const QMap<QString, QString> rebuiltStates = kpiTicketStates(session);
    session.rollback();
    EXPECT_FALSE(rebuilt.empty());
    EXPECT_TRUE(served == rebuilt) << "the rollups differ from a rebuild from the event log";
    EXPECT_TRUE(servedStates == rebuiltStates) << "the KPI ticket states differ from a rebuild";
}

void ChaosTest::checkSearchIndex(SqlSession& session)
{
    for (const char* table : {"search_tickets", "search_comments"}) {
        const QString name = QString::fromLatin1(table);
        session.execute(u"INSERT INTO "_s + name + u" ("_s + name
                        + u") VALUES ('integrity-check')"_s);
    }
    Statement mark = session.prepare(u"SELECT tickets_to FROM search_state"_s);
    mark.exec();
    ASSERT_TRUE(mark.next());
    const qint64 indexedTo = mark.int64(0);
    // Each ticket's own token: found once if the mark covers it, not at all otherwise.
    for (auto it = m_ledger.tickets.constBegin(); it != m_ledger.tickets.constEnd(); ++it) {
        const QString token = it.value().section(u' ', 1, 1);
        Statement match =
            session.prepare(u"SELECT rowid FROM search_tickets WHERE search_tickets MATCH ?"_s);
        match.bind(QString(u"title:"_s + token));
        match.exec();
        QList<qint64> rows;
        while (match.next())
            rows.append(match.int64(0));
        if (it.key() <= indexedTo) {
            ASSERT_EQ(rows, QList<qint64> {it.key()}) << "ticket " << it.key() << " in the index";
        } else {
            ASSERT_TRUE(rows.isEmpty()) << "ticket " << it.key() << " indexed above the mark";
        }
    }
}

} // namespace

TEST_P(ChaosTest, SigkillRoundsLoseNothingAcknowledgedAndLeaveNothingHalfDone)
{
    m_database = std::make_unique<TestDatabase>(GetParam());
    FRONTLINE_REQUIRE_DATABASE(*m_database);
    TestServer server(*m_database);
    server.setArguments({u"--readers"_s, u"2"_s});
    int acknowledged = 0;
    int timersFired = 0;
    for (int round = 0; round < Rounds; ++round) {
        ASSERT_TRUE(server.start()) << "round " << round << ": " << server.error().toStdString();
        TestClient admin(server.port());
        const Reply login = admin.login(u"admin"_s, QString::fromLatin1(TestServer::AdminPassword));
        ASSERT_TRUE(login.ok()) << login.describe();
        if (round == 0) {
            ASSERT_NO_FATAL_FAILURE(createTimeRule(admin));
        }
        const QString token = login.object().value("token"_L1).toString();

        QRandomGenerator random(static_cast<quint32>(round * 7919 + int(GetParam())));
        ChaosWorkload workload(server.port(), token, round, m_ledger, random.generate());
        // The kill comes at a random moment of the round; no round ends before some writes.
        const int killAfterMs = 150 + random.bounded(600);
        processEventsFor(killAfterMs);
        waitUntil([&] { return workload.acknowledgedThisRound() >= 5; }, 10000);
        server.kill();
        processEventsFor(100); // answers already on the wire count as acknowledged
        workload.stop();
        acknowledged += workload.acknowledgedThisRound();
        ASSERT_NO_FATAL_FAILURE(checkRound(round));
        timersFired = m_timersFired;
        if (HasFailure())
            return;
    }
    std::cout << "[ chaos    ] " << Rounds << " rounds, " << acknowledged
              << " acknowledged writes (" << m_ledger.tickets.size() << " tickets, "
              << m_ledger.comments.size() << " replies, " << m_ledger.attachments.size()
              << " uploads), " << timersFired << " timers fired\n";
    EXPECT_GT(m_ledger.attachments.size(), 0) << "the uploads ran";
    EXPECT_GT(timersFired, 0) << "the time rule fired";
}

INSTANTIATE_TEST_SUITE_P(Backends, ChaosTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
