// The client core against a real server: session and keychain, the live queue model, the open
// ticket, and the outbox when the server is away or says no.
#include "client/core/cannedtext.h"
#include "client/core/clientsettings.h"
#include "client/core/credentialstore.h"
#include "client/core/directory.h"
#include "client/core/errortext.h"
#include "client/core/outbox.h"
#include "client/core/session.h"
#include "client/core/ticketdetail.h"
#include "client/core/ticketlistmodel.h"
#include "coreclient.h"
#include "serverfixture.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

using Client = CoreClient;

class ClientCoreTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_rita = createUser(u"rita"_s, u"requester"_s);
        m_alex = createUser(u"alex"_s, u"agent"_s);
        m_olga = createUser(u"olga"_s, u"agent"_s);
        m_desk = createGroup(u"Service Desk"_s, 1);
        addMember(m_desk, m_alex);
        addMember(m_desk, m_olga);
        ASSERT_TRUE(admin()
                        .call(u"category.create"_s,
                              QJsonObject {{"name"_L1, u"Email"_s}, {"default_group"_L1, m_desk}})
                        .ok());
        rita = connectAs(u"rita"_s);
        olga = connectAs(u"olga"_s);
    }

    QJsonObject newTicket(const QString& title, const QString& urgency = u"medium"_s)
    {
        return createTicket(*rita,
                            QJsonObject {{"title"_L1, title},
                                         {"description"_L1, u"d"_s},
                                         {"category"_L1, u"Email"_s},
                                         {"urgency"_L1, urgency}});
    }

    qint64 m_rita = 0, m_alex = 0, m_olga = 0, m_desk = 0;
    std::unique_ptr<TestClient> rita, olga;
};

} // namespace

TEST_P(ClientCoreTest, LogsInKeepsTheTokenAndResumesAtTheNextStart)
{
    MemoryCredentialStore keychain;
    {
        Client first(server().port(), &keychain);
        QSignalSpy failed(&first.session, &Session::loginFailed);
        first.session.login(u"alex"_s, u"not the password"_s, true);
        ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
        EXPECT_EQ(failed.at(0).at(0).value<rpc::RpcError>().code, -32009);
        ASSERT_TRUE(first.login(u"ALEX"_s));
        EXPECT_EQ(first.session.user().username, u"alex"_s);
        EXPECT_EQ(first.settings.lastUsername(), u"alex"_s);
        // the password is never stored; the settings file has no token either
        QFile file(first.dir.filePath(u"settings.ini"_s));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        EXPECT_FALSE(stored.contains(Password));
    }
    Client next(server().port(), &keychain);
    next.settings.setLastUsername(u"alex"_s);
    QSignalSpy unavailable(&next.session, &Session::resumeUnavailable);
    next.session.resumeStored();
    ASSERT_TRUE(waitUntil([&] { return next.session.isReady(); }))
        << "resumed without asking for the password";
    EXPECT_EQ(next.session.user().username, u"alex"_s);
    next.session.logout();
    EXPECT_TRUE(waitUntil([&] { return next.session.state() == Session::State::LoggedOut; }));

    Client after(server().port(), &keychain);
    after.settings.setLastUsername(u"alex"_s);
    QSignalSpy none(&after.session, &Session::resumeUnavailable);
    after.session.resumeStored();
    EXPECT_TRUE(waitUntil([&] { return none.count() == 1; })) << "logging out forgot the token";
}

