// Change conflicts and the calendar (issue 22, point 4) on both databases: two changes on the
// same CI or on dependent CIs at overlapping times (found behind 500 unrelated ones too), none
// when the times do not overlap, a
// change outside every maintenance window of its CI, one inside a freeze, a weekly window's
// occurrence containing a change, emergency changes reported too; the calendar's range bound;
// and the "done when": a change on a server shows the two services and 40 users it
// affects, conflicts with another change in the calendar, is approved by the board (a
// two-member group, rule all) and moves to implementing at its time by its assignee; window and
// template edits in the audit log.
#include "changefixture.h"

namespace frontline::test {
namespace {

using Conflicts = QList<std::pair<QString, qint64>>;

class ChangeConflictTest : public ChangeTest
{
protected:
    qint64 window(const QString& name, const QString& kind, double start, double end,
                  std::initializer_list<qint64> cis, const QString& repeat = u"none"_s)
    {
        const Reply reply = admin().call(u"change.window.create"_s,
                                         QJsonObject {{"name"_L1, name},
                                                      {"kind"_L1, kind},
                                                      {"start"_L1, at(start)},
                                                      {"end"_L1, at(end)},
                                                      {"repeat"_L1, repeat},
                                                      {"cis"_L1, ids(cis)}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object().value("id"_L1).toInteger();
    }
};

TEST_P(ChangeConflictTest, OverlapOnTheSameOrADependentCi)
{
    const qint64 server = ci(u"srv-app-01"_s, u"server"_s);
    const qint64 app = ci(u"payroll"_s, u"application"_s);
    const qint64 other = ci(u"srv-other"_s, u"server"_s);
    relate(app, u"runs_on"_s, server); // the server's outage reaches the application

    const qint64 a = completeChange(u"Patch the server"_s, {server}, 10, 12);
    const qint64 same = completeChange(u"Replace a disk"_s, {server}, 11, 13);
    const qint64 dependent = completeChange(u"Upgrade payroll"_s, {app}, 11.5, 14);
    const qint64 apart = completeChange(u"Later patch"_s, {server}, 12, 13);
    const qint64 elsewhere = completeChange(u"Other server"_s, {other}, 10, 12);

    const Conflicts ofA = conflicts(a);
    EXPECT_TRUE(ofA.contains({u"overlap"_s, same}));
    EXPECT_TRUE(ofA.contains({u"overlap"_s, dependent})) << "payroll runs on the server";
    EXPECT_FALSE(ofA.contains({u"overlap"_s, apart})) << "[10,12) and [12,13) do not overlap";
    EXPECT_FALSE(ofA.contains({u"overlap"_s, elsewhere}));
    EXPECT_TRUE(conflicts(dependent).contains({u"overlap"_s, a})) << "seen from both sides";
    EXPECT_TRUE(conflicts(elsewhere).isEmpty());

    const QJsonObject detail = change(same);
    const QJsonObject first = detail.value("conflicts"_L1).toArray().first().toObject();
    EXPECT_EQ(first.value("ci"_L1).toObject().value("id"_L1).toInteger(), server);
    EXPECT_EQ(first.value("start"_L1).toString(), at(11));
    EXPECT_EQ(first.value("end"_L1).toString(), at(12));
}

// A busy week does not hide a conflict: more changes overlap it than the check reads at a time
// (500), all on CIs that have nothing to do with ours and all starting earlier, and the one on
// a CI ours depends on is still found.
TEST_P(ChangeConflictTest, AConflictIsFoundBehindFiveHundredUnrelatedOverlaps)
{
    const qint64 database = ci(u"srv-busy-db"_s, u"server"_s);
    const qint64 app = ci(u"busy-app"_s, u"application"_s);
    relate(app, u"depends_on"_s, database);
    // Spread over 30 servers, so that filing them does not check each against all the others.
    QList<qint64> unrelated;
    for (int i = 0; i < 30; ++i)
        unrelated.append(ci(u"srv-busy-%1"_s.arg(i), u"server"_s));
    for (int i = 0; i < 510; ++i)
        completeChange(u"Unrelated %1"_s.arg(i), {unrelated[i % 30]}, 9, 14);
    const qint64 mine = completeChange(u"Upgrade the app"_s, {app}, 11, 13);
    const qint64 theirs = completeChange(u"Patch the database"_s, {database}, 12, 15);

    EXPECT_EQ(conflicts(mine), (Conflicts {{u"overlap"_s, theirs}}))
        << "the app depends on the database; the 510 others touch neither";
    EXPECT_EQ(conflicts(theirs), (Conflicts {{u"overlap"_s, mine}})) << "seen from both sides";
}

TEST_P(ChangeConflictTest, MaintenanceWindowsAndFreezes)
{
    const qint64 server = ci(u"srv-db-01"_s, u"server"_s);
    const qint64 laptop = ci(u"lt-0042"_s, u"laptop"_s);
    // Sunday nights 22:00-04:00, weekly from the Sunday before the test week.
    const qint64 sunday = window(u"Sunday night"_s, u"maintenance"_s, -2, 4, {server}, u"weekly"_s);
    const qint64 freeze = window(u"Month end"_s, u"freeze"_s, 24 * 3, 24 * 5, {});

    const qint64 inside =
        completeChange(u"Inside the second Sunday"_s, {server}, 24 * 6 + 23, 24 * 7 + 2);
    const qint64 outside = completeChange(u"On a Monday"_s, {server}, 10, 12);
    const qint64 noWindows = completeChange(u"Laptop swap"_s, {laptop}, 10, 12);
    const qint64 frozen = completeChange(u"During the freeze"_s, {laptop}, 24 * 4, 24 * 4 + 2);
    const qint64 emergency =
        completeChange(u"Emergency fix"_s, {server}, 24 * 4, 24 * 4 + 1, u"emergency"_s);

    EXPECT_TRUE(conflicts(inside).isEmpty()) << "a weekly occurrence contains it";
    EXPECT_EQ(conflicts(outside), (Conflicts {{u"outside_window"_s, sunday}}));
    EXPECT_TRUE(conflicts(noWindows).isEmpty()) << "no maintenance window for the laptop";
    EXPECT_EQ(conflicts(frozen), (Conflicts {{u"freeze"_s, freeze}}));
    const Conflicts ofEmergency = conflicts(emergency);
    EXPECT_TRUE(ofEmergency.contains({u"freeze"_s, freeze})) << "reported for emergencies too";
    EXPECT_TRUE(ofEmergency.contains({u"outside_window"_s, sunday}));

    // The calendar expands the weekly window over its range.
    const Reply calendar = m_agent->call(u"change.calendar"_s,
                                         QJsonObject {{"from"_L1, at(0)}, {"to"_L1, at(24 * 14)}});
    ASSERT_TRUE(calendar.ok()) << calendar.describe();
    int sundays = 0;
    for (const QJsonValue& o : calendar.object().value("windows"_L1).toArray())
        sundays += o.toObject().value("window"_L1).toInteger() == sunday;
    EXPECT_EQ(sundays, 3) << "the week before's end, and two Sundays in the range";
    EXPECT_EQ(calendar.object().value("changes"_L1).toArray().size(), 5);
}

TEST_P(ChangeConflictTest, CalendarRangeIsBounded)
{
    const Reply tooLong = m_agent->call(u"change.calendar"_s,
                                        QJsonObject {{"from"_L1, at(0)}, {"to"_L1, at(24 * 63)}});
    EXPECT_EQ(tooLong.code(), InvalidParams);
    EXPECT_EQ(tooLong.field(), u"to"_s);
    EXPECT_TRUE(
        m_agent
            ->call(u"change.calendar"_s, QJsonObject {{"from"_L1, at(0)}, {"to"_L1, at(24 * 62)}})
            .ok());
    EXPECT_EQ(m_agent
                  ->call(u"change.window.create"_s,
                         QJsonObject {{"name"_L1, u"w"_s},
                                      {"kind"_L1, u"freeze"_s},
                                      {"start"_L1, at(0)},
                                      {"end"_L1, at(1)}})
                  .code(),
              Forbidden)
        << "windows are the managers'";
}

// A busy week is read page by page: every change once, by planned start then id, the CI filter
// applied before the page is cut, the windows with the first page only.
TEST_P(ChangeConflictTest, TheCalendarIsReadInPagesWithEveryChangeOnce)
{
    const qint64 db = ci(u"srv-page-db"_s, u"server"_s);
    const qint64 web = ci(u"srv-page-web"_s, u"server"_s);
    window(u"Tuesday freeze"_s, u"freeze"_s, 24, 48, {});
    QList<qint64> made;
    // Two pairs start at the same hour: the id decides their order.
    made << completeChange(u"Web 1"_s, {web}, 1, 2) << completeChange(u"Db 1"_s, {db}, 3, 4)
         << completeChange(u"Db 2"_s, {db}, 3, 5) << completeChange(u"Web 2"_s, {web}, 6, 7)
         << completeChange(u"Db 3"_s, {db}, 6, 8);

    struct Read
    {
        QList<qint64> ids;
        QList<int> windowsPerPage;
        int pages = 0;
    };
    const auto readAll = [&](int limit, std::optional<qint64> onCi) {
        Read read;
        QJsonObject params {{"from"_L1, at(0)}, {"to"_L1, at(24 * 7)}, {"limit"_L1, limit}};
        if (onCi)
            params.insert("cis"_L1, ids({*onCi}));
        for (;;) {
            const Reply page = m_agent->call(u"change.calendar"_s, params);
            EXPECT_TRUE(page.ok()) << page.describe();
            if (!page.ok() || ++read.pages > 10)
                break;
            const QJsonArray changes = page.object().value("changes"_L1).toArray();
            EXPECT_LE(changes.size(), limit);
            for (const QJsonValue& c : changes)
                read.ids.append(c.toObject().value("id"_L1).toInteger());
            read.windowsPerPage.append(int(page.object().value("windows"_L1).toArray().size()));
            const QJsonValue next = page.object().value("next_cursor"_L1);
            if (!next.isString())
                break;
            params.insert("cursor"_L1, next);
        }
        return read;
    };

    const Read all = readAll(2, std::nullopt);
    EXPECT_EQ(all.ids, made) << "each change once, by start then id";
    EXPECT_EQ(all.pages, 3);
    EXPECT_EQ(all.windowsPerPage, (QList<int> {1, 0, 0})) << "windows with the first page";
    EXPECT_EQ(readAll(500, std::nullopt).pages, 1) << "no cursor when the page holds them all";

    const Read onDb = readAll(1, db);
    EXPECT_EQ(onDb.ids, (QList<qint64> {made[1], made[2], made[4]}))
        << "the filter does not lose changes behind other CIs' pages";

    const Reply bad = m_agent->call(
        u"change.calendar"_s,
        QJsonObject {{"from"_L1, at(0)}, {"to"_L1, at(24)}, {"cursor"_L1, u"tomorrow"_s}});
    EXPECT_EQ(bad.code(), InvalidParams);
    EXPECT_EQ(bad.field(), u"cursor"_s);
    const Reply tooMany =
        m_agent->call(u"change.calendar"_s,
                      QJsonObject {{"from"_L1, at(0)}, {"to"_L1, at(24)}, {"limit"_L1, 501}});
    EXPECT_EQ(tooMany.field(), u"limit"_s);
}

// Windows decide which changes conflict and templates skip the board: an auditor sees who
// made, changed and removed each, with what changed.
TEST_P(ChangeConflictTest, WindowAndTemplateEditsAreInTheAuditLog)
{
    const qint64 server = ci(u"srv-audit"_s, u"server"_s);
    const qint64 freeze = window(u"Year-end freeze"_s, u"freeze"_s, 0, 48, {server});
    ASSERT_TRUE(admin()
                    .call(u"change.window.update"_s,
                          QJsonObject {{"id"_L1, freeze}, {"name"_L1, u"Year-end freeze 2026"_s}})
                    .ok());
    ASSERT_TRUE(admin().call(u"change.window.delete"_s, QJsonObject {{"id"_L1, freeze}}).ok());
    const Reply tmpl = admin().call(u"change.template.create"_s,
                                    QJsonObject {{"name"_L1, u"Reboot"_s},
                                                 {"cis"_L1, ids({server})},
                                                 {"implementation_plan"_L1, u"Reboot it"_s},
                                                 {"backout_plan"_L1, u"None needed"_s},
                                                 {"test_plan"_L1, u"Ping it"_s},
                                                 {"risk_level"_L1, u"low"_s}});
    ASSERT_TRUE(tmpl.ok()) << tmpl.describe();
    ASSERT_TRUE(
        admin()
            .call(u"change.template.update"_s,
                  QJsonObject {{"id"_L1, tmpl.object().value("id"_L1)}, {"active"_L1, false}})
            .ok());

    const auto entries = [&](const QString& action) {
        const Reply audit = admin().call(u"audit.list"_s, QJsonObject {{"action"_L1, action}});
        EXPECT_TRUE(audit.ok()) << audit.describe();
        return audit.object().value("items"_L1).toArray();
    };
    const QJsonArray created = entries(u"change.window.create"_s);
    ASSERT_EQ(created.size(), 1);
    EXPECT_EQ(created[0].toObject().value("target_id"_L1).toInteger(), freeze);
    EXPECT_EQ(created[0]
                  .toObject()
                  .value("details"_L1)
                  .toObject()
                  .value("kind"_L1)
                  .toObject()
                  .value("after"_L1)
                  .toString(),
              u"freeze"_s);
    const QJsonArray renamed = entries(u"change.window.update"_s);
    ASSERT_EQ(renamed.size(), 1);
    const QJsonObject name =
        renamed[0].toObject().value("details"_L1).toObject().value("name"_L1).toObject();
    EXPECT_EQ(name.value("before"_L1).toString(), u"Year-end freeze"_s);
    EXPECT_EQ(name.value("after"_L1).toString(), u"Year-end freeze 2026"_s);
    EXPECT_EQ(entries(u"change.window.delete"_s).size(), 1);
    EXPECT_EQ(entries(u"change.template.create"_s).size(), 1);
    const QJsonArray deactivated = entries(u"change.template.update"_s);
    ASSERT_EQ(deactivated.size(), 1);
    EXPECT_FALSE(deactivated[0]
                     .toObject()
                     .value("details"_L1)
                     .toObject()
                     .value("active"_L1)
                     .toObject()
                     .value("after"_L1)
                     .toBool(true));
}

TEST_P(ChangeConflictTest, AChangeOnAServerFromImpactToImplementation)
{
    // The server runs two services used by 40 users.
    const qint64 server = ci(u"srv-erp-01"_s, u"server"_s);
    const qint64 erp = ci(u"ERP"_s, u"service"_s);
    const qint64 crm = ci(u"CRM"_s, u"service"_s);
    relate(erp, u"runs_on"_s, server);
    relate(crm, u"runs_on"_s, server);
    for (int i = 0; i < 40; ++i) {
        const qint64 user = createUser(u"user%1"_s.arg(i), u"requester"_s);
        relate(i < 20 ? erp : crm, u"used_by"_s, user, u"user"_s);
    }
    // The board: a two-member group, every member approves.
    const qint64 board = createGroup(u"Change Advisory Board"_s, 1);
    addMember(board, createUser(u"mona"_s, u"manager"_s));
    addMember(board, createUser(u"mike"_s, u"manager"_s));
    auto mona = connectAs(u"mona"_s);
    auto mike = connectAs(u"mike"_s);

    const qint64 id = completeChange(u"ERP server memory upgrade"_s, {server}, 20, 23);
    const qint64 other = completeChange(u"ERP server firmware"_s, {server}, 22, 24);
    const QJsonObject detail = change(id);
    const QJsonObject impact = detail.value("impact"_L1).toObject();
    QList<qint64> services = nodeIds(impact.value("services"_L1));
    std::sort(services.begin(), services.end());
    EXPECT_EQ(services, (QList<qint64> {erp, crm}));
    EXPECT_EQ(impact.value("user_count"_L1).toInt(), 40);
    EXPECT_EQ(impact.value("users"_L1).toArray().size(), 40);

    const Reply calendar = m_agent->call(u"change.calendar"_s,
                                         QJsonObject {{"from"_L1, at(0)}, {"to"_L1, at(24 * 7)}});
    ASSERT_TRUE(calendar.ok()) << calendar.describe();
    bool shown = false;
    for (const QJsonValue& value : calendar.object().value("conflicts"_L1).toArray()) {
        const QJsonObject c = value.toObject();
        shown = shown
            || (c.value("change"_L1).toInteger() == id
                && c.value("conflict"_L1).toObject().value("change"_L1).toInteger() == other);
    }
    EXPECT_TRUE(shown) << calendar.describe();
    for (const QJsonValue& slot : calendar.object().value("changes"_L1).toArray())
        EXPECT_EQ(slot.toObject().value("conflict_count"_L1).toInt(), 1);

    ASSERT_TRUE(submit(id).ok());
    ASSERT_TRUE(decideFirst(*mona, id, u"approve"_s).ok());
    EXPECT_EQ(status(id), u"awaiting_approval"_s) << "rule all: mike still has to approve";
    ASSERT_TRUE(decideFirst(*mike, id, u"approve"_s).ok());
    EXPECT_EQ(status(id), u"approved"_s);
    // At its time the assignee starts the work.
    const QJsonObject approved = change(id);
    EXPECT_EQ(approved.value("assignee"_L1).toInteger(), m_agentId);
    EXPECT_EQ(approved.value("planned_start"_L1).toString(), at(20));
    const Reply started = transition(*m_agent, id, u"implementing"_s);
    ASSERT_TRUE(started.ok()) << started.describe();
    EXPECT_EQ(status(id), u"implementing"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, ChangeConflictTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

} // namespace
} // namespace frontline::test
