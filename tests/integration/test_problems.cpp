// Problem management (issue 22, point 3) against the in-process server on both databases: a
// problem from three incidents; a known error needs a workaround; a fourth incident with the
// same symptoms is offered the known error; resolving the problem resolves its open incidents
// with a public reply their requesters hear, and leaves a closed one alone; candidate
// problems for three similar incidents and not for two.
#include "harnessfixture.h"
#include "rpc/errorcodes.h"

#include <QJsonArray>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

QJsonArray incidentIds(std::initializer_list<qint64> values)
{
    QJsonArray array;
    for (qint64 value : values)
        array.append(value);
    return array;
}

QList<qint64> idList(const QJsonValue& value)
{
    QList<qint64> list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.isObject() ? item.toObject().value("id"_L1).toInteger()
                                    : item.toInteger());
    return list;
}

class ProblemTest : public HarnessFixture
{
protected:
    void SetUp() override
    {
        HarnessFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"alex"_s, u"agent"_s);
        for (const QString& name : {u"ann"_s, u"ben"_s, u"cat"_s, u"dan"_s})
            createUser(name, u"requester"_s);
        for (const QString& name : {u"Network"_s, u"Printing"_s}) {
            const Reply category =
                admin().call(u"category.create"_s, QJsonObject {{"name"_L1, name}});
            ASSERT_TRUE(category.ok()) << category.describe();
        }
        m_agent = connectAs(u"alex"_s);
    }

    qint64 incident(const QString& requester, const QString& title, const QString& category,
                    std::unique_ptr<TestClient>* client = nullptr)
    {
        auto who = connectAs(requester);
        const qint64 id = createTicket(*who,
                                       QJsonObject {{"title"_L1, title},
                                                    {"description"_L1, title},
                                                    {"category"_L1, category}})
                              .value("id"_L1)
                              .toInteger();
        if (client)
            *client = std::move(who);
        return id;
    }

    QJsonObject ticket(qint64 id)
    {
        const Reply reply = admin().call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object();
    }

    Reply createProblem(const QJsonArray& incidents)
    {
        return m_agent->call(u"problem.create"_s,
                             QJsonObject {{"title"_L1, u"VPN disconnects every hour"_s},
                                          {"description"_L1, u"Several users lose the VPN"_s},
                                          {"category"_L1, u"Network"_s},
                                          {"incidents"_L1, incidents}});
    }

    std::unique_ptr<TestClient> m_agent;
};