TEST_P(ClientCoreTest, TheQueueIsPagedAndPatchedLiveWithoutLosingTheSelection)
{
    for (int i = 0; i < 130; ++i)
        newTicket(u"Ticket %1"_s.arg(i), i % 10 == 0 ? u"high"_s : u"low"_s);
    Client alex(server().port());
    ASSERT_TRUE(alex.login(u"alex"_s));
    TicketListModel model(alex.session, alex.directory.workflow());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    api::TicketFilter open;
    open.open = true;
    model.setQuery(TicketQuery(open, api::TicketSort::Priority));
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() == 100; })) << "the first page";
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() == 130; }));
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.ticketAt(0).priority, 2) << "highest priority first";

    // Select a low-priority ticket, then watch others come, move and go.
    QItemSelectionModel selection(&model);
    const int selectedRow = 20;
    const qint64 selectedId = model.ticketAt(selectedRow).id;
    selection.select(model.index(selectedRow, 0),
                     QItemSelectionModel::Select | QItemSelectionModel::Rows);

    const QJsonObject urgent = newTicket(u"CEO cannot send mail"_s, u"high"_s);
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() == 131; })) << "a new ticket appears";
    EXPECT_EQ(model.rowOf(urgent.value("id"_L1).toInteger()), 13)
        << "after the other P2s, in id order";

    const qint64 moving = model.ticketAt(125).id;
    const int version = model.data(model.index(125, 0), TicketListModel::VersionRole).toInt();
    ASSERT_TRUE(
        olga->call(u"ticket.update"_s,
                   QJsonObject {{"id"_L1, moving}, {"version"_L1, version}, {"priority"_L1, 1}})
            .ok());
    ASSERT_TRUE(waitUntil([&] { return model.rowOf(moving) == 0; }))
        << "a ticket raised to P1 moves to the top";

    const qint64 resolved = model.ticketAt(5).id;
    ASSERT_TRUE(olga->call(u"ticket.update"_s,
                           QJsonObject {{"id"_L1, resolved},
                                        {"version"_L1, model.ticketAt(5).version},
                                        {"assignee"_L1, m_olga}})
                    .ok());
    ASSERT_TRUE(olga->call(u"ticket.transition"_s,
                           QJsonObject {{"id"_L1, resolved},
                                        {"status"_L1, u"resolved"_s},
                                        {"note"_L1, u"done"_s}})
                    .ok());
    ASSERT_TRUE(waitUntil([&] { return model.rowOf(resolved) < 0; }))
        << "a resolved ticket leaves the open queue";

    const QModelIndexList selected = selection.selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(model.ticketAt(selected.at(0).row()).id, selectedId)
        << "the selection followed its ticket";
    EXPECT_EQ(model.rowCount(), 130);

    // An "all open" queue mixes the types: each row says which one it is.
    EXPECT_EQ(model.data(model.index(0, TicketListModel::TypeColumn)).toString(), u"Incident"_s);
    const QJsonObject problem = createTicket(*olga,
                                             QJsonObject {{"title"_L1, u"Mail keeps failing"_s},
                                                          {"description"_L1, u"d"_s},
                                                          {"category"_L1, u"Email"_s},
                                                          {"type"_L1, u"problem"_s}});
    ASSERT_TRUE(waitUntil([&] { return model.rowOf(problem.value("id"_L1).toInteger()) >= 0; }));
    const int problemRow = model.rowOf(problem.value("id"_L1).toInteger());
    EXPECT_EQ(model.data(model.index(problemRow, TicketListModel::TypeColumn)).toString(),
              u"Problem"_s);
    EXPECT_EQ(model.headerData(TicketListModel::TypeColumn, Qt::Horizontal).toString(), u"Type"_s);
}

