// Every KPI of report.kpis on a constructed week, computed by hand (docs/kpis.md): the tickets
// go through the real services at chosen instants, the rollups read their events, KpiQuery
// answers. Business hours: Monday to Friday 09:00-17:00 in the machine's time zone; SLA
// policy: first response within 60 business minutes, resolution within 8 business hours.
#include "backend.h"
#include "reports/kpiquery.h"
#include "reports/kpirollup.h"
#include "reports/titleterms.h"
#include "services/ticketactions.h"
#include "services/ticketcommands.h"
#include "services/ticketfields.h"
#include "storage/fieldrepository.h"
#include "storage/grouprepository.h"
#include "storage/sqlsession.h"
#include "storage/userrepository.h"
#include "testsession.h"
#include "workflow/workflowconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using test::TestBackend;
using test::TestDatabase;

// 2026-01-05 is a Monday; January has no daylight-saving change anywhere.
qint64 at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 1, day), QTime(hour, minute)).toMSecsSinceEpoch();
}

QJsonValue path(const QJsonObject& o, const QString& p)
{
    QJsonValue v = o;
    for (const QString& key : p.split(u'.'))
        v = v.toObject().value(key);
    return v;
}

class KpiTest : public ::testing::TestWithParam<TestBackend>
{
protected:
    void SetUp() override
    {
        m_database = std::make_unique<TestDatabase>(GetParam());
        FRONTLINE_REQUIRE_DATABASE(*m_database);
        m_session = openMigrated(*m_database, u"kpi-test"_s);
        ASSERT_TRUE(m_session);

        m_workflow = WorkflowConfig::defaults();
        const QJsonObject calendarJson {
            {"time_zone"_L1, QString::fromUtf8(QTimeZone::systemTimeZoneId())},
            {"hours"_L1,
             QJsonObject {{"mon"_L1, QJsonArray {QJsonArray {u"09:00"_s, u"17:00"_s}}},
                          {"tue"_L1, QJsonArray {QJsonArray {u"09:00"_s, u"17:00"_s}}},
                          {"wed"_L1, QJsonArray {QJsonArray {u"09:00"_s, u"17:00"_s}}},
                          {"thu"_L1, QJsonArray {QJsonArray {u"09:00"_s, u"17:00"_s}}},
                          {"fri"_L1, QJsonArray {QJsonArray {u"09:00"_s, u"17:00"_s}}}}}};
        auto calendar = BusinessCalendar::fromJson(calendarJson);
        ASSERT_TRUE(calendar.ok());
        m_workflow.sla.calendars.insert(1, CalendarEntry {1, u"Office"_s, *calendar});
        SlaPolicy policy;
        policy.id = 1;
        policy.name = u"Office hours"_s;
        policy.calendarId = 1;
        policy.responseMinutes = 60;
        policy.resolveMinutes = 480;
        m_workflow.sla.policies.append(policy);

        const qint64 start = at(1, 8);
        m_session->begin();
        UserRepository users(*m_session);
        GroupRepository groups(*m_session);
        m_requester =
            users.insert(u"rita"_s, u"Rita"_s, u"rita@example.com"_s, Role::Requester, "x", start);
        m_agentA =
            users.insert(u"anna"_s, u"Anna"_s, u"anna@example.com"_s, Role::Agent, "x", start);
        m_agentB = users.insert(u"ben"_s, u"Ben"_s, u"ben@example.com"_s, Role::Agent, "x", start);
        m_manager =
            users.insert(u"mia"_s, u"Mia"_s, u"mia@example.com"_s, Role::Manager, "x", start);
        Group l2;
        l2.name = u"Network L2"_s;
        l2.tier = 2;
        m_l2 = groups.insert(l2, start);
        Group l1;
        l1.name = u"Service Desk"_s;
        l1.escalationGroupId = m_l2;
        m_l1 = groups.insert(l1, start);
        groups.addMember(m_l1, m_agentA);
        groups.addMember(m_l2, m_agentB);
        groups.addMember(m_l1, m_manager);
        groups.addMember(m_l2, m_manager);
        CategoryRepository categories(*m_session);
        const GroupRef serviceDesk {m_l1, u"Service Desk"_s, 1};
        m_network = categories.insert(Category {0, u"Network"_s, {}, serviceDesk, true}, start);
        m_email = categories.insert(Category {0, u"Email"_s, {}, serviceDesk, true}, start);
        m_session->commit();
        buildWeek();
    }

