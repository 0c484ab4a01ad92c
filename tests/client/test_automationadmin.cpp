// The controllers of the workflow administration pages against a real server: a rule saved
// appears in the list and its dry run lists the open tickets it matches; a calendar or a policy
// that breaks the shared checks is refused on its field before it is sent, one the server
// refuses is named on its field too; a saved calendar and a saved policy read back as they were.
#include "client/core/admin/calendaradmin.h"
#include "client/core/admin/ruleadmin.h"
#include "client/core/admin/slaadmin.h"
#include "coreclient.h"
#include "serverfixture.h"

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

// What a controller reports, collected (until this goes out of scope).
struct Reported
{
    explicit Reported(AdminController& controller)
    {
        QObject::connect(&controller, &AdminController::refused, &context,
                         [this](const QString& f, const QString& m) {
                             refused = true;
                             field = f;
                             message = m;
                         });
    }
    QObject context;
    bool refused = false;
    QString field;
    QString message;
};

class AutomationAdminTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"rita"_s, u"requester"_s);
        createUser(u"mona"_s, u"manager"_s);
        rita = connectAs(u"rita"_s);
        mona = std::make_unique<CoreClient>(server().port());
        ASSERT_TRUE(mona->login(u"mona"_s));
    }

    std::unique_ptr<TestClient> rita;
    std::unique_ptr<CoreClient> mona;
};

} // namespace

TEST_P(AutomationAdminTest, ARuleSavedAppearsAndItsDryRunListsTheTicketsItMatches)
{
    for (const QString& title :
         {u"Printer on floor 2 is offline"_s, u"Email bounces"_s, u"Printer out of toner"_s})
        createTicket(*rita, QJsonObject {{"title"_L1, title}, {"description"_L1, u"d"_s}});
    RuleAdmin rules(mona->session);
    rules.reload();
    ASSERT_TRUE(waitUntil([&] { return !rules.isBusy(); }));
    EXPECT_TRUE(rules.rules().isEmpty());

    RuleForm form = rules.form(0);
    EXPECT_EQ(form.actions.size(), 1) << "a new rule starts with one action";
    form.name = u"Printing tickets to the printer people"_s;
    form.conditions = {{u"priority"_s, u"is"_s, u"9"_s}};
    form.actions = {{u"add_tag"_s, {}, u"printing"_s}};
    {
        Reported reported(rules);
        rules.save(form);
        EXPECT_TRUE(reported.refused) << "refused before it is sent";
        EXPECT_EQ(reported.field, u"conditions[0].value"_s);
        EXPECT_FALSE(rules.isBusy());
    }

    form.conditions = {{u"title"_s, u"contains"_s, u"printer"_s}};
    rules.dryRun(form);
    ASSERT_TRUE(waitUntil([&] { return !rules.isBusy(); }));
    QStringList matched;
    for (const Ticket& ticket : rules.lastDryRun().tickets)
        matched << ticket.title;
    EXPECT_EQ(matched,
              (QStringList {u"Printer out of toner"_s, u"Printer on floor 2 is offline"_s}))
        << "newest first";
    EXPECT_TRUE(rules.lastDryRun().complete);
    EXPECT_EQ(rules.lastDryRun().scanned, 3);

    qint64 savedId = 0;
    QObject context;
    QObject::connect(&rules, &RuleAdmin::saved, &context,
                     [&](const api::AutomationRule& rule) { savedId = rule.id; });
    rules.save(form);
    ASSERT_TRUE(waitUntil([&] { return rules.rules().size() == 1 && !rules.isBusy(); }));
    EXPECT_GT(savedId, 0);
    RuleForm stored = rules.form(savedId);
    EXPECT_EQ(stored.id, savedId);
    stored.id = 0;
    EXPECT_EQ(stored, form);

    // The server's own checks are named on their field too: no lifecycle has this status.
    form.actions = {{u"set_status"_s, {}, u"nowhere"_s}};
    Reported reported(rules);
    rules.save(form);
    ASSERT_TRUE(waitUntil([&] { return reported.refused; }));
    EXPECT_EQ(reported.field, u"actions[0].value"_s);
    EXPECT_EQ(RuleForm::describePath(reported.field), u"Action 1, value"_s);

    rules.remove(savedId);
    ASSERT_TRUE(waitUntil([&] { return rules.rules().isEmpty() && !rules.isBusy(); }));
}

