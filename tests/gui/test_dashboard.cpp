// The managers' dashboard offscreen against a real server: it renders the period's figures
// and charts, a click on a bar lists the tickets behind it and a double click opens one, a
// change pushed by another client refreshes it, and it exports the report as CSV.
#include "client/app/actions.h"
#include "client/app/appcontroller.h"
#include "client/app/dashboard/dashboardcharts.h"
#include "client/app/dashboard/dashboardwindow.h"
#include "client/app/mainwindow.h"
#include "client/core/dashboardreport.h"
#include "client/core/session.h"
#include "client/core/ticketdetail.h"
#include "clientfixture.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialog>
#include <QGraphicsTextItem>
#include <QJsonArray>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class DashboardUiTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ClientFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"rita"_s, u"requester"_s);
        m_alex = createUser(u"alex"_s, u"agent"_s);
        createUser(u"mona"_s, u"manager"_s);
        rita = connectAs(u"rita"_s);
        alex = connectAs(u"alex"_s);
    }

    qint64 newTicket(const QString& title, bool resolve)
    {
        const QJsonObject created =
            createTicket(*rita, QJsonObject {{"title"_L1, title}, {"description"_L1, u"d"_s}});
        const qint64 id = created.value("id"_L1).toInteger();
        if (resolve) {
            EXPECT_TRUE(alex->call(u"ticket.update"_s,
                                   QJsonObject {{"id"_L1, id},
                                                {"version"_L1, created.value("version"_L1)},
                                                {"assignee"_L1, m_alex}})
                            .ok());
            EXPECT_TRUE(alex->call(u"ticket.transition"_s,
                                   QJsonObject {{"id"_L1, id},
                                                {"status"_L1, u"resolved"_s},
                                                {"note"_L1, u"Done."_s}})
                            .ok());
        }
        return id;
    }

    static double barTotal(QChartView* view, int set)
    {
        auto* series = qobject_cast<QAbstractBarSeries*>(view->chart()->series().value(0));
        if (!series || set >= series->count())
            return -1;
        return series->barSets().at(set)->sum();
    }

    std::unique_ptr<TestClient> rita, alex;
    qint64 m_alex = 0;
};

} // namespace

TEST_P(DashboardUiTest, ShowsTheFiguresDrillsDownRefreshesLiveAndExports)
{
    const qint64 resolved = newTicket(u"Scanner jams"_s, true);
    newTicket(u"Scanner offline"_s, false);
    MainWindow& window = startAs(u"mona"_s);
    QAction* open = window.actions()[Actions::Dashboard];
    ASSERT_TRUE(open->isVisible()) << "managers see Go → Dashboard";
    open->trigger();
    DashboardWindow* dashboard = window.findChild<DashboardWindow*>(u"dashboard"_s);
    ASSERT_NE(dashboard, nullptr);
    ASSERT_TRUE(waitUntil([&] { return dashboard->findChild<QChartView*>(u"volumeChart"_s); }));
    auto* volume = dashboard->findChild<QChartView*>(u"volumeChart"_s);
    EXPECT_EQ(barTotal(volume, 0), 2.0) << "created in the last 30 days";
    EXPECT_EQ(barTotal(volume, 1), 1.0) << "resolved";
    EXPECT_EQ(barTotal(dashboard->findChild<QChartView*>(u"agingChart"_s), 0), 1.0);
    auto* created = dashboard->findChild<QLabel*>(u"tile0"_s);
    ASSERT_NE(created, nullptr);
    EXPECT_TRUE(created->text().contains(u">2<"_s)) << created->text().toStdString();
    auto* agents = dashboard->findChild<QTableWidget*>(u"agentTable"_s);
    ASSERT_EQ(agents->rowCount(), 1);
    EXPECT_EQ(agents->item(0, 0)->text(), u"ALEX"_s);
    EXPECT_EQ(agents->item(0, 2)->data(Qt::DisplayRole).toInt(), 1);

    // A click on today's "resolved" bar lists the resolved ticket; a double click opens it.
    auto* series = qobject_cast<QAbstractBarSeries*>(volume->chart()->series().value(0));
    ASSERT_NE(series, nullptr);
    const int today = static_cast<int>(series->barSets().at(1)->count()) - 1;
    Q_EMIT series->barSets().at(1)->clicked(today);
    QTableWidget* list = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        list = dashboard->findChild<QTableWidget*>(u"drillDownTickets"_s);
        return list && list->rowCount() == 1;
    }));
    EXPECT_EQ(list->item(0, 1)->text(), u"Scanner jams"_s);
    Q_EMIT list->cellDoubleClicked(0, 1);
    ASSERT_TRUE(waitUntil([&] { return window.detail().ticketId() == resolved; }));

    // The satisfaction tile leads to the requesters' comments.
    ASSERT_TRUE(rita->call(u"ticket.rate"_s,
                           QJsonObject {{"id"_L1, resolved},
                                        {"score"_L1, 2},
                                        {"comment"_L1, u"Jammed again."_s}})
                    .ok());
    dashboard->report().refresh();
    QLabel* satisfaction = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        satisfaction = dashboard->findChild<QLabel*>(u"tile11"_s);
        return satisfaction && satisfaction->text().contains(u"href"_s);
    }));
    Q_EMIT satisfaction->linkActivated(u"more"_s);
    QTableWidget* ratings = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        for (auto* dialog : dashboard->findChildren<QDialog*>(u"drillDown"_s)) {
            if (dialog->windowTitle() == u"Satisfaction ratings"_s)
                ratings = dialog->findChild<QTableWidget*>(u"drillDownTickets"_s);
        }
        return ratings && ratings->rowCount() == 1;
    }));
    ASSERT_EQ(ratings->columnCount(), 7);
    EXPECT_EQ(ratings->horizontalHeaderItem(6)->text(), u"Comment"_s);
    EXPECT_EQ(ratings->item(0, 5)->text(), u"2 of 5"_s);
    EXPECT_EQ(ratings->item(0, 6)->text(), u"Jammed again."_s);

    // Another agent resolves a ticket: the pushed change refreshes the dashboard.
    QSignalSpy updated(&dashboard->report(), &DashboardReport::updated);
    newTicket(u"Scanner slow"_s, true);
    ASSERT_TRUE(waitUntil(
        [&] { return barTotal(dashboard->findChild<QChartView*>(u"volumeChart"_s), 1) == 2.0; },
        DashboardReport::RefreshDelayMs + 10000));
    EXPECT_GE(updated.count(), 1);

    // The report as CSV.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kpis.csv"_s);
    QSignalSpy exported(&dashboard->report(), &DashboardReport::exported);
    dashboard->report().exportTo(u"csv"_s, path);
    ASSERT_TRUE(waitUntil([&] { return exported.count() == 1; }));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    EXPECT_TRUE(csv.contains("Created,3\r\n")) << csv.constData();
    EXPECT_TRUE(csv.contains("Resolved,2\r\n"));
}

