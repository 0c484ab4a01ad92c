// The webhooks controller against a real server and a real receiver on loopback: an admin
// creates a hook (its secret is handed over once), a refused URL is named, a test ping arrives
// and shows in the delivery log, a redelivery goes out under a new delivery id, and the hook is
// turned off and deleted.
#include "client/core/admin/webhookadmin.h"
#include "coreclient.h"
#include "serverfixture.h"
#include "webhookreceiver.h"

#include <QAbstractItemModelTester>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class WebhookAdminTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        QString why;
        receiver = WebhookReceiver::start(&why);
        ASSERT_TRUE(receiver) << why.toStdString();
        createUser(u"ada"_s, u"admin"_s);
        ada = std::make_unique<CoreClient>(server().port());
        ASSERT_TRUE(ada->login(u"ada"_s));
    }

    std::unique_ptr<WebhookReceiver> receiver;
    std::unique_ptr<CoreClient> ada;
};

} // namespace

TEST_P(WebhookAdminTest, AnAdminCreatesTestsRedeliversAndDeletesAHook)
{
    WebhookAdmin hooks(ada->session);
    QAbstractItemModelTester tester(hooks.deliveries(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    int loaded = 0;
    QString refusedField;
    std::optional<api::WebhookCreated> created;
    QList<api::WebhookDelivery> queued;
    QObject::connect(&hooks, &WebhookAdmin::loaded, [&] { ++loaded; });
    QObject::connect(&hooks, &WebhookAdmin::refused,
                     [&](const QString& field, const QString&) { refusedField = field; });
    QObject::connect(&hooks, &WebhookAdmin::created,
                     [&](const api::WebhookCreated& c) { created = c; });
    QObject::connect(&hooks, &WebhookAdmin::testQueued,
                     [&](const api::WebhookDelivery& d) { queued << d; });
    QObject::connect(&hooks, &WebhookAdmin::redelivered,
                     [&](const api::WebhookDelivery& d) { queued << d; });

    // Plain http to another host is refused, the field named.
    api::WebhookCreateParams remote;
    remote.fields.url = u"http://hooks.example.com/in"_s;
    remote.fields.events = QStringList {u"*"_s};
    hooks.create(remote);
    ASSERT_TRUE(waitUntil([&] { return !refusedField.isEmpty() && !hooks.isBusy(); }));
    EXPECT_EQ(refusedField, u"url"_s);
    // No events: refused before it is sent, by the server's own parser.
    refusedField.clear();
    api::WebhookCreateParams none;
    none.fields.url = receiver->url();
    none.fields.events = QStringList();
    hooks.create(none);
    EXPECT_EQ(refusedField, u"events"_s);

    api::WebhookCreateParams params;
    params.fields.url = receiver->url();
    params.fields.events = QStringList {u"ticket.created"_s};
    hooks.create(params);
    ASSERT_TRUE(waitUntil([&] { return created && loaded >= 1 && !hooks.isBusy(); }));
    EXPECT_EQ(created->secret.size(), 64);
    ASSERT_EQ(hooks.hooks().size(), 1);
    const qint64 id = hooks.hooks().constFirst().id;
    EXPECT_EQ(hooks.hooks().constFirst().events, QStringList {u"ticket.created"_s});

    hooks.sendTest(id);
    ASSERT_TRUE(waitUntil([&] { return queued.size() == 1; }));
    EXPECT_EQ(queued[0].event, u"ping"_s);
    ASSERT_TRUE(receiver->waitForRequests(1));
    EXPECT_EQ(receiver->requests()[0].event(), u"ping"_s);
    EXPECT_EQ(receiver->requests()[0].deliveryId(), queued[0].deliveryId);
    ASSERT_TRUE(waitUntil(
        [&] {
            hooks.loadDeliveries(id);
            return waitUntil([&] { return !hooks.isBusy(); }) && hooks.deliveries()->rowCount() == 1
                && hooks.deliveries()->deliveries()[0].state == u"delivered"_s;
        },
        10000));
    EXPECT_EQ(hooks.deliveries()->deliveries()[0].httpStatus, 200);

    hooks.redeliver(hooks.deliveries()->deliveries()[0].id);
    ASSERT_TRUE(waitUntil([&] { return queued.size() == 2; }));
    ASSERT_TRUE(receiver->waitForRequests(2));
    EXPECT_NE(receiver->requests()[1].deliveryId(), receiver->requests()[0].deliveryId());
    ASSERT_TRUE(waitUntil([&] { return hooks.deliveries()->rowCount() == 2; }));

    api::WebhookUpdateParams off;
    off.id = id;
    off.fields.active = false;
    hooks.update(off);
    ASSERT_TRUE(waitUntil([&] { return !hooks.isBusy() && !hooks.hooks().value(0).active; }));

    hooks.remove(id);
    ASSERT_TRUE(waitUntil([&] { return !hooks.isBusy() && hooks.hooks().isEmpty(); }));
    EXPECT_EQ(hooks.deliveries()->rowCount(), 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, WebhookAdminTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
