// Change management in the agent client (issue 22), offscreen against a real server: an agent
// files a change on a server in the New change dialog (CI found by search, plans, the risk
// questionnaire with its live level, a schedule); the change section shows its risk level,
// what it affects and its conflict with a second change on the same server; it is submitted
// and the two board members approve it from their approvals inbox; the change calendar's week
// shows it approved, with the conflict marked.
#include "client/app/actions.h"
#include "client/app/approvalswindow.h"
#include "client/app/changes/calendarview.h"
#include "client/app/changes/changecalendarwindow.h"
#include "client/app/changes/changescreens.h"
#include "client/app/changes/changesection.h"
#include "client/app/changes/cipicker.h"
#include "client/app/changes/createchangedialog.h"
#include "client/app/changes/riskform.h"
#include "client/app/mainwindow.h"
#include "client/app/navigationpane.h"
#include "client/app/ticketpane.h"
#include "client/app/tickettable.h"
#include "client/core/changes/changecalendar.h"
#include "client/core/changes/changedesk.h"
#include "client/core/ticketdetail.h"
#include "clientfixture.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTreeView>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class ChangesUiTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"alex"_s, u"agent"_s);
        const qint64 mia = createUser(u"mia"_s, u"manager"_s);
        const qint64 max = createUser(u"max"_s, u"manager"_s);
        const qint64 ann = createUser(u"ann"_s, u"requester"_s);
        const qint64 board = createGroup(u"Change Advisory Board"_s, 3);
        addMember(board, mia);
        addMember(board, max);
        // Every board member approves a normal change.
        const Reply configured = admin().call(
            u"config.set"_s,
            QJsonObject {{"key"_L1, u"change_approval"_s},
                         {"value"_L1,
                          QJsonObject {{"normal"_L1,
                                        QJsonArray {QJsonObject {{"kind"_L1, u"group"_s},
                                                                 {"group"_L1, board},
                                                                 {"rule"_L1, u"all"_s}}}}}}});
        ASSERT_TRUE(configured.ok()) << configured.describe();
        server01 = ci(u"db-server-01"_s, u"server"_s);
        const qint64 payroll = ci(u"Payroll"_s, u"service"_s);
        relate(payroll, u"depends_on"_s, u"to"_s, server01);
        relate(payroll, u"used_by"_s, u"user"_s, ann);
        alex = connectAs(u"alex"_s);
        // Tuesday of next week, 20:00 to 22:00 local time: in one known week of the calendar.
        const QDate tuesday = QDate::currentDate().addDays(9 - QDate::currentDate().dayOfWeek());
        start = QDateTime(tuesday, QTime(20, 0));
    }

    qint64 ci(const QString& name, const QString& ciClass)
    {
        return createCi(admin(), name, ciClass);
    }

    void relate(qint64 from, const QString& type, const QString& key, qint64 to)
    {
        relateCi(admin(), from, type, key, to);
    }

    // A second change on the same server, overlapping by an hour.
    qint64 otherChange()
    {
        const Reply made = alex->call(
            u"change.create"_s,
            QJsonObject {
                {"title"_L1, u"Patch the storage firmware"_s},
                {"description"_L1, u"Vendor advisory"_s},
                {"kind"_L1, u"normal"_s},
                {"cis"_L1, QJsonArray {server01}},
                {"planned_start"_L1, start.addSecs(3600).toUTC().toString(Qt::ISODateWithMs)},
                {"planned_end"_L1, start.addSecs(3 * 3600).toUTC().toString(Qt::ISODateWithMs)}});
        EXPECT_TRUE(made.ok()) << made.describe();
        return made.object().value("id"_L1).toInteger();
    }

    QJsonObject changeOnServer(qint64 id)
    {
        return admin().call(u"change.get"_s, QJsonObject {{"id"_L1, id}}).object();
    }

    // The board member approves the change from their approvals inbox.
    void approveAs(const QString& username, const QString& title)
    {
        MainWindow& window = startAs(username);
        ApprovalsWindow* inbox = window.approvals();
        ASSERT_TRUE(inbox);
        auto* list = inbox->findChild<QTreeView*>(u"approvalList"_s);
        auto* comment = inbox->findChild<QPlainTextEdit*>(u"approvalComment"_s);
        auto* approve = inbox->findChild<QPushButton*>(u"approveButton"_s);
        ASSERT_TRUE(list && comment && approve);
        ASSERT_TRUE(waitUntil([&] { return list->model()->rowCount() == 1; }, 10000))
            << username.toStdString() << " has the change to approve";
        list->setCurrentIndex(list->model()->index(0, 0));
        EXPECT_TRUE(inbox->findChild<QLabel*>(u"approvalDetails"_s)->text().contains(title));
        comment->setPlainText(u"Fine with the back-out plan"_s);
        approve->click();
        ASSERT_TRUE(waitUntil([&] { return list->model()->rowCount() == 0; }, 10000));
    }

    qint64 server01 = 0;
    QDateTime start;
    std::unique_ptr<TestClient> alex;
};