TEST_P(ClientCoreTest, TheOpenTicketFollowsTheConversationLive)
{
    const qint64 id = newTicket(u"Calendar not syncing"_s).value("id"_L1).toInteger();
    Client alex(server().port());
    ASSERT_TRUE(alex.login(u"alex"_s));
    TicketDetail detail(alex.session, alex.outbox, alex.directory);
    detail.open(id);
    ASSERT_TRUE(waitUntil([&] { return detail.isLoaded(); }));
    EXPECT_EQ(detail.ticket().title, u"Calendar not syncing"_s);
    EXPECT_EQ(detail.conversation().rowCount(), 1) << "created";

    detail.reply(u"Which phone do you use?"_s, false);
    ASSERT_TRUE(waitUntil([&] { return detail.conversation().rowCount() == 2; }));
    ASSERT_TRUE(rita->call(u"ticket.comment"_s,
                           QJsonObject {{"id"_L1, id}, {"body"_L1, u"An Android phone."_s}})
                    .ok());
    ASSERT_TRUE(waitUntil([&] { return detail.conversation().rowCount() == 3; }))
        << "the requester's answer arrives by itself";
    EXPECT_EQ(detail.conversation()
                  .data(detail.conversation().index(2), ConversationModel::BodyRole)
                  .toString(),
              u"An Android phone."_s);

    QStringList offered;
    for (const auto& transition : detail.transitions())
        offered << transition.to;
    EXPECT_TRUE(offered.contains(u"resolved"_s));
    EXPECT_FALSE(offered.contains(u"closed"_s)) << "only what the lifecycle allows from here";
    detail.assign(m_alex);
    ASSERT_TRUE(waitUntil([&] { return detail.ticket().assignee.has_value(); }));
    EXPECT_EQ(detail.ticket().status, u"assigned"_s);
    detail.transition(u"resolved"_s, u"Re-added the account."_s);
    ASSERT_TRUE(waitUntil([&] { return detail.ticket().status == u"resolved"_s; }));

    // Colleagues on the same ticket
    Client olgaClient(server().port());
    ASSERT_TRUE(olgaClient.login(u"olga"_s));
    TicketDetail olgaDetail(olgaClient.session, olgaClient.outbox, olgaClient.directory);
    olgaDetail.open(id);
    ASSERT_TRUE(waitUntil([&] { return detail.otherViewers().size() == 1; }))
        << "Alex sees that Olga opened it";
    olgaDetail.setTyping(true);
    ASSERT_TRUE(waitUntil(
        [&] { return !detail.otherViewers().isEmpty() && detail.otherViewers().at(0).typing; }));
}

TEST_P(ClientCoreTest, TheAgentReadsTheRequestersSatisfactionCommentInTheConversation)
{
    const QJsonObject created = newTicket(u"Docking station flickers"_s);
    const qint64 id = created.value("id"_L1).toInteger();
    ASSERT_TRUE(olga->call(u"ticket.update"_s,
                           QJsonObject {{"id"_L1, id},
                                        {"version"_L1, created.value("version"_L1)},
                                        {"assignee"_L1, m_olga}})
                    .ok());
    ASSERT_TRUE(olga->call(u"ticket.transition"_s,
                           QJsonObject {{"id"_L1, id},
                                        {"status"_L1, u"resolved"_s},
                                        {"note"_L1, u"New cable."_s}})
                    .ok());
    const auto rate = [&](int score, const QString& comment) {
        return rita
            ->call(u"ticket.rate"_s,
                   QJsonObject {{"id"_L1, id}, {"score"_L1, score}, {"comment"_L1, comment}})
            .ok();
    };
    ASSERT_TRUE(rate(3, u"Took a while."_s));

    Client alex(server().port());
    ASSERT_TRUE(alex.login(u"alex"_s));
    TicketDetail detail(alex.session, alex.outbox, alex.directory);
    detail.open(id);
    ASSERT_TRUE(waitUntil([&] { return detail.isLoaded(); }));
    ASSERT_TRUE(detail.ticket().rating.has_value());
    EXPECT_EQ(detail.ticket().rating->comment, u"Took a while."_s);
    ConversationModel& chat = detail.conversation();
    const auto ratingRow = [&chat] {
        for (int row = chat.rowCount() - 1; row >= 0; --row) {
            if (chat.entryAt(row).field == u"rating"_s)
                return row;
        }
        return -1;
    };
    ASSERT_GE(ratingRow(), 0);
    EXPECT_EQ(chat.data(chat.index(ratingRow()), ConversationModel::SummaryRole).toString(),
              u"Satisfaction: none → 3 of 5"_s);
    EXPECT_EQ(chat.data(chat.index(ratingRow()), ConversationModel::BodyRole).toString(),
              u"Took a while."_s)
        << "the comment goes with the rating";

    // A new answer arrives live with its comment; the earlier score no longer carries one.
    const int first = ratingRow();
    ASSERT_TRUE(rate(5, u"Works perfectly now, thanks!"_s));
    ASSERT_TRUE(waitUntil([&] { return ratingRow() > first; }));
    EXPECT_EQ(chat.data(chat.index(ratingRow()), ConversationModel::BodyRole).toString(),
              u"Works perfectly now, thanks!"_s);
    EXPECT_TRUE(chat.data(chat.index(first), ConversationModel::BodyRole).toString().isEmpty());
}

