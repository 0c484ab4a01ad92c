// Custom fields in the client core (issue 21) against the in-process server on both databases:
// an admin defines a choice and a required number through FieldsAdmin (a bad definition is named
// before it is sent), the catalogue says which fields a type and category take and which the
// applet shows, the shared rules' problems come in the user's words, a draft with a bad value
// never leaves the client while a good one arrives with its values, and the open ticket's values
// are edited with its version and follow another agent's change live.
#include "client/core/admin/fieldsadmin.h"
#include "client/core/clientsettings.h"
#include "client/core/credentialstore.h"
#include "client/core/directory.h"
#include "client/core/fieldcatalogue.h"
#include "client/core/newticketcontroller.h"
#include "client/core/outbox.h"
#include "client/core/session.h"
#include "client/core/ticketdetail.h"
#include "harnessfixture.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

// A client core as the programs wire it.
struct FieldsCore
{
    FieldsCore(quint16 port, const QString& username)
        : settings(dir.filePath(u"settings.ini"_s))
        , session(settings, credentials)
        , directory(session)
        , outbox(session)
        , controller(session, directory, outbox)
    {
        session.setEndpoint({u"127.0.0.1"_s, port, false});
        session.rpc().setDefaultTimeout(5000);
        session.login(username, QString::fromLatin1(UserPassword), false);
        loggedIn = waitUntil([this] { return session.isReady(); }, 10000)
            && waitUntil([this] { return directory.isLoaded() && catalogue().isLoaded(); }, 10000);
    }

    FieldCatalogue& catalogue() { return directory.fields(); }
    QStringList applicable(TicketType type, const QString& category, bool requesterForm = false)
    {
        QStringList names;
        for (const api::FieldDefinition& field :
             catalogue().applicable(type, category, requesterForm))
            names.append(field.name);
        return names;
    }

    QTemporaryDir dir;
    ClientSettings settings;
    MemoryCredentialStore credentials;
    Session session;
    Directory directory;
    Outbox outbox;
    NewTicketController controller;
    bool loggedIn = false;
};

class FieldsCoreTest : public HarnessFixture
{
protected:
    void SetUp() override
    {
        HarnessFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"ada"_s, u"admin"_s);
        createUser(u"rita"_s, u"requester"_s);
        ASSERT_TRUE(
            admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"Hardware"_s}}).ok());
        ASSERT_TRUE(
            admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"Network"_s}}).ok());
    }

    // Through the Fields tab's controller: a choice of site for every ticket (shown to
    // requesters) and a required number of seats, 1 to 10, for Hardware.
    void defineFields(FieldsCore& ada)
    {
        FieldsAdmin fields(ada.session, &ada.catalogue());
        QString refused;
        QObject::connect(&fields, &FieldsAdmin::refused,
                         [&](const QString& field, const QString&) { refused = field; });
        api::FieldCreateParams site;
        site.field.name = u"site"_s;
        site.field.label = u"Site"_s;
        site.field.type = api::FieldType::Choice;
        site.field.visibleToRequester = true;
        fields.create(site); // a choice without options: named before it is sent
        EXPECT_EQ(refused, u"options"_s);
        EXPECT_FALSE(fields.isBusy());
        site.field.options = {{u"paris"_s, u"Paris"_s, true}, {u"lyon"_s, u"Lyon"_s, true}};
        fields.create(site);
        api::FieldCreateParams seats;
        seats.field.name = u"seats"_s;
        seats.field.label = u"Seats"_s;
        seats.field.type = api::FieldType::Number;
        seats.field.required = true;
        seats.field.min = 1;
        seats.field.max = 10;
        seats.field.categories = {u"Hardware"_s};
        fields.create(seats);
        ASSERT_TRUE(waitUntil([&] { return !fields.isBusy() && fields.fields().size() == 2; }));
    }
};

} // namespace

TEST_P(FieldsCoreTest, TheCatalogueSaysWhichFieldsApplyAndWhatIsWrongWithAValue)
{
    FieldsCore ada(server().port(), u"ada"_s);
    ASSERT_TRUE(ada.loggedIn);
    defineFields(ada);
    // The admin's own catalogue took both at once; the applet's form shows the site only.
    EXPECT_EQ(ada.applicable(TicketType::Incident, u"Hardware"_s),
              (QStringList {u"site"_s, u"seats"_s}));
    EXPECT_EQ(ada.applicable(TicketType::Incident, u"Network"_s), QStringList {u"site"_s});
    EXPECT_EQ(ada.applicable(TicketType::Incident, u"Hardware"_s, true), QStringList {u"site"_s});

    FieldCatalogue& catalogue = ada.catalogue();
    auto problems = catalogue.problems({{u"seats"_s, FieldValue::number(11)}}, {},
                                       TicketType::Incident, u"Hardware"_s, true);
    EXPECT_EQ(problems.value(u"seats"_s), u"Must be at most 10."_s);
    problems = catalogue.problems({}, {}, TicketType::Incident, u"Hardware"_s, true);
    EXPECT_EQ(problems.value(u"seats"_s), u"Required: please fill this in."_s);
    EXPECT_TRUE(catalogue.problems({}, {}, TicketType::Incident, u"Network"_s, true).isEmpty());
    EXPECT_EQ(catalogue.displayText(*catalogue.field(u"site"_s), FieldValue::choice(u"lyon"_s)),
              u"Lyon"_s);

    // A requester's catalogue holds only what is shown to them.
    FieldsCore rita(server().port(), u"rita"_s);
    ASSERT_TRUE(rita.loggedIn);
    ASSERT_EQ(rita.catalogue().fields().size(), 1);
    EXPECT_EQ(rita.catalogue().fields().at(0).name, u"site"_s);

    // Deactivated: no form offers it any more; the admin sees it, inactive.
    FieldsAdmin fields(ada.session, &ada.catalogue());
    fields.reload();
    ASSERT_TRUE(waitUntil([&] { return !fields.isBusy() && fields.fields().size() == 2; }));
    fields.setActive(fields.fields().at(0).id, false);
    ASSERT_TRUE(waitUntil([&] { return !fields.isBusy() && !fields.fields().at(0).active; }));
    EXPECT_EQ(ada.applicable(TicketType::Incident, u"Network"_s), QStringList());
    // A limit below the minimum: the shared definition rules name it before it is sent.
    QString refused;
    QObject::connect(&fields, &FieldsAdmin::refused,
                     [&](const QString& field, const QString&) { refused = field; });
    api::FieldUpdateParams bad;
    bad.id = fields.fields().at(1).id;
    bad.max = api::Nullable<double>::of(0);
    fields.update(bad);
    EXPECT_EQ(refused, u"max"_s);
}