    Principal who(qint64 id, Role role, QSet<qint64> groups = {}) const
    {
        Principal p;
        p.userId = id;
        p.username = u"u%1"_s.arg(id);
        p.displayName = p.username;
        p.role = role;
        p.groupIds = std::move(groups);
        return p;
    }
    Principal requester() const { return who(m_requester, Role::Requester); }
    Principal anna() const { return who(m_agentA, Role::Agent, {m_l1}); }
    Principal ben() const { return who(m_agentB, Role::Agent, {m_l2}); }
    Principal mia() const { return who(m_manager, Role::Manager, {m_l1, m_l2}); }

    QJsonObject ok(const ServiceResult& result, const char* what)
    {
        EXPECT_TRUE(result.ok()) << what << ": "
                                 << (result.ok() ? ""
                                                 : QJsonDocument(result.error().toJson())
                                                       .toJson(QJsonDocument::Compact)
                                                       .toStdString());
        if (!result.ok())
            return {};
        return QJsonDocument::fromJson(result->result.toBytes()).object();
    }

    // Each step in its own transaction, as the server's writer would commit it.
    template<typename F> QJsonObject step(qint64 now, const char* what, F f)
    {
        m_session->begin();
        const QJsonObject result = ok(f(now), what);
        m_session->commit();
        return result;
    }

    qint64 create(qint64 now, const QString& title, const QString& category)
    {
        api::TicketCreateParams p;
        p.title = title;
        p.description = u"Details"_s;
        p.category = category; // its default group: the Service Desk
        return step(now, "create",
                    [&](qint64 t) {
                        return TicketCommands(*m_session, m_workflow, requester(), t).create(p);
                    })
            .value("id"_L1)
            .toInteger();
    }
    void assign(qint64 now, const Principal& by, qint64 ticket, qint64 agent)
    {
        api::TicketUpdateParams p;
        p.id = ticket;
        p.version = version(ticket);
        p.assignee = api::Nullable<qint64>::of(agent);
        step(now, "assign",
             [&](qint64 t) { return TicketCommands(*m_session, m_workflow, by, t).update(p); });
    }
    void recategorise(qint64 now, qint64 ticket, const QString& category)
    {
        api::TicketUpdateParams p;
        p.id = ticket;
        p.version = version(ticket);
        p.category = api::Nullable<QString>::of(category);
        step(now, "category",
             [&](qint64 t) { return TicketCommands(*m_session, m_workflow, mia(), t).update(p); });
    }
    void move(qint64 now, const Principal& by, qint64 ticket, const QString& status,
              const QString& note = {})
    {
        api::TicketTransitionParams p;
        p.id = ticket;
        p.status = status;
        p.note = note;
        step(now, "transition",
             [&](qint64 t) { return TicketCommands(*m_session, m_workflow, by, t).transition(p); });
    }
    void say(qint64 now, const Principal& by, qint64 ticket, const QString& body)
    {
        api::TicketCommentParams p;
        p.id = ticket;
        p.body = body;
        step(now, "comment",
             [&](qint64 t) { return TicketCommands(*m_session, m_workflow, by, t).comment(p); });
    }
    void rate(qint64 now, qint64 ticket, int score)
    {
        api::TicketRateParams p;
        p.id = ticket;
        p.score = score;
        step(now, "rate", [&](qint64 t) {
            return TicketActions(*m_session, m_workflow, requester(), t).rate(p);
        });
    }
    int version(qint64 ticket)
    {
        Statement q = m_session->prepare(u"SELECT version FROM tickets WHERE id = ?"_s);
        q.bind(ticket);
        q.exec();
        return q.next() ? q.integer(0) : 0;
    }