TEST_P(ClientCoreTest, TheOutboxKeepsWorkWhileTheServerIsAwayAndShowsConflicts)
{
    const qint64 id = newTicket(u"Printer"_s).value("id"_L1).toInteger();
    Client alex(server().port());
    alex.session.rpc().setDefaultTimeout(2000);
    ASSERT_TRUE(alex.login(u"alex"_s));
    alex.outbox.setStoragePath(alex.dir.filePath(u"outbox.json"_s));
    TicketDetail detail(alex.session, alex.outbox, alex.directory);
    detail.open(id);
    ASSERT_TRUE(waitUntil([&] { return detail.isLoaded(); }));

    const quint16 port = server().port();
    server().stop();
    ASSERT_TRUE(waitUntil([&] { return alex.session.state() == Session::State::Offline; }));
    detail.reply(u"Written while the server was down."_s, false);
    EXPECT_EQ(alex.outbox.waitingCount(), 1);
    {
        // It is on disk: a client restarted now would still send it.
        Client restarted(port);
        restarted.outbox.setStoragePath(alex.dir.filePath(u"outbox.json"_s));
        EXPECT_EQ(restarted.outbox.waitingCount(), 1);
    }
    server().setArguments({u"--listen"_s, u"127.0.0.1:"_s + QString::number(port)});
    ASSERT_TRUE(server().start()) << server().error().toStdString();
    ASSERT_TRUE(waitUntil([&] { return alex.session.isReady() && alex.outbox.waitingCount() == 0; },
                          20000));
    TestClient check(port);
    ASSERT_TRUE(check.login(u"rita"_s, QString::fromLatin1(Password)).ok());
    const QJsonArray history = check.call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}}).items();
    int replies = 0;
    for (const QJsonValue& entry : history)
        replies += entry.toObject()
                       .value("comment"_L1)
                       .toObject()
                       .value("body"_L1)
                       .toString()
                       .startsWith(u"Written while"_s);
    EXPECT_EQ(replies, 1) << "delivered once";

    // A conflict is shown, and can be applied against the current version.
    ASSERT_TRUE(
        check
            .call(u"ticket.update"_s,
                  QJsonObject {{"id"_L1, id}, {"version"_L1, 1}, {"title"_L1, u"Printer jams"_s}})
            .ok())
        << "someone else edits first (Rita, her own ticket)";
    QSignalSpy failed(&alex.outbox, &Outbox::failed);
    const QString stale = alex.outbox.submit(
        u"ticket.update"_s, QJsonObject {{"id"_L1, id}, {"version"_L1, 1}, {"priority"_L1, 1}},
        u"priority"_s, id);
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; }));
    EXPECT_EQ(alex.outbox.failedCount(), 1);
    EXPECT_EQ(failed.at(0).at(2).value<rpc::RpcError>().reason(), u"stale_version"_s);
    EXPECT_FALSE(ErrorText::describe(failed.at(0).at(2).value<rpc::RpcError>()).isEmpty());
    alex.outbox.retryWithCurrentVersion(stale);
    ASSERT_TRUE(waitUntil([&] { return alex.outbox.items().isEmpty(); }));
    EXPECT_EQ(check.call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}})
                  .object()
                  .value("priority"_L1)
                  .toInt(),
              1);
}

TEST_P(ClientCoreTest, SessionsComeBackAfterTheServerRestarts)
{
    Client alex(server().port());
    ASSERT_TRUE(alex.login(u"alex"_s));
    QSignalSpy restored(&alex.session, &Session::connectionRestored);
    const quint16 port = server().port();
    server().stop();
    ASSERT_TRUE(waitUntil([&] { return alex.session.state() == Session::State::Offline; }));
    server().setArguments({u"--listen"_s, u"127.0.0.1:"_s + QString::number(port)});
    ASSERT_TRUE(server().start());
    ASSERT_TRUE(waitUntil([&] { return restored.count() == 1; }, 20000));
    EXPECT_TRUE(alex.session.isReady());
    // and the push subscription is back
    TicketListModel model(alex.session, alex.directory.workflow());
    model.setQuery(TicketQuery({}, api::TicketSort::CreatedDesc));
    ASSERT_TRUE(waitUntil([&] { return !model.isLoading(); }));
    auto ritaAgain = connectAs(u"rita"_s);
    createTicket(*ritaAgain,
                 QJsonObject {{"title"_L1, u"After the restart"_s},
                              {"description"_L1, u"d"_s},
                              {"category"_L1, u"Email"_s}});
    EXPECT_TRUE(waitUntil([&] { return model.rowCount() == 1; }));
}

