// The ticket domain's controllers against a real server: the queue controller (counts, saved
// views, availability), the staff's announcement desk, the applet's survey through MyTickets,
// and colleagues' presence in the queue model.
#include "client/core/announcementboard.h"
#include "client/core/announcementdesk.h"
#include "client/core/clientsettings.h"
#include "client/core/credentialstore.h"
#include "client/core/directory.h"
#include "client/core/mytickets.h"
#include "client/core/outbox.h"
#include "client/core/queuecontroller.h"
#include "client/core/session.h"
#include "client/core/ticketdetail.h"
#include "client/core/ticketlistmodel.h"
#include "coreclient.h"
#include "serverfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

using Client = CoreClient;

class TicketControllersTest : public ServerFixture
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
    }

    qint64 newTicket(const QString& title)
    {
        return createTicket(*rita,
                            QJsonObject {{"title"_L1, title},
                                         {"description"_L1, u"d"_s},
                                         {"category"_L1, u"Email"_s}})
            .value("id"_L1)
            .toInteger();
    }

    qint64 m_rita = 0, m_alex = 0, m_olga = 0, m_desk = 0;
    std::unique_ptr<TestClient> rita;
};

} // namespace

TEST_P(TicketControllersTest, QueueControllerCountsSavesAndDeletesViews)
{
    newTicket(u"Mail bounces"_s);
    newTicket(u"Calendar is empty"_s);
    Client alex(server().port());
    ASSERT_TRUE(alex.login(u"alex"_s));
    QueueController queues(alex.session);

    api::TicketFilter open;
    open.open = true;
    QSignalSpy counted(&queues, &QueueController::counted);
    queues.count(u"All open"_s, TicketQuery(open, api::TicketSort::Priority));
    ASSERT_TRUE(waitUntil([&] { return counted.count() == 1; }));
    EXPECT_EQ(counted.at(0).at(0).toString(), u"All open"_s);
    const auto count = counted.at(0).at(1).value<api::TicketCount>();
    EXPECT_EQ(count.count, 2);
    EXPECT_FALSE(count.capped);
    EXPECT_EQ(QueueController::countText(count), u"2"_s);
    EXPECT_EQ(QueueController::countText({500, true}), u"500+"_s);

    QSignalSpy saved(&queues, &QueueController::viewSaved);
    queues.saveView(u"Open by priority"_s, TicketQuery(open, api::TicketSort::Priority));
    ASSERT_TRUE(waitUntil([&] { return saved.count() == 1; }));
    alex.directory.refreshViews();
    ASSERT_TRUE(waitUntil([&] { return alex.directory.savedViews().size() == 1; }));
    const SavedViewInfo view = alex.directory.savedViews().constFirst();
    const TicketQuery reread = QueueController::savedQuery(view.filter, view.sort);
    EXPECT_EQ(reread.filter().open, std::optional<bool>(true)) << "the view keeps its filter";
    EXPECT_EQ(reread.sort(), api::TicketSort::Priority);

    QSignalSpy refused(&queues, &QueueController::viewSaveFailed);
    queues.saveView(u"Open by priority"_s, TicketQuery(open, api::TicketSort::Due));
    ASSERT_TRUE(waitUntil([&] { return refused.count() == 1; })) << "a second view by that name";
    EXPECT_EQ(refused.at(0).at(0).value<rpc::RpcError>().code, -32004);

    QSignalSpy deleted(&queues, &QueueController::viewDeleted);
    queues.deleteView(view.id);
    ASSERT_TRUE(waitUntil([&] { return deleted.count() == 1; }));
    alex.directory.refreshViews();
    ASSERT_TRUE(waitUntil([&] { return alex.directory.savedViews().isEmpty(); }));
}

TEST_P(TicketControllersTest, QueueControllerSetsTheAgentAway)
{
    Client alex(server().port());
    ASSERT_TRUE(alex.login(u"alex"_s));
    QueueController queues(alex.session);
    QSignalSpy changed(&queues, &QueueController::availabilityChanged);
    queues.setAvailable(false);
    ASSERT_TRUE(waitUntil([&] { return changed.count() == 1; }));
    EXPECT_FALSE(changed.at(0).at(0).toBool());
    EXPECT_EQ(admin()
                  .call(u"user.get"_s, QJsonObject {{"id"_L1, m_alex}})
                  .object()
                  .value("availability"_L1)
                  .toString(),
              u"away"_s)
        << "the server passes the agent by";
}