TEST_P(ChangesUiTest, AChangeIsFiledAssessedApprovedByTheBoardAndPlacedInTheCalendar)
{
    const qint64 other = otherChange();
    MainWindow& window = startAs(u"alex"_s);
    QAction* newChange = window.actions()[Actions::NewChange];
    ASSERT_TRUE(newChange->isVisible());
    newChange->trigger();
    auto* dialog = window.findChild<CreateChangeDialog*>(u"createChangeDialog"_s);
    ASSERT_TRUE(dialog);
    RiskForm* risk = dialog->riskForm();
    ASSERT_TRUE(waitUntil([&] { return risk->findChildren<QComboBox*>().size() >= 5; }, 10000))
        << "the questionnaire arrives (five questions built in)";

    dialog->findChild<QLineEdit*>(u"changeTitle"_s)->setText(u"Upgrade the payroll database"_s);
    dialog->findChild<QPlainTextEdit*>(u"changeDescription"_s)
        ->setPlainText(u"PostgreSQL 15 to 16"_s);
    // The server is found by name and added as a chip.
    CiPicker* cis = dialog->ciPicker();
    cis->searchEdit()->setText(u"db-server"_s);
    Q_EMIT cis->searchEdit()->textEdited(cis->searchEdit()->text());
    ASSERT_TRUE(waitUntil([&] { return cis->results()->count() == 1; }, 10000));
    Q_EMIT cis->searchEdit()->returnPressed();
    ASSERT_EQ(cis->ids(), QList<qint64> {server01});
    EXPECT_EQ(cis->chips()->count(), 1);

    dialog->findChild<QDateTimeEdit*>(u"changePlannedStart"_s)->setDateTime(start);
    dialog->findChild<QDateTimeEdit*>(u"changePlannedEnd"_s)->setDateTime(start.addSecs(7200));
    dialog->findChild<QPlainTextEdit*>(u"changeImplementationPlan"_s)
        ->setPlainText(u"pg_upgrade --link"_s);
    dialog->findChild<QPlainTextEdit*>(u"changeBackoutPlan"_s)
        ->setPlainText(u"Restore last night's snapshot"_s);
    dialog->findChild<QPlainTextEdit*>(u"changeTestPlan"_s)
        ->setPlainText(u"Run the payroll smoke tests"_s);

    // Every question answered with its highest-scoring option: the live level is the top one.
    QLabel* chip = risk->levelChip();
    EXPECT_EQ(chip->property("riskLevel").toString(), QString()) << "nothing answered yet";
    for (QComboBox* choice : risk->findChildren<QComboBox*>())
        choice->setCurrentIndex(choice->count() - 1);
    const QString liveLevel = risk->level();
    EXPECT_FALSE(liveLevel.isEmpty());
    EXPECT_EQ(chip->property("riskLevel").toString(), liveLevel);

    dialog->findChild<QPushButton*>(u"createChangeButton"_s)->click();
    ASSERT_TRUE(waitUntil(
        [&] {
            return window.detail().isLoaded()
                && window.detail().ticket().type == TicketType::Change;
        },
        10000));
    const qint64 change = window.detail().ticketId();
    ASSERT_NE(change, other);
    EXPECT_EQ(changeOnServer(change).value("risk_level"_L1).toString(), liveLevel)
        << "the server computes the level the dialog showed";

    // The section: risk chip, what the server affects, the conflict with the other change.
    auto* section = window.pane()->findChild<ChangeSection*>(u"changeSection"_s);
    ASSERT_TRUE(section);
    ASSERT_TRUE(waitUntil(
        [&] { return section->isVisible() && window.changes()->desk().changeId() == change; },
        10000));
    auto* riskChip = section->findChild<QLabel*>(u"changeRiskChip"_s);
    EXPECT_EQ(riskChip->property("riskLevel").toString(), liveLevel);
    auto* impact = section->findChild<QLabel*>(u"changeImpact"_s);
    EXPECT_TRUE(impact->text().startsWith(u"1 service"_s)) << impact->text().toStdString();
    EXPECT_TRUE(section->findChild<QLabel*>(u"changeImpactLists"_s)->text().contains(u"Payroll"_s));
    auto* conflicts = section->findChild<QListWidget*>(u"changeConflicts"_s);
    QListWidgetItem* overlap = nullptr;
    for (int i = 0; i < conflicts->count(); ++i)
        if (conflicts->item(i)->data(Qt::UserRole).toLongLong() == other)
            overlap = conflicts->item(i);
    ASSERT_TRUE(overlap) << "the overlap with the other change is listed";
    EXPECT_TRUE(overlap->text().contains(u"#%1"_s.arg(other)));
    EXPECT_TRUE(overlap->text().contains(u"db-server-01"_s)) << overlap->text().toStdString();

    section->findChild<QPushButton*>(u"changeSubmitButton"_s)->click();
    ASSERT_TRUE(waitUntil(
        [&] {
            return changeOnServer(change).value("status"_L1).toString() == u"awaiting_approval"_s;
        },
        10000));

    approveAs(u"mia"_s, u"Upgrade the payroll database"_s);
    EXPECT_EQ(changeOnServer(change).value("status"_L1).toString(), u"awaiting_approval"_s)
        << "the whole board approves";
    approveAs(u"max"_s, u"Upgrade the payroll database"_s);
    ASSERT_TRUE(waitUntil(
        [&] { return changeOnServer(change).value("status"_L1).toString() == u"approved"_s; },
        10000));

    // The calendar's week of the change: the change placed, approved, its conflict marked.
    MainWindow& again = startAs(u"alex"_s);
    again.actions()[Actions::ChangeCalendar]->trigger();
    auto* calendarWindow = again.findChild<ChangeCalendarWindow*>(u"changeCalendarWindow"_s);
    ASSERT_TRUE(calendarWindow);
    calendarWindow->resize(1200, 760);
    ChangeCalendar& calendar = again.changes()->calendarModel();
    calendar.setDate(start.date());
    CalendarView* view = calendarWindow->view();
    ASSERT_TRUE(waitUntil(
        [&] {
            for (const CalendarChange& shown : view->changes())
                if (shown.id == change && shown.status == u"approved"_s)
                    return true;
            return false;
        },
        10000));
    EXPECT_EQ(view->mode(), CalendarView::Mode::Week);
    const QRect placed = view->changeRect(change);
    ASSERT_FALSE(placed.isEmpty()) << "drawn in its day";
    EXPECT_EQ(view->changeAt(placed.center()), std::optional<qint64>(change));
    const QRect otherPlaced = view->changeRect(other);
    ASSERT_FALSE(otherPlaced.isEmpty());
    EXPECT_FALSE(placed.intersects(otherPlaced)) << "overlapping changes side by side";
    const QString tip = view->tooltipFor(change);
    EXPECT_TRUE(tip.contains(u"Conflict:"_s)) << tip.toStdString();
    EXPECT_TRUE(tip.contains(u"#%1"_s.arg(other))) << tip.toStdString();

    // A double-click opens it in the main window.
    Q_EMIT view->openChangeRequested(other);
    EXPECT_TRUE(waitUntil([&] { return again.detail().ticketId() == other; }, 10000));
}