INSTANTIATE_TEST_SUITE_P(Backends, ClientCoreTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);

TEST(CannedText, FillsKnownPlaceholdersAndLeavesOthers)
{
    Ticket ticket;
    ticket.id = 42;
    ticket.title = u"VPN"_s;
    ticket.requester = {1, u"rita"_s, u"Rita Rossi"_s};
    User agent;
    agent.displayName = u"Alex Agent"_s;
    EXPECT_EQ(
        fillPlaceholders(
            u"Hello {{requester.first_name}}, about #{{ticket.id}} ({{ ticket.title }}): {{unknown}} — {{agent.name}}"_s,
            ticket, agent),
        u"Hello Rita, about #42 (VPN): {{unknown}} — Alex Agent"_s);
}

TEST(TicketQuery, MatchesAndOrdersLikeTheServer)
{
    api::TicketFilter filter;
    filter.open = true;
    filter.group = api::Selector {api::Selector::Kind::Mine, 0};
    filter.assignee = api::Selector {api::Selector::Kind::None, 0};
    const TicketQuery query(filter, api::TicketSort::Priority);
    User me;
    me.id = 7;
    me.groups = {GroupRef {3, u"Desk"_s, 1}};
    Ticket ticket;
    ticket.id = 10;
    ticket.open = true;
    ticket.priority = 2;
    ticket.group = GroupRef {3, u"Desk"_s, 1};
    EXPECT_TRUE(query.matches(ticket, me));
    ticket.assignee = UserRef {7, u"me"_s, u"Me"_s};
    EXPECT_FALSE(query.matches(ticket, me)) << "assigned: not in 'unassigned'";
    ticket.assignee.reset();
    ticket.group = GroupRef {4, u"Other"_s, 2};
    EXPECT_FALSE(query.matches(ticket, me)) << "not my group";
    Ticket other = ticket;
    other.id = 5;
    other.priority = 3;
    EXPECT_TRUE(query.before(ticket, other)) << "P2 before P3";
    other.priority = 2;
    EXPECT_TRUE(query.before(other, ticket)) << "same priority: older (lower id) first";
}

// The real keychain: Secret Service on Linux (CI runs gnome-keyring under a D-Bus session).
TEST(Keychain, KeepsAndForgetsATokenInTheSystemKeychain)
{
    bool available = false;
    bool probed = false;
    KeychainCredentialStore::probe([&](bool ok) {
        available = ok;
        probed = true;
    });
    ASSERT_TRUE(waitUntil([&] { return probed; }, 20000));
    if (!available)
        GTEST_SKIP()
            << "no Secret Service on this desktop: the client falls back to MemoryCredentialStore "
               "(logins are not remembered); the test command provides one";
    KeychainCredentialStore store(u"Frontline test"_s);
    QString written = u"?"_s;
    store.write(u"alex@127.0.0.1:7415"_s, u"token-123"_s,
                [&](const QString& error) { written = error; });
    ASSERT_TRUE(waitUntil([&] { return written != u"?"_s; }, 10000));
    EXPECT_TRUE(written.isEmpty()) << written.toStdString();
    std::optional<QString> read;
    bool done = false;
    store.read(u"alex@127.0.0.1:7415"_s, [&](std::optional<QString> token, const QString&) {
        read = token;
        done = true;
    });
    ASSERT_TRUE(waitUntil([&] { return done; }, 10000));
    EXPECT_EQ(read, u"token-123"_s);
    done = false;
    store.remove(u"alex@127.0.0.1:7415"_s, [&](const QString&) { done = true; });
    ASSERT_TRUE(waitUntil([&] { return done; }, 10000));
    done = false;
    store.read(u"alex@127.0.0.1:7415"_s, [&](std::optional<QString> token, const QString&) {
        read = token;
        done = true;
    });
    ASSERT_TRUE(waitUntil([&] { return done; }, 10000));
    EXPECT_FALSE(read.has_value());
}