    void buildWeek()
    {
        // In the order it happened (the log is in time order):
        // T1: answered in 30 min, waits for the requester 23 h (7 business hours), resolved
        //     3 h (3 business hours) after creation not counting the wait; rated 4.
        // T2: answered late (2.5 h), escalated to L2, resolved late by Ben after 25 h (9
        //     business hours), reopened, resolved again after 45 h (13 business hours); rated
        //     2, then changed to 3 the next day.
        // T3: a duplicate of T1, merged after 30 min (the merge notice is its answer).
        // T4: stays open and unassigned; moved from Email to Network on Thursday.
        // T5: resolved within the hour by Anna (the resolution note is the answer).
        t1 = create(at(5, 10), u"VPN drops every hour"_s, u"Network"_s);
        assign(at(5, 10, 10), anna(), t1, m_agentA);
        say(at(5, 10, 30), anna(), t1, u"Looking into it."_s);
        move(at(5, 10, 40), anna(), t1, u"in_progress"_s);
        move(at(5, 11), anna(), t1, u"pending"_s, u"Which client version?"_s);
        t3 = create(at(5, 11), u"VPN drops again"_s, u"Network"_s);
        api::TicketMergeParams merge;
        merge.id = t3;
        merge.into = t1;
        step(at(5, 11, 30), "merge", [&](qint64 t) {
            return TicketActions(*m_session, m_workflow, anna(), t).merge(merge);
        });
        t2 = create(at(5, 14), u"Mailbox full"_s, u"Email"_s);
        assign(at(5, 14, 5), anna(), t2, m_agentA);
        say(at(5, 16, 30), anna(), t2, u"Checking the quota."_s);

        api::TicketEscalateParams escalation;
        escalation.id = t2;
        escalation.group = m_l2;
        step(at(6, 9, 30), "escalate", [&](qint64 t) {
            return TicketActions(*m_session, m_workflow, anna(), t).escalate(escalation);
        });
        {
            Statement q = m_session->prepare(u"SELECT assignee_id FROM tickets WHERE id = ?"_s);
            q.bind(t2);
            q.exec();
            const bool ben = q.next() && !q.value(0).isNull() && q.int64(0) == m_agentB;
            if (!ben)
                assign(at(6, 9, 40), mia(), t2, m_agentB);
        }
        move(at(6, 10), anna(), t1, u"in_progress"_s);
        move(at(6, 12), anna(), t1, u"resolved"_s, u"Updated the client."_s);
        rate(at(6, 13), t1, 4);
        move(at(6, 15), ben(), t2, u"resolved"_s, u"Raised the quota."_s);
        t4 = create(at(6, 16), u"Mailbox quota"_s, u"Email"_s);

        t5 = create(at(7, 9), u"VPN password reset"_s, u"Network"_s);
        assign(at(7, 9, 5), anna(), t5, m_agentA);
        move(at(7, 10), requester(), t2, u"in_progress"_s, u"Full again."_s);
        move(at(7, 10), anna(), t5, u"resolved"_s, u"Reset it."_s);
        move(at(7, 11), ben(), t2, u"resolved"_s, u"Archived old mail as well."_s);
        rate(at(7, 12), t2, 2);

        rate(at(8, 9), t2, 3);
        recategorise(at(8, 9), t4, u"Network"_s);

        m_session->begin();
        KpiRollup::catchUp(*m_session, m_workflow);
        m_session->commit();
    }

    QJsonObject report(std::optional<qint64> group = {}, std::optional<qint64> category = {},
                       std::optional<qint64> agent = {}, std::optional<QString> type = {},
                       int from = 5, int to = 9)
    {
        api::ReportFilter f;
        f.from = QDate(2026, 1, from);
        f.to = QDate(2026, 1, to);
        f.group = group;
        f.category = category;
        f.agent = agent;
        f.type = type;
        m_session->beginRead();
        const QJsonObject r = KpiQuery(*m_session, at(9, 18)).kpis(f).toJson();
        m_session->commit();
        return r;
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<SqlSession> m_session;
    WorkflowConfig m_workflow;
    qint64 m_requester = 0, m_agentA = 0, m_agentB = 0, m_manager = 0;
    qint64 m_l1 = 0, m_l2 = 0, m_network = 0, m_email = 0;
    qint64 t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0;
};

double num(const QJsonObject& r, const char* p)
{
    return path(r, QString::fromLatin1(p)).toDouble(-1);
}

TEST_P(KpiTest, VolumeAndBacklogFollowTheEvents)
{
    const QJsonObject r = report();
    EXPECT_EQ(num(r, "volume.created"), 5);
    EXPECT_EQ(num(r, "volume.resolved"), 4); // T2's two resolutions both count
    EXPECT_EQ(num(r, "volume.closed"), 0);
    EXPECT_EQ(num(r, "volume.merged"), 1); // the merged duplicate is not resolved
    EXPECT_EQ(num(r, "volume.net_flow"), 1);
    const QJsonArray days = path(r, u"volume.per_day"_s).toArray();
    ASSERT_EQ(days.size(), 5);
    const int created[] = {3, 1, 1, 0, 0};
    const int resolved[] = {0, 2, 2, 0, 0};
    const int backlog[] = {2, 1, 1, 1, 1};
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(days[i][u"created"_s].toInt(), created[i]) << i;
        EXPECT_EQ(days[i][u"resolved"_s].toInt(), resolved[i]) << i;
        EXPECT_EQ(days[i][u"backlog"_s].toInt(), backlog[i]) << i;
    }
    EXPECT_EQ(num(r, "backlog.at_start"), 0);
    EXPECT_EQ(num(r, "backlog.at_end"), 1);
    EXPECT_EQ(num(r, "backlog.open_now"), 1);
}