TEST_P(ChangesUiTest, TheDialogMarksTheFieldAnErrorNames)
{
    MainWindow& window = startAs(u"alex"_s);
    ChangeScreens* screens = window.changes();
    CreateChangeDialog* dialog = screens->createChange();
    dialog->findChild<QLineEdit*>(u"changeTitle"_s)->setText(u"Reboot the switch"_s);
    dialog->findChild<QDateTimeEdit*>(u"changePlannedStart"_s)->setDateTime(start);
    dialog->findChild<QDateTimeEdit*>(u"changePlannedEnd"_s)->setDateTime(start.addSecs(-3600));
    dialog->submit();
    auto* status = dialog->findChild<QLabel*>(u"createChangeStatus"_s);
    ASSERT_TRUE(waitUntil([&] { return !status->isHidden(); }, 10000));
    EXPECT_EQ(dialog->markedField(), u"planned_end"_s) << status->text().toStdString();
    EXPECT_TRUE(dialog->isVisible()) << "the dialog stays for the user to fix it";
}

TEST_P(ChangesUiTest, AnImplementedChangeIsReviewedAndTheIncidentsItCausedLinked)
{
    // A change approved by the board (over the wire) and implemented by alex.
    QJsonObject risk;
    for (const QJsonValue& question :
         alex->call(u"change.questionnaire"_s).object().value("questions"_L1).toArray())
        risk.insert(question.toObject().value("id"_L1).toString(), 0);
    const Reply made = alex->call(
        u"change.create"_s,
        QJsonObject {{"title"_L1, u"Add an index to the payroll table"_s},
                     {"description"_L1, u"Slow month-end report"_s},
                     {"kind"_L1, u"normal"_s},
                     {"cis"_L1, QJsonArray {server01}},
                     {"implementation_plan"_L1, u"CREATE INDEX CONCURRENTLY"_s},
                     {"backout_plan"_L1, u"DROP INDEX"_s},
                     {"test_plan"_L1, u"Run the report"_s},
                     {"risk"_L1, risk},
                     {"planned_start"_L1, start.toUTC().toString(Qt::ISODateWithMs)},
                     {"planned_end"_L1, start.addSecs(3600).toUTC().toString(Qt::ISODateWithMs)}});
    ASSERT_TRUE(made.ok()) << made.describe();
    const qint64 change = made.object().value("id"_L1).toInteger();
    ASSERT_TRUE(alex->call(u"change.submit"_s, QJsonObject {{"id"_L1, change}}).ok());
    for (const QString& member : {u"mia"_s, u"max"_s}) {
        auto board = connectAs(member);
        const QJsonArray waiting = board->call(u"approval.list"_s).items();
        ASSERT_EQ(waiting.size(), 1) << member.toStdString();
        const Reply decided = board->call(
            u"approval.decide"_s,
            QJsonObject {{"id"_L1, waiting.first().toObject().value("id"_L1).toInteger()},
                         {"decision"_L1, u"approve"_s}});
        ASSERT_TRUE(decided.ok()) << decided.describe();
    }
    for (const QString& status : {u"implementing"_s, u"resolved"_s}) {
        const Reply moved = alex->call(
            u"ticket.transition"_s,
            QJsonObject {{"id"_L1, change}, {"status"_L1, status}, {"note"_L1, u"Done"_s}});
        ASSERT_TRUE(moved.ok()) << status.toStdString() << ": " << moved.describe();
    }
    const qint64 incident = createTicket(*connectAs(u"ann"_s),
                                         QJsonObject {{"title"_L1, u"Payroll report fails"_s},
                                                      {"description"_L1, u"Since last night"_s}})
                                .value("id"_L1)
                                .toInteger();

    MainWindow& window = startAs(u"alex"_s);
    window.openTicket(change);
    auto* section = window.pane()->findChild<ChangeSection*>(u"changeSection"_s);
    ASSERT_TRUE(section);
    auto* reviewButton = section->findChild<QPushButton*>(u"changeReviewButton"_s);
    ASSERT_TRUE(waitUntil(
        [&] { return window.changes()->desk().changeId() == change && reviewButton->isEnabled(); },
        10000))
        << "an implemented change waits for its review";

    section->findChild<QLineEdit*>(u"changeIncidentNumber"_s)->setText(QString::number(incident));
    section->findChild<QPushButton*>(u"changeLinkIncidentButton"_s)->click();
    auto* caused = section->findChild<QListWidget*>(u"changeIncidents"_s);
    ASSERT_TRUE(waitUntil([&] { return caused->count() == 1; }, 10000));
    EXPECT_EQ(caused->item(0)->data(Qt::UserRole).toLongLong(), incident);
    EXPECT_EQ(changeOnServer(change).value("caused_incidents"_L1).toArray().size(), 1);

    section->reviewWith(u"successful_with_issues"_s, u"The report needed a second index"_s);
    ASSERT_TRUE(
        waitUntil([&] { return !changeOnServer(change).value("review"_L1).isNull(); }, 10000));
    EXPECT_EQ(changeOnServer(change).value("review"_L1).toObject().value("outcome"_L1).toString(),
              u"successful_with_issues"_s);
    EXPECT_TRUE(waitUntil([&] { return !reviewButton->isEnabled(); })) << "reviewed once";
    EXPECT_TRUE(section->findChild<QLabel*>(u"changeReview"_s)->text().contains(u"second index"_s));

    caused->setCurrentRow(0);
    caused->item(0)->setSelected(true);
    section->findChild<QPushButton*>(u"changeUnlinkIncidentButton"_s)->click();
    ASSERT_TRUE(waitUntil([&] { return caused->count() == 0; }, 10000));
    EXPECT_TRUE(changeOnServer(change).value("caused_incidents"_L1).toArray().isEmpty());
}

