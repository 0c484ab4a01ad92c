// Configuration management in the agent client (issue 22), offscreen against a real server on
// both databases. A server db01 runs on san01 and two services depend on it, each used by one
// person. The CI browser finds db01 by search, draws its neighbours with the right arrows
// (scene items), lists what its failure affects (two services, two users, "truncated" when a
// bound cut the walk) and highlights those nodes; an admin relates db01 to a switch in the UI
// and the graph shows the new edge. The ticket pane shows a ticket's CI with its impact in one
// line, opens it in the browser, and links and unlinks a CI. "Announce an outage…" on db01
// publishes to the users of the two services, and to nobody else.
#include "client/app/changes/cipicker.h"
#include "client/app/changes/createchangedialog.h"
#include "client/app/cmdb/cibrowserwindow.h"
#include "client/app/cmdb/cidetailspanel.h"
#include "client/app/cmdb/cieditdialog.h"
#include "client/app/cmdb/cigraphview.h"
#include "client/app/cmdb/ciimpactpanel.h"
#include "client/app/cmdb/cmdbscreens.h"
#include "client/app/cmdb/ticketcisection.h"
#include "client/app/dialogs/announcementdialog.h"
#include "client/app/mainwindow.h"
#include "client/core/cmdb/cibrowser.h"
#include "client/core/cmdb/cilistmodel.h"
#include "client/core/cmdb/ticketcis.h"
#include "client/core/ticketdetail.h"
#include "clientfixture.h"

#include <QComboBox>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::client::ui;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

struct SceneEdge
{
    QString from;
    QString type;
    QString to;
    bool operator==(const SceneEdge&) const = default;
};

class CmdbUiTest : public ClientFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"ada"_s, u"admin"_s);
        createUser(u"alex"_s, u"agent"_s);
        ann = createUser(u"ann"_s, u"requester"_s);
        bob = createUser(u"bob"_s, u"requester"_s);
        db = ci(u"db01"_s, u"server"_s, u"db01.example.net"_s);
        san = ci(u"san01"_s, u"network_device"_s);
        mail = ci(u"Mail"_s, u"service"_s);
        crm = ci(u"CRM"_s, u"service"_s);
        sw = ci(u"core-sw"_s, u"network_device"_s);
        relate(db, u"runs_on"_s, u"to"_s, san);
        relate(mail, u"depends_on"_s, u"to"_s, db);
        relate(crm, u"depends_on"_s, u"to"_s, db);
        relate(mail, u"used_by"_s, u"user"_s, ann);
        relate(crm, u"used_by"_s, u"user"_s, bob);
    }

    qint64 ci(const QString& name, const QString& ciClass, const QString& host = {})
    {
        QJsonObject params {{"name"_L1, name}, {"class"_L1, ciClass}};
        if (!host.isEmpty())
            params.insert("host_name"_L1, host);
        const Reply made = admin().call(u"ci.create"_s, params);
        EXPECT_TRUE(made.ok()) << made.describe();
        return made.object().value("id"_L1).toInteger();
    }

    void relate(qint64 from, const QString& type, const QString& kind, qint64 to)
    {
        const Reply made = admin().call(
            u"ci.relate"_s, QJsonObject {{"from"_L1, from}, {"type"_L1, type}, {kind, to}});
        EXPECT_TRUE(made.ok()) << made.describe();
    }

    static QString key(qint64 id) { return CiGraph::ciKey(id); }

    static QList<SceneEdge> edgesOf(CiGraphView* view)
    {
        QList<SceneEdge> edges;
        for (QGraphicsItem* item : view->scene()->items())
            if (item->data(0).toString() == u"edge"_s)
                edges.append(
                    {item->data(1).toString(), item->data(3).toString(), item->data(2).toString()});
        return edges;
    }

    static QSet<QString> nodesOf(CiGraphView* view, bool impactedOnly = false)
    {
        QSet<QString> nodes;
        for (QGraphicsItem* item : view->scene()->items()) {
            const QString key = item->data(0).toString();
            if (key.isEmpty() || key == u"edge"_s)
                continue;
            if (!impactedOnly || item->data(1).toString() == u"impacted"_s)
                nodes.insert(key);
        }
        return nodes;
    }

    CiBrowserWindow* openBrowser(MainWindow& window)
    {
        CiBrowserWindow* browser = window.cmdb()->showBrowser();
        EXPECT_TRUE(browser->isVisible());
        return browser;
    }

    void searchAndChoose(CiBrowserWindow* browser, const QString& text, qint64 id)
    {
        browser->searchEdit()->setText(text);
        ASSERT_TRUE(waitUntil([&] {
            const QAbstractItemModel* list = browser->list()->model();
            return list->rowCount() == 1 && list->index(0, 0).data(Qt::UserRole).toLongLong() == id;
        })) << "the search finds "
            << text.toStdString();
        browser->list()->setCurrentIndex(browser->list()->model()->index(0, 0));
    }

    qint64 ann = 0;
    qint64 bob = 0;
    qint64 db = 0;
    qint64 san = 0;
    qint64 mail = 0;
    qint64 crm = 0;
    qint64 sw = 0;
};

