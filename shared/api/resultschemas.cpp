#include "resultschemas.h"

#include "api/methods.h"
#include "api/resultschemashapes.h"
#include "api/schema.h"
#include "api/webhookapi.h"
#include "domain/enums.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace frontline::api {

namespace resultshape {

QJsonObject object(std::initializer_list<Field> fields)
{
    QJsonObject properties;
    QJsonArray required;
    for (const Field& field : fields) {
        properties.insert(field.name, field.schema);
        if (field.required)
            required.append(QString(field.name));
    }
    QJsonObject out {{"type"_L1, u"object"_s},
                     {"properties"_L1, properties},
                     {"additionalProperties"_L1, false}};
    if (!required.isEmpty())
        out.insert("required"_L1, required);
    return out;
}

QJsonObject ref(const QString& component)
{
    return {{"$ref"_L1, QString(u"#/components/schemas/"_s + component)}};
}

QJsonObject text()
{
    return {{"type"_L1, u"string"_s}};
}

QJsonObject time()
{
    return {{"type"_L1, u"string"_s}, {"format"_L1, u"date-time"_s}};
}

QJsonObject number()
{
    return {{"type"_L1, u"number"_s}};
}

QJsonObject count()
{
    return schema::integer(0, 9'000'000'000'000'000);
}

QJsonObject list(const QJsonObject& items)
{
    return {{"type"_L1, u"array"_s}, {"items"_L1, items}};
}

QJsonObject nullableRef(const QString& component)
{
    return schema::anyOf({ref(component), QJsonObject {{"type"_L1, u"null"_s}}});
}

QJsonObject nullableTime()
{
    return schema::nullable(time());
}

} // namespace resultshape

namespace {

using namespace resultshape;

// A page of a list: items and the cursor of the next page (null on the last).
QJsonObject page(const QJsonObject& items)
{
    return object({{"items"_L1, list(items)}, {"next_cursor"_L1, QJsonObject {}}});
}

QJsonObject components()
{
    QJsonObject c;
    c.insert(
        "UserRef"_L1,
        object({{"id"_L1, schema::id()}, {"username"_L1, text()}, {"display_name"_L1, text()}}));
    c.insert("GroupRef"_L1,
             object({{"id"_L1, schema::id()}, {"name"_L1, text()}, {"tier"_L1, count()}}));
    c.insert("OrgRef"_L1, object({{"id"_L1, schema::id()}, {"name"_L1, text()}}));
    c.insert("User"_L1,
             object({{"id"_L1, schema::id()},
                     {"username"_L1, text()},
                     {"display_name"_L1, text()},
                     {"email"_L1, text()},
                     {"role"_L1, schema::oneOf(roleNames())},
                     {"disabled"_L1, schema::boolean()},
                     {"availability"_L1, schema::oneOf({u"available"_s, u"away"_s})},
                     {"groups"_L1, list(ref(u"GroupRef"_s))},
                     {"org"_L1, nullableRef(u"OrgRef"_s)},
                     {"vip"_L1, schema::boolean()},
                     {"org_viewer"_L1, schema::boolean()},
                     {"manager"_L1, nullableRef(u"UserRef"_s)},
                     {"created_at"_L1, time()},
                     {"updated_at"_L1, time()}}));
    c.insert("Sla"_L1,
             object({{"response_due"_L1, nullableTime()},
                     {"resolve_due"_L1, nullableTime()},
                     {"first_response_at"_L1, nullableTime()},
                     {"state"_L1, text()}}));
    c.insert("Rating"_L1,
             object({{"score"_L1, schema::integer(1, 5)},
                     {"comment"_L1, text()},
                     {"rated_at"_L1, time()}}));
    c.insert("Ticket"_L1,
             object({{"id"_L1, schema::id()},
                     {"type"_L1, schema::oneOf(ticketTypeNames())},
                     {"title"_L1, text()},
                     {"description"_L1, text()},
                     {"status"_L1, text()},
                     {"open"_L1, schema::boolean()},
                     {"impact"_L1, schema::oneOf(levelNames())},
                     {"urgency"_L1, schema::oneOf(levelNames())},
                     {"priority"_L1, schema::integer(1, 5)},
                     {"category"_L1, schema::nullable(text())},
                     {"requester"_L1, ref(u"UserRef"_s)},
                     {"org"_L1, nullableRef(u"OrgRef"_s)},
                     {"assignee"_L1, nullableRef(u"UserRef"_s)},
                     {"group"_L1, nullableRef(u"GroupRef"_s)},
                     {"created_at"_L1, time()},
                     {"updated_at"_L1, time()},
                     {"version"_L1, schema::integer(1, 2'000'000'000)},
                     {"sla"_L1, ref(u"Sla"_s)},
                     {"resolved_at"_L1, nullableTime()},
                     {"closed_at"_L1, nullableTime()},
                     {"resolution"_L1, text()},
                     {"time_spent_minutes"_L1, count()},
                     {"tags"_L1, list(text())},
                     {"system_info"_L1, schema::anyObject(), false},
                     {"rating"_L1, ref(u"Rating"_s), false},
                     {"fields"_L1, schema::anyObject(), false},
                     {"cis"_L1, list(schema::anyObject()), false},
                     {"parent"_L1, schema::id(), false},
                     {"catalog_item"_L1, ref(u"CatalogItemRef"_s), false},
                     {"tasks"_L1, list(ref(u"TicketTask"_s)), false},
                     {"approvals"_L1, list(ref(u"ApprovalProgressStep"_s)), false}}));
    // A catalog request's item, fulfilment tasks and approval steps as ticket.get shows them.
    c.insert("CatalogItemRef"_L1, object({{"id"_L1, schema::id()}, {"name"_L1, text()}}));
    c.insert("TicketTask"_L1,
             object({{"id"_L1, schema::id()},
                     {"title"_L1, text()},
                     {"group"_L1, nullableRef(u"GroupRef"_s)},
                     {"status"_L1, text()},
                     {"open"_L1, schema::boolean()},
                     {"stage"_L1, schema::integer(1, 10)}}));
    c.insert("ApprovalProgressStep"_L1,
             object({{"step"_L1, count()},
                     {"kind"_L1, schema::oneOf({u"manager"_s, u"user"_s, u"group"_s})},
                     {"state"_L1,
                      schema::oneOf({u"waiting"_s, u"approved"_s, u"rejected"_s, u"skipped"_s,
                                     u"not_started"_s})},
                     {"approvers"_L1, list(text())},
                     {"decided_at"_L1, nullableTime()},
                     {"comment"_L1, text()},
                     {"approval_ids"_L1, list(schema::id()), false}}));
    c.insert("Comment"_L1,
             object({{"id"_L1, schema::id()},
                     {"ticket_id"_L1, schema::id()},
                     {"author"_L1, ref(u"UserRef"_s)},
                     {"body"_L1, text()},
                     {"internal"_L1, schema::boolean()},
                     {"created_at"_L1, time()}}));
    // One entry of ticket.history: a change carries field, old and new (any JSON value); a
    // reply or note carries its comment.
    c.insert("TicketEvent"_L1,
             object({{"id"_L1, schema::id()},
                     {"ticket_id"_L1, schema::id()},
                     {"kind"_L1, text()},
                     {"actor"_L1, nullableRef(u"UserRef"_s)},
                     {"at"_L1, time()},
                     {"internal"_L1, schema::boolean()},
                     {"field"_L1, text(), false},
                     {"old"_L1, QJsonObject {}, false},
                     {"new"_L1, QJsonObject {}, false},
                     {"comment"_L1, ref(u"Comment"_s), false}}));
    c.insert("Webhook"_L1,
             object({{"id"_L1, schema::id()},
                     {"url"_L1, text()},
                     {"events"_L1, list(schema::oneOf(webhookEventNames() << u"*"_s))},
                     {"active"_L1, schema::boolean()},
                     {"failures"_L1, count()},
                     {"disabled_reason"_L1, text()},
                     {"created_at"_L1, time()},
                     {"updated_at"_L1, time()},
                     {"backlog"_L1, count()}}));
    c.insert("WebhookDelivery"_L1,
             object({{"id"_L1, schema::id()},
                     {"webhook_id"_L1, schema::id()},
                     {"delivery_id"_L1, text()},
                     {"event"_L1, text()},
                     {"state"_L1,
                      schema::oneOf({u"queued"_s, u"sending"_s, u"delivered"_s, u"failed"_s})},
                     {"attempts"_L1, count()},
                     {"http_status"_L1, schema::nullable(schema::integer(100, 599))},
                     {"last_error"_L1, text()},
                     {"created_at"_L1, time()},
                     {"next_attempt_at"_L1, nullableTime()},
                     {"delivered_at"_L1, nullableTime()}}));
    addCmdbComponents(c);
    addChangeComponents(c);
    addCatalogComponents(c);
    addDeskComponents(c);
    addIdentityComponents(c);
    addAdminComponents(c);
    return c;
}

QJsonObject pingResult()
{
    return object({{"version"_L1, text()},
                   {"protocol"_L1, schema::integer(1, 1000)},
                   {"writable"_L1, schema::boolean()},
                   {"rebuilding"_L1,
                    list(object({{"name"_L1, text()},
                                 {"done"_L1, count()},
                                 {"total"_L1, count()},
                                 {"remaining_seconds"_L1, schema::nullable(count())}}))}});
}

QJsonObject sessionResult(bool withToken)
{
    return object({{"token"_L1, text(), withToken},
                   {"expires_at"_L1, time()},
                   {"user"_L1, ref(u"User"_s)},
                   {"enrolment_required"_L1, schema::boolean(), false}});
}

QJsonObject searchResult()
{
    const QJsonObject ranges = list(QJsonObject {
        {"type"_L1, u"array"_s}, {"items"_L1, count()}, {"minItems"_L1, 2}, {"maxItems"_L1, 2}});
    // A ticket hit has status, type (and the matching comment); an article has state and
    // visibility.
    return object({{"items"_L1,
                    list(object({{"kind"_L1, schema::oneOf({u"ticket"_s, u"article"_s})},
                                 {"id"_L1, schema::id()},
                                 {"title"_L1, text()},
                                 {"title_highlights"_L1, ranges},
                                 {"snippet"_L1, text()},
                                 {"highlights"_L1, ranges},
                                 {"updated_at"_L1, time()},
                                 {"score"_L1, number()},
                                 {"status"_L1, text(), false},
                                 {"type"_L1, text(), false},
                                 {"comment"_L1, QJsonObject {}, false},
                                 {"state"_L1, text(), false},
                                 {"visibility"_L1, text(), false}}))}});
}

QJsonObject kpiResult()
{
    // The figures of each part are described in the protocol reference (report.kpis).
    const QJsonObject part = schema::anyObject();
    // The period is the report's filter as asked (its narrowing ids only when given).
    return object({{"period"_L1,
                    object({{"from"_L1, text()},
                            {"to"_L1, text()},
                            {"days"_L1, count()},
                            {"group"_L1, schema::id(), false},
                            {"agent"_L1, schema::id(), false},
                            {"category"_L1, text(), false},
                            {"type"_L1, text(), false},
                            {"org"_L1, schema::id(), false},
                            {"field"_L1, schema::anyObject(), false}})},
                   {"volume"_L1, part},
                   {"backlog"_L1, part},
                   {"response_time"_L1, part},
                   {"resolution_time"_L1, part},
                   {"sla"_L1, part},
                   {"fcr"_L1, part},
                   {"reopen"_L1, part},
                   {"escalation"_L1, part},
                   {"csat"_L1, part},
                   {"categories"_L1, list(schema::anyObject())},
                   {"agents"_L1, list(schema::anyObject())},
                   {"top_items"_L1, list(schema::anyObject())}});
}

// Problem management (problemapi.h): an incident as a problem lists it, and the problem.
QJsonObject problemIncident()
{
    return object({{"id"_L1, schema::id()},
                   {"title"_L1, text()},
                   {"status"_L1, text()},
                   {"open"_L1, schema::boolean()},
                   {"category"_L1, schema::nullable(text())},
                   {"requester"_L1, text()},
                   {"created_at"_L1, time()}});
}

QJsonObject problemResult()
{
    return object({{"id"_L1, schema::id()},
                   {"title"_L1, text()},
                   {"description"_L1, text()},
                   {"status"_L1, text()},
                   {"open"_L1, schema::boolean()},
                   {"category"_L1, schema::nullable(text())},
                   {"root_cause"_L1, text()},
                   {"workaround"_L1, text()},
                   {"known_error"_L1, schema::boolean()},
                   {"incidents"_L1, list(problemIncident())},
                   {"updated_at"_L1, time()}});
}

const Table& table()
{
    static const Table methods = [] {
        Table m;
        const auto ticket = [] { return ref(u"Ticket"_s); };
        m.insert(QString(method::SystemPing), pingResult);
        m.insert(QString(method::AuthLogin), [] { return sessionResult(true); });
        m.insert(QString(method::AuthResume), [] { return sessionResult(false); });
        m.insert(QString(method::AuthLogout), [] {
            return object({{"logged_out"_L1, schema::boolean()}});
        });
        for (const auto name : {method::TicketCreate, method::TicketGet, method::TicketUpdate,
                                method::TicketTransition})
            m.insert(QString(name), ticket);
        m.insert(QString(method::TicketList), [] { return page(ref(u"Ticket"_s)); });
        m.insert(QString(method::TicketCount), [] {
            return object({{"count"_L1, count()}, {"capped"_L1, schema::boolean()}});
        });
        m.insert(QString(method::TicketComment), [] { return ref(u"Comment"_s); });
        m.insert(QString(method::TicketHistory), [] {
            return object(
                {{"ticket_id"_L1, schema::id()}, {"items"_L1, list(ref(u"TicketEvent"_s))}});
        });
        for (const auto name : {method::KbSearch, method::KbSuggest})
            m.insert(QString(name), searchResult);
        m.insert(QString(method::ReportKpis), kpiResult);
        const auto hook = [] { return ref(u"Webhook"_s); };
        m.insert(QString(method::WebhookUpdate), hook);
        m.insert(QString(method::WebhookCreate), [] {
            QJsonObject created = components().value("Webhook"_L1).toObject();
            QJsonObject properties = created.value("properties"_L1).toObject();
            properties.insert("secret"_L1, text());
            created.insert("properties"_L1, properties);
            QJsonArray required = created.value("required"_L1).toArray();
            required.append(u"secret"_s);
            created.insert("required"_L1, required);
            return created;
        });
        m.insert(QString(method::WebhookList), [] {
            return object({{"items"_L1, list(ref(u"Webhook"_s))}});
        });
        m.insert(QString(method::WebhookDelete), [] {
            return object({{"id"_L1, schema::id()}, {"deleted"_L1, schema::boolean()}});
        });
        m.insert(QString(method::WebhookDeliveries),
                 [] { return page(ref(u"WebhookDelivery"_s)); });
        const auto delivery = [] { return ref(u"WebhookDelivery"_s); };
        m.insert(QString(method::WebhookTest), delivery);
        m.insert(QString(method::WebhookRedeliver), delivery);
        for (const auto name : {method::ProblemCreate, method::ProblemGet, method::ProblemLink,
                                method::ProblemUnlink, method::ProblemUpdate})
            m.insert(QString(name), problemResult);
        m.insert(QString(method::ProblemResolve), [] {
            return object({{"problem"_L1, problemResult()},
                           {"resolved_incidents"_L1, list(schema::id())},
                           {"untouched_incidents"_L1, list(schema::id())}});
        });
        m.insert(QString(method::ProblemMatch), [] {
            return object({{"items"_L1,
                            list(object({{"problem"_L1, schema::id()},
                                         {"title"_L1, text()},
                                         {"category"_L1, schema::nullable(text())},
                                         {"root_cause"_L1, text()},
                                         {"workaround"_L1, text()},
                                         {"score"_L1, number()}}))},
                           {"linked_problem"_L1, schema::nullable(schema::id())}});
        });
        m.insert(QString(method::ProblemCandidates), [] {
            return object({{"items"_L1,
                            list(object({{"category"_L1, text()},
                                         {"suggested_title"_L1, text()},
                                         {"terms"_L1, list(text())},
                                         {"incidents"_L1, list(problemIncident())}}))},
                           {"scanned"_L1, count()},
                           {"capped"_L1, schema::boolean()}});
        });
        addCmdbResults(m);
        addChangeResults(m);
        addCatalogResults(m);
        addDeskResults(m);
        addIdentityResults(m);
        addAdminResults(m);
        return m;
    }();
    return methods;
}

} // namespace

QJsonObject resultSchema(QStringView method)
{
    const auto it = table().constFind(method.toString());
    return it == table().constEnd() ? QJsonObject() : (*it)();
}

QJsonObject resultComponents()
{
    static const QJsonObject shapes = components();
    return shapes;
}

} // namespace frontline::api