TEST_P(ProblemTest, AProblemFromThreeIncidentsListsThemAndIsInTheirHistory)
{
    const qint64 a = incident(u"ann"_s, u"VPN disconnects every hour"_s, u"Network"_s);
    const qint64 b = incident(u"ben"_s, u"VPN connection dropped again"_s, u"Network"_s);
    const qint64 c = incident(u"cat"_s, u"Lost VPN while working from home"_s, u"Network"_s);
    const Reply created = createProblem(incidentIds({a, b, c}));
    ASSERT_TRUE(created.ok()) << created.describe();
    const QJsonObject problem = created.object();
    const qint64 id = problem.value("id"_L1).toInteger();
    EXPECT_EQ(idList(problem.value("incidents"_L1)), (QList<qint64> {a, b, c}));
    EXPECT_FALSE(problem.value("known_error"_L1).toBool());
    EXPECT_EQ(ticket(id).value("type"_L1).toString(), u"problem"_s);
    EXPECT_EQ(problem.value("category"_L1).toString(), u"Network"_s);

    const Reply got = m_agent->call(u"problem.get"_s, QJsonObject {{"id"_L1, id}});
    ASSERT_TRUE(got.ok()) << got.describe();
    EXPECT_EQ(idList(got.object().value("incidents"_L1)), (QList<qint64> {a, b, c}));

    // The link is in the incident's event log, for staff.
    const Reply history = admin().call(u"ticket.history"_s, QJsonObject {{"id"_L1, b}});
    ASSERT_TRUE(history.ok()) << history.describe();
    bool logged = false;
    for (const QJsonValue& entry : history.items()) {
        const QJsonObject o = entry.toObject();
        for (const QJsonValue& change : o.value("changes"_L1).toArray())
            logged = logged
                || (change.toObject().value("field"_L1) == u"problem"_s
                    && change.toObject().value("new"_L1).toInteger() == id);
        logged =
            logged || (o.value("field"_L1) == u"problem"_s && o.value("new"_L1).toInteger() == id);
    }
    EXPECT_TRUE(logged) << "no `problem` change in the incident's history";

    // The incident's links name its problem first (the agent's pane shows them), and the
    // requester sees no link to the problem they may not read.
    const Reply links = m_agent->call(u"ticket.links"_s, QJsonObject {{"id"_L1, b}});
    ASSERT_TRUE(links.ok()) << links.describe();
    ASSERT_FALSE(links.items().isEmpty());
    const QJsonObject first = links.items().first().toObject();
    EXPECT_EQ(first.value("kind"_L1).toString(), u"problem"_s);
    EXPECT_EQ(first.value("ticket"_L1).toObject().value("id"_L1).toInteger(), id);
    const Reply bensLinks =
        connectAs(u"ben"_s)->call(u"ticket.links"_s, QJsonObject {{"id"_L1, b}});
    ASSERT_TRUE(bensLinks.ok()) << bensLinks.describe();
    EXPECT_TRUE(bensLinks.items().isEmpty());

    // An incident belongs to one problem; unlinking frees it.
    const Reply twice = createProblem(incidentIds({c}));
    EXPECT_EQ(twice.code(), InvalidParams);
    EXPECT_EQ(twice.field(), u"incidents[0]"_s);
    const Reply unlinked = m_agent->call(
        u"problem.unlink"_s, QJsonObject {{"problem"_L1, id}, {"incidents"_L1, incidentIds({c})}});
    ASSERT_TRUE(unlinked.ok()) << unlinked.describe();
    EXPECT_EQ(idList(unlinked.object().value("incidents"_L1)), (QList<qint64> {a, b}));
    const Reply relinked = m_agent->call(
        u"problem.link"_s, QJsonObject {{"problem"_L1, id}, {"incidents"_L1, incidentIds({c})}});
    ASSERT_TRUE(relinked.ok()) << relinked.describe();
    EXPECT_EQ(idList(relinked.object().value("incidents"_L1)), (QList<qint64> {a, b, c}));

    // Requesters do not manage problems.
    auto ann = connectAs(u"ann"_s);
    EXPECT_EQ(ann->call(u"problem.get"_s, QJsonObject {{"id"_L1, id}}).code(), Forbidden);
}

