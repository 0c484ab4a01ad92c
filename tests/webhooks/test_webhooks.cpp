// Webhooks end to end (issue 23): the real server (in process, over its socket; or the real
// binary where a kill matters) queues deliveries in the transaction of the change and POSTs them
// to a real HTTP receiver on loopback (support/webhook_receiver.py), which records every request
// before it answers. The tests check what a receiver relies on: the signature, the delivery id
// that stays the same across attempts, retries with backoff, a hook turned off after repeated
// failures, nothing for a change that did not commit, and everything for one that did.
#include "api/webhookapi.h"
#include "harnessfixture.h"
#include "testserver.h"
#include "webhookreceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QSet>

#include <algorithm>
#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

constexpr auto Secret = "a-shared-secret-of-some-length"_L1;

QJsonObject bodyOf(const ReceivedHook& hook)
{
    return QJsonDocument::fromJson(hook.body).object();
}

// What a receiver does to trust a delivery: HMAC-SHA256 of the raw body with the shared secret.
bool signedWith(const ReceivedHook& hook, const QByteArray& secret)
{
    const QByteArray expected = "sha256="
        + QMessageAuthenticationCode::hash(hook.body, secret, QCryptographicHash::Sha256).toHex();
    return hook.headers.value(u"x-frontline-signature"_s).toLatin1() == expected;
}

QList<ReceivedHook> ofEvent(const QList<ReceivedHook>& all, const QString& event)
{
    QList<ReceivedHook> found;
    for (const ReceivedHook& hook : all) {
        if (hook.event() == event)
            found << hook;
    }
    return found;
}

api::WebhookCreated createHook(TestClient& admin, const QString& url, const QStringList& events,
                               const QString& secret = QString(Secret))
{
    QJsonObject params {{"url"_L1, url}, {"events"_L1, QJsonArray::fromStringList(events)}};
    if (!secret.isEmpty())
        params.insert("secret"_L1, secret);
    const Reply reply = admin.call(u"webhook.create"_s, params);
    EXPECT_TRUE(reply.ok()) << reply.describe();
    return api::WebhookCreated::fromJson(reply.result);
}

api::WebhookDeliveryList deliveries(TestClient& admin, qint64 hook)
{
    const Reply reply =
        admin.call(u"webhook.deliveries"_s, QJsonObject {{"id"_L1, hook}, {"limit"_L1, 200}});
    EXPECT_TRUE(reply.ok()) << reply.describe();
    return api::WebhookDeliveryList::fromJson(reply.result);
}

class WebhookTest : public HarnessFixture
{
protected:
    void SetUp() override
    {
        HarnessFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        QString why;
        receiver = WebhookReceiver::start(&why);
        ASSERT_TRUE(receiver) << why.toStdString();
        createUser(u"ann"_s, u"requester"_s);
        ann = connectAs(u"ann"_s);
        ASSERT_TRUE(ann);
    }

    QJsonObject newTicket(const QString& title)
    {
        return createTicket(*ann, QJsonObject {{"title"_L1, title}, {"description"_L1, u"x"_s}});
    }

    std::unique_ptr<WebhookReceiver> receiver;
    std::unique_ptr<TestClient> ann;
};

