// Bulk changes from a multi-selection, through the agent's client core against the in-process
// server: one outbox item per ticket against the version the agent saw, tickets already there
// skipped, a ticket someone changed meanwhile comes back as a conflict (never overwritten), and
// only the transitions every selected ticket allows are offered.
#include "client/core/bulkeditor.h"
#include "client/core/clientsettings.h"
#include "client/core/credentialstore.h"
#include "client/core/directory.h"
#include "client/core/outbox.h"
#include "client/core/session.h"
#include "harnessfixture.h"
#include "rpc/errorcodes.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

// The agent's client core, wired as the app wires it.
struct AgentCore
{
    explicit AgentCore(quint16 port)
        : settings(dir.filePath(u"settings.ini"_s))
        , session(settings, credentials)
        , directory(session)
        , outbox(session)
        , bulk(outbox, directory.workflow(), session)
    {
        session.setEndpoint({u"127.0.0.1"_s, port, false});
        session.rpc().setDefaultTimeout(5000);
    }

    bool login(const QString& username)
    {
        session.login(username, QString::fromLatin1(UserPassword), false);
        return waitUntil([this] { return session.isReady(); }, 10000)
            && waitUntil([this] { return directory.isLoaded(); }, 10000);
    }
    // Everything submitted has been answered (sent, or kept as failed).
    bool drained()
    {
        return waitUntil([this] { return outbox.waitingCount() == 0; }, 10000);
    }

    QTemporaryDir dir;
    ClientSettings settings;
    MemoryCredentialStore credentials;
    Session session;
    Directory directory;
    Outbox outbox;
    BulkEditor bulk;
};

QStringList transitionTargets(const QList<WorkflowInfo::Transition>& transitions)
{
    QStringList names;
    for (const WorkflowInfo::Transition& t : transitions)
        names.append(t.to);
    return names;
}

class BulkEditorTest : public HarnessFixture
{
protected:
    void SetUp() override
    {
        HarnessFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"rita"_s, u"requester"_s);
        m_alex = createUser(u"alex"_s, u"agent"_s);
        m_olga = createUser(u"olga"_s, u"agent"_s);
        const qint64 desk = createGroup(u"Service Desk"_s, 1);
        addMember(desk, m_alex);
        addMember(desk, m_olga);
        ASSERT_TRUE(admin()
                        .call(u"category.create"_s,
                              QJsonObject {{"name"_L1, u"Email"_s}, {"default_group"_L1, desk}})
                        .ok());
        auto rita = connectAs(u"rita"_s);
        for (int i = 0; i < 3; ++i)
            m_ids.append(createTicket(*rita,
                                      QJsonObject {{"title"_L1, u"Mail %1"_s.arg(i)},
                                                   {"description"_L1, u"d"_s},
                                                   {"category"_L1, u"Email"_s}})
                             .value("id"_L1)
                             .toInteger());
        olga = connectAs(u"olga"_s);
        alex = std::make_unique<AgentCore>(server().port());
        ASSERT_TRUE(alex->login(u"alex"_s));
    }

    QJsonObject fetch(qint64 id)
    {
        return admin().call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}}).object();
    }
    // The selection as the agent's queue holds it: the tickets at their current versions.
    QList<Ticket> selection(const QList<qint64>& ids)
    {
        QList<Ticket> tickets;
        for (qint64 id : ids)
            tickets.append(Ticket::fromJson(fetch(id)));
        return tickets;
    }
    qint64 assignee(qint64 id)
    {
        return fetch(id).value("assignee"_L1).toObject().value("id"_L1).toInteger();
    }

    qint64 m_alex = 0, m_olga = 0;
    QList<qint64> m_ids;
    std::unique_ptr<TestClient> olga;
    std::unique_ptr<AgentCore> alex;
};

} // namespace

