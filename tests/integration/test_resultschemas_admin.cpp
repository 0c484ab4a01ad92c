// rpc.discover's result schemas of the administration and plumbing methods (issue 23;
// shared/api/resultschemasadmin.cpp) against what the server really answers: the settings
// (every config key an admin reads, the relay and a directory set), mailboxes and a directory
// where no server answers (tested: the step that failed), the workflow, event subscriptions and an
// agent's presence on a ticket, the notification mails' outbox (a mail waiting for a relay that
// is away, retried) and templates (listed, customised, previewed), a report's tickets behind a
// figure and its CSV export, and rpc.discover itself. Every answer is checked by
// python3-jsonschema; the test fails when a method of this area is described but never called.
#include "resultschemacheck.h"

#include <QDate>
#include <QJsonArray>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

using AdminResultSchemaTest = ResultSchemaFixture;

} // namespace

TEST_P(AdminResultSchemaTest, SettingsMailEventsAndReportResultsMatchWhatTheServerAnswers)
{
    createUser(u"alex"_s, u"agent"_s);
    createUser(u"ann"_s, u"requester"_s);
    auto agent = connectAs(u"alex"_s);
    auto requester = connectAs(u"ann"_s);

    // Settings: each key as stored, and the relay (on a port where nothing listens, so that the
    // mail below waits in the outbox).
    for (const QString& key : {u"lifecycles"_s, u"priority_matrix"_s, u"sla_targets"_s, u"smtp"_s,
                               u"security"_s, u"ldap"_s})
        call(admin(), u"config.get"_s, {{"key"_L1, key}});
    call(admin(), u"config.set"_s,
         {{"key"_L1, u"smtp"_s},
          {"value"_L1,
           QJsonObject {{"host"_L1, u"127.0.0.1"_s},
                        {"port"_L1, 1},
                        {"security"_L1, u"none"_s},
                        {"from_address"_L1, u"desk@acme.example"_s},
                        {"from_name"_L1, u"IT Service Desk"_s}}}});
    call(*agent, u"workflow.get"_s);

    // Events and presence.
    call(*agent, u"events.subscribe"_s,
         {{"topics"_L1, QJsonArray {u"tickets"_s, u"presence"_s, u"notifications"_s}}});
    call(*agent, u"events.unsubscribe"_s, {{"topics"_L1, QJsonArray {u"notifications"_s}}});
    const qint64 ticket =
        createTicket(*requester,
                     {{"title"_L1, u"Printer jams"_s}, {"description"_L1, u"Every page."_s}})
            .value("id"_L1)
            .toInteger();
    call(*agent, u"presence.update"_s, {{"ticket"_L1, ticket}, {"typing"_L1, true}});
    call(*agent, u"presence.update"_s, {{"ticket"_L1, QJsonValue::Null}});

    // The outbox: Ann's receipt waits for the relay, and is due again at once when retried.
    ASSERT_TRUE(waitUntil(
        [&] {
            const Reply rows = admin().call(u"mail.outbox.list"_s, QJsonObject {});
            const QJsonArray items = rows.object().value("items"_L1).toArray();
            return !items.isEmpty()
                && !items.at(0).toObject().value("last_error"_L1).toString().isEmpty()
                && items.at(0).toObject().value("state"_L1).toString() == u"queued"_s;
        },
        30000));
    const QJsonValue outbox = call(admin(), u"mail.outbox.list"_s, {{"limit"_L1, 10}});
    call(admin(), u"mail.outbox.list"_s, {{"state"_L1, u"sent"_s}});
    const qint64 waiting = idOf(outbox["items"_L1].toArray().at(0));
    call(admin(), u"mail.outbox.retry"_s, {{"id"_L1, waiting}});

    // Templates.
    call(admin(), u"mail.template.list"_s);
    call(admin(), u"mail.template.set"_s,
         {{"kind"_L1, u"received"_s},
          {"language"_L1, u"de"_s},
          {"subject"_L1, u"Wir haben Ihre Anfrage: {{ticket.title}}"_s},
          {"body"_L1, u"Hallo {{requester.name}},\n\nwir kümmern uns darum."_s}});
    call(admin(), u"mail.template.preview"_s,
         {{"kind"_L1, u"received"_s}, {"language"_L1, u"de"_s}, {"ticket_id"_L1, ticket}});
    call(admin(), u"mail.template.set"_s,
         {{"kind"_L1, u"received"_s}, {"language"_L1, u"de"_s}, {"reset"_L1, true}});

    // A mailbox on a port where no server listens: stored, listed, tested (the step that
    // failed), changed and deleted; the quarantine (empty) read.
    ASSERT_TRUE(admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"Hardware"_s}}).ok());
    const QJsonValue mailbox = call(admin(), u"mailbox.create"_s,
                                    {{"name"_L1, u"IT Service Desk"_s},
                                     {"host"_L1, u"127.0.0.1"_s},
                                     {"port"_L1, 1},
                                     {"security"_L1, u"none"_s},
                                     {"username"_L1, u"desk@acme.example"_s},
                                     {"password"_L1, u"mailbox secret"_s},
                                     {"category"_L1, u"Hardware"_s}});
    call(admin(), u"mailbox.list"_s);
    call(admin(), u"mailbox.test"_s, {{"id"_L1, idOf(mailbox)}});
    call(admin(), u"mailbox.update"_s, {{"id"_L1, idOf(mailbox)}, {"enabled"_L1, false}});
    call(admin(), u"mailbox.quarantine.list"_s);
    call(admin(), u"mailbox.delete"_s, {{"id"_L1, idOf(mailbox)}});

    // A directory where none answers: its test names the step, a sync lists the error.
    call(admin(), u"config.set"_s,
         {{"key"_L1, u"ldap"_s},
          {"value"_L1,
           QJsonObject {{"directories"_L1,
                         QJsonArray {QJsonObject {{"name"_L1, u"Acme"_s},
                                                  {"url"_L1, u"ldap://127.0.0.1:1"_s},
                                                  {"starttls"_L1, false},
                                                  {"bind_dn"_L1, u"cn=desk,dc=acme"_s},
                                                  {"bind_password"_L1, u"directory secret"_s},
                                                  {"base_dn"_L1, u"dc=acme"_s}}}}}}});
    call(admin(), u"ldap.test"_s, {{"name"_L1, u"Acme"_s}});
    call(admin(), u"ldap.sync"_s);

    // Reports: the tickets behind today's created figure, and the same as a CSV file.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QJsonObject period {{"from"_L1, today}, {"to"_L1, today}};
    QJsonObject created = period;
    created.insert("segment"_L1, u"created"_s);
    const QJsonValue rows = call(admin(), u"report.tickets"_s, created);
    EXPECT_EQ(rows["tickets"_L1].toArray().size(), 1) << "Ann's ticket";
    QJsonObject file = created;
    file.insert("report"_L1, u"tickets"_s);
    file.insert("format"_L1, u"csv"_s);
    call(admin(), u"report.export"_s, file);
    QJsonObject kpis = period;
    kpis.insert("format"_L1, u"csv"_s);
    call(admin(), u"report.export"_s, kpis);

    TestClient anonymous(server().port());
    ASSERT_TRUE(anonymous.open());
    call(anonymous, u"rpc.discover"_s);

    // Controls: answers made wrong must fail their schemas.
    QJsonObject lost = outbox["items"_L1].toArray().at(0).toObject();
    lost.insert("state"_L1, u"lost"_s);
    QJsonObject presenceText {{"ticket_id"_L1, u"seven"_s}, {"viewers"_L1, QJsonArray {}}};
    QJsonObject unknownTopic {{"topics"_L1, QJsonArray {u"gossip"_s}}};
    checkAnswers(isAdminMethod,
                 {{u"mail.outbox.retry"_s, lost},
                  {u"presence.update"_s, presenceText},
                  {u"events.subscribe"_s, unknownTopic}});
}

INSTANTIATE_TEST_SUITE_P(Backends, AdminResultSchemaTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
