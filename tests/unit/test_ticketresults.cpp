// The typed results of the ticket domain (ticket.*, workspace, self-service, events and the
// pushed notifications): each one read back equals what was written, and each one's wire text is
// pinned, so third-party scripts see exactly the keys, values and nulls they always saw.
#include "api/automationapi.h"
#include "api/eventapi.h"
#include "api/ratingapi.h"
#include "api/selfserviceresults.h"
#include "api/ticketresults.h"
#include "api/workspaceapi.h"
#include "json/jsonwriter.h"
#include "services/schedulerwork.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 At = 1767225600000; // 2026-01-01T00:00:00.000Z
constexpr auto AtText = "2026-01-01T00:00:00.000Z";

// The compact wire text of a result, by its one mapping.
template<typename T> QByteArray wire(const T& value)
{
    if constexpr (requires(json::JsonWriter & w) { value.write(w); }) {
        json::JsonWriter writer;
        value.write(writer);
        return writer.take();
    } else {
        return QJsonDocument(value.toJson()).toJson(QJsonDocument::Compact);
    }
}

template<typename T> T readBack(const T& value)
{
    return T::fromJson(QJsonDocument::fromJson(wire(value)).object());
}

UserRef alice()
{
    return {7, u"alice"_s, u"Alice Agent"_s};
}

Ticket sampleTicket()
{
    Ticket t;
    t.id = 42;
    t.type = TicketType::Incident;
    t.title = u"Printer on fire"_s;
    t.description = u"Smoke from tray 2"_s;
    t.status = u"in_progress"_s;
    t.priority = 2;
    t.impact = Level::High;
    t.urgency = Level::Medium;
    t.category = u"Hardware"_s;
    t.requester = {3, u"bob"_s, u"Bob"_s};
    t.assignee = alice();
    t.group = GroupRef {2, u"Service desk"_s, 1};
    t.createdAt = At;
    t.updatedAt = At + 60000;
    t.version = 4;
    t.sla.responseDue = At + 3600000;
    t.sla.resolveDue = At + 8 * 3600000;
    t.sla.state = u"on_track"_s;
    t.tags = {u"fire"_s};
    return t;
}

QByteArray ticketText()
{
    json::JsonWriter writer;
    sampleTicket().write(writer);
    return writer.take();
}

Comment sampleComment()
{
    return {11, 42, alice(), u"On my way"_s, false, At};
}

QByteArray commentText()
{
    json::JsonWriter writer;
    sampleComment().write(writer);
    return writer.take();
}

QByteArray aliceText()
{
    return R"({"id":7,"username":"alice","display_name":"Alice Agent"})";
}

Attachment sampleAttachment()
{
    Attachment a;
    a.id = 5;
    a.ticketId = 42;
    a.name = u"smoke.png"_s;
    a.contentType = u"image/png"_s;
    a.size = 3;
    a.sha256 = u"abc"_s;
    a.uploadedBy = alice();
    a.createdAt = At;
    return a;
}

} // namespace

TEST(TicketResults, PageRoundTripsAndKeepsItsShape)
{
    const api::TicketPage page {{sampleTicket()}, u"c1"_s};
    EXPECT_EQ(readBack(page), page);
    EXPECT_EQ(wire(page), "{\"items\":[" + ticketText() + "],\"next_cursor\":\"c1\"}");
    EXPECT_EQ(wire(api::TicketPage {}), R"({"items":[],"next_cursor":null})");
}

TEST(TicketResults, HistoryRoundTripsAndKeepsItsShape)
{
    TicketEvent change;
    change.id = 1;
    change.ticketId = 42;
    change.kind = TicketEvent::Kind::Change;
    change.actor = alice();
    change.at = At;
    change.field = u"priority"_s;
    change.oldValue = 3;
    change.newValue = 2;
    TicketEvent reply;
    reply.id = 2;
    reply.ticketId = 42;
    reply.kind = TicketEvent::Kind::Comment;
    reply.actor = alice();
    reply.at = At;
    reply.comment = sampleComment();
    const api::TicketHistory history {42, {change, reply}, {}};
    EXPECT_EQ(readBack(history), history);
    EXPECT_EQ(
        wire(api::TicketHistory {42, {change}, {}}),
        QByteArray(R"({"ticket_id":42,"items":[{"id":1,"ticket_id":42,"kind":"change","actor":)")
            + aliceText() + R"(,"at":")" + AtText
            + R"(","internal":false,"field":"priority","old":3,"new":2}]})");
}