TEST_P(BulkEditorTest, AssignsAndUnassignsEveryTicketOnceSkippingThoseAlreadyThere)
{
    ASSERT_TRUE(olga->call(u"ticket.update"_s,
                           QJsonObject {{"id"_L1, m_ids[0]},
                                        {"version"_L1, fetch(m_ids[0]).value("version"_L1)},
                                        {"assignee"_L1, m_alex}})
                    .ok());
    EXPECT_EQ(alex->bulk.assign(selection(m_ids), m_alex), 2) << "the first is alex's already";
    ASSERT_TRUE(alex->drained());
    EXPECT_EQ(alex->outbox.failedCount(), 0);
    for (qint64 id : std::as_const(m_ids))
        EXPECT_EQ(assignee(id), m_alex) << "ticket " << id;
    EXPECT_EQ(alex->bulk.assign(selection(m_ids), m_alex), 0) << "nothing left to send";

    EXPECT_EQ(alex->bulk.assign(selection(m_ids.mid(1)), std::nullopt), 2);
    ASSERT_TRUE(alex->drained());
    EXPECT_EQ(assignee(m_ids[0]), m_alex);
    EXPECT_TRUE(fetch(m_ids[1]).value("assignee"_L1).isNull()) << "unassigned";
    EXPECT_TRUE(fetch(m_ids[2]).value("assignee"_L1).isNull());
}

TEST_P(BulkEditorTest, ATicketChangedMeanwhileComesBackAsAConflictAndKeepsTheOtherChange)
{
    const QList<Ticket> seen = selection(m_ids);
    // Olga renames the second ticket after alex's queue showed it.
    ASSERT_TRUE(olga->call(u"ticket.update"_s,
                           QJsonObject {{"id"_L1, m_ids[1]},
                                        {"version"_L1, seen[1].version},
                                        {"title"_L1, u"Mail 1 (bounces)"_s}})
                    .ok());
    QSignalSpy failed(&alex->outbox, &Outbox::failed);
    const int target = seen[0].priority == 1 ? 2 : 1;
    EXPECT_EQ(alex->bulk.setPriority(seen, target), 3);
    ASSERT_TRUE(alex->drained());
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.at(0).at(2).value<rpc::RpcError>().code,
              static_cast<int>(rpc::ErrorCode::Conflict));
    EXPECT_EQ(alex->outbox.failedCount(), 1) << "kept for the agent to resolve, not dropped";
    EXPECT_EQ(alex->outbox.items().at(0).ticketId, m_ids[1]);

    EXPECT_EQ(fetch(m_ids[0]).value("priority"_L1).toInt(), target);
    EXPECT_EQ(fetch(m_ids[2]).value("priority"_L1).toInt(), target);
    const QJsonObject renamed = fetch(m_ids[1]);
    EXPECT_EQ(renamed.value("title"_L1), u"Mail 1 (bounces)"_s) << "olga's change stands";
    EXPECT_EQ(renamed.value("priority"_L1).toInt(), seen[1].priority) << "not overwritten";
    EXPECT_EQ(alex->bulk.setPriority(selection(m_ids), target), 1) << "only the conflicted one";
}

TEST_P(BulkEditorTest, OffersOnlyWhatEveryTicketAllowsAndMovesOnlyThose)
{
    EXPECT_EQ(alex->bulk.assign(selection(m_ids), m_alex), 3);
    ASSERT_TRUE(alex->drained());
    // The first ticket is being worked on; the others are only assigned.
    EXPECT_EQ(alex->bulk.transition(selection({m_ids[0]}), u"in_progress"_s, {}), 1);
    ASSERT_TRUE(alex->drained());
    ASSERT_EQ(fetch(m_ids[0]).value("status"_L1), u"in_progress"_s);

    const QList<Ticket> mixed = selection(m_ids);
    EXPECT_EQ(transitionTargets(alex->bulk.commonTransitions(mixed)),
              (QStringList {u"pending"_s, u"resolved"_s, u"cancelled"_s}));
    EXPECT_TRUE(transitionTargets(alex->bulk.commonTransitions(selection(m_ids.mid(1))))
                    .contains(u"in_progress"_s));
    EXPECT_TRUE(alex->bulk.commonTransitions({}).isEmpty());

    EXPECT_EQ(alex->bulk.transition(mixed, u"in_progress"_s, {}), 2)
        << "the one in progress already is skipped";
    ASSERT_TRUE(alex->drained());
    EXPECT_EQ(alex->bulk.transition(selection(m_ids), u"resolved"_s, u"Mail server restarted"_s),
              3);
    ASSERT_TRUE(alex->drained());
    EXPECT_EQ(alex->outbox.failedCount(), 0);
    for (qint64 id : std::as_const(m_ids)) {
        const QJsonObject ticket = fetch(id);
        EXPECT_EQ(ticket.value("status"_L1), u"resolved"_s) << "ticket " << id;
        EXPECT_EQ(ticket.value("resolution"_L1), u"Mail server restarted"_s) << "ticket " << id;
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, BulkEditorTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