TEST_P(WebhookTest, ATicketChangeDeliversASignedBodyWithAStableDeliveryId)
{
    const api::WebhookCreated hook =
        createHook(admin(), receiver->url(), {u"ticket.created"_s, u"ticket.commented"_s});
    EXPECT_EQ(hook.secret, QString(Secret)); // answered this once
    const QJsonObject ticket = newTicket(u"Printer on fire"_s);
    ASSERT_TRUE(receiver->waitForRequests(1));

    const ReceivedHook got = receiver->requests().constFirst();
    EXPECT_EQ(got.headers.value(u"content-type"_s), u"application/json"_s);
    EXPECT_EQ(got.event(), u"ticket.created"_s);
    EXPECT_TRUE(signedWith(got, QByteArray(Secret.data(), Secret.size())));
    EXPECT_FALSE(signedWith(got, "another secret"));
    const QJsonObject body = bodyOf(got);
    EXPECT_EQ(body.value("id"_L1).toString(), got.deliveryId());
    EXPECT_FALSE(got.deliveryId().isEmpty());
    EXPECT_EQ(body.value("event"_L1).toString(), u"ticket.created"_s);
    EXPECT_FALSE(body.value("created_at"_L1).toString().isEmpty());
    // The data is what a subscribed client is pushed: {"ticket": Ticket}.
    const QJsonObject pushed = body.value("data"_L1).toObject().value("ticket"_L1).toObject();
    EXPECT_EQ(pushed.value("id"_L1), ticket.value("id"_L1));
    EXPECT_EQ(pushed.value("title"_L1).toString(), u"Printer on fire"_s);

    // The log: delivered on the first attempt with the receiver's status.
    const api::WebhookDeliveryList log = deliveries(admin(), hook.webhook.id);
    ASSERT_EQ(log.items.size(), 1);
    EXPECT_EQ(log.items[0].deliveryId, got.deliveryId());
    EXPECT_TRUE(waitUntil([&] {
        return deliveries(admin(), hook.webhook.id).items.value(0).state == u"delivered"_s;
    }));
    const api::WebhookDelivery done = deliveries(admin(), hook.webhook.id).items.value(0);
    EXPECT_EQ(done.attempts, 1);
    EXPECT_EQ(done.httpStatus, 200);

    // An event the hook did not ask for is not sent; one it asked for is.
    const Reply changed = admin().call(u"ticket.update"_s,
                                       QJsonObject {{"id"_L1, ticket.value("id"_L1)},
                                                    {"version"_L1, ticket.value("version"_L1)},
                                                    {"title"_L1, u"Printer still on fire"_s}});
    ASSERT_TRUE(changed.ok()) << changed.describe();
    ASSERT_TRUE(ann->call(u"ticket.comment"_s,
                          QJsonObject {{"id"_L1, ticket.value("id"_L1)}, {"body"_L1, u"hi"_s}})
                    .ok());
    ASSERT_TRUE(receiver->waitForRequests(2));
    EXPECT_TRUE(ofEvent(receiver->requests(), u"ticket.changed"_s).isEmpty());
    EXPECT_EQ(ofEvent(receiver->requests(), u"ticket.commented"_s).size(), 1);

    // The secret never comes back; a hook made without one gets a generated one, shown once.
    const Reply list = admin().call(u"webhook.list"_s);
    ASSERT_TRUE(list.ok()) << list.describe();
    EXPECT_FALSE(list.items().at(0).toObject().contains("secret"_L1));
    const api::WebhookCreated generated =
        createHook(admin(), receiver->url(u"/b"_s), {u"*"_s}, QString());
    EXPECT_EQ(generated.secret.size(), 64);
}

TEST_P(WebhookTest, AnErrorAnswerIsRetriedWithBackoffUnderTheSameDeliveryId)
{
    receiver->setStatus(u"500"_s);
    const api::WebhookCreated hook = createHook(admin(), receiver->url(), {u"*"_s});
    newTicket(u"Retry me"_s);
    ASSERT_TRUE(receiver->waitForRequests(1));
    ASSERT_TRUE(waitUntil([&] {
        const auto log = deliveries(admin(), hook.webhook.id);
        return !log.items.isEmpty() && log.items[0].state == u"queued"_s
            && log.items[0].attempts == 1;
    }));
    const api::WebhookDelivery waiting = deliveries(admin(), hook.webhook.id).items.value(0);
    EXPECT_EQ(waiting.httpStatus, 500);
    EXPECT_TRUE(waiting.lastError.contains(u"500"_s)) << waiting.lastError.toStdString();
    EXPECT_FALSE(waiting.nextAttemptAt.isEmpty());

    // Not before its backoff (10 s, with jitter at least 8 s)...
    clock().advance(5000);
    EXPECT_FALSE(receiver->waitForRequests(2, 1500));
    // ...and after it, once the receiver is back.
    receiver->setStatus(u"200"_s);
    clock().advance(8000);
    ASSERT_TRUE(receiver->waitForRequests(2));
    const QList<ReceivedHook> got = receiver->requests();
    EXPECT_EQ(got[0].deliveryId(), got[1].deliveryId());
    EXPECT_EQ(got[0].body, got[1].body); // byte for byte: the same signature verifies both
    EXPECT_TRUE(waitUntil([&] {
        const auto log = deliveries(admin(), hook.webhook.id);
        return log.items.value(0).state == u"delivered"_s && log.items.value(0).attempts == 2;
    }));
}