TEST_P(AutomationAdminTest, ABadCalendarIsRefusedOnItsFieldAndAGoodOneReadsBack)
{
    CalendarAdmin calendars(mona->session);
    calendars.reload();
    ASSERT_TRUE(waitUntil([&] { return !calendars.isBusy(); }));
    CalendarForm form = calendars.form(0);
    EXPECT_EQ(form.days[0], u"09:00-17:00"_s) << "a new calendar starts with office hours";
    EXPECT_TRUE(form.days[5].isEmpty());
    form.name = u"Office"_s;
    form.timeZone = u"Europe/Berlin"_s;
    form.days[0] = u"09:00-12:00, 19:00-13:00"_s;
    {
        Reported reported(calendars);
        calendars.save(form);
        EXPECT_TRUE(reported.refused) << "refused before it is sent";
        EXPECT_EQ(reported.field, u"hours.mon[1]"_s);
    }
    form.days[0] = u"09:00-12:00, 13:00-17:00"_s;
    form.timeZone = u"Mars/Olympus_Mons"_s;
    {
        Reported reported(calendars);
        calendars.save(form);
        EXPECT_EQ(reported.field, u"time_zone"_s);
    }
    form.timeZone = u"Europe/Berlin"_s;
    form.holidays = u"2026-12-24\n2026-12-25"_s;
    calendars.save(form);
    ASSERT_TRUE(
        waitUntil([&] { return calendars.calendars().size() == 1 && !calendars.isBusy(); }));
    const qint64 id = calendars.calendars().first().id;
    CalendarForm stored = calendars.form(id);
    EXPECT_EQ(stored.id, id);
    stored.id = 0;
    EXPECT_EQ(stored, form);

    // A second calendar of the same name: the server refuses it on the name.
    Reported reported(calendars);
    calendars.save(form);
    ASSERT_TRUE(waitUntil([&] { return reported.refused; }));
    EXPECT_EQ(reported.field, u"name"_s);
}

TEST_P(AutomationAdminTest, AnSlaPolicySavedIsReadBack)
{
    const qint64 calendar =
        admin()
            .call(u"calendar.create"_s,
                  QJsonObject {
                      {"name"_L1, u"Office"_s},
                      {"time_zone"_L1, u"Europe/Berlin"_s},
                      {"holidays"_L1, QJsonArray {}},
                      {"hours"_L1,
                       QJsonObject {{"mon"_L1, QJsonArray {QJsonArray {u"09:00"_s, u"17:00"_s}}}}}})
            .object()
            .value("id"_L1)
            .toInteger();
    ASSERT_GT(calendar, 0);
    SlaAdmin sla(mona->session);
    sla.reload();
    ASSERT_TRUE(waitUntil([&] { return sla.isLoaded() && !sla.isBusy(); }));
    ASSERT_EQ(sla.calendars().size(), 1);
    EXPECT_EQ(sla.calendars().first().name, u"Office"_s);

    SlaPolicy policy = sla.policy(0);
    policy.name = u"VIP incidents"_s;
    policy.type = TicketType::Incident;
    policy.priority = 1;
    policy.calendarId = 999;
    policy.responseMinutes = 30;
    policy.resolveMinutes = 20;
    {
        Reported reported(sla);
        sla.save(policy);
        EXPECT_TRUE(reported.refused) << "refused before it is sent";
        EXPECT_EQ(reported.field, u"resolve_minutes"_s);
    }
    policy.resolveMinutes = 240;
    {
        Reported reported(sla);
        sla.save(policy);
        ASSERT_TRUE(waitUntil([&] { return reported.refused; }));
        EXPECT_EQ(reported.field, u"calendar"_s) << "the server knows no calendar 999";
    }
    policy.calendarId = calendar;
    policy.warnPercent = 80;
    policy.escalateOnBreach = true;
    sla.save(policy);
    ASSERT_TRUE(waitUntil([&] { return sla.policies().size() == 1 && !sla.isBusy(); }));
    SlaPolicy stored = sla.policies().first();
    EXPECT_GT(stored.id, 0);
    stored.id = 0;
    EXPECT_EQ(stored, policy);

    // Changed, it re-plans the open tickets it governs.
    createTicket(admin(),
                 QJsonObject {{"title"_L1, u"VPN down"_s},
                              {"description"_L1, u"d"_s},
                              {"impact"_L1, u"high"_s},
                              {"urgency"_L1, u"high"_s}});
    int recomputed = -1;
    QObject context;
    QObject::connect(&sla, &SlaAdmin::saved, &context,
                     [&](const SlaPolicy&, int n) { recomputed = n; });
    stored = sla.policies().first();
    stored.resolveMinutes = 480;
    sla.save(stored);
    ASSERT_TRUE(waitUntil([&] { return recomputed >= 0 && !sla.isBusy(); }));
    EXPECT_EQ(recomputed, 1);
    EXPECT_EQ(sla.policy(stored.id).resolveMinutes, 480);
}

INSTANTIATE_TEST_SUITE_P(Backends, AutomationAdminTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
