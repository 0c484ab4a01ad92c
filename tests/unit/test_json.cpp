// The hot-path JSON: the writer's output must be exactly what the DOM would say, and the
// hand-rolled ISO formatter must agree with QDateTime everywhere.
#include "core/timeutil.h"
#include "domain/ticket.h"
#include "domain/ticketevent.h"
#include "json/jsonwriter.h"
#include "printers.h"
#include "rpc/jsonrpc.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace frontline;
using namespace Qt::StringLiterals;

TEST(TimeFormat, AgreesWithQDateTime)
{
    const qint64 samples[] = {0,
                              1,
                              -1,
                              951782400000 /* 2000-02-29 */,
                              1700000000123,
                              4102444799999,
                              -62135596800000 /* 0001-01-01 */,
                              253402300799999 /* 9999-12-31 */};
    for (qint64 ms : samples)
        EXPECT_EQ(timeutil::toIso(ms),
                  QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs))
            << ms;
    QRandomGenerator random(7);
    for (int i = 0; i < 20000; ++i) {
        const qint64 ms =
            static_cast<qint64>(random.bounded(8000.0) * 365.25 * 86400000.0) - 62135596800000LL;
        ASSERT_EQ(timeutil::toIso(ms),
                  QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs))
            << ms;
    }
    EXPECT_EQ(timeutil::fromIso(timeutil::toIso(1700000000123)), 1700000000123);
}

TEST(JsonWriter, EscapesTextLikeTheStandardDemands)
{
    json::JsonWriter writer;
    writer.startObject();
    writer.field(
        "text"_L1,
        u"quote \" backslash \\ newline \n tab \t bell \u0007 ünïcödé 🙂 <script>"_s);
    writer.endObject();
    const QByteArray bytes = writer.take();
    EXPECT_FALSE(bytes.contains('\n'));
    const QJsonObject parsed = QJsonDocument::fromJson(bytes).object();
    EXPECT_EQ(parsed.value("text"_L1).toString(),
              u"quote \" backslash \\ newline \n tab \t bell \u0007 ünïcödé 🙂 <script>"_s);
}

TEST(JsonWriter, TicketsRoundTripThroughTheirOneMapping)
{
    Ticket ticket;
    ticket.id = 42;
    ticket.type = TicketType::Change;
    ticket.title = u"Patch \"db01\""_s;
    ticket.description = u"Line 1\nLine 2"_s;
    ticket.status = u"approved"_s;
    ticket.impact = Level::High;
    ticket.urgency = Level::Low;
    ticket.priority = 3;
    ticket.category = u"Server"_s;
    ticket.requester = {7, u"rita"_s, u"Rita R."_s};
    ticket.group = GroupRef {3, u"Infrastructure"_s, 3};
    ticket.createdAt = 1700000000000;
    ticket.updatedAt = 1700000360000;
    ticket.version = 5;
    ticket.sla.responseDue = 1700000900000;
    ticket.sla.state = u"on_track"_s;
    const QJsonObject object = ticket.toJson();
    EXPECT_TRUE(object.value("assignee"_L1).isNull());
    EXPECT_TRUE(object.value("sla"_L1).toObject().value("resolve_due"_L1).isNull());
    const Ticket back = Ticket::fromJson(object);
    EXPECT_EQ(back.title, ticket.title);
    EXPECT_EQ(back.description, ticket.description);
    EXPECT_EQ(back.type, TicketType::Change);
    EXPECT_EQ(back.group, ticket.group);
    EXPECT_FALSE(back.assignee.has_value());
    EXPECT_EQ(back.sla.responseDue, ticket.sla.responseDue);
    EXPECT_EQ(back.version, 5);
}

TEST(JsonRpcEncoding, PreEncodedResultsAreSplicedIntoValidAnswers)
{
    const QByteArray answer =
        rpc::jsonrpc::encodeSuccess(u"req-1"_s, rpc::JsonPayload::encoded(R"({"items":[1,2]})"));
    const QJsonObject parsed = QJsonDocument::fromJson(answer).object();
    EXPECT_EQ(parsed.value("jsonrpc"_L1).toString(), u"2.0"_s);
    EXPECT_EQ(parsed.value("id"_L1).toString(), u"req-1"_s);
    EXPECT_EQ(parsed.value("result"_L1).toObject().value("items"_L1).toArray().size(), 2);
    const QByteArray notification =
        rpc::jsonrpc::encodeNotification(u"ticket.changed"_s, QJsonObject {{"a"_L1, 1}});
    EXPECT_TRUE(rpc::jsonrpc::parse(notification).items.constFirst().isNotification());
    EXPECT_EQ(rpc::JsonPayload::encoded("[1,2]").toValue(), QJsonValue(QJsonArray {1, 2}));
}