TEST_P(WebhookTest, RepeatedFailuresTurnTheHookOffWithANoticeToAdmins)
{
    receiver->setStatus(u"503"_s);
    const api::WebhookCreated hook = createHook(admin(), receiver->url(), {u"*"_s});
    const Reply ping = admin().call(u"webhook.test"_s, QJsonObject {{"id"_L1, hook.webhook.id}});
    ASSERT_TRUE(ping.ok()) << ping.describe();
    EXPECT_EQ(ping.object().value("event"_L1).toString(), u"ping"_s);
    constexpr int DisableAfter = 10;
    for (int attempt = 1; attempt <= DisableAfter; ++attempt) {
        ASSERT_TRUE(receiver->waitForRequests(attempt)) << "attempt " << attempt;
        ASSERT_TRUE(waitUntil([&] {
            return deliveries(admin(), hook.webhook.id).items.value(0).attempts == attempt
                && deliveries(admin(), hook.webhook.id).items.value(0).state != u"sending"_s;
        }));
        clock().advance(2 * 3600 * 1000); // past any backoff
    }
    api::WebhookInfo info;
    ASSERT_TRUE(waitUntil([&] {
        info = api::WebhookList::fromJson(admin().call(u"webhook.list"_s).result).items.value(0);
        return !info.active;
    }));
    EXPECT_EQ(info.failures, DisableAfter);
    EXPECT_FALSE(info.disabledReason.isEmpty());
    // Off means off: no more attempts, however late it gets.
    clock().advance(2 * 3600 * 1000);
    EXPECT_FALSE(receiver->waitForRequests(DisableAfter + 1, 2000));
    // On record, and every admin hears of it.
    const Reply audit = admin().call(u"audit.list"_s, QJsonObject {});
    ASSERT_TRUE(audit.ok()) << audit.describe();
    bool audited = false;
    for (const QJsonValue& entry : audit.items())
        audited = audited || entry.toObject().value("action"_L1) == u"webhook.disabled"_s;
    EXPECT_TRUE(audited);
    const Reply notices = admin().call(u"notification.list"_s, QJsonObject {});
    ASSERT_TRUE(notices.ok()) << notices.describe();
    bool noticed = false;
    for (const QJsonValue& n : notices.object().value("notifications"_L1).toArray())
        noticed = noticed || n.toObject().value("kind"_L1) == u"webhook_disabled"_s;
    EXPECT_TRUE(noticed);

    // Turned on again with the receiver back: the waiting delivery goes out.
    receiver->setStatus(u"200"_s);
    const Reply on = admin().call(u"webhook.update"_s,
                                  QJsonObject {{"id"_L1, hook.webhook.id}, {"active"_L1, true}});
    ASSERT_TRUE(on.ok()) << on.describe();
    EXPECT_EQ(on.object().value("failures"_L1).toInt(), 0);
    clock().advance(2 * 3600 * 1000);
    ASSERT_TRUE(receiver->waitForRequests(DisableAfter + 1));
}

TEST_P(WebhookTest, AChangeThatDoesNotCommitDeliversNothing)
{
    const api::WebhookCreated hook = createHook(admin(), receiver->url(), {u"*"_s});
    const QJsonObject ticket = newTicket(u"Stays as it is"_s);
    ASSERT_TRUE(receiver->waitForRequests(1));
    // Refused in the writer's transaction: a stale version, a transition that does not exist.
    const Reply stale = admin().call(
        u"ticket.update"_s,
        QJsonObject {{"id"_L1, ticket.value("id"_L1)}, {"version"_L1, 99}, {"title"_L1, u"New"_s}});
    EXPECT_FALSE(stale.ok());
    const Reply invalid = admin().call(
        u"ticket.transition"_s,
        QJsonObject {{"id"_L1, ticket.value("id"_L1)}, {"status"_L1, u"no_such_status"_s}});
    EXPECT_FALSE(invalid.ok());
    // A ping queued after them arrives: anything queued before it would have been sent by then.
    ASSERT_TRUE(admin().call(u"webhook.test"_s, QJsonObject {{"id"_L1, hook.webhook.id}}).ok());
    ASSERT_TRUE(receiver->waitForRequests(2));
    QStringList events;
    for (const ReceivedHook& got : receiver->requests())
        events << got.event();
    EXPECT_EQ(events, (QStringList {u"ticket.created"_s, u"ping"_s}));
    EXPECT_EQ(deliveries(admin(), hook.webhook.id).items.size(), 2);
}