TEST_P(KpiTest, ResponseAndResolutionTimesInWallClockAndBusinessHours)
{
    const QJsonObject r = report();
    // Responses: 0.5 h, 2.5 h, 0.5 h (merge notice), 1 h.
    EXPECT_EQ(num(r, "response_time.count"), 4);
    EXPECT_NEAR(num(r, "response_time.wall.mean_hours"), 1.125, 0.01);
    EXPECT_NEAR(num(r, "response_time.business.mean_hours"), 1.125, 0.01);
    EXPECT_NEAR(num(r, "response_time.wall.median_hours"), 0.5, 0.5 * 0.05);
    EXPECT_NEAR(num(r, "response_time.wall.p90_hours"), 2.5, 2.5 * 0.05);
    // Resolutions: 3 h (23 h paused), 25 h, 45 h, 1 h; business 3, 9, 13, 1.
    EXPECT_EQ(num(r, "resolution_time.count"), 4);
    EXPECT_NEAR(num(r, "resolution_time.wall.mean_hours"), 18.5, 0.01);
    EXPECT_NEAR(num(r, "resolution_time.business.mean_hours"), 6.5, 0.01);
    EXPECT_NEAR(num(r, "resolution_time.wall.median_hours"), 3.0, 3.0 * 0.05);
    EXPECT_NEAR(num(r, "resolution_time.business.median_hours"), 3.0, 3.0 * 0.05);
    EXPECT_NEAR(num(r, "resolution_time.wall.p90_hours"), 45.0, 45.0 * 0.05);
    EXPECT_NEAR(num(r, "resolution_time.business.p90_hours"), 13.0, 13.0 * 0.05);
    EXPECT_NEAR(num(r, "resolution_time.mean_paused_hours"), 23.0 / 4, 0.01);
}

TEST_P(KpiTest, SlaComplianceFcrReopenAndEscalation)
{
    const QJsonObject r = report();
    EXPECT_EQ(num(r, "sla.response.due"), 4);
    EXPECT_EQ(num(r, "sla.response.met"), 3); // T2 answered after its 60 business minutes
    EXPECT_NEAR(num(r, "sla.response.rate"), 0.75, 1e-9);
    EXPECT_EQ(num(r, "sla.resolution.due"), 4);
    EXPECT_EQ(num(r, "sla.resolution.met"), 2); // T1 (its wait moved the target) and T5
    EXPECT_NEAR(num(r, "sla.resolution.rate"), 0.5, 1e-9);
    EXPECT_EQ(num(r, "fcr.count"), 2); // T1 and T5; T2 was escalated and reopened
    EXPECT_NEAR(num(r, "fcr.rate"), 0.5, 1e-9);
    EXPECT_EQ(num(r, "reopen.count"), 1);
    EXPECT_NEAR(num(r, "reopen.rate"), 0.25, 1e-9);
    EXPECT_EQ(num(r, "escalation.count"), 1);
    EXPECT_NEAR(num(r, "escalation.rate"), 0.2, 1e-9);
}

