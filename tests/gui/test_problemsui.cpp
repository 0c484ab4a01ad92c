// Problem management in the agent client (issue 22), offscreen against a real server: an
// agent selects three incidents in the queue and creates a problem from them; the problem
// section refuses a known error without a workaround, records one, and resolves the problem
// with its incidents; a fourth matching incident shows the known-error banner, whose
// "Insert workaround" fills the reply and "Link to problem" links it.
#include "client/app/composer.h"
#include "client/app/mainwindow.h"
#include "client/app/navigationpane.h"
#include "client/app/problems/candidateproblemswindow.h"
#include "client/app/problems/createproblemdialog.h"
#include "client/app/problems/knownerrorbanner.h"
#include "client/app/problems/problemscreens.h"
#include "client/app/problems/problemsection.h"
#include "client/app/ticketpane.h"
#include "client/app/tickettable.h"
#include "client/core/problems/problemdesk.h"
#include "client/core/ticketdetail.h"
#include "client/core/ticketlistmodel.h"
#include "clientfixture.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class ProblemsUiTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"alex"_s, u"agent"_s);
        createUser(u"ann"_s, u"requester"_s);
        ASSERT_TRUE(
            admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"Network"_s}}).ok());
        ann = connectAs(u"ann"_s);
        alex = connectAs(u"alex"_s);
    }

    qint64 incident(const QString& title)
    {
        return createTicket(*ann,
                            QJsonObject {{"title"_L1, title},
                                         {"description"_L1, title},
                                         {"category"_L1, u"Network"_s}})
            .value("id"_L1)
            .toInteger();
    }

    qint64 problemOf(const QList<qint64>& incidents)
    {
        QJsonArray ids;
        for (qint64 id : incidents)
            ids.append(id);
        const Reply made = alex->call(u"problem.create"_s,
                                      QJsonObject {{"title"_L1, u"VPN disconnects every hour"_s},
                                                   {"category"_L1, u"Network"_s},
                                                   {"incidents"_L1, ids}});
        EXPECT_TRUE(made.ok()) << made.describe();
        return made.object().value("id"_L1).toInteger();
    }

    QJsonObject problemOnServer(qint64 id)
    {
        return admin().call(u"problem.get"_s, QJsonObject {{"id"_L1, id}}).object();
    }

    QJsonObject ticketOnServer(qint64 id)
    {
        return admin().call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}}).object();
    }

    std::unique_ptr<TestClient> ann;
    std::unique_ptr<TestClient> alex;
};

TEST_P(ProblemsUiTest, CreatesAProblemFromThreeSelectedIncidents)
{
    const QList<qint64> incidents {incident(u"VPN disconnects every hour"_s),
                                   incident(u"VPN disconnects at noon"_s),
                                   incident(u"VPN client disconnects"_s)};
    MainWindow& window = startAs(u"alex"_s);
    showQueue(window, u"All open"_s);
    ASSERT_TRUE(waitUntil([&] { return window.queue().rowCount() == 3; }));
    for (int row = 0; row < 3; ++row)
        window.table()->selectionModel()->select(
            window.queue().index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);

    QMenu* menu = window.selectionMenu();
    Q_EMIT menu->aboutToShow();
    QAction* create = nullptr;
    for (QAction* action : menu->actions())
        if (action->text().remove(u'&') == u"Create problem from selection…"_s)
            create = action;
    ASSERT_TRUE(create) << "the Selection menu offers it";
    create->trigger();
    auto* dialog = window.findChild<CreateProblemDialog*>(u"createProblemDialog"_s);
    ASSERT_TRUE(dialog);
    auto* listed = dialog->findChild<QListWidget*>(u"problemSelectedIncidents"_s);
    auto* title = dialog->findChild<QLineEdit*>(u"problemTitle"_s);
    ASSERT_TRUE(listed && title);
    EXPECT_EQ(listed->count(), 3);
    EXPECT_FALSE(title->accessibleName().isEmpty());
    title->setText(u"VPN drops for everyone"_s);
    dialog->findChild<QPushButton*>(u"createProblemButton"_s)->click();

    // The new problem opens in the pane with its section and the three incidents.
    ASSERT_TRUE(waitUntil(
        [&] {
            return window.detail().isLoaded()
                && window.detail().ticket().type == TicketType::Problem;
        },
        10000));
    const qint64 problem = window.detail().ticketId();
    auto* section = window.pane()->findChild<ProblemSection*>(u"problemSection"_s);
    ASSERT_TRUE(section);
    auto* linked = section->findChild<QListWidget*>(u"problemIncidents"_s);
    ASSERT_TRUE(waitUntil([&] { return section->isVisible() && linked->count() == 3; }, 10000));
    EXPECT_EQ(ticketOnServer(problem).value("title"_L1).toString(), u"VPN drops for everyone"_s);
    QList<qint64> onServer;
    for (const QJsonValue& item : problemOnServer(problem).value("incidents"_L1).toArray())
        onServer.append(item.toObject().value("id"_L1).toInteger());
    EXPECT_EQ(onServer, incidents);
}

