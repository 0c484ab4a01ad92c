// The organisation controllers against a real server: the organisations page (what an admin
// sees after each change, the field a refusal names), the bulk import's preview and import, the
// queue narrowed to one organisation, the VIP mark an agent sees on a ticket, and the applet's
// "My organisation" list of an organisation viewer.
#include "client/core/admin/bulkimporter.h"
#include "client/core/admin/orgadmin.h"
#include "client/core/admin/useradmin.h"
#include "client/core/orgtickets.h"
#include "client/core/queuecontroller.h"
#include "client/core/ticketdetail.h"
#include "coreclient.h"
#include "serverfixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class OrgAdminTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"ada"_s, u"admin"_s);
        ada = std::make_unique<CoreClient>(server().port());
        ASSERT_TRUE(ada->login(u"ada"_s));
    }

    qint64 requester(const QString& name, const QString& email)
    {
        const Reply reply =
            admin().call(u"user.create"_s,
                         QJsonObject {{"username"_L1, name},
                                      {"password"_L1, QString::fromLatin1(Password)},
                                      {"display_name"_L1, name},
                                      {"email"_L1, email},
                                      {"role"_L1, u"requester"_s}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object().value("id"_L1).toInteger();
    }

    std::unique_ptr<CoreClient> ada;
};

} // namespace

TEST_P(OrgAdminTest, AdminsCreateAndEditOrganisations)
{
    OrgAdmin orgs(ada->session);
    int loaded = 0;
    QString refusedField;
    QObject::connect(&orgs, &OrgAdmin::loaded, [&] { ++loaded; });
    QObject::connect(&orgs, &OrgAdmin::refused,
                     [&](const QString& field, const QString&) { refusedField = field; });
    orgs.reload();
    ASSERT_TRUE(waitUntil([&] { return loaded == 1 && !orgs.isBusy(); }));
    EXPECT_TRUE(orgs.organisations().isEmpty());

    api::OrgCreateParams acme;
    acme.name = u"Acme"_s;
    acme.domains = OrgAdmin::splitDomains(u"ACME.test, acme.example;acme.test"_s);
    EXPECT_EQ(acme.domains, (QStringList {u"acme.test"_s, u"acme.example"_s}));
    orgs.create(acme);
    ASSERT_TRUE(waitUntil([&] { return loaded == 2 && !orgs.isBusy(); }));
    ASSERT_EQ(orgs.organisations().size(), 1);
    const Organisation created = orgs.organisations().constFirst();
    EXPECT_EQ(created.domains, (QStringList {u"acme.example"_s, u"acme.test"_s}));

    // A member by mail domain shows in the count.
    requester(u"bob"_s, u"bob@acme.test"_s);
    orgs.reload();
    ASSERT_TRUE(waitUntil([&] { return loaded == 3 && !orgs.isBusy(); }));
    EXPECT_EQ(orgs.organisation(created.id)->memberCount, 1);

    // Refusals name the field: the server's parser first (no call), then the server itself.
    api::OrgCreateParams bad;
    bad.name = u"Other"_s;
    bad.domains = {u"not a domain"_s};
    orgs.create(bad);
    EXPECT_EQ(refusedField, u"domains"_s);
    refusedField.clear();
    bad.domains = {u"acme.test"_s};
    orgs.create(bad);
    ASSERT_TRUE(waitUntil([&] { return !refusedField.isEmpty() && !orgs.isBusy(); }));
    EXPECT_EQ(refusedField, u"domains"_s);

    api::OrgUpdateParams edit;
    edit.id = created.id;
    edit.notes = u"Key account"_s;
    orgs.update(edit);
    ASSERT_TRUE(waitUntil([&] { return loaded == 4 && !orgs.isBusy(); }));
    EXPECT_EQ(orgs.organisation(created.id)->notes, u"Key account"_s);

    // The users page offers the organisations and saves a user's membership and VIP mark.
    UserAdmin users(ada->session);
    int usersLoaded = 0;
    QObject::connect(&users, &UserAdmin::organisationsLoaded, [&] { ++usersLoaded; });
    users.loadOrganisations();
    ASSERT_TRUE(waitUntil([&] { return usersLoaded == 1; }));
    EXPECT_EQ(users.organisations().size(), 1);
}

TEST_P(OrgAdminTest, ImportsArePreviewedBeforeTheyAreWritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"orgs.csv"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("name,domains\nAcme,acme.test\nGlobex,not-a-domain\n");
    file.close();

    BulkImporter importer(ada->session, BulkImporter::Kind::Organisations);
    QAbstractItemModelTester tester(importer.model());
    int previewed = 0;
    int imported = 0;
    QObject::connect(&importer, &BulkImporter::previewed, [&] { ++previewed; });
    QObject::connect(&importer, &BulkImporter::imported, [&] { ++imported; });
    ASSERT_TRUE(importer.loadFile(path));
    ASSERT_TRUE(waitUntil([&] { return previewed == 1 && !importer.isBusy(); }));
    ASSERT_EQ(importer.model()->rowCount(), 2);
    EXPECT_EQ(importer.model()->index(1, ImportPreviewModel::ActionColumn).data().toString(),
              u"Refused"_s);
    EXPECT_TRUE(importer.model()
                    ->index(1, ImportPreviewModel::DetailColumn)
                    .data()
                    .toString()
                    .startsWith(u"domains"_s));
    EXPECT_FALSE(importer.canImport()); // a refused row: nothing can be imported

    importer.preview(u"name,domains\nAcme,acme.test\nGlobex,globex.test\n"_s);
    ASSERT_TRUE(waitUntil([&] { return previewed == 2 && !importer.isBusy(); }));
    EXPECT_TRUE(importer.canImport());
    EXPECT_EQ(importer.summary(), u"2 to create, 0 to update, 0 unchanged, 0 refused"_s);
    EXPECT_EQ(admin().call(u"org.list"_s).items().size(), 0); // a preview writes nothing

    importer.import();
    ASSERT_TRUE(waitUntil([&] { return imported == 1 && !importer.isBusy(); }));
    EXPECT_TRUE(importer.result().applied);
    EXPECT_FALSE(importer.canImport()); // done: preview again to import more
    EXPECT_EQ(admin().call(u"org.list"_s).items().size(), 2);
}