TEST_P(CmdbUiTest, SearchGraphImpactAndARelationAddedInTheUi)
{
    MainWindow& window = startAs(u"ada"_s);
    CiBrowserWindow* browser = openBrowser(window);
    ASSERT_NO_FATAL_FAILURE(searchAndChoose(browser, u"DB01"_s, db));

    // The graph: db01 in the middle, the services that depend on it, what it runs on, and (two
    // steps away) who uses those services, each relationship as an arrow with its type.
    CiGraphView* graph = browser->graph();
    const QList<SceneEdge> expected {
        {key(db), u"runs_on"_s, key(san)},
        {key(mail), u"depends_on"_s, key(db)},
        {key(crm), u"depends_on"_s, key(db)},
        {key(mail), u"used_by"_s, u"user:"_s + QString::number(ann)},
        {key(crm), u"used_by"_s, u"user:"_s + QString::number(bob)},
    };
    ASSERT_TRUE(waitUntil([&] {
        return !window.cmdb()->browser().isGraphLoading() && edgesOf(graph).size() == 5;
    })) << edgesOf(graph).size();
    for (const SceneEdge& edge : expected)
        EXPECT_TRUE(edgesOf(graph).contains(edge))
            << edge.from.toStdString() << " " << edge.type.toStdString() << " "
            << edge.to.toStdString();
    EXPECT_EQ(nodesOf(graph).size(), 6);
    EXPECT_EQ(graph->layout().find(key(db))->column, 0);
    EXPECT_GT(graph->layout().find(key(san))->column, 0) << "what db01 runs on, to its right";
    EXPECT_LT(graph->layout().find(key(mail))->column, 0) << "what depends on it, to its left";
    EXPECT_EQ(browser->findChild<QLabel*>(u"ciTitle"_s)->text(), u"db01"_s);
    EXPECT_TRUE(browser->findChild<QLabel*>(u"ciFacts"_s)->text().contains(u"db01.example.net"_s));
    EXPECT_EQ(browser->details()->relations()->topLevelItemCount(), 3) << "1 out, 2 in";

    // The impact: two services and two users; the impacted nodes are marked in the graph.
    CiImpactPanel* impact = browser->impact();
    ASSERT_TRUE(waitUntil([&] { return impact->tree()->topLevelItemCount() == 4; }));
    const QString summary = impact->summary()->text();
    EXPECT_TRUE(summary.contains(u"affects 2 services, 2 users"_s)) << summary.toStdString();
    EXPECT_FALSE(summary.contains(u"Truncated"_s));
    QTreeWidgetItem* services = impact->tree()->topLevelItem(0);
    EXPECT_EQ(services->text(0), u"Services (2)"_s);
    QStringList names;
    for (int i = 0; i < services->childCount(); ++i)
        names.append(services->child(i)->text(0));
    names.sort();
    EXPECT_EQ(names, (QStringList {u"CRM"_s, u"Mail"_s}));
    EXPECT_EQ(impact->tree()->topLevelItem(1)->childCount(), 2) << "ann and bob";
    EXPECT_TRUE(waitUntil([&] {
        return nodesOf(graph, true)
            == QSet<QString> {key(mail), key(crm), u"user:"_s + QString::number(ann),
                              u"user:"_s + QString::number(bob)};
    })) << "the impacted nodes are highlighted, not db01 or san01";

    // An admin relates db01 to the core switch in the UI: the graph shows the new arrow.
    browser->findChild<QPushButton*>(u"relateCiButton"_s)->click();
    auto* dialog = browser->findChild<CiRelateDialog*>();
    ASSERT_TRUE(dialog);
    dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findData(u"connected_to"_s));
    dialog->searchEdit()->setText(u"core"_s);
    ASSERT_TRUE(waitUntil([&] { return dialog->targetBox()->count() == 1; }));
    EXPECT_EQ(dialog->targetBox()->currentData().toLongLong(), sw);
    dialog->accept();
    const SceneEdge added {key(db), u"connected_to"_s, key(sw)};
    ASSERT_TRUE(waitUntil([&] {
        return !window.cmdb()->browser().isGraphLoading() && edgesOf(graph).contains(added);
    })) << "the new relationship is drawn";
    const QJsonArray outgoing = admin()
                                    .call(u"ci.get"_s, QJsonObject {{"id"_L1, db}})
                                    .object()
                                    .value("outgoing"_L1)
                                    .toArray();
    EXPECT_EQ(outgoing.size(), 2) << "runs_on san01 and connected_to core-sw, on the server";

    // A double click on a node's key (the view's recentre) centres the graph on Mail.
    Q_EMIT graph->recentreRequested(key(mail));
    ASSERT_TRUE(waitUntil([&] {
        return window.cmdb()->browser().centreId() == mail
            && !window.cmdb()->browser().isGraphLoading() && graph->layout().find(key(mail))
            && graph->layout().find(key(mail))->column == 0;
    }));
    EXPECT_GT(graph->layout().find(key(db))->column, 0) << "Mail depends on db01";
}

