// The typed results of the workflow administration (calendar.*, sla.policy.*, rule.*) and the
// shared calendar and SLA policy types: each survives its wire form, the wire form is pinned,
// and a policy's own checks name the field as the server's params parser does.
#include "api/automationapi.h"
#include "json/jsonwriter.h"
#include "testhelpers.h"
#include "workflow/slapolicy.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace Qt::StringLiterals;
using frontline::test::compactJson;
using frontline::test::jsonObject;

namespace {

const char* OfficeJson =
    R"({"holidays":["2026-12-24","2026-12-25"],"hours":{"fri":[["09:00","15:00"]],"mon":)"
    R"([["08:00","12:00"],["13:00","17:00"]],"sat":[],"sun":[],"thu":[],"tue":[],"wed":[]},)"
    R"("id":3,"name":"Office","time_zone":"Europe/Berlin"})";

CalendarEntry office()
{
    const CalendarEntry entry = CalendarEntry::fromJson(jsonObject(OfficeJson));
    EXPECT_EQ(entry.id, 3);
    EXPECT_EQ(entry.calendar.hours(0).size(), 2);
    return entry;
}

SlaPolicy vipPolicy()
{
    SlaPolicy policy;
    policy.id = 7;
    policy.name = u"VIP incidents"_s;
    policy.type = TicketType::Incident;
    policy.priority = 1;
    policy.calendarId = 3;
    policy.responseMinutes = 15;
    policy.resolveMinutes = 240;
    policy.warnPercent = 80;
    policy.escalateOnBreach = true;
    return policy;
}

api::AutomationRule chaseRule()
{
    api::AutomationRule rule;
    rule.id = 4;
    rule.name = u"Chase"_s;
    rule.enabled = false;
    rule.event = u"time"_s;
    rule.anchor = u"status_changed"_s;
    rule.afterMinutes = 90;
    rule.businessHours = true;
    rule.matchAll = false;
    rule.conditions = {{u"priority"_s, u"in"_s, QJsonArray {1, 2}},
                       {u"assignee"_s, u"is_set"_s, {}}};
    api::AutomationRule::Action tag;
    tag.type = u"add_tag"_s;
    tag.value = u"chased"_s;
    api::AutomationRule::Action notify;
    notify.type = u"notify"_s;
    notify.to = u"group"_s;
    notify.message = u"Quiet"_s;
    rule.actions = {tag, notify};
    return rule;
}

} // namespace

TEST(AutomationResults, ACalendarKeepsItsWireShape)
{
    const CalendarEntry entry = office();
    EXPECT_EQ(compactJson(entry.toJson()), QByteArray(OfficeJson));
    EXPECT_EQ(CalendarEntry::fromJson(entry.toJson()), entry);
    EXPECT_EQ(entry.calendar.holidays().size(), 2);

    const api::CalendarList list {{entry}};
    EXPECT_EQ(compactJson(list.toJson()), "{\"calendars\":[" + QByteArray(OfficeJson) + "]}");
    EXPECT_EQ(api::CalendarList::fromJson(list.toJson()), list);

    // An update says how many tickets it re-planned only when a policy uses the calendar.
    const api::CalendarSaved created {entry, std::nullopt};
    EXPECT_EQ(compactJson(created.toJson()), QByteArray(OfficeJson));
    EXPECT_EQ(api::CalendarSaved::fromJson(created.toJson()), created);
    const api::CalendarSaved updated {entry, 2};
    EXPECT_EQ(updated.toJson().value("tickets_recomputed"_L1), 2);
    EXPECT_EQ(api::CalendarSaved::fromJson(updated.toJson()), updated);
}

TEST(AutomationResults, ABadCalendarIsRefusedOnItsField)
{
    QJsonObject fields = jsonObject(OfficeJson);
    fields.remove("id"_L1);
    fields.remove("name"_L1);
    fields.insert("hours"_L1, jsonObject(R"({"mon": [["09:00", "12:00"], ["19:00", "13:00"]]})"));
    const auto refused = BusinessCalendar::fromJson(fields);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().first, u"hours.mon[1]"_s);
}

TEST(AutomationResults, AnSlaPolicyKeepsItsWireShape)
{
    const SlaPolicy policy = vipPolicy();
    const QByteArray pinned =
        R"({"active":true,"calendar":3,"category":null,"escalate_on_breach":true,"id":7,)"
        R"("name":"VIP incidents","priority":1,"resolve_minutes":240,"response_minutes":15,)"
        R"("type":"incident","warn_percent":80})";
    EXPECT_EQ(compactJson(policy.toJson()), pinned);
    EXPECT_EQ(SlaPolicy::fromJson(policy.toJson()), policy);
    EXPECT_EQ(SlaPolicy::fromJson(QJsonObject {}), SlaPolicy {}) << "missing keys default";

    const api::SlaPolicyList list {{policy, SlaPolicy {}}};
    EXPECT_EQ(compactJson(api::SlaPolicyList {{policy}}.toJson()),
              "{\"policies\":[" + pinned + "]}");
    EXPECT_EQ(api::SlaPolicyList::fromJson(list.toJson()), list);

    const api::SlaPolicySaved saved {policy, 5};
    EXPECT_EQ(saved.toJson().value("tickets_recomputed"_L1), 5);
    EXPECT_EQ(api::SlaPolicySaved::fromJson(saved.toJson()), saved);
    EXPECT_FALSE(api::SlaPolicySaved::fromJson(policy.toJson()).ticketsRecomputed);
}

