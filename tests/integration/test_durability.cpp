// Acknowledged means durable: SIGKILL the server in the middle of concurrent writes, restart
// it, and find every ticket whose creation was acknowledged, whole (row and event log).
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class DurabilityTest : public ServerFixture
{ };

// Keeps `depth` ticket.create calls in flight on one connection until stopped.
class Writer
{
public:
    Writer(quint16 port, const QString& token, int index, QHash<QString, qint64>& acknowledged)
        : m_index(index)
        , m_acknowledged(acknowledged)
    {
        m_client.setEndpoint({u"127.0.0.1"_s, port, false});
        m_client.setAutoReconnect(false);
        m_client.open();
        m_client.call(u"auth.resume"_s, QJsonObject {{"token"_L1, token}}, &m_client,
                      [this](const rpc::RpcReply& reply) {
                          m_ready = !reply.isError();
                          for (int i = 0; m_ready && i < 4; ++i)
                              sendOne();
                      });
    }
    void stop() { m_stopped = true; }
    int sent() const { return m_sent; }

private:
    void sendOne()
    {
        if (m_stopped || !m_client.isConnected())
            return;
        const QString title = u"crash-test %1-%2"_s.arg(m_index).arg(m_sent++);
        m_client.call(u"ticket.create"_s,
                      QJsonObject {{"title"_L1, title}, {"description"_L1, u"durable?"_s}},
                      &m_client, [this, title](const rpc::RpcReply& reply) {
                          if (reply.isError())
                              return; // not acknowledged: no promise was made
                          m_acknowledged.insert(
                              title, reply.result().toObject().value("id"_L1).toInteger());
                          sendOne();
                      });
    }

    rpc::RpcClient m_client;
    int m_index;
    QHash<QString, qint64>& m_acknowledged;
    bool m_ready = false;
    bool m_stopped = false;
    int m_sent = 0;
};

} // namespace

TEST_P(DurabilityTest, EveryAcknowledgedTicketSurvivesSigkill)
{
    createUser(u"writer"_s, u"requester"_s);
    auto session = connectAs(u"writer"_s);
    const QString token = session->login(u"writer"_s, QString::fromLatin1(Password))
                              .object()
                              .value("token"_L1)
                              .toString();
    ASSERT_FALSE(token.isEmpty());

    QHash<QString, qint64> acknowledged;
    std::vector<std::unique_ptr<Writer>> writers;
    for (int i = 0; i < 8; ++i)
        writers.push_back(std::make_unique<Writer>(server().port(), token, i, acknowledged));
    // Let them write for a while, then kill the server without warning, mid-flight.
    processEventsFor(1500 + QRandomGenerator::global()->bounded(500));
    const qsizetype before = acknowledged.size();
    server().kill();
    processEventsFor(200); // answers already on the wire still count as acknowledged
    for (auto& writer : writers)
        writer->stop();
    int sent = 0;
    for (const auto& writer : writers)
        sent += writer->sent();
    ASSERT_GT(before, 50) << "the load ran";
    EXPECT_LT(acknowledged.size(), sent) << "the kill happened with writes in flight";

    ASSERT_TRUE(server().start()) << server().error().toStdString();
    TestClient reader(server().port());
    ASSERT_TRUE(reader.login(u"writer"_s, QString::fromLatin1(Password)).ok());
    int checked = 0;
    for (auto it = acknowledged.constBegin(); it != acknowledged.constEnd(); ++it) {
        const Reply ticket = reader.call(u"ticket.get"_s, QJsonObject {{"id"_L1, it.value()}});
        ASSERT_TRUE(ticket.ok()) << "acknowledged ticket " << it.value()
                                 << " was lost: " << ticket.describe();
        EXPECT_EQ(ticket.object().value("title"_L1).toString(), it.key());
        if (++checked % 25 == 0) {
            const Reply history =
                reader.call(u"ticket.history"_s, QJsonObject {{"id"_L1, it.value()}});
            ASSERT_FALSE(history.items().isEmpty());
            EXPECT_EQ(history.items().at(0).toObject().value("kind"_L1).toString(), u"created"_s)
                << "the event log entry committed with its ticket";
        }
    }
    // Whatever the list holds is whole: no ticket without its creation event.
    const Reply all =
        reader.call(u"ticket.list"_s, QJsonObject {{"limit"_L1, 200}, {"sort"_L1, u"-created"_s}});
    ASSERT_TRUE(all.ok());
    for (const QJsonValue& item : all.items()) {
        const Reply history = reader.call(u"ticket.history"_s,
                                          QJsonObject {{"id"_L1, item.toObject().value("id"_L1)}});
        ASSERT_FALSE(history.items().isEmpty());
    }
    EXPECT_TRUE(
        reader
            .call(u"ticket.create"_s,
                  QJsonObject {{"title"_L1, u"after restart"_s}, {"description"_L1, u"ok"_s}})
            .ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, DurabilityTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