TEST_P(CmdbUiTest, TheTicketPaneShowsItsCiWithItsImpact)
{
    const std::unique_ptr<TestClient> alexClient = connectAs(u"alex"_s);
    const qint64 ticket = createTicket(*alexClient,
                                       QJsonObject {{"title"_L1, u"Database slow"_s},
                                                    {"description"_L1, u"Slow"_s},
                                                    {"cis"_L1, QJsonArray {db}}})
                              .value("id"_L1)
                              .toInteger();
    ASSERT_GT(ticket, 0);
    MainWindow& window = startAs(u"alex"_s);
    window.openTicket(ticket);
    TicketCiSection* section = window.cmdb()->section();
    ASSERT_TRUE(waitUntil([&] {
        const QList<QLabel*> lines = section->lines();
        return lines.size() == 1 && lines.first()->text().contains(u"affects 2 services"_s);
    }));
    const QString line = section->lines().first()->text();
    EXPECT_EQ(line, u"db01 (server): affects 2 services, 2 users"_s);
    EXPECT_TRUE(section->isVisibleTo(&window));

    // "Open" shows db01 in the browser, on its impact.
    section->findChild<QPushButton*>(u"openCiButton_"_s + QString::number(db))->click();
    auto* browser = window.findChild<CiBrowserWindow*>();
    ASSERT_TRUE(browser);
    EXPECT_TRUE(browser->isVisible());
    ASSERT_TRUE(
        waitUntil([&] { return browser->impact()->summary()->text().contains(u"db01"_s); }));
    EXPECT_FALSE(browser->findChild<QPushButton*>(u"relateCiButton"_s)->isVisibleTo(browser))
        << "agents read CIs; admins change them";

    // Link san01 too, then unlink db01: the server has the list the pane shows.
    window.cmdb()->ticketCis().link(san);
    ASSERT_TRUE(waitUntil([&] { return section->lines().size() == 2; }));
    const auto cisOnServer = [&] {
        QList<qint64> ids;
        for (const QJsonValue& value : admin()
                                           .call(u"ticket.get"_s, QJsonObject {{"id"_L1, ticket}})
                                           .object()
                                           .value("cis"_L1)
                                           .toArray())
            ids.append(value.toObject().value("id"_L1).toInteger());
        return ids;
    };
    EXPECT_EQ(cisOnServer(), (QList<qint64> {db, san}));
    ASSERT_TRUE(waitUntil([&] { return window.detail().isLoaded(); }));
    section->findChild<QPushButton*>(u"unlinkCiButton_"_s + QString::number(db))->click();
    ASSERT_TRUE(waitUntil([&] { return cisOnServer() == QList<qint64> {san}; }));
    EXPECT_TRUE(waitUntil([&] {
        return section->lines().size() == 1
            && section->lines().first()->text().startsWith(u"san01"_s);
    }));
}