// Staff see which entries came in by mail and which notification mails went out; the key is
// absent when there are none, so a history without mail keeps its old shape.
TEST(TicketResults, HistoryMailMarksRoundTripAndKeepTheirShape)
{
    TicketEvent created;
    created.id = 1;
    created.ticketId = 42;
    created.kind = TicketEvent::Kind::Created;
    created.actor = alice();
    created.at = At;
    api::TicketHistory history {42, {created}, {}};
    history.mails = {{1, u"in"_s, u"ann@example.com"_s, {}, {}},
                     {1, u"out"_s, u"ann@example.com"_s, u"received"_s, u"sent"_s}};
    EXPECT_EQ(readBack(history), history);
    EXPECT_EQ(wire(history.mails[0]),
              QByteArray(R"({"event_id":1,"direction":"in","address":"ann@example.com"})"));
    EXPECT_EQ(wire(history.mails[1]),
              QByteArray(R"({"event_id":1,"direction":"out","address":"ann@example.com",)"
                         R"("kind":"received","state":"sent"})"));
    EXPECT_TRUE(wire(history).endsWith(
        R"("mails":[{"event_id":1,"direction":"in","address":"ann@example.com"},)"
        R"({"event_id":1,"direction":"out","address":"ann@example.com","kind":"received",)"
        R"("state":"sent"}]})"));
    history.mails.clear();
    EXPECT_FALSE(wire(history).contains("mails"));
}

TEST(TicketResults, CountLinksAndLinkAnswers)
{
    const api::TicketCount count {500, true};
    EXPECT_EQ(readBack(count), count);
    EXPECT_EQ(wire(count), R"({"capped":true,"count":500})");

    const api::TicketLinks links {42, {{{43, u"Toner"_s, u"closed"_s, false}, u"related"_s, At}}};
    EXPECT_EQ(readBack(links), links);
    EXPECT_EQ(wire(links),
              QByteArray(R"({"ticket_id":42,"items":[{"ticket":{"id":43,"title":"Toner",)"
                         R"("status":"closed","open":false},"kind":"related","created_at":")")
                  + AtText + R"("}]})");

    EXPECT_EQ(readBack(api::TicketLinked {}), api::TicketLinked {});
    EXPECT_EQ(wire(api::TicketLinked {}), R"({"linked":true})");
    EXPECT_EQ(readBack(api::TicketUnlinked {}), api::TicketUnlinked {});
    EXPECT_EQ(wire(api::TicketUnlinked {}), R"({"unlinked":true})");
}

TEST(TicketResults, MergeAndRating)
{
    Ticket into = sampleTicket();
    into.id = 50;
    const api::TicketMerged merged {sampleTicket(), into};
    EXPECT_EQ(readBack(merged), merged);
    json::JsonWriter intoWriter;
    into.write(intoWriter);
    EXPECT_EQ(wire(merged), "{\"ticket\":" + ticketText() + ",\"into\":" + intoWriter.take() + "}");

    const api::RatingResult rating {42, 5, u"Fast"_s, At};
    EXPECT_EQ(readBack(rating), rating);
    EXPECT_EQ(wire(rating),
              QByteArray(R"({"comment":"Fast","rated_at":")") + AtText
                  + R"(","score":5,"ticket":42})");
}

