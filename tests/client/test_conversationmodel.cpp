// The conversation of a ticket as the agent's detail view and the tray show it: entries in order,
// one readable line per change, plain-text bodies, live additions without duplicates, and the
// requester's latest satisfaction comment. No server needed.
#include "client/core/conversationmodel.h"
#include "client/core/timetext.h"
#include "client/core/workflowinfo.h"
#include "printers.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::client;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 TicketId = 42;

WorkflowInfo incidentWorkflow()
{
    WorkflowInfo workflow;
    workflow.load(api::WorkflowSnapshot::fromJson(
        QJsonDocument::fromJson(
            R"json({"lifecycles": {"incident": {"initial": "new", "transitions": [], "states": [
        {"name": "new", "label": "New"}, {"name": "assigned", "label": "Assigned"},
        {"name": "pending", "label": "Pending (waiting for requester)"}]}}})json")
            .object()));
    return workflow;
}

UserRef user(qint64 id, const QString& name)
{
    return UserRef {id, name.toLower(), name};
}

TicketEvent created(qint64 id, qint64 at)
{
    TicketEvent event;
    event.id = id;
    event.ticketId = TicketId;
    event.kind = TicketEvent::Kind::Created;
    event.actor = user(7, u"Rita"_s);
    event.at = at;
    return event;
}

TicketEvent change(qint64 id, const QString& field, const QJsonValue& from, const QJsonValue& to)
{
    TicketEvent event;
    event.id = id;
    event.ticketId = TicketId;
    event.kind = TicketEvent::Kind::Change;
    event.actor = user(3, u"Alex"_s);
    event.at = 1000 + id;
    event.field = field;
    event.oldValue = from;
    event.newValue = to;
    return event;
}

Comment comment(qint64 id, const QString& body, bool internal = false, qint64 ticket = TicketId)
{
    Comment c;
    c.id = id;
    c.ticketId = ticket;
    c.author = user(3, u"Alex"_s);
    c.body = body;
    c.internal = internal;
    c.createdAt = 5000 + id;
    return c;
}

TicketEvent commentEvent(qint64 id, const Comment& c)
{
    TicketEvent event;
    event.id = id;
    event.ticketId = c.ticketId;
    event.kind = TicketEvent::Kind::Comment;
    event.actor = c.author;
    event.at = c.createdAt;
    event.internal = c.internal;
    event.comment = c;
    return event;
}

class ConversationModelTest : public ::testing::Test
{
protected:
    WorkflowInfo m_workflow = incidentWorkflow();
    ConversationModel m_model {m_workflow};
    QAbstractItemModelTester m_tester {&m_model,
                                       QAbstractItemModelTester::FailureReportingMode::Fatal};

    QString text(int row, int role = Qt::DisplayRole) const
    {
        return m_model.data(m_model.index(row), role).toString();
    }
};

} // namespace

TEST_F(ConversationModelTest, ShowsTheTimelineInOrderWithOneReadableLinePerEntry)
{
    const Comment note = comment(1, u"Router 3 flaps <b>again</b>"_s, true);
    m_model.setEntries(
        TicketId, TicketType::Incident,
        {created(1, 900), change(2, u"status"_s, u"new"_s, u"assigned"_s), commentEvent(3, note)});
    ASSERT_EQ(m_model.rowCount(), 3);
    EXPECT_EQ(text(0), u"Rita opened the ticket"_s);
    EXPECT_EQ(text(1), u"Status: New → Assigned"_s) << "states by their lifecycle labels";
    EXPECT_EQ(text(1, ConversationModel::SummaryRole), text(1));
    EXPECT_EQ(text(2), u"Router 3 flaps <b>again</b>"_s) << "bodies are plain text, as typed";
    EXPECT_EQ(text(2, ConversationModel::BodyRole), note.body);
    EXPECT_EQ(text(1, ConversationModel::BodyRole), QString()) << "a change has no body";

    EXPECT_EQ(text(0, ConversationModel::KindRole), u"created"_s);
    EXPECT_EQ(text(1, ConversationModel::KindRole), u"change"_s);
    EXPECT_EQ(text(2, ConversationModel::KindRole), u"comment"_s);
    EXPECT_EQ(text(2, ConversationModel::AuthorRole), u"Alex"_s);
    EXPECT_TRUE(m_model.data(m_model.index(2), ConversationModel::InternalRole).toBool());
    EXPECT_FALSE(m_model.data(m_model.index(1), ConversationModel::InternalRole).toBool());
    EXPECT_EQ(m_model.data(m_model.index(0), ConversationModel::TimeRole).toLongLong(), 900);
    EXPECT_EQ(m_model.data(m_model.index(2), ConversationModel::EventIdRole).toLongLong(), 3);
    EXPECT_EQ(m_model.entryAt(1).field, u"status"_s);
    EXPECT_FALSE(m_model.data(m_model.index(0), Qt::DecorationRole).isValid());
    EXPECT_TRUE(m_model.roleNames().contains(ConversationModel::BodyRole));
}