// "Plan a change…" on the chosen CI opens change management's form with that CI affected.
TEST_P(CmdbUiTest, APlannedChangeStartsOnTheChosenCi)
{
    MainWindow& window = startAs(u"alex"_s);
    CiBrowserWindow* browser = openBrowser(window);
    EXPECT_FALSE(browser->changeButton()->isEnabled()) << "nothing chosen yet";
    searchAndChoose(browser, u"db01"_s, db);
    ASSERT_TRUE(waitUntil([&] { return browser->changeButton()->isEnabled(); }));
    EXPECT_TRUE(browser->changeButton()->isVisible()) << "agents plan changes";
    browser->changeButton()->click();
    auto* dialog = window.findChild<CreateChangeDialog*>(u"createChangeDialog"_s);
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->ciPicker()->ids(), QList<qint64> {db});
}

TEST_P(CmdbUiTest, AnOutageOnTheChosenCiReachesTheUsersOfItsServices)
{
    createUser(u"cyd"_s, u"requester"_s); // uses neither service
    MainWindow& window = startAs(u"alex"_s);
    CiBrowserWindow* browser = openBrowser(window);
    searchAndChoose(browser, u"db01"_s, db);
    ASSERT_TRUE(waitUntil([&] { return browser->outageButton()->isEnabled(); }));
    browser->showImpactTab();
    EXPECT_TRUE(browser->outageButton()->isVisible()) << "on the impact tab";
    browser->outageButton()->click();
    auto* dialog = window.findChild<AnnouncementDialog*>(u"announcementDialog"_s);
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->audience()->currentData().toString(), u"affected"_s);
    EXPECT_EQ(dialog->ciPicker()->ids(), QList<qint64> {db});
    EXPECT_TRUE(dialog->ciPicker()->isVisible()) << "the CIs show for this audience only";
    std::optional<Announcement> published;
    QObject::connect(dialog, &AnnouncementDialog::published, dialog,
                     [&published](const Announcement& a) { published = a; });
    ASSERT_TRUE(waitUntil([&] { return dialog->reachText().contains(u"2 people"_s); }))
        << dialog->reachText().toStdString();
    EXPECT_TRUE(dialog->reachText().contains(u"CRM, Mail"_s))
        << "the services found behind db01, before publishing: "
        << dialog->reachText().toStdString();
    dialog->setTitle(u"Mail and CRM are down"_s);
    screenshot(dialog, u"announce-affected.png"_s);
    dialog->publish();
    ASSERT_TRUE(waitUntil([&] { return published.has_value(); }))
        << dialog->problemText().toStdString();
    EXPECT_EQ(published->kind, u"outage"_s);
    EXPECT_EQ(published->recipients, 2) << "ann (Mail) and bob (CRM)";
    ASSERT_EQ(published->services.size(), 2);
    EXPECT_EQ(published->services.first().name, u"CRM"_s);
    ASSERT_TRUE(waitUntil([&] {
        return dialog->list()->count() == 1
            && dialog->list()->item(0)->text().contains(u"CRM, Mail"_s);
    })) << "the announced list names the services found and the people reached";
    EXPECT_TRUE(dialog->list()->item(0)->text().contains(u"2 people reached"_s))
        << dialog->list()->item(0)->text().toStdString();

    for (const QString& name : {u"ann"_s, u"bob"_s, u"cyd"_s}) {
        const auto client = connectAs(name);
        const Reply listed = client->call(u"announcement.list"_s, QJsonObject {});
        ASSERT_TRUE(listed.ok()) << listed.describe();
        EXPECT_EQ(listed.items().size(), name == u"cyd"_s ? 0 : 1) << name.toStdString();
    }

    // Another audience hides the CIs; the affected one without CIs is refused before sending.
    dialog->audience()->setCurrentIndex(dialog->audience()->findData(u"everyone"_s));
    EXPECT_FALSE(dialog->ciPicker()->isVisible());
    dialog->audience()->setCurrentIndex(dialog->audience()->findData(u"affected"_s));
    EXPECT_TRUE(dialog->reachText().startsWith(u"Choose the CIs"_s))
        << "cleared once published: " << dialog->reachText().toStdString();
    dialog->setTitle(u"Again"_s);
    dialog->publish();
    EXPECT_FALSE(dialog->problemText().isEmpty()) << "no CI chosen";
}

INSTANTIATE_TEST_SUITE_P(Backends, CmdbUiTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

} // namespace