TEST_P(ChangesUiTest, ManagersAddAndDeleteWindowsFromTheCalendar)
{
    {
        MainWindow& agent = startAs(u"alex"_s);
        agent.actions()[Actions::ChangeCalendar]->trigger();
        auto* calendarWindow = agent.findChild<ChangeCalendarWindow*>(u"changeCalendarWindow"_s);
        ASSERT_TRUE(calendarWindow);
        EXPECT_FALSE(calendarWindow->findChild<QPushButton*>(u"calendarNewWindow"_s))
            << "agents do not edit windows";
    }
    MainWindow& window = startAs(u"mia"_s);
    window.actions()[Actions::ChangeCalendar]->trigger();
    auto* calendarWindow = window.findChild<ChangeCalendarWindow*>(u"changeCalendarWindow"_s);
    ASSERT_TRUE(calendarWindow);
    ASSERT_TRUE(calendarWindow->findChild<QPushButton*>(u"calendarNewWindow"_s));
    ChangeCalendar& calendar = window.changes()->calendarModel();
    calendar.setDate(start.date());
    api::ChangeWindowCreateParams params;
    params.name = u"Year-end freeze"_s;
    params.kind = u"freeze"_s;
    params.start = start.addSecs(-3600).toMSecsSinceEpoch();
    params.end = start.addSecs(3 * 3600).toMSecsSinceEpoch();
    params.cis = {server01};
    calendar.createWindow(params);
    const auto shown = [&] {
        for (const CalendarWindow& occurrence : calendar.windows())
            if (occurrence.name == u"Year-end freeze"_s)
                return occurrence.freeze && occurrence.cis == QStringList {u"db-server-01"_s};
        return false;
    };
    ASSERT_TRUE(waitUntil(shown, 10000)) << "the freeze is in the week shown";
    // A change on the server inside it collides with the freeze.
    const qint64 other = otherChange();
    ASSERT_TRUE(waitUntil(
        [&] {
            for (const CalendarChange& change : calendar.changes())
                if (change.id == other)
                    return change.conflicts.join(u' ').contains(u"Year-end freeze"_s);
            return false;
        },
        10000));

    calendar.loadWindows();
    ASSERT_TRUE(waitUntil([&] { return calendar.windowDefinitions().size() == 1; }, 10000));
    calendar.deleteWindow(calendar.windowDefinitions().first().id);
    ASSERT_TRUE(waitUntil([&] { return !shown(); }, 10000));
    EXPECT_TRUE(admin().call(u"change.window.list"_s).items().isEmpty());
}