TEST_P(TicketControllersTest, AnnouncementDeskPublishesListsAndWithdraws)
{
    Client alex(server().port());
    ASSERT_TRUE(alex.login(u"alex"_s));
    Client ritaApp(server().port());
    ASSERT_TRUE(ritaApp.login(u"rita"_s));
    AnnouncementBoard board(ritaApp.session);
    AnnouncementDesk desk(alex.session);

    QSignalSpy published(&desk, &AnnouncementDesk::published);
    api::AnnouncementPublishParams params;
    params.kind = u"maintenance"_s;
    params.title = u"Mail down tonight"_s;
    params.body = u"From 22:00"_s;
    params.audience = u"everyone"_s;
    desk.publish(params);
    ASSERT_TRUE(waitUntil([&] { return published.count() == 1; }));
    const auto announcement = published.at(0).at(0).value<Announcement>();
    EXPECT_EQ(announcement.title, u"Mail down tonight"_s);
    ASSERT_TRUE(waitUntil([&] { return desk.items().size() == 1; })) << "listed after publishing";
    ASSERT_TRUE(waitUntil([&] { return board.rowCount() == 1; })) << "the applet shows it";

    QSignalSpy withdrawn(&desk, &AnnouncementDesk::withdrawn);
    desk.withdraw(announcement.id);
    ASSERT_TRUE(waitUntil([&] { return withdrawn.count() == 1; }));
    ASSERT_TRUE(waitUntil([&] {
        return desk.items().size() == 1 && desk.items().constFirst().withdrawnAt.has_value();
    })) << "the staff still see it, withdrawn";
    ASSERT_TRUE(waitUntil([&] { return board.rowCount() == 0; })) << "the applet drops it";

    QSignalSpy failed(&desk, &AnnouncementDesk::failed);
    desk.withdraw(announcement.id);
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; })) << "withdrawn twice is refused";
}

TEST_P(TicketControllersTest, TheRequesterRatesAResolvedTicket)
{
    const qint64 id = newTicket(u"Printer jams"_s);
    Client alex(server().port());
    ASSERT_TRUE(alex.login(u"alex"_s));
    Client ritaApp(server().port());
    ASSERT_TRUE(ritaApp.login(u"rita"_s));
    MyTickets mine(ritaApp.session, ritaApp.directory.workflow());
    mine.refresh(); // created after the login it would have loaded on
    ASSERT_TRUE(waitUntil([&] { return mine.rowCount() == 1; }));

    QSignalSpy failed(&mine, &MyTickets::ratingFailed);
    mine.rate(id, 4, u"Quick"_s);
    ASSERT_TRUE(waitUntil([&] { return failed.count() == 1; })) << "not resolved yet";
    EXPECT_EQ(failed.at(0).at(0).toLongLong(), id);

    TicketDetail detail(alex.session, alex.outbox, alex.directory);
    detail.open(id);
    ASSERT_TRUE(waitUntil([&] { return detail.isLoaded(); }));
    detail.assign(m_alex);
    ASSERT_TRUE(waitUntil([&] { return detail.ticket().assignee.has_value(); }));
    detail.transition(u"resolved"_s, u"Cleared the paper path."_s);
    ASSERT_TRUE(waitUntil([&] { return detail.ticket().status == u"resolved"_s; }));

    QSignalSpy rated(&mine, &MyTickets::rated);
    mine.rate(id, 4, u"Quick"_s);
    ASSERT_TRUE(waitUntil([&] { return rated.count() == 1; }));
    EXPECT_EQ(rated.at(0).at(1).toInt(), 4);
    ASSERT_TRUE(waitUntil([&] { return detail.ticket().rating.has_value(); }))
        << "the agent's open ticket shows the rating at once";
    EXPECT_EQ(detail.ticket().rating->comment, u"Quick"_s);
}

TEST_P(TicketControllersTest, TheQueueShowsWhoHasATicketOpen)
{
    const qint64 id = newTicket(u"Shared drive is slow"_s);
    Client alex(server().port());
    ASSERT_TRUE(alex.login(u"alex"_s));
    TicketListModel queue(alex.session, alex.directory.workflow());
    QAbstractItemModelTester tester(&queue);
    api::TicketFilter open;
    open.open = true;
    queue.setQuery(TicketQuery(open, api::TicketSort::Priority));
    ASSERT_TRUE(waitUntil([&] { return queue.rowCount() == 1; }));
    const QModelIndex viewers = queue.index(0, TicketListModel::ViewersColumn);
    EXPECT_TRUE(queue.data(viewers).toString().isEmpty());

    Client olga(server().port());
    ASSERT_TRUE(olga.login(u"olga"_s));
    auto olgaDetail = std::make_unique<TicketDetail>(olga.session, olga.outbox, olga.directory);
    olgaDetail->open(id);
    ASSERT_TRUE(waitUntil([&] { return !queue.data(viewers).toString().isEmpty(); }))
        << "Olga opening the ticket shows in Alex's queue";
    EXPECT_EQ(queue.data(viewers).toString(), u"OLGA"_s);
    EXPECT_EQ(queue.data(viewers, TicketListModel::ViewersRole).toStringList(),
              QStringList {u"OLGA"_s});
    EXPECT_TRUE(queue.data(viewers, Qt::ToolTipRole).toString().contains(u"OLGA"_s));

    olgaDetail->setTyping(true);
    ASSERT_TRUE(waitUntil([&] { return queue.data(viewers).toString().contains(u"typing"_s); }));

    olgaDetail->close();
    ASSERT_TRUE(waitUntil([&] { return queue.data(viewers).toString().isEmpty(); }))
        << "and goes when she closes it";
    EXPECT_TRUE(queue.viewersOf(id).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, TicketControllersTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