TEST(AutomationResults, AnSlaPolicyNamesTheFieldItBreaks)
{
    EXPECT_FALSE(vipPolicy().validate());
    const auto problem = [](const std::function<void(SlaPolicy&)>& change) {
        SlaPolicy policy = vipPolicy();
        change(policy);
        const auto error = policy.validate();
        return error ? error->first : QString();
    };
    EXPECT_EQ(problem([](SlaPolicy& p) { p.name = u"  "_s; }), u"name"_s);
    EXPECT_EQ(problem([](SlaPolicy& p) { p.resolveMinutes = 10; }), u"resolve_minutes"_s);
    EXPECT_EQ(problem([](SlaPolicy& p) { p.responseMinutes = 0; }), u"response_minutes"_s);
    EXPECT_EQ(problem([](SlaPolicy& p) { p.warnPercent = 100; }), u"warn_percent"_s);
    EXPECT_EQ(problem([](SlaPolicy& p) { p.priority = 6; }), u"priority"_s);
}

TEST(AutomationResults, ADeletionKeepsItsWireShape)
{
    const api::AutomationDeleted rule {9, std::nullopt};
    EXPECT_EQ(compactJson(rule.toJson()), R"({"deleted":9})");
    EXPECT_EQ(api::AutomationDeleted::fromJson(rule.toJson()), rule);
    const api::AutomationDeleted policy {7, 3};
    EXPECT_EQ(compactJson(policy.toJson()), R"({"deleted":7,"tickets_recomputed":3})");
    EXPECT_EQ(api::AutomationDeleted::fromJson(policy.toJson()), policy);
}

TEST(AutomationResults, ARuleKeepsItsWireShape)
{
    const api::AutomationRule rule = chaseRule();
    const QByteArray pinned =
        R"({"actions":[{"type":"add_tag","value":"chased"},)"
        R"({"message":"Quiet","to":"group","type":"notify"}],)"
        R"("conditions":[{"field":"priority","op":"in","value":[1,2]},)"
        R"({"field":"assignee","op":"is_set"}],"enabled":false,"id":4,"match":"any",)"
        R"("name":"Chase","trigger":{"after_minutes":90,"anchor":"status_changed",)"
        R"("business_hours":true,"event":"time"}})";
    EXPECT_EQ(compactJson(rule.toJson()), pinned);
    EXPECT_FALSE(rule.definition().contains("id"_L1));
    EXPECT_EQ(api::AutomationRule::fromJson(rule.toJson()), rule);

    // Other triggers carry only their event.
    api::AutomationRule created;
    created.name = u"Tag"_s;
    created.actions = {
        RuleActionSpec::fromJson(QJsonObject {{"type"_L1, u"add_tag"_s}, {"value"_L1, u"x"_s}})};
    EXPECT_EQ(compactJson(created.definition().value("trigger"_L1).toObject()),
              R"({"event":"created"})");
    EXPECT_EQ(api::AutomationRule::fromJson(created.toJson()), created);

    const api::RuleList list {{rule, created}};
    EXPECT_EQ(compactJson(api::RuleList {{rule}}.toJson()), "{\"rules\":[" + pinned + "]}");
    EXPECT_EQ(api::RuleList::fromJson(list.toJson()), list);
}

TEST(AutomationResults, ADryRunKeepsItsWireShape)
{
    const api::RuleDryRun none {{}, 3, false};
    json::JsonWriter writer;
    none.write(writer);
    EXPECT_EQ(writer.take(), R"({"complete":false,"scanned":3,"tickets":[]})");

    api::RuleDryRun found;
    Ticket ticket;
    ticket.id = 12;
    ticket.title = u"Printer on floor 2 is offline"_s;
    ticket.status = u"new"_s;
    found.tickets = {ticket};
    found.scanned = 40;
    const api::RuleDryRun back = api::RuleDryRun::fromJson(found.toJson());
    EXPECT_EQ(back, found);
    EXPECT_EQ(back.tickets.first().title, ticket.title);
}

// Each action type writes exactly its own fields, and reads back as it was written: a stored
// rule shown in the editor and saved unchanged sends the same definition.
TEST(AutomationResults, EveryActionTypeKeepsItsOwnFields)
{
    const QList<QByteArray> wire {
        R"({"field":"priority","type":"set_field","value":2})",
        R"({"field":"category","type":"set_field","value":"Network"})",
        R"({"type":"set_status","value":"waiting"})",
        R"({"type":"assign","user":7})",
        R"({"strategy":"group","type":"assign"})",
        R"({"kind":"hierarchical","type":"escalate"})",
        R"({"type":"add_tag","value":"vip"})",
        R"({"type":"remove_tag","value":"vip"})",
        R"({"body":"Hello {{requester.name}}","type":"reply"})",
        R"({"body":"Checked","type":"note"})",
        R"({"message":"Look","to":"assignee","type":"notify"})",
        R"({"message":"Look","to":"user","type":"notify","user":3})",
        R"({"group":5,"message":"Look","to":"group","type":"notify"})",
    };
    for (const QByteArray& text : wire) {
        const RuleActionSpec action =
            RuleActionSpec::fromJson(QJsonDocument::fromJson(text).object());
        EXPECT_EQ(compactJson(action.toJson()), text);
        EXPECT_EQ(RuleActionSpec::fromJson(action.toJson()), action);
    }
    const RuleActionSpec notifyUser = RuleActionSpec::fromJson(
        QJsonDocument::fromJson(R"({"message":"Look","to":"user","type":"notify","user":3})")
            .object());
    EXPECT_TRUE(notifyUser.hasUser());
    EXPECT_FALSE(notifyUser.hasGroup());
    EXPECT_EQ(notifyUser.user.toInteger(), 3);
}