// A week with more changes than one answer holds is read page after page: the calendar ends with
// every change once, and a reload (a change pushed) does not double them.
TEST_P(ChangesUiTest, ABusyWeekIsReadPageByPageWithEveryChangeOnce)
{
    QList<qint64> made;
    for (int i = 0; i < 5; ++i) {
        const Reply change = alex->call(
            u"change.create"_s,
            QJsonObject {
                {"title"_L1, u"Rolling patch %1"_s.arg(i + 1)},
                {"kind"_L1, u"normal"_s},
                {"cis"_L1, QJsonArray {server01}},
                {"planned_start"_L1, start.addSecs(i * 1800).toUTC().toString(Qt::ISODateWithMs)},
                {"planned_end"_L1,
                 start.addSecs(i * 1800 + 900).toUTC().toString(Qt::ISODateWithMs)}});
        ASSERT_TRUE(change.ok()) << change.describe();
        made.append(change.object().value("id"_L1).toInteger());
    }
    MainWindow& window = startAs(u"alex"_s);
    window.actions()[Actions::ChangeCalendar]->trigger();
    ChangeCalendar& calendar = window.changes()->calendarModel();
    calendar.setPageSize(2);
    calendar.setDate(start.date());
    const auto ids = [&] {
        QList<qint64> shown;
        for (const CalendarChange& change : calendar.changes())
            shown.append(change.id);
        return shown;
    };
    ASSERT_TRUE(waitUntil([&] { return !calendar.isLoading() && ids().size() >= 5; }, 10000))
        << ids().size();
    EXPECT_EQ(ids(), made) << "three pages, each change once, by start";

    // A pushed change reloads the week from its first page.
    ASSERT_TRUE(alex->call(u"change.update"_s,
                           QJsonObject {{"id"_L1, made[2]}, {"title"_L1, u"Rolling patch 3b"_s}})
                    .ok());
    ASSERT_TRUE(waitUntil(
        [&] {
            for (const CalendarChange& change : calendar.changes())
                if (change.title == u"Rolling patch 3b"_s)
                    return !calendar.isLoading();
            return false;
        },
        10000));
    EXPECT_EQ(ids(), made);
}

