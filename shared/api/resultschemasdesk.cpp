// The result schemas of the service desk's knowledge and configuration methods: articles
// (kb.*, kbapi.h, domain/article.h), canned responses, categories and saved views
// (workspaceapi.h, directoryapi.h), SLA policies, business calendars and automation rules
// (automationapi.h), attachments and announcements (selfserviceresults.h), notifications and
// the ticket actions that are not edits (links, merge, escalation, time, rating;
// ticketresults.h, ratingapi.h), from the toJson() of each answer's type.
#include "api/methods.h"
#include "api/resultschemashapes.h"
#include "api/ticketapi.h"
#include "domain/announcement.h"
#include "domain/article.h"
#include "domain/enums.h"
#include "workflow/ruleschema.h"

using namespace Qt::StringLiterals;

namespace frontline::api::resultshape {

namespace {

// An article; kb.article.list leaves out the body.
QJsonObject article(bool withBody)
{
    QJsonObject shape = object({{"id"_L1, schema::id()},
                                {"title"_L1, text()},
                                {"body"_L1, text()},
                                {"category"_L1, schema::nullable(text())},
                                {"tags"_L1, list(text())},
                                {"visibility"_L1, schema::oneOf(articleVisibilities())},
                                {"state"_L1, schema::oneOf(articleStates())},
                                {"version"_L1, schema::integer(1, 2'000'000'000)},
                                {"author"_L1, ref(u"UserRef"_s)},
                                {"created_at"_L1, time()},
                                {"updated_at"_L1, time()},
                                {"published_at"_L1, nullableTime()},
                                {"source_ticket"_L1, schema::nullable(schema::id())},
                                {"views"_L1, count()},
                                {"helpful"_L1, count()},
                                {"unhelpful"_L1, count()},
                                {"linked_tickets"_L1, list(schema::id())},
                                {"suggestions_followed"_L1, count()},
                                {"tickets_deflected"_L1, count()}});
    if (!withBody) {
        QJsonObject properties = shape.value("properties"_L1).toObject();
        properties.remove("body"_L1);
        shape.insert("properties"_L1, properties);
        QJsonArray required;
        for (const QJsonValue& name : shape.value("required"_L1).toArray()) {
            if (name != u"body"_s)
                required.append(name);
        }
        shape.insert("required"_L1, required);
    }
    return shape;
}

// The shape plus how many open tickets were re-planned: always after an SLA policy's update
// or deletion, after a calendar's update only when a policy uses it.
QJsonObject withRecomputed(QJsonObject shape, bool always)
{
    QJsonObject properties = shape.value("properties"_L1).toObject();
    properties.insert("tickets_recomputed"_L1, count());
    shape.insert("properties"_L1, properties);
    if (always) {
        QJsonArray required = shape.value("required"_L1).toArray();
        required.append(u"tickets_recomputed"_s);
        shape.insert("required"_L1, required);
    }
    return shape;
}

QJsonObject calendar()
{
    // A day's working intervals: ["08:00", "17:00"] pairs.
    const QJsonObject intervals = list(QJsonObject {
        {"type"_L1, u"array"_s}, {"items"_L1, text()}, {"minItems"_L1, 2}, {"maxItems"_L1, 2}});
    return object(
        {{"id"_L1, schema::id()},
         {"name"_L1, text()},
         {"time_zone"_L1, text()},
         {"hours"_L1,
          object({{"mon"_L1, intervals},
                  {"tue"_L1, intervals},
                  {"wed"_L1, intervals},
                  {"thu"_L1, intervals},
                  {"fri"_L1, intervals},
                  {"sat"_L1, intervals},
                  {"sun"_L1, intervals}})},
         {"holidays"_L1, list(QJsonObject {{"type"_L1, u"string"_s}, {"format"_L1, u"date"_s}})}});
}

QJsonObject slaPolicy()
{
    return object({{"id"_L1, schema::id()},
                   {"name"_L1, text()},
                   {"type"_L1, schema::nullable(schema::oneOf(ticketTypeNames()))},
                   {"priority"_L1, schema::nullable(schema::integer(1, 5))},
                   {"category"_L1, schema::nullable(schema::id())},
                   {"calendar"_L1, schema::nullable(schema::id())},
                   {"response_minutes"_L1, count()},
                   {"resolve_minutes"_L1, count()},
                   {"warn_percent"_L1, schema::integer(0, 100)},
                   {"escalate_on_breach"_L1, schema::boolean()},
                   {"active"_L1, schema::boolean()}});
}

// A rule as stored: a time trigger also says from when, after how long and whether in business
// hours; a condition's value (absent for is_set, is_not_set, changed) and an action's fields
// depend on their kind (shared/workflow/ruleaction.h).
QJsonObject rule()
{
    const QJsonObject any;
    return object({{"id"_L1, schema::id()},
                   {"name"_L1, text()},
                   {"enabled"_L1, schema::boolean()},
                   {"trigger"_L1,
                    object({{"event"_L1, schema::oneOf(ruleschema::events())},
                            {"anchor"_L1, schema::oneOf(ruleschema::anchors()), false},
                            {"after_minutes"_L1, count(), false},
                            {"business_hours"_L1, schema::boolean(), false}})},
                   {"match"_L1, schema::oneOf({u"all"_s, u"any"_s})},
                   {"conditions"_L1,
                    list(object({{"field"_L1, text()}, // a ticket field or fields.<custom field>
                                 {"op"_L1, schema::oneOf(ruleschema::operatorNames())},
                                 {"value"_L1, any, false}}))},
                   {"actions"_L1,
                    list(object({{"type"_L1, schema::oneOf(ruleschema::actionTypes())},
                                 {"field"_L1, text(), false},
                                 {"value"_L1, any, false},
                                 {"user"_L1, any, false},
                                 {"strategy"_L1, text(), false},
                                 {"kind"_L1, schema::oneOf(ruleschema::escalationKinds()), false},
                                 {"body"_L1, text(), false},
                                 {"to"_L1, schema::oneOf(ruleschema::notifyTargets()), false},
                                 {"group"_L1, any, false},
                                 {"message"_L1, text(), false}}))}});
}

// The Attachment component's fields and more (attachment.get's chunk).
QJsonObject attachmentWith(std::initializer_list<Field> more)
{
    QJsonObject shape = object({{"id"_L1, schema::id()},
                                {"ticket"_L1, schema::id()},
                                {"name"_L1, text()},
                                {"content_type"_L1, text()},
                                {"size"_L1, count()},
                                {"sha256"_L1, text()},
                                {"internal"_L1, schema::boolean()},
                                {"uploaded_by"_L1, ref(u"UserRef"_s)},
                                {"created_at"_L1, time()}});
    QJsonObject properties = shape.value("properties"_L1).toObject();
    QJsonArray required = shape.value("required"_L1).toArray();
    for (const Field& field : more) {
        properties.insert(field.name, field.schema);
        required.append(QString(field.name));
    }
    shape.insert("properties"_L1, properties);
    shape.insert("required"_L1, required);
    return shape;
}

QJsonObject deleted()
{
    return object({{"deleted"_L1, schema::boolean()}});
}

} // namespace

void addDeskComponents(QJsonObject& c)
{
    c.insert("Article"_L1, article(true));
    c.insert("CannedResponse"_L1,
             object({{"id"_L1, schema::id()},
                     {"title"_L1, text()},
                     {"body"_L1, text()},
                     {"updated_at"_L1, time()}}));
    c.insert("Category"_L1,
             object({{"id"_L1, schema::id()},
                     {"name"_L1, text()},
                     {"description"_L1, text()},
                     {"default_group"_L1, nullableRef(u"GroupRef"_s)},
                     {"active"_L1, schema::boolean()}}));
    c.insert("SavedView"_L1,
             object({{"id"_L1, schema::id()},
                     {"name"_L1, text()},
                     {"filter"_L1, schema::anyObject()},
                     {"sort"_L1, schema::oneOf(ticketSortNames())},
                     {"updated_at"_L1, time()}}));
    c.insert("Calendar"_L1, calendar());
    c.insert("SlaPolicy"_L1, slaPolicy());
    c.insert("Rule"_L1, rule());
    c.insert("Attachment"_L1, attachmentWith({}));
    // An `affected` announcement names its CIs; staff see how many people it reached.
    c.insert(
        "Announcement"_L1,
        object(
            {{"id"_L1, schema::id()},
             {"kind"_L1, schema::oneOf(Announcement::kinds())},
             {"title"_L1, text()},
             {"body"_L1, text()},
             {"audience"_L1, schema::oneOf(Announcement::audiences())},
             {"starts_at"_L1, time()},
             {"ends_at"_L1, nullableTime()},
             {"author"_L1, ref(u"UserRef"_s)},
             {"published_at"_L1, time()},
             {"withdrawn_at"_L1, nullableTime()},
             {"cis"_L1,
              list(object({{"id"_L1, schema::id()}, {"name"_L1, text()}, {"class"_L1, text()}}))},
             {"services"_L1,
              list(object({{"id"_L1, schema::id()}, {"name"_L1, text()}, {"class"_L1, text()}}))},
             {"recipients"_L1, count(), false}}));
    c.insert("Notification"_L1,
             object({{"id"_L1, schema::id()},
                     {"ticket"_L1, schema::nullable(schema::id())},
                     {"kind"_L1, text()},
                     {"message"_L1, text()},
                     {"created_at"_L1, time()},
                     {"read_at"_L1, nullableTime()}}));
}

void addDeskResults(Table& m)
{
    // Knowledge base
    const auto article = [] { return ref(u"Article"_s); };
    for (const auto name : {method::KbArticleCreate, method::KbArticleGet, method::KbArticleUpdate,
                            method::KbArticlePublish, method::KbArticleLink, method::KbArticleOpen,
                            method::KbArticleVote})
        m.insert(QString(name), article);
    // A page of articles, newest change first; next_cursor only when there is a next page.
    m.insert(QString(method::KbArticleList), [] {
        return object(
            {{"items"_L1, list(resultshape::article(false))}, {"next_cursor"_L1, text(), false}});
    });
    // Versions newest first, each with the diff from the one before; next_cursor null on the
    // last page.
    m.insert(QString(method::KbArticleHistory), [] {
        return object({{"items"_L1,
                        list(object({{"version"_L1, schema::integer(1, 2'000'000'000)},
                                     {"title"_L1, text()},
                                     {"author"_L1, ref(u"UserRef"_s)},
                                     {"created_at"_L1, time()},
                                     {"title_changed"_L1, schema::boolean()},
                                     {"diff"_L1, text()},
                                     {"diff_truncated"_L1, schema::boolean()}}))},
                       {"next_cursor"_L1, schema::nullable(text())}});
    });
    m.insert(QString(method::KbArticleSolved), [] {
        return object({{"recorded"_L1, schema::boolean()}});
    });
    m.insert(QString(method::KbArticleDelete), deleted);

    // Canned responses, categories
    const auto canned = [] { return ref(u"CannedResponse"_s); };
    m.insert(QString(method::CannedCreate), canned);
    m.insert(QString(method::CannedUpdate), canned);
    m.insert(QString(method::CannedList), [] {
        return object({{"items"_L1, list(ref(u"CannedResponse"_s))}});
    });
    m.insert(QString(method::CannedDelete), deleted);
    const auto category = [] { return ref(u"Category"_s); };
    m.insert(QString(method::CategoryCreate), category);
    m.insert(QString(method::CategoryUpdate), category);
    m.insert(QString(method::CategoryList), [] {
        return object({{"items"_L1, list(ref(u"Category"_s))}});
    });

    // SLA policies on business calendars, automation rules, saved views
    m.insert(QString(method::CalendarCreate), [] { return ref(u"Calendar"_s); });
    m.insert(QString(method::CalendarUpdate), [] { return withRecomputed(calendar(), false); });
    m.insert(QString(method::CalendarList), [] {
        return object({{"calendars"_L1, list(ref(u"Calendar"_s))}});
    });
    m.insert(QString(method::SlaPolicyCreate), [] { return ref(u"SlaPolicy"_s); });
    m.insert(QString(method::SlaPolicyUpdate), [] { return withRecomputed(slaPolicy(), true); });
    m.insert(QString(method::SlaPolicyList), [] {
        return object({{"policies"_L1, list(ref(u"SlaPolicy"_s))}});
    });
    // calendar.delete, sla.policy.delete (with the re-planned tickets) and rule.delete: the id.
    const auto removed = [] { return object({{"deleted"_L1, schema::id()}}); };
    m.insert(QString(method::CalendarDelete), removed);
    m.insert(QString(method::RuleDelete), removed);
    m.insert(QString(method::SlaPolicyDelete), [] {
        return withRecomputed(object({{"deleted"_L1, schema::id()}}), true);
    });
    m.insert(QString(method::RuleCreate), [] { return ref(u"Rule"_s); });
    m.insert(QString(method::RuleUpdate), [] { return ref(u"Rule"_s); });
    m.insert(QString(method::RuleList), [] {
        return object({{"rules"_L1, list(ref(u"Rule"_s))}});
    });
    // The open tickets the rule matches now, how many were looked at, whether that was all.
    m.insert(QString(method::RuleDryRun), [] {
        return object({{"complete"_L1, schema::boolean()},
                       {"scanned"_L1, count()},
                       {"tickets"_L1, list(ref(u"Ticket"_s))}});
    });
    m.insert(QString(method::ViewSave), [] { return ref(u"SavedView"_s); });
    m.insert(QString(method::ViewList), [] {
        return object({{"items"_L1, list(ref(u"SavedView"_s))}});
    });
    m.insert(QString(method::ViewDelete), deleted);

    // Attachments (sent in chunks: complete with the attachment once all bytes are in),
    // announcements, notifications
    m.insert(QString(method::AttachmentAdd), [] {
        return object({{"id"_L1, schema::id()},
                       {"received"_L1, count()},
                       {"size"_L1, count()},
                       {"complete"_L1, schema::boolean()},
                       {"attachment"_L1, ref(u"Attachment"_s), false}});
    });
    // A chunk of the file: base64 data from offset, eof on the last.
    m.insert(QString(method::AttachmentGet), [] {
        return attachmentWith(
            {{"offset"_L1, count()}, {"data"_L1, text()}, {"eof"_L1, schema::boolean()}});
    });
    m.insert(QString(method::AttachmentList), [] {
        return object({{"ticket"_L1, schema::id()}, {"items"_L1, list(ref(u"Attachment"_s))}});
    });
    const auto announcement = [] { return ref(u"Announcement"_s); };
    m.insert(QString(method::AnnouncementPublish), announcement);
    m.insert(QString(method::AnnouncementWithdraw), announcement);
    m.insert(QString(method::AnnouncementList), [] {
        return object({{"items"_L1, list(ref(u"Announcement"_s))}});
    });
    // Whom an announcement for the users of these CIs' services would reach now.
    m.insert(QString(method::AnnouncementReach), [] {
        return object(
            {{"services"_L1,
              list(object({{"id"_L1, schema::id()}, {"name"_L1, text()}, {"class"_L1, text()}}))},
             {"people"_L1, count()},
             {"truncated"_L1, schema::boolean()}});
    });
    m.insert(QString(method::NotificationList), [] {
        return object({{"notifications"_L1, list(ref(u"Notification"_s))}, {"unread"_L1, count()}});
    });
    m.insert(QString(method::NotificationRead), [] {
        return object({{"marked"_L1, count()}, {"unread"_L1, count()}});
    });

    // Ticket actions that are not edits: links (a problem's or a change's too), a merge (both
    // tickets as they are now), an escalation and logged time (the ticket), a rating
    m.insert(QString(method::TicketLinks), [] {
        return object({{"ticket_id"_L1, schema::id()},
                       {"items"_L1,
                        list(object({{"ticket"_L1,
                                      object({{"id"_L1, schema::id()},
                                              {"title"_L1, text()},
                                              {"status"_L1, text()},
                                              {"open"_L1, schema::boolean()}})},
                                     {"kind"_L1, text()},
                                     {"created_at"_L1, time()}}))}});
    });
    m.insert(QString(method::TicketLink), [] {
        return object({{"linked"_L1, schema::boolean()}});
    });
    m.insert(QString(method::TicketUnlink), [] {
        return object({{"unlinked"_L1, schema::boolean()}});
    });
    m.insert(QString(method::TicketMerge), [] {
        return object({{"ticket"_L1, ref(u"Ticket"_s)}, {"into"_L1, ref(u"Ticket"_s)}});
    });
    const auto ticket = [] { return ref(u"Ticket"_s); };
    m.insert(QString(method::TicketEscalate), ticket);
    m.insert(QString(method::TicketLogTime), ticket);
    m.insert(QString(method::TicketRate), [] {
        return object({{"ticket"_L1, schema::id()},
                       {"score"_L1, schema::integer(1, 5)},
                       {"comment"_L1, text()},
                       {"rated_at"_L1, time()}});
    });
}

} // namespace frontline::api::resultshape