TEST(WorkspaceResults, CannedViewsDeletedAndNotifications)
{
    const api::CannedList canned {{{1, u"Hello"_s, u"Hi {{requester.name}}"_s, At}}};
    EXPECT_EQ(readBack(canned), canned);
    EXPECT_EQ(wire(canned),
              QByteArray(R"({"items":[{"body":"Hi {{requester.name}}","id":1,"title":"Hello",)"
                         R"("updated_at":")")
                  + AtText + R"("}]})");

    const api::SavedViewList views {
        {{2, u"Mine"_s, QJsonObject {{u"assignee"_s, u"me"_s}}, u"priority"_s, At}}};
    EXPECT_EQ(readBack(views), views);
    EXPECT_EQ(wire(views),
              QByteArray(R"({"items":[{"filter":{"assignee":"me"},"id":2,"name":"Mine",)"
                         R"("sort":"priority","updated_at":")")
                  + AtText + R"("}]})");
    const auto params = views.items.constFirst().listParams();
    ASSERT_TRUE(params);
    EXPECT_EQ(params->sort, api::TicketSort::Priority);
    ASSERT_TRUE(params->filter.assignee);
    EXPECT_EQ(params->filter.assignee->kind, api::Selector::Kind::Me);

    EXPECT_EQ(readBack(api::Deleted {}), api::Deleted {});
    EXPECT_EQ(wire(api::Deleted {}), R"({"deleted":true})");

    Notification n;
    n.id = 9;
    n.ticketId = 42;
    n.kind = u"escalation"_s;
    n.message = u"#42 came to your group"_s;
    n.createdAt = At;
    const api::NotificationList list {{n}, 1};
    EXPECT_EQ(readBack(list), list);
    EXPECT_EQ(wire(list),
              QByteArray(R"({"notifications":[{"created_at":")") + AtText
                  + R"(","id":9,"kind":"escalation","message":"#42 came to your group",)"
                    R"("read_at":null,"ticket":42}],"unread":1})");
    const api::NotificationReadResult marked {3, 0};
    EXPECT_EQ(readBack(marked), marked);
    EXPECT_EQ(wire(marked), R"({"marked":3,"unread":0})");
}

TEST(WorkspaceResults, PresenceNamesTheViewersOrNone)
{
    const api::Presence presence {42, {{alice(), true}}};
    EXPECT_EQ(readBack(presence), presence);
    EXPECT_EQ(wire(presence),
              R"({"ticket_id":42,"viewers":[{"typing":true,"user":{"display_name":"Alice Agent",)"
              R"("id":7,"username":"alice"}}]})");
    EXPECT_EQ(readBack(api::Presence {}), api::Presence {});
    EXPECT_EQ(wire(api::Presence {}), R"({"ticket_id":null,"viewers":[]})");
}

TEST(SelfServiceResults, UploadsChunksListsAndAnnouncements)
{
    const api::AttachmentUpload partial {5, 100, 300, false, std::nullopt};
    EXPECT_EQ(readBack(partial), partial);
    EXPECT_EQ(wire(partial), R"({"complete":false,"id":5,"received":100,"size":300})");
    const api::AttachmentUpload done {5, 3, 3, true, sampleAttachment()};
    EXPECT_EQ(readBack(done), done);
    const QByteArray attachmentText = QByteArray(R"({"content_type":"image/png","created_at":")")
        + AtText
        + R"(","id":5,"internal":false,"name":"smoke.png","sha256":"abc","size":3,"ticket":42,)"
          R"("uploaded_by":{"display_name":"Alice Agent","id":7,"username":"alice"}})";
    EXPECT_EQ(wire(done),
              R"({"attachment":)" + attachmentText
                  + R"(,"complete":true,"id":5,"received":3,"size":3})");

    const api::AttachmentChunk chunk {sampleAttachment(), 0, "abc", true};
    EXPECT_EQ(readBack(chunk), chunk);
    EXPECT_EQ(wire(chunk),
              QByteArray(R"({"content_type":"image/png","created_at":")") + AtText
                  + R"(","data":"YWJj","eof":true,"id":5,"internal":false,"name":"smoke.png",)"
                    R"("offset":0,"sha256":"abc","size":3,"ticket":42,"uploaded_by":)"
                    R"({"display_name":"Alice Agent","id":7,"username":"alice"}})");

    const api::AttachmentList files {42, {sampleAttachment()}};
    EXPECT_EQ(readBack(files), files);
    EXPECT_EQ(wire(files), R"({"items":[)" + attachmentText + R"(],"ticket":42})");

    Announcement a;
    a.id = 1;
    a.kind = u"maintenance"_s;
    a.title = u"Mail down tonight"_s;
    a.audience = u"everyone"_s;
    a.startsAt = At;
    a.author = alice();
    a.publishedAt = At;
    const api::AnnouncementList announcements {{a}};
    EXPECT_EQ(readBack(announcements), announcements);
    EXPECT_EQ(
        wire(announcements),
        QByteArray(R"({"items":[{"audience":"everyone","author":{"display_name":"Alice Agent",)"
                   R"("id":7,"username":"alice"},"body":"","cis":[],"ends_at":null,"id":1,)"
                   R"("kind":"maintenance","published_at":")")
            + AtText + R"(","services":[],"starts_at":")" + AtText
            + R"(","title":"Mail down tonight","withdrawn_at":null}]})");
}

