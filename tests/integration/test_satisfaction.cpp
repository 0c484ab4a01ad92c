// The satisfaction survey over a real socket, on both backends: only the requester rates, only
// a resolved ticket, 1 to 5 with a comment; a new answer replaces the old one and both are in
// the ticket's history.
#include "serverfixture.h"

#include <QJsonArray>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class SatisfactionTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"rita"_s, u"requester"_s);
        m_alex = createUser(u"alex"_s, u"agent"_s);
        rita = connectAs(u"rita"_s);
        alex = connectAs(u"alex"_s);
    }

    Reply rate(TestClient& who, qint64 id, int score, const QString& comment = {})
    {
        return who.call(u"ticket.rate"_s,
                        QJsonObject {{"id"_L1, id}, {"score"_L1, score}, {"comment"_L1, comment}});
    }

    std::unique_ptr<TestClient> rita, alex;
    qint64 m_alex = 0;
};

} // namespace

TEST_P(SatisfactionTest, TheRequesterRatesAResolvedTicketOnce)
{
    const QJsonObject created = createTicket(
        *rita, QJsonObject {{"title"_L1, u"Dock not charging"_s}, {"description"_L1, u"d"_s}});
    const qint64 id = created.value("id"_L1).toInteger();
    EXPECT_EQ(rate(*rita, id, 5).reason(), u"not_resolved"_s) << "nothing to rate yet";

    ASSERT_TRUE(alex->call(u"ticket.update"_s,
                           QJsonObject {{"id"_L1, id},
                                        {"version"_L1, created.value("version"_L1)},
                                        {"assignee"_L1, m_alex}})
                    .ok());
    ASSERT_TRUE(alex->call(u"ticket.transition"_s,
                           QJsonObject {{"id"_L1, id}, {"status"_L1, u"in_progress"_s}})
                    .ok());
    const Reply resolved = alex->call(
        u"ticket.transition"_s,
        QJsonObject {{"id"_L1, id}, {"status"_L1, u"resolved"_s}, {"note"_L1, u"New dock."_s}});
    ASSERT_TRUE(resolved.ok()) << resolved.describe();

    EXPECT_EQ(rate(*rita, id, 0).field(), u"score"_s);
    EXPECT_EQ(rate(*rita, id, 6).field(), u"score"_s);
    EXPECT_EQ(rate(*alex, id, 5).code(), static_cast<int>(rpc::ErrorCode::Forbidden))
        << "the agent does not rate their own work";
    const Reply first = rate(*rita, id, 2, u"Took three days."_s);
    ASSERT_TRUE(first.ok()) << first.describe();
    EXPECT_EQ(first.object().value("score"_L1).toInt(), 2);
    EXPECT_EQ(first.object().value("comment"_L1).toString(), u"Took three days."_s);
    const Reply changed = rate(*rita, id, 4, u"Works well now."_s);
    ASSERT_TRUE(changed.ok()) << changed.describe();
    EXPECT_EQ(changed.object().value("score"_L1).toInt(), 4);

    // Both answers are in the ticket's history, as changes of its rating.
    const QJsonArray history = alex->call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}}).items();
    QList<int> scores;
    for (const QJsonValue& entry : history) {
        if (entry.toObject().value("field"_L1) == u"rating"_s)
            scores.append(entry.toObject().value("new"_L1).toInt());
    }
    EXPECT_EQ(scores.size(), 2);
    EXPECT_TRUE(scores.contains(2) && scores.contains(4));

    // The agent reads the requester's words with the ticket; so does the requester.
    for (TestClient* who : {alex.get(), rita.get()}) {
        const QJsonObject ticket = who->call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}}).object();
        const QJsonObject rating = ticket.value("rating"_L1).toObject();
        EXPECT_EQ(rating.value("score"_L1).toInt(), 4);
        EXPECT_EQ(rating.value("comment"_L1).toString(), u"Works well now."_s);
        EXPECT_TRUE(rating.value("rated_at"_L1).isString());
    }
    const QJsonObject unrated =
        createTicket(*rita, QJsonObject {{"title"_L1, u"Mouse"_s}, {"description"_L1, u"d"_s}});
    EXPECT_FALSE(alex->call(u"ticket.get"_s, QJsonObject {{"id"_L1, unrated.value("id"_L1)}})
                     .object()
                     .contains("rating"_L1));
}

TEST_P(SatisfactionTest, TheRatingIsPushedWithItsCommentToTheAgentWatching)
{
    const QJsonObject created =
        createTicket(*rita, QJsonObject {{"title"_L1, u"Webcam"_s}, {"description"_L1, u"d"_s}});
    const qint64 id = created.value("id"_L1).toInteger();
    ASSERT_TRUE(alex->call(u"ticket.update"_s,
                           QJsonObject {{"id"_L1, id},
                                        {"version"_L1, created.value("version"_L1)},
                                        {"assignee"_L1, m_alex}})
                    .ok());
    ASSERT_TRUE(alex->call(u"ticket.transition"_s,
                           QJsonObject {{"id"_L1, id}, {"status"_L1, u"in_progress"_s}})
                    .ok());
    ASSERT_TRUE(alex->call(u"ticket.transition"_s,
                           QJsonObject {{"id"_L1, id},
                                        {"status"_L1, u"resolved"_s},
                                        {"note"_L1, u"Driver updated."_s}})
                    .ok());
    ASSERT_TRUE(
        alex->call(u"events.subscribe"_s, QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s}}})
            .ok());
    ASSERT_TRUE(rate(*rita, id, 5, u"Quick and kind."_s).ok());
    test::Notification pushed;
    ASSERT_TRUE(alex->waitForNotification(u"ticket.changed"_s, 5000, &pushed));
    const QJsonObject rating =
        pushed.params.value("ticket"_L1).toObject().value("rating"_L1).toObject();
    EXPECT_EQ(rating.value("score"_L1).toInt(), 5);
    EXPECT_EQ(rating.value("comment"_L1).toString(), u"Quick and kind."_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, SatisfactionTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