TEST_P(OrgAdminTest, AgentsNarrowTheQueueAndSeeVipRequesters)
{
    const qint64 acme =
        admin()
            .call(u"org.create"_s,
                  QJsonObject {{"name"_L1, u"Acme"_s}, {"domains"_L1, QJsonArray {u"acme.test"_s}}})
            .object()
            .value("id"_L1)
            .toInteger();
    const qint64 vic = requester(u"vic"_s, u"vic@acme.test"_s);
    requester(u"nan"_s, u"nan@nowhere.test"_s);
    ASSERT_TRUE(
        admin().call(u"user.update"_s, QJsonObject {{"id"_L1, vic}, {"vip"_L1, true}}).ok());
    auto vicClient = connectAs(u"vic"_s);
    auto nanClient = connectAs(u"nan"_s);
    const qint64 acmeTicket =
        createTicket(*vicClient, QJsonObject {{"title"_L1, u"A"_s}, {"description"_L1, u"a"_s}})
            .value("id"_L1)
            .toInteger();
    createTicket(*nanClient, QJsonObject {{"title"_L1, u"N"_s}, {"description"_L1, u"n"_s}});

    QueueController queues(ada->session);
    int orgsLoaded = 0;
    QObject::connect(&queues, &QueueController::organisationsLoaded, [&] { ++orgsLoaded; });
    queues.loadOrganisations();
    ASSERT_TRUE(waitUntil([&] { return orgsLoaded == 1; }));
    ASSERT_EQ(queues.organisations().size(), 1);
    api::TicketFilter all;
    all.open = true;
    const TicketQuery narrowed =
        QueueController::narrowedToOrg(TicketQuery(all, api::TicketSort::Priority), acme);
    std::optional<api::TicketCount> counted;
    QObject::connect(&queues, &QueueController::counted,
                     [&](const QString&, const api::TicketCount& c) { counted = c; });
    queues.count(u"acme"_s, narrowed);
    ASSERT_TRUE(waitUntil([&] { return counted.has_value(); }));
    EXPECT_EQ(counted->count, 1);

    TicketDetail detail(ada->session, ada->outbox, ada->directory);
    bool vip = false;
    QObject::connect(&detail, &TicketDetail::requesterChanged,
                     [&] { vip = detail.requesterVip(); });
    detail.open(acmeTicket);
    ASSERT_TRUE(waitUntil([&] { return vip; }));
    EXPECT_EQ(detail.ticket().org->name, u"Acme"_s);
}

TEST_P(OrgAdminTest, ViewersGetTheirOrganisationsTicketsInTheApplet)
{
    admin().call(u"org.create"_s,
                 QJsonObject {{"name"_L1, u"Acme"_s}, {"domains"_L1, QJsonArray {u"acme.test"_s}}});
    const qint64 vera = requester(u"vera"_s, u"vera@acme.test"_s);
    requester(u"bob"_s, u"bob@acme.test"_s);
    requester(u"gil"_s, u"gil@globex.test"_s);
    auto bob = connectAs(u"bob"_s);
    auto gil = connectAs(u"gil"_s);
    const qint64 bobs =
        createTicket(*bob, QJsonObject {{"title"_L1, u"Bob's"_s}, {"description"_L1, u"b"_s}})
            .value("id"_L1)
            .toInteger();
    createTicket(*gil, QJsonObject {{"title"_L1, u"Gil's"_s}, {"description"_L1, u"g"_s}});

    // Not a viewer: no list, and nothing asked of the server.
    {
        CoreClient plain(server().port());
        ASSERT_TRUE(plain.login(u"vera"_s));
        OrgTickets tickets(plain.session, plain.directory.workflow());
        EXPECT_FALSE(tickets.isAvailable());
        tickets.refresh();
        EXPECT_EQ(tickets.rowCount(), 0);
    }
    ASSERT_TRUE(admin()
                    .call(u"user.update"_s, QJsonObject {{"id"_L1, vera}, {"org_viewer"_L1, true}})
                    .ok());
    CoreClient client(server().port());
    OrgTickets tickets(client.session, client.directory.workflow());
    QAbstractItemModelTester tester(&tickets);
    int loaded = 0;
    QObject::connect(&tickets, &OrgTickets::loaded, [&] { ++loaded; });
    ASSERT_TRUE(client.login(u"vera"_s));
    ASSERT_TRUE(waitUntil([&] { return loaded >= 1; }));
    EXPECT_TRUE(tickets.isAvailable());
    EXPECT_EQ(tickets.organisationName(), u"Acme"_s);
    ASSERT_EQ(tickets.rowCount(), 1);
    EXPECT_EQ(tickets.index(0).data(OrgTickets::IdRole).toLongLong(), bobs);
    EXPECT_FALSE(tickets.index(0).data(OrgTickets::OwnRole).toBool());
}

INSTANTIATE_TEST_SUITE_P(Backends, OrgAdminTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