TEST_P(FieldsCoreTest, ADraftWithABadValueStaysAndAGoodOneArrivesWithItsValues)
{
    FieldsCore ada(server().port(), u"ada"_s);
    ASSERT_TRUE(ada.loggedIn);
    defineFields(ada);

    TicketDraft draft;
    draft.title = u"Meeting room screens"_s;
    draft.category = u"Hardware"_s;
    draft.fields = {{u"site"_s, FieldValue::choice(u"paris"_s)},
                    {u"seats"_s, FieldValue::number(12)}};
    auto problem = ada.controller.submit(draft);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->field, u"fields.seats"_s);
    EXPECT_EQ(problem->message, u"Must be at most 10."_s);
    draft.fields.remove(u"seats"_s);
    problem = ada.controller.submit(draft);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->field, u"fields.seats"_s);
    EXPECT_EQ(ada.outbox.waitingCount(), 0) << "nothing was queued";

    std::optional<Ticket> created;
    QObject::connect(&ada.controller, &NewTicketController::created,
                     [&](const Ticket& ticket) { created = ticket; });
    draft.fields.insert(u"seats"_s, FieldValue::number(4));
    ASSERT_FALSE(ada.controller.submit(draft));
    ASSERT_TRUE(waitUntil([&] { return created.has_value(); }));
    const Reply got = admin().call(u"ticket.get"_s, QJsonObject {{"id"_L1, created->id}});
    ASSERT_TRUE(got.ok()) << got.describe();
    const QJsonObject values = got.object().value("fields"_L1).toObject();
    EXPECT_EQ(values.value("site"_L1).toString(), u"paris"_s);
    EXPECT_EQ(values.value("seats"_L1).toDouble(), 4);
}

TEST_P(FieldsCoreTest, TheOpenTicketsValuesAreEditedAndFollowOtherAgentsLive)
{
    FieldsCore ada(server().port(), u"ada"_s);
    ASSERT_TRUE(ada.loggedIn);
    defineFields(ada);
    const QJsonObject ticket =
        createTicket(admin(),
                     {{"title"_L1, u"Dock"_s},
                      {"description"_L1, u"A dock for the meeting room"_s},
                      {"category"_L1, u"Hardware"_s},
                      {"fields"_L1, QJsonObject {{"seats"_L1, 2}, {"site"_L1, u"lyon"_s}}}});
    const qint64 id = ticket.value("id"_L1).toInteger();

    TicketDetail detail(ada.session, ada.outbox, ada.directory);
    detail.open(id);
    ASSERT_TRUE(waitUntil([&] { return detail.isLoaded(); }));
    EXPECT_EQ(detail.fieldValues().value(u"seats"_s).toNumber(), 2);
    EXPECT_EQ(detail.fieldValues().value(u"site"_s).toText(), u"lyon"_s);

    // Saved with the ticket's version: the answer brings the values and the next version.
    const qint64 before = detail.ticket().version;
    detail.setFields({{u"seats"_s, FieldValue::number(3)}, {u"site"_s, FieldValue()}});
    ASSERT_TRUE(waitUntil([&] { return detail.ticket().version > before; }));
    EXPECT_EQ(detail.fieldValues().value(u"seats"_s).toNumber(), 3);
    EXPECT_FALSE(detail.fieldValues().contains(u"site"_s)) << "cleared";

    // Another agent's change arrives by the push, hidden fields included (staff see them).
    const Reply changed = admin().call(u"ticket.update"_s,
                                       QJsonObject {{"id"_L1, id},
                                                    {"version"_L1, detail.ticket().version},
                                                    {"fields"_L1, QJsonObject {{"seats"_L1, 7}}}});
    ASSERT_TRUE(changed.ok()) << changed.describe();
    ASSERT_TRUE(waitUntil([&] { return detail.fieldValues().value(u"seats"_s).toNumber() == 7; }));
}

INSTANTIATE_TEST_SUITE_P(Backends, FieldsCoreTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