TEST_P(ProblemTest, AKnownErrorNeedsAWorkaroundAndIsOfferedForAFourthMatchingIncident)
{
    const qint64 a = incident(u"ann"_s, u"VPN disconnects every hour"_s, u"Network"_s);
    const qint64 b = incident(u"ben"_s, u"VPN disconnects at noon"_s, u"Network"_s);
    const qint64 c = incident(u"cat"_s, u"VPN client disconnects"_s, u"Network"_s);
    const qint64 printer = incident(u"dan"_s, u"Printer jams on floor two"_s, u"Printing"_s);
    const Reply created = createProblem(incidentIds({a, b, c}));
    ASSERT_TRUE(created.ok()) << created.describe();
    const qint64 id = created.object().value("id"_L1).toInteger();

    const Reply bare =
        m_agent->call(u"problem.update"_s, QJsonObject {{"id"_L1, id}, {"known_error"_L1, true}});
    EXPECT_EQ(bare.code(), InvalidParams);
    EXPECT_EQ(bare.field(), u"workaround"_s);

    const QString workaround = u"Reconnect with the backup gateway vpn2.example.com"_s;
    const Reply known =
        m_agent->call(u"problem.update"_s,
                      QJsonObject {{"id"_L1, id},
                                   {"root_cause"_L1, u"The gateway's DHCP lease is one hour"_s},
                                   {"workaround"_L1, workaround},
                                   {"known_error"_L1, true}});
    ASSERT_TRUE(known.ok()) << known.describe();
    EXPECT_TRUE(known.object().value("known_error"_L1).toBool());
    EXPECT_EQ(known.object().value("workaround"_L1).toString(), workaround);

    // A fourth incident with the same symptoms is offered the known error ...
    const qint64 fourth = incident(u"dan"_s, u"My VPN disconnects all the time"_s, u"Network"_s);
    const Reply offered = m_agent->call(u"problem.match"_s, QJsonObject {{"ticket"_L1, fourth}});
    ASSERT_TRUE(offered.ok()) << offered.describe();
    ASSERT_EQ(offered.items().size(), 1) << offered.describe();
    const QJsonObject match = offered.items().first().toObject();
    EXPECT_EQ(match.value("problem"_L1).toInteger(), id);
    EXPECT_EQ(match.value("workaround"_L1).toString(), workaround);
    EXPECT_TRUE(offered.object().value("linked_problem"_L1).isNull());
    // ... and so is a text being typed; an unrelated incident is not.
    const Reply typed = m_agent->call(u"problem.match"_s,
                                      QJsonObject {{"text"_L1, u"vpn disconnects twice a day"_s}});
    ASSERT_TRUE(typed.ok()) << typed.describe();
    EXPECT_EQ(typed.items().size(), 1);
    const Reply unrelated = m_agent->call(u"problem.match"_s, QJsonObject {{"ticket"_L1, printer}});
    ASSERT_TRUE(unrelated.ok()) << unrelated.describe();
    EXPECT_TRUE(unrelated.items().isEmpty()) << unrelated.describe();

    // Linked, the incident says so.
    ASSERT_TRUE(
        m_agent
            ->call(u"problem.link"_s,
                   QJsonObject {{"problem"_L1, id}, {"incidents"_L1, incidentIds({fourth})}})
            .ok());
    const Reply linked = m_agent->call(u"problem.match"_s, QJsonObject {{"ticket"_L1, fourth}});
    EXPECT_EQ(linked.object().value("linked_problem"_L1).toInteger(), id);

    // No longer a known error: no longer offered.
    ASSERT_TRUE(
        m_agent->call(u"problem.update"_s, QJsonObject {{"id"_L1, id}, {"known_error"_L1, false}})
            .ok());
    EXPECT_TRUE(
        m_agent->call(u"problem.match"_s, QJsonObject {{"ticket"_L1, fourth}}).items().isEmpty());
}

TEST_P(ProblemTest, ResolvingTheProblemResolvesItsOpenIncidentsAndTellsTheirRequesters)
{
    std::unique_ptr<TestClient> ann, ben, cat;
    const qint64 a = incident(u"ann"_s, u"VPN disconnects every hour"_s, u"Network"_s, &ann);
    const qint64 b = incident(u"ben"_s, u"VPN disconnects at noon"_s, u"Network"_s, &ben);
    const qint64 c = incident(u"cat"_s, u"VPN client disconnects"_s, u"Network"_s, &cat);
    // A fourth, already resolved and closed by its requester, stays as it is.
    std::unique_ptr<TestClient> dan;
    const qint64 closed = incident(u"dan"_s, u"VPN gone"_s, u"Network"_s, &dan);
    ASSERT_TRUE(m_agent
                    ->call(u"ticket.transition"_s,
                           QJsonObject {{"id"_L1, closed},
                                        {"status"_L1, u"resolved"_s},
                                        {"note"_L1, u"Restarted the client"_s}})
                    .ok());
    ASSERT_TRUE(dan->call(u"ticket.transition"_s,
                          QJsonObject {{"id"_L1, closed}, {"status"_L1, u"closed"_s}})
                    .ok());
    const Reply created = createProblem(incidentIds({a, b, c, closed}));
    ASSERT_TRUE(created.ok()) << created.describe();
    const qint64 id = created.object().value("id"_L1).toInteger();
    const QString workaround = u"Reconnect with the backup gateway vpn2.example.com"_s;
    ASSERT_TRUE(m_agent
                    ->call(u"problem.update"_s,
                           QJsonObject {{"id"_L1, id},
                                        {"workaround"_L1, workaround},
                                        {"known_error"_L1, true}})
                    .ok());
    for (TestClient* requester : {ann.get(), ben.get(), cat.get(), dan.get()}) {
        ASSERT_TRUE(requester
                        ->call(u"events.subscribe"_s,
                               QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s}}})
                        .ok());
        requester->notifications().clear();
    }

    const QString fixed = u"The gateway's lease is now a day; please reconnect once."_s;
    const Reply resolved = m_agent->call(u"problem.resolve"_s,
                                         QJsonObject {{"id"_L1, id},
                                                      {"resolution"_L1, u"Lease extended"_s},
                                                      {"resolve_incidents"_L1, true},
                                                      {"incident_reply"_L1, fixed}});
    ASSERT_TRUE(resolved.ok()) << resolved.describe();
    EXPECT_EQ(idList(resolved.object().value("resolved_incidents"_L1)), (QList<qint64> {a, b, c}));
    EXPECT_EQ(idList(resolved.object().value("untouched_incidents"_L1)), (QList<qint64> {closed}));
    EXPECT_EQ(ticket(id).value("status"_L1).toString(), u"resolved"_s);
    EXPECT_FALSE(resolved.object().value("problem"_L1).toObject().value("open"_L1).toBool());

    const std::pair<qint64, TestClient*> told[] = {{a, ann.get()}, {b, ben.get()}, {c, cat.get()}};
    for (const auto& [incidentId, requester] : told) {
        EXPECT_EQ(ticket(incidentId).value("status"_L1).toString(), u"resolved"_s);
        // The requester hears the reply live ...
        const auto heard = [&, incidentId = incidentId, requester = requester] {
            for (const test::Notification& n : requester->notifications()) {
                const QJsonObject params = n.params;
                if (n.method == u"ticket.commented"_s
                    && params.value("ticket"_L1).toObject().value("id"_L1).toInteger() == incidentId
                    && params.value("comment"_L1).toObject().value("body"_L1).toString() == fixed)
                    return true;
            }
            return false;
        };
        EXPECT_TRUE(waitUntil(heard, 5000)) << "requester of #" << incidentId << " was not told";
        // ... and finds it in their ticket's history, as a public reply.
        const Reply history =
            requester->call(u"ticket.history"_s, QJsonObject {{"id"_L1, incidentId}});
        ASSERT_TRUE(history.ok()) << history.describe();
        EXPECT_TRUE(history.describe().find(fixed.toStdString()) != std::string::npos);
    }
    EXPECT_EQ(ticket(closed).value("status"_L1).toString(), u"closed"_s);
    for (const test::Notification& n : dan->notifications())
        EXPECT_NE(n.method, u"ticket.commented"_s) << "the closed incident's requester was told";
}