// Ticket → Raise a change… on an incident about the server: the change form starts from the
// incident (its title, its words with its number, its CI) and the change is linked to it.
TEST_P(ChangesUiTest, AChangeRaisedFromAnIncidentStartsFromItAndIsLinkedToIt)
{
    const qint64 incident = createTicket(*alex,
                                         QJsonObject {{"title"_L1, u"Payroll database slow"_s},
                                                      {"description"_L1, u"Reports time out"_s},
                                                      {"cis"_L1, QJsonArray {server01}}})
                                .value("id"_L1)
                                .toInteger();
    ASSERT_GT(incident, 0);
    MainWindow& window = startAs(u"alex"_s);
    window.openTicket(incident);
    ASSERT_TRUE(waitUntil(
        [&] { return window.detail().isLoaded() && window.detail().ticketId() == incident; },
        10000));
    QAction* raise = window.actions()[Actions::RaiseChange];
    ASSERT_TRUE(raise->isVisible()) << "offered to the staff";
    raise->trigger();
    auto* dialog = window.findChild<CreateChangeDialog*>(u"createChangeDialog"_s);
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->findChild<QLineEdit*>(u"changeTitle"_s)->text(), u"Payroll database slow"_s);
    const QString words = dialog->findChild<QPlainTextEdit*>(u"changeDescription"_s)->toPlainText();
    EXPECT_TRUE(words.contains(u"#%1"_s.arg(incident))) << words.toStdString();
    EXPECT_TRUE(words.contains(u"Reports time out"_s));
    EXPECT_EQ(dialog->ciPicker()->ids(), QList<qint64> {server01}) << "on the incident's CI";

    dialog->submit();
    ASSERT_TRUE(waitUntil(
        [&] {
            return window.detail().isLoaded() && window.detail().ticketId() != incident
                && window.detail().ticket().type == TicketType::Change;
        },
        10000))
        << "the new change opens";
    const qint64 change = window.detail().ticketId();
    const auto linked = [&] {
        for (const LinkedTicket& link : window.detail().links())
            if (link.id == incident)
                return true;
        return false;
    };
    EXPECT_TRUE(waitUntil(linked, 10000)) << "linked to the incident it was raised from";
    EXPECT_EQ(changeOnServer(change).value("cis"_L1).toArray().size(), 1);
}