TEST_P(KpiTest, SatisfactionCountsTheLastAnswerOnItsDay)
{
    const QJsonObject r = report();
    EXPECT_EQ(num(r, "csat.answers"), 2);
    EXPECT_NEAR(num(r, "csat.average"), 3.5, 1e-9); // 4 and 3 (the 2 was changed)
    EXPECT_EQ(num(r, "csat.rated"), 2);
    EXPECT_NEAR(num(r, "csat.response_rate"), 0.5, 1e-9);
    // Wednesday alone: T2's first answer moved to Thursday.
    const QJsonObject wednesday = report({}, {}, {}, {}, 7, 7);
    EXPECT_EQ(num(wednesday, "csat.answers"), 0);
    const QJsonObject thursday = report({}, {}, {}, {}, 8, 8);
    EXPECT_EQ(num(thursday, "csat.answers"), 1);
    EXPECT_NEAR(num(thursday, "csat.average"), 3.0, 1e-9);
}

TEST_P(KpiTest, FiltersCountEachEventWhereTheTicketWasThen)
{
    // Created in the Service Desk, resolved by Network L2 after the escalation.
    const QJsonObject l2 = report(m_l2);
    EXPECT_EQ(num(l2, "volume.created"), 0);
    EXPECT_EQ(num(l2, "volume.resolved"), 2);
    const QJsonObject l1 = report(m_l1);
    EXPECT_EQ(num(l1, "volume.created"), 5);
    EXPECT_EQ(num(l1, "volume.resolved"), 2);
    EXPECT_EQ(num(l1, "escalation.count"), 1);
    const QJsonObject l1Network = report(m_l1, m_network);
    EXPECT_EQ(num(l1Network, "volume.created"), 3);
    EXPECT_EQ(num(l1Network, "volume.resolved"), 2);
    // T4 was created as Email and is open as Network now.
    const QJsonObject email = report({}, m_email);
    EXPECT_EQ(num(email, "volume.created"), 2);
    EXPECT_EQ(num(email, "backlog.at_end"), 0);
    EXPECT_EQ(num(email, "backlog.open_now"), 0);
    const QJsonObject network = report({}, m_network);
    EXPECT_EQ(num(network, "backlog.at_end"), 1);
    EXPECT_EQ(num(network, "backlog.open_now"), 1);
    // Agent and type together have no rollup of their own: the exact rows answer.
    const QJsonObject annaIncidents = report({}, {}, m_agentA, u"incident"_s);
    EXPECT_EQ(num(annaIncidents, "volume.resolved"), 2);
    EXPECT_EQ(num(annaIncidents, "fcr.count"), 2);
    const QJsonObject changes = report({}, {}, {}, u"change"_s);
    EXPECT_EQ(num(changes, "volume.created"), 0);
}