TEST_P(ProblemTest, AnUnassignedProblemIsTakenByWhoeverResolvesIt)
{
    const qint64 a = incident(u"ann"_s, u"VPN disconnects every hour"_s, u"Network"_s);
    const Reply created = createProblem(incidentIds({a}));
    ASSERT_TRUE(created.ok()) << created.describe();
    const qint64 id = created.object().value("id"_L1).toInteger();
    // Nobody holds it (as when its creator is not of the category's group).
    const Reply unassigned =
        m_agent->call(u"ticket.update"_s,
                      QJsonObject {{"id"_L1, id},
                                   {"version"_L1, ticket(id).value("version"_L1).toInteger()},
                                   {"assignee"_L1, QJsonValue()}});
    ASSERT_TRUE(unassigned.ok()) << unassigned.describe();
    ASSERT_FALSE(ticket(id).value("assignee"_L1).isObject());

    // The default lifecycle needs an assignee to leave "new": the agent resolving it takes it.
    const Reply resolved = m_agent->call(u"problem.resolve"_s,
                                         QJsonObject {{"id"_L1, id},
                                                      {"resolution"_L1, u"Lease extended"_s},
                                                      {"resolve_incidents"_L1, true}});
    ASSERT_TRUE(resolved.ok()) << resolved.describe();
    const QJsonObject problem = ticket(id);
    EXPECT_EQ(problem.value("status"_L1).toString(), u"resolved"_s);
    EXPECT_EQ(problem.value("assignee"_L1).toObject().value("username"_L1).toString(), u"alex"_s);
    EXPECT_EQ(ticket(a).value("status"_L1).toString(), u"resolved"_s);
}