TEST_P(DashboardUiTest, AgentsDoNotSeeTheDashboard)
{
    MainWindow& window = startAs(u"alex"_s);
    EXPECT_FALSE(window.actions()[Actions::Dashboard]->isVisible());
}

// A desk whose history the server has not counted yet (here the demo data, written before the
// server listened; after an upgrade, the same): the rollups are rebuilt in the background, in
// small steps so that the dashboard is open while it runs.
class DashboardRebuildTest : public ClientFixture
{
protected:
    QStringList serverArguments() const override
    {
        return {u"--demo"_s, u"--demo-tickets"_s,  u"300"_s, u"--rebuild-batch"_s,
                u"200"_s,    u"--rebuild-pause"_s, u"300"_s};
    }
};

TEST_P(DashboardRebuildTest, ShowsTheRebuildsProgressInsteadOfPartialFiguresThenTheFigures)
{
    createUser(u"mona"_s, u"manager"_s);
    MainWindow& window = startAs(u"mona"_s);
    window.actions()[Actions::Dashboard]->trigger();
    DashboardWindow* dashboard = window.findChild<DashboardWindow*>(u"dashboard"_s);
    ASSERT_NE(dashboard, nullptr);
    auto* panel = dashboard->findChild<QWidget*>(u"rebuildPanel"_s);
    auto* bar = dashboard->findChild<QProgressBar*>(u"rebuildProgress"_s);
    ASSERT_NE(panel, nullptr);
    ASSERT_NE(bar, nullptr);
    ASSERT_TRUE(waitUntil([&] { return dashboard->report().rebuilding().has_value(); }))
        << "the report does not say it is partial";
    EXPECT_TRUE(panel->isVisibleTo(dashboard));
    EXPECT_LT(bar->value(), bar->maximum());
    EXPECT_EQ(dashboard->findChild<QChartView*>(u"volumeChart"_s), nullptr)
        << "no chart of partial figures";
    const int first = bar->value();
    // It asks again by itself; the bar moves, and the figures replace it once done.
    ASSERT_TRUE(
        waitUntil([&] { return bar->value() > first || !panel->isVisibleTo(dashboard); }, 30000));
    ASSERT_TRUE(waitUntil([&] { return !dashboard->report().rebuilding().has_value(); }, 60000));
    EXPECT_FALSE(panel->isVisibleTo(dashboard));
    ASSERT_NE(dashboard->findChild<QChartView*>(u"volumeChart"_s), nullptr);
    auto* created = dashboard->findChild<QLabel*>(u"tile0"_s);
    ASSERT_NE(created, nullptr);
    EXPECT_FALSE(created->text().contains(u">0<"_s)) << created->text().toStdString();
}

// Qt Charts draws "..." instead of every category name when a name's line is lower than its
// text: the chart must be high enough for its categories at the font in use.
TEST(DashboardChartsTest, CategoryNamesAreShownWholeAtTheChartsSmallestSizeAndAnyFont)
{
    const QStringList names {u"Hardware"_s, u"Access & Accounts"_s, u"Software"_s, u"Network"_s,
                             u"Email"_s,    u"Printing"_s,          u"Server"_s,   u"Security"_s};
    api::KpiReport report;
    for (const QString& name : names)
        report.categories.append({api::KpiRef {1, name}, 100, 80, 0});
    const QFont normal = QApplication::font();
    for (const qreal scale : {1.0, 1.6}) {
        QFont font = normal;
        font.setPointSizeF(normal.pointSizeF() * scale);
        QApplication::setFont(font);
        std::unique_ptr<QChartView> view(dashboardcharts::categories(report, [](int, int) {}));
        view->resize(view->minimumSize()); // as small as the dashboard ever makes it
        view->show();
        QApplication::processEvents();
        QStringList shown;
        for (QGraphicsItem* item : view->scene()->items()) {
            if (auto* text = dynamic_cast<QGraphicsTextItem*>(item))
                shown.append(text->toPlainText());
        }
        for (const QString& name : names)
            EXPECT_TRUE(shown.contains(name)) << name.toStdString() << " at " << scale
                                              << "x: " << shown.join(u" | "_s).toStdString();
        EXPECT_FALSE(shown.contains(u"..."_s)) << shown.join(u" | "_s).toStdString();
    }
    QApplication::setFont(normal);
}

INSTANTIATE_TEST_SUITE_P(Backends, DashboardUiTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
INSTANTIATE_TEST_SUITE_P(Backends, DashboardRebuildTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
