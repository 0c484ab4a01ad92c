// The client core follows what an administrator changes elsewhere (config.changed), against a
// real server: an agent's and a requester's directory gain the new category, the agent's the
// new group with its member and the colleague's new name, the requester's field catalogue the
// new field meant for them, the agent's CI browser the new class, and a requester's open catalog
// the new and withdrawn items, and the agent's queue filter, dashboard and organisation fields a
// new or renamed organisation — without a new login.
#include "client/core/catalog/catalogbrowser.h"
#include "client/core/cmdb/cibrowser.h"
#include "client/core/dashboardreport.h"
#include "client/core/fieldcatalogue.h"
#include "client/core/queuecontroller.h"
#include "coreclient.h"
#include "serverfixture.h"

#include <QSignalSpy>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class ConfigLiveTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"rita"_s, u"requester"_s);
        m_alex = createUser(u"alex"_s, u"agent"_s);
        m_olga = createUser(u"olga"_s, u"agent"_s);
    }

    static bool hasCategory(const Directory& directory, const QString& name)
    {
        for (const Category& category : directory.categories())
            if (category.name == name)
                return true;
        return false;
    }

    static std::optional<Group> groupNamed(const Directory& directory, const QString& name)
    {
        for (const Group& group : directory.groups())
            if (group.name == name)
                return group;
        return std::nullopt;
    }

    static QString staffName(const Directory& directory, qint64 id)
    {
        for (const User& user : directory.staff())
            if (user.id == id)
                return user.displayName;
        return {};
    }

    qint64 m_alex = 0;
    qint64 m_olga = 0;
};

} // namespace

TEST_P(ConfigLiveTest, OpenClientsFollowWhatAnAdministratorChanges)
{
    CoreClient agent(server().port());
    CoreClient requester(server().port());
    ASSERT_TRUE(agent.login(u"alex"_s));
    ASSERT_TRUE(requester.login(u"rita"_s));
    CiBrowser browser(agent.session);
    QSignalSpy classesRead(&browser, &CiBrowser::classesChanged);
    browser.loadClasses();
    ASSERT_TRUE(waitUntil([&] { return classesRead.count() == 1; }));
    ASSERT_EQ(browser.ciClass(u"plotter"_s), nullptr);
    QSignalSpy reloaded(&agent.directory, &Directory::loaded);

    ASSERT_TRUE(admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"Printers"_s}}).ok());
    EXPECT_TRUE(waitUntil([&] { return hasCategory(agent.directory, u"Printers"_s); }));
    EXPECT_TRUE(waitUntil([&] { return hasCategory(requester.directory, u"Printers"_s); }))
        << "the applet's category list too";
    EXPECT_GE(reloaded.count(), 1) << "the windows redraw from loaded()";

    const qint64 network = createGroup(u"Network"_s, 2);
    addMember(network, m_olga);
    EXPECT_TRUE(waitUntil([&] {
        const auto group = groupNamed(agent.directory, u"Network"_s);
        return group && agent.directory.membersOf(group->id).size() == 1
            && agent.directory.membersOf(group->id).constFirst().id == m_olga;
    })) << "the new group and its member, for the assignee picker";

    ASSERT_TRUE(admin()
                    .call(u"user.update"_s,
                          QJsonObject {{"id"_L1, m_olga}, {"display_name"_L1, u"Olga Network"_s}})
                    .ok());
    EXPECT_TRUE(waitUntil([&] { return staffName(agent.directory, m_olga) == u"Olga Network"_s; }));
    EXPECT_EQ(agent.directory.staff().size(), 3) << "each colleague once, read again whole";

    ASSERT_TRUE(admin()
                    .call(u"field.create"_s,
                          QJsonObject {{"name"_L1, u"asset_tag"_s},
                                       {"label"_L1, u"Asset tag"_s},
                                       {"type"_L1, u"text"_s},
                                       {"visible_to_requester"_L1, true}})
                    .ok());
    EXPECT_TRUE(waitUntil([&] {
        return requester.directory.fields().applicable(TicketType::Incident, QString(), true).size()
            == 1;
    })) << "the applet's new-ticket form shows the new field";

    ASSERT_TRUE(admin()
                    .call(u"ci.class.create"_s,
                          QJsonObject {{"name"_L1, u"plotter"_s}, {"label"_L1, u"Plotter"_s}})
                    .ok());
    EXPECT_TRUE(waitUntil([&] { return browser.ciClass(u"plotter"_s) != nullptr; }));
}

