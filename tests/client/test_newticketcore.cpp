// The new-ticket controller and the outbox against a real server: a problem raised from an
// incident arrives typed, linked with the incident and with its file, once; a draft the
// server's rules refuse never leaves the client.
#include "client/core/clientsettings.h"
#include "client/core/credentialstore.h"
#include "client/core/directory.h"
#include "client/core/newticketcontroller.h"
#include "client/core/outbox.h"
#include "client/core/outboxmodel.h"
#include "client/core/session.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace frontline;
using namespace frontline::client;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

class NewTicketCoreTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        createUser(u"rita"_s, u"requester"_s);
        createUser(u"alex"_s, u"agent"_s);
        rita = connectAs(u"rita"_s);
        alex = connectAs(u"alex"_s);
    }

    // A client core logged in as `username`, as either program wires it.
    struct Core
    {
        Core(quint16 port, const QString& username)
            : settings(dir.filePath(u"settings.ini"_s))
            , session(settings, credentials)
            , directory(session)
            , outbox(session)
            , controller(session, directory, outbox)
        {
            session.setEndpoint({u"127.0.0.1"_s, port, false});
            session.login(username, QString::fromLatin1(Password), false);
            loggedIn = waitUntil([this] { return session.isReady(); }, 10000)
                && waitUntil([this] { return directory.isLoaded(); }, 10000);
            outbox.setStoragePath(dir.filePath(u"outbox.json"_s));
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

    std::unique_ptr<TestClient> rita, alex;
};

} // namespace

TEST_P(NewTicketCoreTest, AProblemRaisedFromAnIncidentIsLinkedWithItAndCarriesItsFile)
{
    const QJsonObject incident = createTicket(
        *rita, QJsonObject {{"title"_L1, u"Mail is slow"_s}, {"description"_L1, u"Since 9."_s}});
    const qint64 incidentId = incident.value("id"_L1).toInteger();
    Core core(server().port(), u"alex"_s);
    ASSERT_TRUE(core.loggedIn);
    EXPECT_EQ(core.controller.types().size(), 4) << "staff may raise problems and changes";

    QSignalSpy created(&core.controller, &NewTicketController::created);
    TicketDraft draft =
        TicketDraft::raisedFromTicket(Ticket::fromJson(incident), TicketType::Problem);
    draft.files.append({u"trace.txt"_s, QByteArray("slow query at 09:02\n")});
    ASSERT_FALSE(core.controller.submit(draft).has_value());
    ASSERT_TRUE(waitUntil([&] { return created.count() == 1; }, 15000));
    EXPECT_TRUE(core.outbox.items().isEmpty());

    const Ticket problem = created.at(0).at(0).value<Ticket>();
    EXPECT_EQ(problem.type, TicketType::Problem);
    EXPECT_EQ(problem.title, u"Mail is slow"_s);
    const QJsonArray links = alex->call(u"ticket.links"_s, QJsonObject {{"id"_L1, incidentId}})
                                 .object()
                                 .value("items"_L1)
                                 .toArray();
    ASSERT_EQ(links.size(), 1) << "the incident shows the problem";
    EXPECT_EQ(links[0].toObject().value("ticket"_L1).toObject().value("id"_L1).toInteger(),
              problem.id);
    const QJsonArray files =
        alex->call(u"attachment.list"_s, QJsonObject {{"ticket"_L1, problem.id}}).items();
    ASSERT_EQ(files.size(), 1);
    EXPECT_EQ(files[0].toObject().value("name"_L1).toString(), u"trace.txt"_s);
}

TEST_P(NewTicketCoreTest, ARequesterIsOfferedIncidentsAndRequestsAndABadDraftStaysHere)
{
    Core core(server().port(), u"rita"_s);
    ASSERT_TRUE(core.loggedIn);
    EXPECT_EQ(core.controller.types(),
              (QList<TicketType> {TicketType::Incident, TicketType::ServiceRequest}));
    TicketDraft draft;
    draft.description = u"No title."_s;
    const auto problem = core.controller.submit(draft);
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(problem->field, u"title"_s);
    EXPECT_TRUE(core.outbox.items().isEmpty()) << "nothing was queued";
}

INSTANTIATE_TEST_SUITE_P(Backends, NewTicketCoreTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