TEST_P(ProblemsUiTest, TheProblemSectionRecordsAKnownErrorAndResolvesTheIncidents)
{
    const qint64 a = incident(u"VPN disconnects every hour"_s);
    const qint64 b = incident(u"VPN disconnects at noon"_s);
    const qint64 problem = problemOf({a, b});
    MainWindow& window = startAs(u"alex"_s);
    window.openTicket(problem);
    auto* section = window.pane()->findChild<ProblemSection*>(u"problemSection"_s);
    ASSERT_TRUE(section);
    ASSERT_TRUE(waitUntil([&] { return section->isVisible(); }, 10000));
    auto* workaround = section->findChild<QPlainTextEdit*>(u"problemWorkaround"_s);
    auto* rootCause = section->findChild<QPlainTextEdit*>(u"problemRootCause"_s);
    auto* known = section->findChild<QCheckBox*>(u"problemKnownError"_s);
    auto* save = section->findChild<QPushButton*>(u"problemSaveButton"_s);
    auto* status = section->findChild<QLabel*>(u"problemStatus"_s);
    ASSERT_TRUE(workaround && rootCause && known && save && status);
    EXPECT_FALSE(workaround->accessibleName().isEmpty());
    EXPECT_FALSE(rootCause->accessibleName().isEmpty());

    known->setChecked(true);
    save->click();
    ASSERT_TRUE(waitUntil([&] { return !status->text().isEmpty(); }));
    EXPECT_FALSE(problemOnServer(problem).value("known_error"_L1).toBool())
        << "a known error without a workaround is not sent";

    rootCause->setPlainText(u"The gateway's lease is one hour"_s);
    workaround->setPlainText(u"Reconnect with vpn2.example.com"_s);
    save->click();
    ASSERT_TRUE(waitUntil([&] { return problemOnServer(problem).value("known_error"_L1).toBool(); },
                          10000));
    EXPECT_EQ(problemOnServer(problem).value("workaround"_L1).toString(),
              u"Reconnect with vpn2.example.com"_s);

    section->resolveWith(u"Lease extended to a day"_s, true, u"Fixed: reconnect once."_s);
    ASSERT_TRUE(waitUntil(
        [&] {
            return ticketOnServer(a).value("status"_L1) == u"resolved"_s
                && ticketOnServer(b).value("status"_L1) == u"resolved"_s;
        },
        10000));
    EXPECT_EQ(ticketOnServer(problem).value("status"_L1).toString(), u"resolved"_s);
    EXPECT_TRUE(waitUntil([&] { return status->text().contains(u"2"_s); }));
}

TEST_P(ProblemsUiTest, AFourthIncidentOffersTheKnownErrorsWorkaround)
{
    const qint64 problem =
        problemOf({incident(u"VPN disconnects every hour"_s),
                   incident(u"VPN disconnects at noon"_s), incident(u"VPN client disconnects"_s)});
    const QString fix = u"Reconnect with vpn2.example.com"_s;
    ASSERT_TRUE(
        alex->call(
                u"problem.update"_s,
                QJsonObject {{"id"_L1, problem}, {"workaround"_L1, fix}, {"known_error"_L1, true}})
            .ok());
    const qint64 fourth = incident(u"My VPN disconnects all the time"_s);
    MainWindow& window = startAs(u"alex"_s);
    window.openTicket(fourth);
    auto* banner = window.pane()->findChild<KnownErrorBanner*>(u"knownErrorBanner"_s);
    ASSERT_TRUE(banner);
    ASSERT_TRUE(waitUntil([&] { return banner->isVisible(); }, 10000))
        << "the matching known error is offered";
    auto* text = banner->findChild<QLabel*>(u"knownErrorText"_s);
    EXPECT_TRUE(text->text().contains(fix)) << text->text().toStdString();
    EXPECT_TRUE(text->text().startsWith(u"Known error:"_s));

    banner->findChild<QPushButton*>(u"insertWorkaroundButton"_s)->click();
    Composer* composer = window.pane()->composer();
    EXPECT_EQ(composer->mode(), Composer::Mode::Reply);
    EXPECT_TRUE(composer->editor()->toPlainText().contains(fix))
        << "the workaround is in the reply";

    banner->findChild<QPushButton*>(u"linkToProblemButton"_s)->click();
    ASSERT_TRUE(waitUntil(
        [&] { return problemOnServer(problem).value("incidents"_L1).toArray().size() == 4; },
        10000));
    EXPECT_TRUE(waitUntil([&] { return !banner->isVisible(); }))
        << "linked, the incident is no longer offered the known error";

    // Another incident with nothing in common shows no banner.
    const qint64 other = incident(u"Printer jams on floor two"_s);
    window.openTicket(other);
    ASSERT_TRUE(waitUntil(
        [&] { return window.detail().ticketId() == other && window.detail().isLoaded(); }));
    EXPECT_FALSE(banner->isVisible());
}

INSTANTIATE_TEST_SUITE_P(Backends, ProblemsUiTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);

} // namespace