// An incident open on the agent's screen: linking it to the change that caused it (from the
// change's side, by another agent) shows "Caused by change #N" among its links at once, and
// double-clicking it opens the change.
TEST_P(ChangesUiTest, AnIncidentShowsTheChangeThatCausedItLive)
{
    const qint64 incident = createTicket(*alex,
                                         QJsonObject {{"title"_L1, u"Payroll export fails"_s},
                                                      {"description"_L1, u"Since last night"_s}})
                                .value("id"_L1)
                                .toInteger();
    const qint64 change = otherChange();
    MainWindow& window = startAs(u"alex"_s);
    window.openTicket(incident);
    ASSERT_TRUE(waitUntil(
        [&] { return window.detail().isLoaded() && window.detail().ticketId() == incident; },
        10000));
    auto* links = window.findChild<QListWidget*>(u"linksList"_s);
    ASSERT_TRUE(links);
    EXPECT_EQ(links->count(), 0);

    const Reply linked =
        admin().call(u"change.link_incidents"_s,
                     QJsonObject {{"change"_L1, change}, {"incidents"_L1, QJsonArray {incident}}});
    ASSERT_TRUE(linked.ok()) << linked.describe();
    const QString expected = u"Caused by change #%1: Patch the storage firmware"_s.arg(change);
    ASSERT_TRUE(waitUntil(
        [&] { return links->count() == 1 && links->item(0)->text().startsWith(expected); }, 10000))
        << (links->count() ? links->item(0)->text().toStdString() : std::string("no link"));
    Q_EMIT links->itemActivated(links->item(0));
    EXPECT_TRUE(waitUntil(
        [&] { return window.detail().isLoaded() && window.detail().ticketId() == change; }, 10000))
        << "the change opens";
}

// Two incidents selected in the queue: Selection → Raise a change for the selection… opens the
// change form with a line per incident to start from, and the change is linked to both.
TEST_P(ChangesUiTest, AChangeForTwoSelectedIncidentsIsLinkedToBoth)
{
    QList<qint64> incidents;
    for (const QString& title : {u"Payroll export fails"_s, u"Payroll report is empty"_s})
        incidents.append(
            createTicket(*alex,
                         QJsonObject {{"title"_L1, title}, {"description"_L1, u"Since Monday"_s}})
                .value("id"_L1)
                .toInteger());
    MainWindow& window = startAs(u"alex"_s);
    showQueue(window, u"All open"_s);
    const auto rowOf = [&](qint64 id) {
        for (int row = 0; row < window.queue().rowCount(); ++row)
            if (window.queue().ticketAt(row).id == id)
                return row;
        return -1;
    };
    ASSERT_TRUE(waitUntil([&] { return rowOf(incidents[0]) >= 0 && rowOf(incidents[1]) >= 0; }));
    for (qint64 id : incidents)
        window.table()->selectionModel()->select(window.queue().index(rowOf(id), 0),
                                                 QItemSelectionModel::Select
                                                     | QItemSelectionModel::Rows);
    QMenu* menu = window.selectionMenu();
    Q_EMIT menu->aboutToShow();
    QAction* raise = nullptr;
    for (QAction* action : menu->actions())
        if (action->text().remove(u'&') == u"Raise a change for the selection…"_s)
            raise = action;
    ASSERT_TRUE(raise) << "the Selection menu offers it";
    raise->trigger();
    auto* dialog = window.findChild<CreateChangeDialog*>(u"createChangeDialog"_s);
    ASSERT_TRUE(dialog);
    EXPECT_EQ(QSet<qint64>(dialog->raisedFrom().begin(), dialog->raisedFrom().end()),
              QSet<qint64>(incidents.begin(), incidents.end()));
    const QString words = dialog->findChild<QPlainTextEdit*>(u"changeDescription"_s)->toPlainText();
    for (qint64 id : incidents)
        EXPECT_TRUE(words.contains(u"#%1"_s.arg(id))) << words.toStdString();
    dialog->findChild<QLineEdit*>(u"changeTitle"_s)->setText(u"Fix the payroll export job"_s);
    dialog->submit();
    ASSERT_TRUE(waitUntil(
        [&] {
            return window.detail().isLoaded()
                && window.detail().ticket().type == TicketType::Change;
        },
        10000))
        << "the new change opens";
    const auto linkedTo = [&] {
        QSet<qint64> ids;
        for (const LinkedTicket& link : window.detail().links())
            ids.insert(link.id);
        return ids;
    };
    EXPECT_TRUE(waitUntil(
        [&] { return linkedTo() == QSet<qint64>(incidents.begin(), incidents.end()); }, 10000))
        << "linked to both incidents";
}

INSTANTIATE_TEST_SUITE_P(Backends, ChangesUiTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

} // namespace