TEST_P(ProblemTest, AnAgentSeesOnlyTheLinkedIncidentsTheyMayRead)
{
    const qint64 mine = incident(u"ann"_s, u"VPN disconnects every hour"_s, u"Network"_s);
    const qint64 theirs = incident(u"ben"_s, u"VPN drops in the payroll office"_s, u"Network"_s);
    // The second belongs to a group alex is not in.
    const qint64 finance = createGroup(u"Finance"_s, 1);
    const Reply moved =
        admin().call(u"ticket.update"_s,
                     QJsonObject {{"id"_L1, theirs},
                                  {"version"_L1, ticket(theirs).value("version"_L1).toInteger()},
                                  {"group"_L1, finance}});
    ASSERT_TRUE(moved.ok()) << moved.describe();
    const Reply created = admin().call(u"problem.create"_s,
                                       QJsonObject {{"title"_L1, u"VPN disconnects"_s},
                                                    {"category"_L1, u"Network"_s},
                                                    {"incidents"_L1, incidentIds({mine, theirs})}});
    ASSERT_TRUE(created.ok()) << created.describe();
    const qint64 id = created.object().value("id"_L1).toInteger();
    EXPECT_EQ(idList(created.object().value("incidents"_L1)), (QList<qint64> {mine, theirs}))
        << "an admin reads both";
    const Reply seen = m_agent->call(u"problem.get"_s, QJsonObject {{"id"_L1, id}});
    ASSERT_TRUE(seen.ok()) << seen.describe();
    EXPECT_EQ(idList(seen.object().value("incidents"_L1)), QList<qint64> {mine});

    // Resolving it with its incidents resolves what alex may read and leaves Finance's alone.
    const Reply resolved = m_agent->call(u"problem.resolve"_s,
                                         QJsonObject {{"id"_L1, id},
                                                      {"resolution"_L1, u"Gateway fixed"_s},
                                                      {"resolve_incidents"_L1, true}});
    ASSERT_TRUE(resolved.ok()) << resolved.describe();
    EXPECT_EQ(idList(resolved.object().value("resolved_incidents"_L1)), QList<qint64> {mine});
    EXPECT_TRUE(resolved.object().value("untouched_incidents"_L1).toArray().isEmpty());
    EXPECT_EQ(ticket(mine).value("status"_L1).toString(), u"resolved"_s);
    EXPECT_TRUE(ticket(theirs).value("open"_L1).toBool());
}

TEST_P(ProblemTest, CandidatesForThreeSimilarIncidentsAndNotForTwo)
{
    const qint64 a = incident(u"ann"_s, u"Outlook crashes when opening calendar"_s, u"Network"_s);
    const qint64 b = incident(u"ben"_s, u"Outlook crashes on calendar invite"_s, u"Network"_s);
    const qint64 c = incident(u"cat"_s, u"Calendar in Outlook crashes"_s, u"Network"_s);
    incident(u"ann"_s, u"Printer jams with thick paper"_s, u"Printing"_s);
    incident(u"ben"_s, u"Printer jams with envelopes"_s, u"Printing"_s);

    const Reply found = m_agent->call(u"problem.candidates"_s);
    ASSERT_TRUE(found.ok()) << found.describe();
    ASSERT_EQ(found.items().size(), 1) << found.describe();
    const QJsonObject candidate = found.items().first().toObject();
    EXPECT_EQ(candidate.value("category"_L1).toString(), u"Network"_s);
    QList<qint64> members = idList(candidate.value("incidents"_L1));
    std::sort(members.begin(), members.end());
    EXPECT_EQ(members, (QList<qint64> {a, b, c}));
    const QString title = candidate.value("suggested_title"_L1).toString();
    EXPECT_TRUE(title.contains(u"outlook"_s) && title.contains(u"crashes"_s))
        << title.toStdString();
    EXPECT_EQ(found.object().value("scanned"_L1).toInt(), 5);

    // Two are no candidate; linked incidents are not looked at again.
    const Reply pair = m_agent->call(u"problem.candidates"_s,
                                     QJsonObject {{"min_incidents"_L1, 3}, {"days"_L1, 7}});
    ASSERT_TRUE(pair.ok()) << pair.describe();
    for (const QJsonValue& item : pair.items())
        EXPECT_NE(item.toObject().value("category"_L1).toString(), u"Printing"_s);
    ASSERT_TRUE(createProblem(incidentIds({a, b, c})).ok());
    const Reply after = m_agent->call(u"problem.candidates"_s);
    ASSERT_TRUE(after.ok()) << after.describe();
    EXPECT_TRUE(after.items().isEmpty()) << after.describe();
}

INSTANTIATE_TEST_SUITE_P(Backends, ProblemTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

} // namespace