TEST_P(ConfigLiveTest, AnOpenCatalogShowsTheItemsAnAdministratorAddsAndWithdraws)
{
    const auto create = [&](const QString& name) {
        const Reply reply =
            admin().call(u"catalog.item.create"_s,
                         QJsonObject {{"name"_L1, name},
                                      {"description"_L1, QString(name + u" for you"_s)},
                                      {"icon"_L1, u"package"_s}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object().value("id"_L1).toInteger();
    };
    const auto names = [](const CatalogBrowser& browser) {
        QStringList names;
        for (const api::CatalogItem& item : browser.items())
            names.append(item.name);
        return names;
    };
    create(u"Headset"_s);
    CoreClient requester(server().port());
    ASSERT_TRUE(requester.login(u"rita"_s));
    CatalogBrowser browser(requester.session, requester.directory.fields());
    browser.search({});
    ASSERT_TRUE(waitUntil([&] { return names(browser) == QStringList {u"Headset"_s}; }));
    QList<qsizetype> shown; // the list's length at each change
    QObject::connect(&browser, &CatalogBrowser::itemsChanged, &browser,
                     [&] { shown.append(browser.items().size()); });

    const qint64 laptop = create(u"Laptop"_s);
    EXPECT_TRUE(waitUntil([&] {
        return names(browser) == QStringList {u"Headset"_s, u"Laptop"_s};
    })) << names(browser).join(u", "_s).toStdString();
    EXPECT_FALSE(shown.contains(0)) << "the list never empties while it is read again";

    ASSERT_TRUE(
        admin()
            .call(u"catalog.item.update"_s, QJsonObject {{"id"_L1, laptop}, {"active"_L1, false}})
            .ok());
    EXPECT_TRUE(waitUntil([&] { return names(browser) == QStringList {u"Headset"_s}; }))
        << "a withdrawn item leaves the list: " << names(browser).join(u", "_s).toStdString();

    browser.search(u"head"_s);
    ASSERT_TRUE(waitUntil([&] { return names(browser) == QStringList {u"Headset"_s}; }));
    create(u"Headphones"_s);
    EXPECT_TRUE(waitUntil([&] {
        return names(browser) == QStringList {u"Headphones"_s, u"Headset"_s};
    })) << "the list read again under the user's search: "
        << names(browser).join(u", "_s).toStdString();
    create(u"Monitor"_s);
    create(u"Headband"_s); // pushed after the monitor: once it shows, the monitor was read too
    EXPECT_TRUE(waitUntil([&] {
        return names(browser) == QStringList {u"Headband"_s, u"Headphones"_s, u"Headset"_s};
    })) << "what the search does not match stays out: "
        << names(browser).join(u", "_s).toStdString();
}

TEST_P(ConfigLiveTest, AnAgentsOrganisationListsFollowWhatAnAdministratorAddsAndRenames)
{
    const auto names = [](const QList<Organisation>& orgs) {
        QStringList names;
        for (const Organisation& org : orgs)
            names.append(org.name);
        names.sort();
        return names;
    };
    ASSERT_TRUE(admin().call(u"org.create"_s, QJsonObject {{"name"_L1, u"Contoso"_s}}).ok());
    CoreClient agent(server().port());
    ASSERT_TRUE(agent.login(u"alex"_s));
    QueueController queues(agent.session);
    DashboardReport dashboard(agent.session);
    queues.loadOrganisations();
    dashboard.loadOrganisations();
    ASSERT_TRUE(waitUntil([&] {
        return names(queues.organisations()) == QStringList {u"Contoso"_s}
        && names(dashboard.organisations()) == QStringList {u"Contoso"_s}
        && names(agent.directory.fields().organisations()) == QStringList {u"Contoso"_s};
    }));

    const Reply created = admin().call(u"org.create"_s, QJsonObject {{"name"_L1, u"Northwind"_s}});
    ASSERT_TRUE(created.ok()) << created.describe();
    const QStringList both {u"Contoso"_s, u"Northwind"_s};
    EXPECT_TRUE(waitUntil([&] {
        return names(queues.organisations()) == both && names(dashboard.organisations()) == both
            && names(agent.directory.fields().organisations()) == both;
    })) << "queue filter: "
        << names(queues.organisations()).join(u", "_s).toStdString()
        << "; dashboard: " << names(dashboard.organisations()).join(u", "_s).toStdString();

    ASSERT_TRUE(admin()
                    .call(u"org.update"_s,
                          QJsonObject {{"id"_L1, created.object().value("id"_L1).toInteger()},
                                       {"name"_L1, u"Northwind Traders"_s}})
                    .ok());
    const QStringList renamed {u"Contoso"_s, u"Northwind Traders"_s};
    EXPECT_TRUE(waitUntil([&] {
        return names(queues.organisations()) == renamed
            && names(dashboard.organisations()) == renamed
            && names(agent.directory.fields().organisations()) == renamed;
    }));
}

INSTANTIATE_TEST_SUITE_P(Backends, ConfigLiveTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
