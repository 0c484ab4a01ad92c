// Problem management in the client core (issue 22) against the in-process server on both
// databases: ProblemDesk makes a problem from incidents, refuses a known error without a
// workaround before sending (naming the field) and resolves the problem with its incidents;
// KnownErrorLookup offers the known error for a matching incident and links it; the candidate
// problems model (checked by QAbstractItemModelTester) lists a group of three.
#include "client/core/clientsettings.h"
#include "client/core/credentialstore.h"
#include "client/core/directory.h"
#include "client/core/problems/knownerrorlookup.h"
#include "client/core/problems/problemcandidates.h"
#include "client/core/problems/problemdesk.h"
#include "client/core/session.h"
#include "harnessfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

struct ProblemCore
{
    ProblemCore(quint16 port, const QString& username)
        : settings(dir.filePath(u"settings.ini"_s))
        , session(settings, credentials)
    {
        session.setEndpoint({u"127.0.0.1"_s, port, false});
        session.rpc().setDefaultTimeout(5000);
        session.login(username, QString::fromLatin1(UserPassword), false);
        loggedIn = waitUntil([this] { return session.isReady(); }, 10000);
    }

    QTemporaryDir dir;
    ClientSettings settings;
    MemoryCredentialStore credentials;
    Session session;
    bool loggedIn = false;
};

class ProblemCoreTest : public HarnessFixture
{
protected:
    void SetUp() override
    {
        HarnessFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"alex"_s, u"agent"_s);
        createUser(u"ann"_s, u"requester"_s);
        ASSERT_TRUE(
            admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"Network"_s}}).ok());
        ann = connectAs(u"ann"_s);
    }

    qint64 incident(const QString& title)
    {
        return createTicket(*ann,
                            QJsonObject {{"title"_L1, title},
                                         {"description"_L1, title},
                                         {"category"_L1, u"Network"_s}})
            .value("id"_L1)
            .toInteger();
    }

    std::unique_ptr<TestClient> ann;
};

TEST_P(ProblemCoreTest, AProblemFromIncidentsBecomesAKnownErrorOfferedAndResolved)
{
    const QList<qint64> incidents {incident(u"VPN disconnects every hour"_s),
                                   incident(u"VPN disconnects at noon"_s),
                                   incident(u"VPN client disconnects"_s)};
    ProblemCore alex(server().port(), u"alex"_s);
    ASSERT_TRUE(alex.loggedIn);
    ProblemDesk desk(alex.session);
    QSignalSpy created(&desk, &ProblemDesk::created);
    QSignalSpy failed(&desk, &ProblemDesk::failed);
    desk.create(u"VPN disconnects"_s, QString(), u"Network"_s, incidents);
    ASSERT_TRUE(waitUntil([&] { return created.count() == 1; }, 10000));
    ASSERT_TRUE(desk.problem());
    EXPECT_EQ(desk.problem()->incidents.size(), 3);

    desk.saveRecord(u"Lease of one hour"_s, QString(), true);
    ASSERT_EQ(failed.count(), 1) << "refused before it is sent";
    EXPECT_EQ(failed.first().at(1).toString(), u"workaround"_s);
    QSignalSpy saved(&desk, &ProblemDesk::saved);
    desk.saveRecord(u"Lease of one hour"_s, u"Use vpn2.example.com"_s, true);
    ASSERT_TRUE(waitUntil([&] { return saved.count() == 1; }, 10000));
    EXPECT_TRUE(desk.problem()->knownError);

    const qint64 fourth = incident(u"My VPN disconnects all the time"_s);
    KnownErrorLookup lookup(alex.session);
    lookup.lookup(fourth);
    ASSERT_TRUE(waitUntil([&] { return lookup.match().has_value(); }, 10000));
    EXPECT_EQ(lookup.match()->problem, desk.problemId());
    EXPECT_EQ(lookup.match()->workaround, u"Use vpn2.example.com"_s);
    QSignalSpy linked(&lookup, &KnownErrorLookup::linked);
    lookup.linkToProblem();
    ASSERT_TRUE(waitUntil([&] { return linked.count() == 1; }, 10000));
    EXPECT_FALSE(lookup.match());
    EXPECT_EQ(lookup.linkedProblem(), desk.problemId());

    QSignalSpy resolved(&desk, &ProblemDesk::resolved);
    desk.load(desk.problemId());
    ASSERT_TRUE(waitUntil([&] { return desk.problem()->incidents.size() == 4; }, 10000));
    desk.resolve(u"Lease extended"_s, true, QString());
    ASSERT_TRUE(waitUntil([&] { return resolved.count() == 1; }, 10000));
    EXPECT_EQ(resolved.first().at(0).toInt(), 4);
    EXPECT_FALSE(desk.problem()->open);
}

TEST_P(ProblemCoreTest, CandidateProblemsListAGroupOfThree)
{
    for (const QString& title :
         {u"Outlook crashes opening calendar"_s, u"Outlook crashes on calendar invite"_s,
          u"Calendar in Outlook crashes"_s})
        incident(title);
    ProblemCore alex(server().port(), u"alex"_s);
    ASSERT_TRUE(alex.loggedIn);
    ProblemCandidatesModel model(alex.session);
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.reload();
    ASSERT_TRUE(waitUntil([&] { return model.isLoaded(); }, 10000));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.data(model.index(0, ProblemCandidatesModel::Incidents)).toInt(), 3);
    EXPECT_EQ(model.data(model.index(0, ProblemCandidatesModel::Category)).toString(),
              u"Network"_s);
    EXPECT_TRUE(model.candidate(0).suggestedTitle.contains(u"outlook"_s));
}

INSTANTIATE_TEST_SUITE_P(Backends, ProblemCoreTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

} // namespace