TEST_F(ConversationModelTest, ChangesNameTheirValuesTheWayPeopleReadThem)
{
    const QJsonObject alex {
        {"id"_L1, 3}, {"username"_L1, u"alex"_s}, {"display_name"_L1, u"Alex Agent"_s}};
    const QJsonObject desk {{"id"_L1, 5}, {"name"_L1, u"Service Desk"_s}};
    const QString longTitle = QString(70, u'x');
    m_model.setEntries(
        TicketId, TicketType::Incident,
        {change(1, u"assignee"_s, QJsonValue::Null, alex),
         change(2, u"group"_s, QJsonValue::Null, desk), change(3, u"priority"_s, 3, 1),
         change(4, u"time_spent"_s, 0, 90), change(5, u"merged_into"_s, QJsonValue::Null, 12),
         change(6, u"links"_s, QJsonValue::Null, QJsonObject {{"ticket"_L1, 8}}),
         change(7, u"title"_s, u"Short"_s, longTitle),
         change(8, u"status"_s, u"assigned"_s, u"no_such_state"_s),
         change(9, u"custom_thing"_s, 1, 2), change(10, u"rating"_s, QJsonValue::Null, 4)});
    EXPECT_EQ(text(0), u"Assignee: none → Alex Agent"_s);
    EXPECT_EQ(text(1), u"Group: none → Service Desk"_s);
    EXPECT_EQ(text(2), u"Priority: P3 → P1"_s);
    EXPECT_EQ(text(3), u"Time spent: "_s + TimeText::minutes(0) + u" → "_s + TimeText::minutes(90));
    EXPECT_EQ(text(4), u"Merged into: none → #12"_s);
    EXPECT_EQ(text(5), u"Linked tickets: none → #8"_s);
    EXPECT_EQ(text(6), u"Title: Short → "_s + QString(57, u'x') + u"…"_s)
        << "long values are cut to one line";
    EXPECT_EQ(text(7), u"Status: Assigned → no_such_state"_s) << "an unknown state as named";
    EXPECT_EQ(text(8), u"custom_thing: 1 → 2"_s) << "an unknown field by its wire name";
    EXPECT_EQ(text(9), u"Satisfaction: none → 4 of 5"_s);
}

TEST_F(ConversationModelTest, LiveAdditionsAppendOnceAndOnlyForThisTicket)
{
    const Comment first = comment(11, u"Have you tried turning it off?"_s);
    m_model.setEntries(TicketId, TicketType::Incident, {created(1, 900), commentEvent(2, first)});
    QSignalSpy inserted(&m_model, &QAbstractItemModel::rowsInserted);

    m_model.appendComment(first);
    m_model.appendComment(comment(12, u"On another ticket"_s, false, TicketId + 1));
    EXPECT_EQ(m_model.rowCount(), 2) << "a push of what is shown, or of another ticket, is ignored";
    EXPECT_EQ(inserted.count(), 0);

    m_model.appendComment(comment(13, u"Yes, twice"_s));
    m_model.appendChange(user(3, u"Alex"_s), 7000, u"status"_s, u"assigned"_s, u"pending"_s);
    ASSERT_EQ(m_model.rowCount(), 4);
    EXPECT_EQ(inserted.count(), 2);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 2) << "appended at the end";
    EXPECT_EQ(text(2), u"Yes, twice"_s);
    EXPECT_EQ(m_model.data(m_model.index(2), ConversationModel::TimeRole).toLongLong(), 5013);
    EXPECT_EQ(text(3), u"Status: Assigned → Pending (waiting for requester)"_s);
    EXPECT_EQ(m_model.entryAt(3).ticketId, TicketId);

    m_model.clear();
    EXPECT_EQ(m_model.rowCount(), 0);
    m_model.appendComment(comment(14, u"After closing the view"_s));
    EXPECT_EQ(m_model.rowCount(), 0) << "no ticket shown: pushes are not for this view";
}