TEST_P(KpiTest, AFieldConditionCountsBusinessHoursAndSubjectsFromTheTicketsOwnFacts)
{
    // Every ticket of the week on one site: a report narrowed to it counts from the tickets'
    // own facts (KpiFieldQuery), business hours in the calendar of each ticket's SLA policy,
    // as the rollups count them; a ticket resolved twice counts its last resolution only.
    m_session->begin();
    FieldRepository fields(*m_session);
    api::FieldDefinition site;
    site.name = u"site"_s;
    site.label = u"Site"_s;
    site.type = api::FieldType::Text;
    site.id = fields.insert(site, at(9, 8));
    for (const qint64 ticket : {t1, t2, t3, t4, t5})
        fields.write(ticket, site, QJsonValue(u"paris"_s));
    m_session->commit();
    api::FieldCondition paris;
    paris.name = site.name;
    paris.value = u"paris"_s;
    api::ReportFilter f;
    f.from = QDate(2026, 1, 5);
    f.to = QDate(2026, 1, 9);
    m_session->beginRead();
    KpiQuery query(*m_session, at(9, 18));
    query.setField(TicketFields::filterOf(site, paris), &m_workflow.sla);
    const QJsonObject r = query.kpis(f).toJson();
    m_session->commit();

    // Responses: 0.5 h, 2.5 h, 0.5 h and 1 h, all within office hours.
    EXPECT_EQ(num(r, "response_time.count"), 4);
    EXPECT_NEAR(num(r, "response_time.business.mean_hours"), 1.125, 0.01);
    EXPECT_NEAR(num(r, "response_time.business.median_hours"), 0.5, 0.01);
    EXPECT_NEAR(num(r, "response_time.business.p90_hours"), 2.5, 0.01);
    // Last resolutions: T1 26 h wall with 23 h (7 business hours) waiting for the requester,
    // so 3 business hours; T2 Monday 14:00 to Wednesday 11:00, 45 h and 13 business hours;
    // T5 1 h. (The desk's report also counts T2's first resolution.)
    EXPECT_EQ(num(r, "resolution_time.count"), 3);
    EXPECT_NEAR(num(r, "resolution_time.wall.mean_hours"), 49.0 / 3, 0.01);
    EXPECT_NEAR(num(r, "resolution_time.business.mean_hours"), 17.0 / 3, 0.01);
    EXPECT_NEAR(num(r, "resolution_time.business.median_hours"), 3.0, 0.01);
    EXPECT_NEAR(num(r, "resolution_time.business.p90_hours"), 13.0, 0.01);
    QHash<qint64, QJsonObject> agents;
    for (const QJsonValue& a : r.value("agents"_L1).toArray())
        agents.insert(a[u"agent"_s][u"id"_s].toInteger(), a.toObject());
    ASSERT_TRUE(agents.contains(m_agentA));
    ASSERT_TRUE(agents.contains(m_agentB));
    // Numbers, not null (which toDouble would read as 0): filled for each agent.
    ASSERT_TRUE(agents[m_agentA].value("mean_resolution_business_hours"_L1).isDouble());
    ASSERT_TRUE(agents[m_agentB].value("mean_resolution_business_hours"_L1).isDouble());
    EXPECT_NEAR(agents[m_agentA].value("mean_resolution_business_hours"_L1).toDouble(-1), 2.0,
                0.01);
    EXPECT_NEAR(agents[m_agentB].value("mean_resolution_business_hours"_L1).toDouble(-1), 13.0,
                0.01);
    // The recurring subjects of those tickets' titles, as for the whole desk (every ticket is
    // on the site): "vpn" in three, then ties of two by term.
    const QJsonArray items = r.value("top_items"_L1).toArray();
    ASSERT_GE(items.size(), 4);
    EXPECT_EQ(items[0][u"term"_s].toString(), u"vpn"_s);
    EXPECT_EQ(items[0][u"count"_s].toInt(), 3);
    EXPECT_EQ(items[1][u"term"_s].toString(), u"drops"_s);
    EXPECT_EQ(items[1][u"count"_s].toInt(), 2);
    EXPECT_EQ(items[2][u"term"_s].toString(), u"mailbox"_s);
    EXPECT_EQ(report().value("top_items"_L1).toArray().first(), items[0]);
}

TEST_P(KpiTest, AgentsCategoriesAndRecurringSubjects)
{
    const QJsonObject r = report();
    QHash<qint64, QJsonObject> agents;
    for (const QJsonValue& a : r.value("agents"_L1).toArray())
        agents.insert(a[u"agent"_s][u"id"_s].toInteger(), a.toObject());
    ASSERT_TRUE(agents.contains(m_agentA));
    ASSERT_TRUE(agents.contains(m_agentB));
    EXPECT_EQ(agents[m_agentA].value("assigned"_L1).toInt(), 3);
    EXPECT_EQ(agents[m_agentA].value("resolved"_L1).toInt(), 2);
    EXPECT_NEAR(agents[m_agentA].value("mean_resolution_hours"_L1).toDouble(), 2.0, 0.01);
    EXPECT_EQ(agents[m_agentB].value("assigned"_L1).toInt(), 1);
    EXPECT_EQ(agents[m_agentB].value("resolved"_L1).toInt(), 2);
    EXPECT_NEAR(agents[m_agentB].value("mean_resolution_hours"_L1).toDouble(), 35.0, 0.01);

    const QJsonArray categories = r.value("categories"_L1).toArray();
    ASSERT_EQ(categories.size(), 2);
    EXPECT_EQ(categories[0][u"category"_s][u"name"_s].toString(), u"Network"_s);
    EXPECT_EQ(categories[0][u"created"_s].toInt(), 3);
    EXPECT_EQ(categories[0][u"resolved"_s].toInt(), 2);
    EXPECT_EQ(categories[1][u"created"_s].toInt(), 2);

    const QJsonArray items = r.value("top_items"_L1).toArray();
    ASSERT_GE(items.size(), 2);
    EXPECT_EQ(items[0][u"term"_s].toString(), u"vpn"_s);
    EXPECT_EQ(items[0][u"count"_s].toInt(), 3);
    EXPECT_EQ(items[1][u"count"_s].toInt(), 2);
}