TEST(EventResults, TopicsAndPushedTicketEvents)
{
    const api::EventTopics topics {{u"presence"_s, u"tickets"_s}};
    EXPECT_EQ(readBack(topics), topics);
    EXPECT_EQ(wire(topics), R"({"topics":["presence","tickets"]})");

    const api::TicketCreatedEvent created {sampleTicket()};
    EXPECT_EQ(readBack(created), created);
    EXPECT_EQ(wire(created), "{\"ticket\":" + ticketText() + "}");

    const api::TicketChangedEvent changed {
        sampleTicket(),
        {{u"priority"_s, 3, 2}, {u"assignee"_s, QJsonValue::Null, alice().toJson()}},
        alice()};
    EXPECT_EQ(readBack(changed), changed);
    EXPECT_EQ(
        wire(changed),
        "{\"ticket\":" + ticketText()
            + R"(,"changes":[{"field":"priority","old":3,"new":2},{"field":"assignee",)"
              R"("old":null,"new":{"display_name":"Alice Agent","id":7,"username":"alice"}}],)"
              R"("actor":)"
            + aliceText() + "}");
    ASSERT_NE(changed.change(u"priority"), nullptr);
    EXPECT_EQ(changed.change(u"priority")->newValue, QJsonValue(2));
    EXPECT_EQ(changed.change(u"status"), nullptr);
    EXPECT_EQ(api::FieldChange::nameOf(alice().toJson()), u"Alice Agent"_s);
    EXPECT_EQ(api::FieldChange::nameOf(QJsonObject {{u"ticket"_s, 43}, {u"kind"_s, u"related"_s}}),
              u"#43"_s);
    EXPECT_FALSE(api::FieldChange::nameOf(QJsonValue(3)));

    const api::TicketCommentedEvent commented {sampleTicket(), sampleComment()};
    EXPECT_EQ(readBack(commented), commented);
    EXPECT_EQ(wire(commented),
              "{\"ticket\":" + ticketText() + ",\"comment\":" + commentText() + "}");
}

TEST(EventResults, NotificationsAndRevokedSessions)
{
    Notification n;
    n.id = 9;
    n.kind = u"rule"_s;
    n.message = u"Hello"_s;
    n.createdAt = At;
    n.readAt = At;
    const api::NotificationReceivedEvent received {n};
    EXPECT_EQ(readBack(received), received);
    EXPECT_EQ(wire(received),
              QByteArray(R"({"notification":{"created_at":")") + AtText
                  + R"(","id":9,"kind":"rule","message":"Hello","read_at":")" + AtText
                  + R"(","ticket":null}})");
    const api::SessionRevokedEvent revoked {u"password_changed"_s};
    EXPECT_EQ(readBack(revoked), revoked);
    EXPECT_EQ(wire(revoked), R"({"reason":"password_changed"})");
}

TEST(SchedulerResults, RoundRoundTrips)
{
    const server::SchedulerWork::Round round {2, 1, 3, true};
    EXPECT_EQ(readBack(round), round);
    EXPECT_EQ(wire(round), R"({"more":true,"processed":3,"sla":2,"timers":1})");
}