TEST_F(ConversationModelTest, TheLatestRatingCarriesTheRequestersComment)
{
    m_model.setEntries(TicketId, TicketType::Incident,
                       {created(1, 900), change(2, u"rating"_s, QJsonValue::Null, 2),
                        change(3, u"status"_s, u"assigned"_s, u"pending"_s),
                        change(4, u"rating"_s, 2, 5)});
    QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
    m_model.setRating(Rating {5, u"Quick and friendly"_s, 4000});
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().row(), 3);
    EXPECT_EQ(changed.at(0).at(2).value<QList<int>>(), QList<int> {ConversationModel::BodyRole});
    EXPECT_EQ(text(3, ConversationModel::BodyRole), u"Quick and friendly"_s);
    EXPECT_EQ(text(1, ConversationModel::BodyRole), QString())
        << "only the latest rating: the comment is kept as last given";

    m_model.clear();
    m_model.setEntries(TicketId, TicketType::Incident,
                       {change(2, u"rating"_s, QJsonValue::Null, 2)});
    EXPECT_EQ(text(0, ConversationModel::BodyRole), QString()) << "clear() forgets the rating";
}

// Staff see which entries came in by e-mail (from whom) and which notification mails an entry
// caused, with their state; a ticket without mail marks shows none.
TEST_F(ConversationModelTest, EntriesThatCameOrWentByMailSaySo)
{
    const Comment reply = comment(2, u"Still broken."_s);
    m_model.setEntries(TicketId, TicketType::Incident, {created(1, 900), commentEvent(2, reply)});
    QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
    m_model.setMails({{1, u"in"_s, u"rita@example.org"_s, {}, {}},
                      {1, u"out"_s, u"rita@example.org"_s, u"received"_s, u"sent"_s},
                      {2, u"in"_s, u"rita@example.org"_s, {}, {}},
                      {2, u"out"_s, u"alex@example.org"_s, u"public_reply"_s, u"failed"_s},
                      {2, u"out"_s, u"sam@example.org"_s, u"public_reply"_s, u"queued"_s}});
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(text(0, ConversationModel::MailFromRole), u"rita@example.org"_s);
    EXPECT_EQ(text(0, ConversationModel::MailsOutRole), u"Mailed to rita@example.org (sent)"_s);
    EXPECT_EQ(text(1, ConversationModel::MailFromRole), u"rita@example.org"_s);
    EXPECT_EQ(text(1, ConversationModel::MailsOutRole),
              u"Mailed to alex@example.org (failed), sam@example.org (queued)"_s);

    m_model.clear();
    m_model.setEntries(TicketId, TicketType::Incident, {created(1, 900)});
    EXPECT_EQ(text(0, ConversationModel::MailFromRole), QString()) << "marks end with their ticket";
    EXPECT_EQ(text(0, ConversationModel::MailsOutRole), QString());
}

// ticket.mailed: a mail's new state replaces the one shown (a mail is its entry, address and
// kind); a comment appended from its push (no event id yet) is found by its comment id.
TEST_F(ConversationModelTest, MailMarksChangeLiveAndFindACommentAppendedFromItsPush)
{
    m_model.setEntries(TicketId, TicketType::Incident, {created(1, 900)});
    m_model.setMails({{1, u"out"_s, u"rita@example.org"_s, u"received"_s, u"queued"_s}});
    const Comment reply = comment(17, u"Try again now."_s);
    m_model.appendComment(reply);
    ASSERT_EQ(m_model.entryAt(1).id, 0);

    QSignalSpy changed(&m_model, &QAbstractItemModel::dataChanged);
    m_model.updateMails(
        {{{1, u"out"_s, u"rita@example.org"_s, u"received"_s, u"failed"_s}, 0},
         {{9, u"out"_s, u"rita@example.org"_s, u"public_reply"_s, u"sent"_s}, reply.id}});
    ASSERT_EQ(changed.count(), 2);
    EXPECT_EQ(changed.at(1).at(0).value<QModelIndex>().row(), 1);
    EXPECT_EQ(text(0, ConversationModel::MailsOutRole), u"Mailed to rita@example.org (failed)"_s)
        << "replaced, not added";
    EXPECT_EQ(text(1, ConversationModel::MailsOutRole), u"Mailed to rita@example.org (sent)"_s);
    EXPECT_EQ(m_model.entryAt(1).id, 9);

    // A reply filed from a mail; a mark of an entry this client does not show changes nothing.
    m_model.updateMails({{{9, u"in"_s, u"rita@example.org"_s, {}, {}}, reply.id},
                         {{99, u"out"_s, u"sam@example.org"_s, u"public_reply"_s, u"sent"_s}, 0}});
    EXPECT_EQ(changed.count(), 3);
    EXPECT_EQ(text(1, ConversationModel::MailFromRole), u"rita@example.org"_s);
}