TEST_P(KpiTest, TheDrillDownListsTheTicketsBehindAFigure)
{
    const auto ids = [this](const QString& segment, int from = 5, int to = 9) {
        api::ReportTicketsParams p;
        p.filter.from = QDate(2026, 1, from);
        p.filter.to = QDate(2026, 1, to);
        p.segment = segment;
        m_session->beginRead();
        const QJsonObject r = KpiQuery(*m_session, at(9, 18)).tickets(p).toJson();
        m_session->commit();
        QList<qint64> out;
        for (const QJsonValue& t : r.value("tickets"_L1).toArray())
            out.append(t[u"id"_s].toInteger());
        std::sort(out.begin(), out.end());
        return out;
    };
    const auto sorted = [](QList<qint64> list) {
        std::sort(list.begin(), list.end());
        return list;
    };
    EXPECT_EQ(ids(u"created"_s), sorted({t1, t2, t3, t4, t5}));
    EXPECT_EQ(ids(u"created"_s, 5, 5), sorted({t1, t2, t3}));
    EXPECT_EQ(ids(u"resolved"_s), sorted({t1, t2, t5}));
    EXPECT_EQ(ids(u"fcr"_s), sorted({t1, t5}));
    EXPECT_EQ(ids(u"reopened"_s), (QList<qint64> {t2}));
    EXPECT_EQ(ids(u"escalated"_s), (QList<qint64> {t2}));
    EXPECT_EQ(ids(u"resolution_breached"_s), (QList<qint64> {t2}));
    EXPECT_EQ(ids(u"response_breached"_s), (QList<qint64> {t2}));
    EXPECT_EQ(ids(u"rated"_s), sorted({t1, t2}));
    EXPECT_EQ(ids(u"open"_s), (QList<qint64> {t4}));
}

TEST_P(KpiTest, ARebuildFromTheLogGivesTheSameFigures)
{
    const QJsonObject before = report();
    m_session->begin();
    KpiRollup::reset(*m_session);
    KpiRollup::catchUp(*m_session, m_workflow);
    m_session->commit();
    EXPECT_EQ(report(), before);
}

INSTANTIATE_TEST_SUITE_P(Backends, KpiTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         test::backendName);

TEST(TitleTerms, WordsAndPairsWithoutStopWordsOrNumbers)
{
    EXPECT_EQ(titleTerms(u"The VPN drops every 5 minutes"_s),
              (QStringList {u"vpn"_s, u"vpn drops"_s, u"drops"_s}));
    EXPECT_EQ(titleTerms(u"Drucker druckt nicht"_s),
              (QStringList {u"drucker"_s, u"drucker druckt"_s, u"druckt"_s}));
}

// The scanner the reports count with gives each title's terms as titleTerms() does, however
// long or short the titles before it were (its buffers are reused).
TEST(TitleTerms, TheReusedScannerGivesEachTitlesTermsOnce)
{
    const QStringList titles {
        u"Wi-Fi slow in meeting room B; Wi-Fi slow again"_s,
        u"Imprimante hors ligne au 2e étage"_s,
        u"Straße gesperrt: Zugang zum Lager"_s,
        u""_s,
        u"!!!"_s,
        u"VPN"_s,
        u"Outlook cannot open the shared mailbox of the events team after the update of "
        "Outlook to the new version, Outlook shared mailbox still broken"_s,
        u"a b c d"_s,
        u"Ä Ö Ü 42 x42"_s,
    };
    TitleTermScanner scanner;
    for (int round = 0; round < 2; ++round) {
        for (const QString& title : titles) {
            QStringList scanned;
            for (QStringView term : scanner.scan(title))
                scanned.append(term.toString());
            EXPECT_EQ(scanned, titleTerms(title)) << title.toStdString();
        }
    }
    QStringList wifi;
    for (QStringView term : scanner.scan(titles.first()))
        wifi.append(term.toString());
    EXPECT_EQ(wifi,
              (QStringList {u"wi"_s, u"wi fi"_s, u"fi"_s, u"fi slow"_s, u"slow"_s, u"meeting"_s,
                            u"meeting room"_s, u"room"_s, u"room b"_s, u"b"_s, u"b wi"_s}))
        << "each term once; \"again\" is a stop word";
}

} // namespace
} // namespace frontline::server