TEST_P(WebhookTest, OnlyAdminsConfigureHooksAndPlainHttpOnlyToLoopback)
{
    const Reply byRequester =
        ann->call(u"webhook.create"_s,
                  QJsonObject {{"url"_L1, receiver->url()}, {"events"_L1, QJsonArray {u"*"_s}}});
    EXPECT_FALSE(byRequester.ok());
    const Reply remote = admin().call(u"webhook.create"_s,
                                      QJsonObject {{"url"_L1, u"http://hooks.example.com/in"_s},
                                                   {"events"_L1, QJsonArray {u"*"_s}}});
    EXPECT_EQ(remote.code(), -32602);
    EXPECT_EQ(remote.field(), u"url"_s);
    const Reply unknownEvent = admin().call(
        u"webhook.create"_s,
        QJsonObject {{"url"_L1, receiver->url()}, {"events"_L1, QJsonArray {u"ticket.eaten"_s}}});
    EXPECT_EQ(unknownEvent.field(), u"events"_s);
    EXPECT_TRUE(admin()
                    .call(u"webhook.create"_s,
                          QJsonObject {{"url"_L1, u"https://hooks.example.com/in"_s},
                                       {"events"_L1, QJsonArray {u"ticket.changed"_s}}})
                    .ok());
    // An admin may allow plain http elsewhere (a trusted network).
    ASSERT_TRUE(admin()
                    .call(u"config.set"_s,
                          QJsonObject {{"key"_L1, u"security"_s},
                                       {"value"_L1, QJsonObject {{"webhook_plain_http"_L1, true}}}})
                    .ok());
    EXPECT_TRUE(admin()
                    .call(u"webhook.create"_s,
                          QJsonObject {{"url"_L1, u"http://hooks.example.com/in"_s},
                                       {"events"_L1, QJsonArray {u"*"_s}}})
                    .ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, WebhookTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

// The real binary, killed with SIGKILL: what committed is delivered after the restart, and a
// receiver that keeps delivery ids sees each event once.
class WebhookKillTest : public ::testing::TestWithParam<TestBackend>
{ };

TEST_P(WebhookKillTest, AKilledServerDeliversEverythingCommittedOncePerDeliveryId)
{
    TestDatabase database(GetParam());
    FRONTLINE_REQUIRE_DATABASE(database);
    QString why;
    auto receiver = WebhookReceiver::start(&why);
    ASSERT_TRUE(receiver) << why.toStdString();
    receiver->setStatus(u"hang"_s); // the first POST is in flight when the server dies

    constexpr int Tickets = 20;
    QSet<qint64> ticketIds;
    TestServer server(database);
    server.setArguments({u"--webhook-timeout"_s, u"2"_s});
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    {
        TestClient admin(server.port());
        ASSERT_TRUE(admin.open());
        ASSERT_TRUE(admin.login(u"admin"_s, QString::fromLatin1(TestServer::AdminPassword)).ok());
        createHook(admin, receiver->url(), {u"ticket.created"_s});
        createUser(admin, u"ann"_s, u"requester"_s);
        auto ann = connectAs(server.port(), u"ann"_s);
        for (int i = 0; i < Tickets; ++i) {
            const QJsonObject ticket = createTicket(
                *ann,
                QJsonObject {{"title"_L1, u"Ticket %1"_s.arg(i)}, {"description"_L1, u"x"_s}});
            ticketIds.insert(ticket.value("id"_L1).toInteger());
        }
        ASSERT_TRUE(receiver->waitForRequests(1)); // some are being sent, none answered
        server.kill();
    }
    QSet<QString> inFlight; // POSTed, never answered
    for (const ReceivedHook& got : receiver->requests())
        inFlight.insert(got.deliveryId());
    receiver->setStatus(u"200"_s);
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    TestClient admin(server.port());
    ASSERT_TRUE(admin.open());
    ASSERT_TRUE(admin.login(u"admin"_s, QString::fromLatin1(TestServer::AdminPassword)).ok());

    // Every ticket acknowledged before the kill arrives, each under one delivery id.
    QHash<qint64, QSet<QString>> idsByTicket;
    const auto collect = [&] {
        idsByTicket.clear();
        for (const ReceivedHook& got : receiver->requests()) {
            const qint64 ticket = bodyOf(got)
                                      .value("data"_L1)
                                      .toObject()
                                      .value("ticket"_L1)
                                      .toObject()
                                      .value("id"_L1)
                                      .toInteger();
            idsByTicket[ticket].insert(got.deliveryId());
        }
        return idsByTicket.size() == Tickets;
    };
    EXPECT_TRUE(waitUntil(collect, 30000)) << idsByTicket.size() << " of " << Tickets;
    for (const qint64 id : std::as_const(ticketIds)) {
        EXPECT_EQ(idsByTicket.value(id).size(), 1) << "ticket " << id;
    }
    // Each delivered, on record; what was in flight at the kill was sent again once the timeout
    // passed, under the same id: at least once, with an id.
    const auto allDelivered = [&] {
        const api::WebhookDeliveryList log = deliveries(admin, 1);
        return log.items.size() == Tickets
            && std::all_of(log.items.cbegin(), log.items.cend(),
                           [](const api::WebhookDelivery& d) { return d.state == u"delivered"_s; });
    };
    EXPECT_TRUE(waitUntil(allDelivered, 30000));
    QHash<QString, int> times;
    for (const ReceivedHook& got : receiver->requests())
        ++times[got.deliveryId()];
    for (const QString& id : std::as_const(inFlight))
        EXPECT_GE(times.value(id), 2) << id.toStdString() << " was in flight and not sent again";
    server.stop();
}

INSTANTIATE_TEST_SUITE_P(Backends, WebhookKillTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

} // namespace
