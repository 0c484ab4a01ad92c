// The service catalog and fulfilment tasks (issue 21, points 2 and 4) against the in-process
// server on both databases: items whose refusals name the field, the audience that decides who
// sees and requests an item, a request's form checked like ticket.create's, requests filed on
// behalf of a requester, tasks in stages (parallel within one, in sequence across them), the
// request fulfilled after its last task, a cancelled task that stops the fulfilment, approval
// before the tasks, and the pushes a second client hears.
#include "harnessfixture.h"
#include "rpc/errorcodes.h"

#include <QDateTime>
#include <QJsonArray>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject task(const QString& title, qint64 group, int stage)
{
    return {{"title"_L1, title},
            {"description"_L1, QString(title + u" for the request"_s)},
            {"group"_L1, group},
            {"stage"_L1, stage}};
}

class CatalogTest : public HarnessFixture
{
protected:
    void SetUp() override
    {
        HarnessFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_purchasing = createGroup(u"Purchasing"_s, 1);
        m_accounts = createGroup(u"Accounts"_s, 1);
        m_desk = createGroup(u"Desk"_s, 1);
        Reply field = admin().call(u"field.create"_s,
                                   QJsonObject {{"name"_L1, u"cost_centre"_s},
                                                {"label"_L1, u"Cost centre"_s},
                                                {"type"_L1, u"text"_s},
                                                {"max"_L1, 10},
                                                {"visible_to_requester"_L1, true}});
        ASSERT_TRUE(field.ok()) << field.describe();
        field = admin().call(u"field.create"_s,
                             QJsonObject {{"name"_L1, u"screens"_s},
                                          {"label"_L1, u"Screens"_s},
                                          {"type"_L1, u"number"_s},
                                          {"min"_L1, 0},
                                          {"max"_L1, 3},
                                          {"visible_to_requester"_L1, true}});
        ASSERT_TRUE(field.ok()) << field.describe();
        const Reply category =
            admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"Hardware"_s}});
        ASSERT_TRUE(category.ok()) << category.describe();
    }

    // "New laptop": a form with a required cost centre, fulfilled by two parallel tasks and
    // then a hand-over.
    QJsonObject laptopParams(const QJsonObject& more = {}) const
    {
        QJsonObject params {
            {"name"_L1, u"New laptop"_s},
            {"description"_L1, u"A laptop with the standard software"_s},
            {"icon"_L1, u"laptop"_s},
            {"category"_L1, u"Hardware"_s},
            {"group"_L1, m_desk},
            {"form"_L1,
             QJsonArray {QJsonObject {{"field"_L1, u"cost_centre"_s}, {"required"_L1, true}},
                         QJsonObject {{"field"_L1, u"screens"_s}}}},
            {"tasks"_L1,
             QJsonArray {task(u"Hand over"_s, m_desk, 2),
                         task(u"Order the laptop"_s, m_purchasing, 1),
                         task(u"Create the account"_s, m_accounts, 1)}}};
        for (auto it = more.begin(); it != more.end(); ++it)
            params.insert(it.key(), it.value());
        return params;
    }

    qint64 createItem(const QJsonObject& params)
    {
        const Reply reply = admin().call(u"catalog.item.create"_s, params);
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object().value("id"_L1).toInteger();
    }

    qint64 createOrg(const QString& name)
    {
        const Reply reply = admin().call(u"org.create"_s, QJsonObject {{"name"_L1, name}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object().value("id"_L1).toInteger();
    }

    qint64 requesterOf(const QString& username, std::optional<qint64> org)
    {
        const qint64 id = createUser(username, u"requester"_s);
        if (org) {
            const Reply moved =
                admin().call(u"user.update"_s, QJsonObject {{"id"_L1, id}, {"org"_L1, *org}});
            EXPECT_TRUE(moved.ok()) << moved.describe();
        }
        return id;
    }

    QJsonObject get(TestClient& who, qint64 id)
    {
        const Reply reply = who.call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object();
    }

    QJsonArray tasksOf(qint64 request) { return get(admin(), request).value("tasks"_L1).toArray(); }

    void transition(qint64 id, const QString& status, const QString& note = {})
    {
        QJsonObject params {{"id"_L1, id}, {"status"_L1, status}};
        if (!note.isEmpty())
            params.insert("note"_L1, note);
        const Reply reply = admin().call(u"ticket.transition"_s, params);
        ASSERT_TRUE(reply.ok()) << reply.describe();
    }

    qint64 taskId(const QJsonArray& tasks, const QString& title)
    {
        for (const QJsonValue& t : tasks) {
            if (t.toObject().value("title"_L1).toString() == title)
                return t.toObject().value("id"_L1).toInteger();
        }
        ADD_FAILURE() << "no task " << title.toStdString();
        return 0;
    }

    qint64 m_purchasing = 0;
    qint64 m_accounts = 0;
    qint64 m_desk = 0;
};

TEST_P(CatalogTest, ItemsAreDefinedByAdminsWithRefusalsNamingTheField)
{
    const Reply created = admin().call(u"catalog.item.create"_s, laptopParams());
    ASSERT_TRUE(created.ok()) << created.describe();
    const QJsonObject item = created.object();
    const qint64 id = item.value("id"_L1).toInteger();
    EXPECT_EQ(item.value("category"_L1).toString(), u"Hardware"_s);
    EXPECT_EQ(item.value("group"_L1).toInteger(), m_desk);
    EXPECT_TRUE(item.value("active"_L1).toBool());
    const QJsonArray tasks = item.value("tasks"_L1).toArray();
    ASSERT_EQ(tasks.size(), 3);
    EXPECT_EQ(tasks.at(0).toObject().value("stage"_L1).toInt(), 1) << "tasks sort by stage";
    EXPECT_EQ(tasks.at(2).toObject().value("title"_L1).toString(), u"Hand over"_s);

    const auto refused = [this](const QJsonObject& more, int code, const QString& field) {
        QJsonObject params = laptopParams(more);
        params.insert("name"_L1, u"Other"_s);
        const Reply reply = admin().call(u"catalog.item.create"_s, params);
        EXPECT_EQ(reply.code(), code) << reply.describe();
        EXPECT_EQ(reply.field(), field) << reply.describe();
    };
    refused({{"icon"_L1, u"rocket"_s}}, InvalidParams, u"icon"_s);
    refused({{"category"_L1, u"Nowhere"_s}}, InvalidParams, u"category"_s);
    refused({{"sla_policy"_L1, 999}}, InvalidParams, u"sla_policy"_s);
    refused({{"form"_L1, QJsonArray {QJsonObject {{"field"_L1, u"colour"_s}}}}}, InvalidParams,
            u"form.0.field"_s);
    refused({{"tasks"_L1, QJsonArray {task(u"x"_s, 999, 1)}}}, InvalidParams, u"tasks.0.group"_s);
    refused({{"tasks"_L1, QJsonArray {QJsonObject {{"title"_L1, u"x"_s}}}}}, InvalidParams,
            u"tasks.0.group"_s);
    refused({{"approvals"_L1, QJsonArray {QJsonObject {{"kind"_L1, u"oracle"_s}}}}}, InvalidParams,
            u"approvals[0].kind"_s);
    refused({{"approvals"_L1,
              QJsonArray {QJsonObject {
                  {"kind"_L1, u"group"_s}, {"group"_L1, m_desk}, {"rule"_L1, u"n"_s}}}}},
            InvalidParams, u"approvals[0].n"_s);
    // A chain naming somebody or a group that is not there is refused when saved, not when a
    // request is filed: the step is named.
    refused({{"approvals"_L1,
              QJsonArray {QJsonObject {{"kind"_L1, u"manager"_s}},
                          QJsonObject {{"kind"_L1, u"user"_s}, {"user"_L1, 999}}}}},
            InvalidParams, u"approvals[1].user"_s);
    refused(
        {{"approvals"_L1, QJsonArray {QJsonObject {{"kind"_L1, u"group"_s}, {"group"_L1, 999}}}}},
        InvalidParams, u"approvals[0].group"_s);
    const Reply taken = admin().call(u"catalog.item.create"_s, laptopParams());
    EXPECT_EQ(taken.code(), Conflict) << taken.describe();
    EXPECT_EQ(taken.field(), u"name"_s);

    createUser(u"alex"_s, u"agent"_s);
    const auto alex = connectAs(u"alex"_s);
    EXPECT_EQ(alex->call(u"catalog.item.create"_s, laptopParams({{"name"_L1, u"Mine"_s}})).code(),
              Forbidden);

    Reply updated = admin().call(u"catalog.item.update"_s,
                                 QJsonObject {{"id"_L1, id},
                                              {"description"_L1, u"Any laptop"_s},
                                              {"approvals"_L1,
                                               QJsonArray {QJsonObject {{"kind"_L1, u"manager"_s}},
                                                           QJsonObject {{"kind"_L1, u"group"_s},
                                                                        {"group"_L1, m_desk},
                                                                        {"rule"_L1, u"any"_s}}}}});
    ASSERT_TRUE(updated.ok()) << updated.describe();
    EXPECT_EQ(updated.object().value("description"_L1).toString(), u"Any laptop"_s);
    EXPECT_EQ(updated.object().value("approvals"_L1).toArray().size(), 2);
    EXPECT_EQ(updated.object().value("tasks"_L1).toArray().size(), 3) << "left as it was";
    EXPECT_EQ(admin().call(u"catalog.item.update"_s, QJsonObject {{"id"_L1, 999}}).code(),
              NotFound);

    // Listed by name, searched in name and description, a page at a time.
    createItem(laptopParams({{"name"_L1, u"Monitor"_s},
                             {"description"_L1, u"A second screen"_s},
                             {"icon"_L1, u"monitor"_s}}));
    createItem(laptopParams({{"name"_L1, u"Access badge"_s}, {"icon"_L1, u"key"_s}}));
    Reply page = alex->call(u"catalog.item.list"_s, QJsonObject {{"limit"_L1, 2}});
    ASSERT_TRUE(page.ok()) << page.describe();
    ASSERT_EQ(page.items().size(), 2);
    EXPECT_EQ(page.items().at(0).toObject().value("name"_L1).toString(), u"Access badge"_s);
    const QString cursor = page.object().value("next_cursor"_L1).toString();
    ASSERT_FALSE(cursor.isEmpty());
    page = alex->call(u"catalog.item.list"_s, QJsonObject {{"limit"_L1, 2}, {"cursor"_L1, cursor}});
    ASSERT_EQ(page.items().size(), 1);
    EXPECT_EQ(page.items().at(0).toObject().value("name"_L1).toString(), u"New laptop"_s);
    EXPECT_FALSE(page.object().contains("next_cursor"_L1));
    page = alex->call(u"catalog.item.list"_s, QJsonObject {{"search"_L1, u"SCREEN"_s}});
    ASSERT_EQ(page.items().size(), 1);
    EXPECT_EQ(page.items().at(0).toObject().value("name"_L1).toString(), u"Monitor"_s);

    // Retired items leave the catalog; the admin's view keeps them.
    ASSERT_TRUE(
        admin()
            .call(u"catalog.item.update"_s, QJsonObject {{"id"_L1, id}, {"active"_L1, false}})
            .ok());
    EXPECT_EQ(alex->call(u"catalog.item.list"_s).items().size(), 2);
    EXPECT_EQ(admin().call(u"catalog.item.list"_s, QJsonObject {{"all"_L1, true}}).items().size(),
              3);

    const Reply audit = admin().call(u"audit.list"_s, QJsonObject {{"limit"_L1, 50}});
    ASSERT_TRUE(audit.ok()) << audit.describe();
    QStringList actions;
    for (const QJsonValue& entry : audit.items())
        actions.append(entry.toObject().value("action"_L1).toString());
    EXPECT_EQ(actions.count(u"catalog.item.create"_s), 3);
    EXPECT_EQ(actions.count(u"catalog.item.update"_s), 2);
}

TEST_P(CatalogTest, TheAudienceDecidesWhoSeesAndRequestsAnItem)
{
    const qint64 acme = createOrg(u"Acme"_s);
    const qint64 globex = createOrg(u"Globex"_s);
    requesterOf(u"ann"_s, acme);
    const qint64 gusId = requesterOf(u"gus"_s, globex);
    const qint64 acmeOnly =
        createItem(laptopParams({{"audience"_L1, QJsonObject {{"orgs"_L1, QJsonArray {acme}}}}}));
    createItem(
        laptopParams({{"name"_L1, u"Server access"_s},
                      {"icon"_L1, u"server"_s},
                      {"audience"_L1, QJsonObject {{"roles"_L1, QJsonArray {u"agent"_s}}}}}));
    createItem(laptopParams({{"name"_L1, u"Password reset"_s}, {"icon"_L1, u"key"_s}}));

    const auto ann = connectAs(u"ann"_s);
    const auto gus = connectAs(u"gus"_s);
    const auto names = [](const Reply& reply) {
        QStringList list;
        for (const QJsonValue& item : reply.items())
            list << item.toObject().value("name"_L1).toString();
        return list;
    };
    EXPECT_EQ(names(ann->call(u"catalog.item.list"_s)),
              (QStringList {u"New laptop"_s, u"Password reset"_s}));
    EXPECT_EQ(names(gus->call(u"catalog.item.list"_s)), QStringList {u"Password reset"_s});
    EXPECT_EQ(names(gus->call(u"catalog.item.list"_s, QJsonObject {{"all"_L1, true}})),
              QStringList {u"Password reset"_s})
        << "requesters cannot ask for every item";
    EXPECT_EQ(gus->call(u"catalog.item.get"_s, QJsonObject {{"id"_L1, acmeOnly}}).code(), NotFound);
    EXPECT_TRUE(ann->call(u"catalog.item.get"_s, QJsonObject {{"id"_L1, acmeOnly}}).ok());

    const Reply refused =
        gus->call(u"catalog.request"_s,
                  QJsonObject {{"item"_L1, acmeOnly},
                               {"fields"_L1, QJsonObject {{"cost_centre"_L1, u"CC-1"_s}}}});
    EXPECT_EQ(refused.code(), Forbidden) << refused.describe();
    EXPECT_EQ(refused.field(), u"item"_s);
    EXPECT_EQ(refused.reason(), u"not_in_audience"_s);
    // Nor can an agent file it for them.
    createUser(u"alex"_s, u"agent"_s);
    const auto alex = connectAs(u"alex"_s);
    const Reply onBehalf =
        alex->call(u"catalog.request"_s,
                   QJsonObject {{"item"_L1, acmeOnly},
                                {"requester"_L1, gusId},
                                {"fields"_L1, QJsonObject {{"cost_centre"_L1, u"CC-1"_s}}}});
    EXPECT_EQ(onBehalf.code(), Forbidden) << onBehalf.describe();
    EXPECT_EQ(ann->call(u"catalog.request"_s,
                        QJsonObject {{"item"_L1, acmeOnly},
                                     {"fields"_L1, QJsonObject {{"cost_centre"_L1, u"CC-1"_s}}}})
                  .code(),
              0);
}

TEST_P(CatalogTest, ARequestChecksTheFormNamingTheFieldAndFilesAServiceRequest)
{
    // The item's SLA policy governs its requests (this one would match only changes).
    const Reply policy = admin().call(u"sla.policy.create"_s,
                                      QJsonObject {{"name"_L1, u"Equipment"_s},
                                                   {"type"_L1, u"change"_s},
                                                   {"response_minutes"_L1, 120},
                                                   {"resolve_minutes"_L1, 4320}});
    ASSERT_TRUE(policy.ok()) << policy.describe();
    const qint64 item =
        createItem(laptopParams({{"tasks"_L1, QJsonArray()},
                                 {"sla_policy"_L1, policy.object().value("id"_L1).toInteger()}}));
    const qint64 ann = requesterOf(u"ann"_s, std::nullopt);
    const auto client = connectAs(u"ann"_s);
    const auto request = [&](const QJsonObject& fields) {
        return client->call(u"catalog.request"_s,
                            QJsonObject {{"item"_L1, item},
                                         {"fields"_L1, fields},
                                         {"description"_L1, u"For the new starter"_s}});
    };
    Reply reply = request({});
    EXPECT_EQ(reply.code(), InvalidParams);
    EXPECT_EQ(reply.field(), u"fields.cost_centre"_s) << "required by the item";
    reply = request({{"cost_centre"_L1, u"CC-0000000042"_s}});
    EXPECT_EQ(reply.field(), u"fields.cost_centre"_s) << "longer than the field's max";
    reply = request({{"cost_centre"_L1, u"CC-42"_s}, {"screens"_L1, 7}});
    EXPECT_EQ(reply.field(), u"fields.screens"_s);
    reply = request({{"cost_centre"_L1, u"CC-42"_s}, {"screens"_L1, u"two"_s}});
    EXPECT_EQ(reply.field(), u"fields.screens"_s);
    reply = request({{"cost_centre"_L1, u"CC-42"_s}, {"colour"_L1, u"red"_s}});
    EXPECT_EQ(reply.field(), u"fields.colour"_s);
    EXPECT_EQ(client->call(u"catalog.request"_s, QJsonObject {{"item"_L1, 999}}).code(), NotFound);
    EXPECT_EQ(client->call(u"ticket.list"_s).items().size(), 0) << "nothing filed by a refusal";

    reply = request({{"cost_centre"_L1, u"CC-42"_s}, {"screens"_L1, 2}});
    ASSERT_TRUE(reply.ok()) << reply.describe();
    const QJsonObject ticket = reply.object();
    const qint64 id = ticket.value("id"_L1).toInteger();
    EXPECT_EQ(ticket.value("type"_L1).toString(), u"service_request"_s);
    EXPECT_EQ(ticket.value("title"_L1).toString(), u"New laptop for ANN"_s);
    EXPECT_EQ(ticket.value("description"_L1).toString(), u"For the new starter"_s);
    EXPECT_EQ(ticket.value("category"_L1).toString(), u"Hardware"_s);
    EXPECT_EQ(ticket.value("group"_L1).toObject().value("id"_L1).toInteger(), m_desk);
    EXPECT_EQ(ticket.value("requester"_L1).toObject().value("id"_L1).toInteger(), ann);
    EXPECT_EQ(ticket.value("status"_L1).toString(), u"new"_s);
    EXPECT_EQ(ticket.value("catalog_item"_L1).toObject().value("id"_L1).toInteger(), item);
    const auto at = [&](const char* key) {
        const QJsonObject sla = ticket.value("sla"_L1).toObject();
        const QString text = QLatin1StringView(key) == "created_at"_L1
            ? ticket.value("created_at"_L1).toString()
            : sla.value(QLatin1StringView(key)).toString();
        return QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch();
    };
    EXPECT_EQ(at("resolve_due") - at("created_at"), qint64(4320) * 60 * 1000)
        << "the item's SLA policy, not the default targets";
    EXPECT_EQ(at("response_due") - at("created_at"), qint64(120) * 60 * 1000);

    const QJsonObject stored = get(*client, id);
    EXPECT_EQ(stored.value("fields"_L1).toObject().value("cost_centre"_L1).toString(), u"CC-42"_s);
    EXPECT_EQ(stored.value("fields"_L1).toObject().value("screens"_L1).toDouble(), 2);
    EXPECT_EQ(stored.value("catalog_item"_L1).toObject().value("name"_L1).toString(),
              u"New laptop"_s);
    EXPECT_TRUE(stored.value("tasks"_L1).toArray().isEmpty()) << "an item without tasks";
    bool linked = false;
    for (const QJsonValue& entry :
         client->call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}}).items()) {
        if (entry.toObject().value("field"_L1).toString() == u"catalog_item"_s)
            linked = entry.toObject().value("new"_L1).toObject().value("id"_L1).toInteger() == item;
    }
    EXPECT_TRUE(linked) << "the link to the item is in the event log";
}

TEST_P(CatalogTest, AgentsFileRequestsOnBehalfOfARequester)
{
    const qint64 item = createItem(laptopParams({{"tasks"_L1, QJsonArray()}}));
    const qint64 ann = requesterOf(u"ann"_s, std::nullopt);
    requesterOf(u"rob"_s, std::nullopt);
    const qint64 alexId = createUser(u"alex"_s, u"agent"_s);
    addMember(m_desk, alexId);
    const auto alex = connectAs(u"alex"_s);
    const QJsonObject params {{"item"_L1, item},
                              {"requester"_L1, ann},
                              {"fields"_L1, QJsonObject {{"cost_centre"_L1, u"CC-7"_s}}}};
    const Reply reply = alex->call(u"catalog.request"_s, params);
    ASSERT_TRUE(reply.ok()) << reply.describe();
    EXPECT_EQ(reply.object().value("requester"_L1).toObject().value("id"_L1).toInteger(), ann);
    EXPECT_EQ(reply.object().value("title"_L1).toString(), u"New laptop for ANN"_s);
    const auto annClient = connectAs(u"ann"_s);
    EXPECT_EQ(annClient->call(u"ticket.list"_s).items().size(), 1) << "ann sees her request";

    const auto rob = connectAs(u"rob"_s);
    const Reply refused = rob->call(u"catalog.request"_s, params);
    EXPECT_EQ(refused.code(), Forbidden);
    EXPECT_EQ(refused.field(), u"requester"_s);
    QJsonObject noSuchUser = params;
    noSuchUser.insert("requester"_L1, 999);
    EXPECT_EQ(alex->call(u"catalog.request"_s, noSuchUser).field(), u"requester"_s);
    EXPECT_EQ(alex->call(u"ticket.create"_s,
                         QJsonObject {{"title"_L1, u"x"_s},
                                      {"description"_L1, u""_s},
                                      {"type"_L1, u"task"_s}})
                  .field(),
              u"type"_s)
        << "tasks come from requests only";
}

TEST_P(CatalogTest, TasksRunInParallelWithinAStageAndStagesInSequence)
{
    const qint64 item = createItem(laptopParams());
    const qint64 annId = requesterOf(u"ann"_s, std::nullopt);
    const qint64 penny = createUser(u"penny"_s, u"agent"_s);
    addMember(m_purchasing, penny);
    const auto pennyClient = connectAs(u"penny"_s);
    // The requester watches from a connection of her own.
    const auto ann = connectAs(u"ann"_s);
    ASSERT_TRUE(
        ann->call(u"events.subscribe"_s, QJsonObject {{"topics"_L1, QJsonArray {u"tickets"_s}}})
            .ok());

    const Reply filed =
        admin().call(u"catalog.request"_s,
                     QJsonObject {{"item"_L1, item},
                                  {"requester"_L1, annId},
                                  {"fields"_L1, QJsonObject {{"cost_centre"_L1, u"CC-1"_s}}}});
    ASSERT_TRUE(filed.ok()) << filed.describe();
    const qint64 id = filed.object().value("id"_L1).toInteger();
    QJsonArray tasks = filed.object().value("tasks"_L1).toArray();
    ASSERT_EQ(tasks.size(), 2) << "stage 1's two tasks start together";
    for (const QJsonValue& t : std::as_const(tasks)) {
        EXPECT_EQ(t.toObject().value("stage"_L1).toInt(), 1);
        EXPECT_TRUE(t.toObject().value("open"_L1).toBool());
    }
    const qint64 order = taskId(tasks, u"Order the laptop"_s);
    const qint64 account = taskId(tasks, u"Create the account"_s);

    // A task is a ticket of its own: type task, its parent, in its group's queue.
    const QJsonObject orderTicket = get(*pennyClient, order);
    EXPECT_EQ(orderTicket.value("type"_L1).toString(), u"task"_s);
    EXPECT_EQ(orderTicket.value("parent"_L1).toInteger(), id);
    EXPECT_EQ(orderTicket.value("group"_L1).toObject().value("id"_L1).toInteger(), m_purchasing);
    const Reply queue = pennyClient->call(
        u"ticket.list"_s,
        QJsonObject {{"filter"_L1,
                      QJsonObject {{"group"_L1, u"mine"_s}, {"type"_L1, QJsonArray {u"task"_s}}}}});
    ASSERT_TRUE(queue.ok()) << queue.describe();
    EXPECT_EQ(idsOf(queue.items()), QSet<qint64> {order});
    const Reply children = admin().call(
        u"ticket.list"_s, QJsonObject {{"filter"_L1, QJsonObject {{"parent"_L1, id}}}});
    ASSERT_TRUE(children.ok()) << children.describe();
    EXPECT_EQ(idsOf(children.items()), (QSet<qint64> {order, account}));
    EXPECT_TRUE(waitUntil([&] {
        int created = 0;
        for (const test::Notification& n : ann->notifications()) {
            if (n.method == u"ticket.created"_s
                && n.params.value("ticket"_L1).toObject().value("parent"_L1).toInteger() == id)
                ++created;
        }
        return created == 2;
    })) << "the requester hears both tasks start";

    // Stage 2 waits for every task of stage 1.
    const Reply done = pennyClient->call(
        u"ticket.transition"_s, QJsonObject {{"id"_L1, order}, {"status"_L1, u"resolved"_s}});
    ASSERT_TRUE(done.ok()) << done.describe();
    EXPECT_EQ(tasksOf(id).size(), 2);
    transition(account, u"resolved"_s);
    tasks = tasksOf(id);
    ASSERT_EQ(tasks.size(), 3);
    const QJsonObject handOver = tasks.at(2).toObject();
    EXPECT_EQ(handOver.value("title"_L1).toString(), u"Hand over"_s);
    EXPECT_EQ(handOver.value("stage"_L1).toInt(), 2);
    EXPECT_EQ(handOver.value("group"_L1).toObject().value("id"_L1).toInteger(), m_desk);
    // A finished stage's task closing later changes nothing.
    transition(order, u"closed"_s);
    EXPECT_EQ(tasksOf(id).size(), 3);
    EXPECT_EQ(get(admin(), id).value("status"_L1).toString(), u"new"_s);

    // The last task done: the request is fulfilled.
    transition(handOver.value("id"_L1).toInteger(), u"resolved"_s);
    const QJsonObject request = get(*ann, id);
    EXPECT_EQ(request.value("status"_L1).toString(), u"resolved"_s);
    EXPECT_FALSE(request.value("open"_L1).toBool());
    EXPECT_EQ(request.value("resolution"_L1).toString(), u"Every fulfilment task is done."_s);
    EXPECT_TRUE(waitUntil([&] {
        for (const test::Notification& n : ann->notifications()) {
            const QJsonObject ticket = n.params.value("ticket"_L1).toObject();
            if (n.method == u"ticket.changed"_s && ticket.value("id"_L1).toInteger() == id
                && ticket.value("status"_L1).toString() == u"resolved"_s)
                return true;
        }
        return false;
    })) << "the requester hears her request fulfilled";
}

TEST_P(CatalogTest, ACancelledTaskStopsTheFulfilmentAndLeavesANoteForAgents)
{
    const qint64 item = createItem(laptopParams());
    const qint64 annId = requesterOf(u"ann"_s, std::nullopt);
    const Reply filed =
        admin().call(u"catalog.request"_s,
                     QJsonObject {{"item"_L1, item},
                                  {"requester"_L1, annId},
                                  {"fields"_L1, QJsonObject {{"cost_centre"_L1, u"CC-1"_s}}}});
    ASSERT_TRUE(filed.ok()) << filed.describe();
    const qint64 id = filed.object().value("id"_L1).toInteger();
    const QJsonArray tasks = filed.object().value("tasks"_L1).toArray();
    transition(taskId(tasks, u"Order the laptop"_s), u"cancelled"_s, u"Out of stock"_s);
    transition(taskId(tasks, u"Create the account"_s), u"resolved"_s);
    EXPECT_EQ(tasksOf(id).size(), 2) << "no next stage after a cancelled task";
    const QJsonObject request = get(admin(), id);
    EXPECT_TRUE(request.value("open"_L1).toBool()) << "the request waits for an agent";

    const auto notes = [&](TestClient& who) {
        QStringList bodies;
        for (const QJsonValue& entry :
             who.call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}}).items()) {
            const QJsonObject comment = entry.toObject().value("comment"_L1).toObject();
            if (!comment.isEmpty())
                bodies << comment.value("body"_L1).toString();
        }
        return bodies;
    };
    const QStringList staff = notes(admin());
    ASSERT_EQ(staff.size(), 1);
    EXPECT_TRUE(staff.at(0).contains(u"Order the laptop"_s)) << staff.at(0).toStdString();
    EXPECT_TRUE(staff.at(0).contains(u"cancelled"_s)) << staff.at(0).toStdString();
    const auto ann = connectAs(u"ann"_s);
    EXPECT_TRUE(notes(*ann).isEmpty()) << "an internal note";
}

TEST_P(CatalogTest, ACancelledRequestCancelsItsOpenTasksWithANote)
{
    const qint64 item = createItem(laptopParams());
    const qint64 annId = requesterOf(u"ann"_s, std::nullopt);
    const Reply filed =
        admin().call(u"catalog.request"_s,
                     QJsonObject {{"item"_L1, item},
                                  {"requester"_L1, annId},
                                  {"fields"_L1, QJsonObject {{"cost_centre"_L1, u"CC-1"_s}}}});
    ASSERT_TRUE(filed.ok()) << filed.describe();
    const qint64 id = filed.object().value("id"_L1).toInteger();
    const QJsonArray tasks = filed.object().value("tasks"_L1).toArray();
    const qint64 done = taskId(tasks, u"Create the account"_s);
    transition(done, u"resolved"_s);

    // The requester no longer needs it: the open task is cancelled, the done one stays done,
    // and no later stage starts.
    const auto ann = connectAs(u"ann"_s);
    const Reply cancelled = ann->call(u"ticket.transition"_s,
                                      QJsonObject {{"id"_L1, id},
                                                   {"status"_L1, u"cancelled"_s},
                                                   {"note"_L1, u"Got one from Bob"_s}});
    ASSERT_TRUE(cancelled.ok()) << cancelled.describe();
    const qint64 order = taskId(tasks, u"Order the laptop"_s);
    const QJsonObject orderTask = get(admin(), order);
    EXPECT_EQ(orderTask.value("status"_L1).toString(), u"cancelled"_s);
    EXPECT_EQ(get(admin(), done).value("status"_L1).toString(), u"resolved"_s);
    EXPECT_EQ(tasksOf(id).size(), 2) << "no next stage for a cancelled request";
    // The agent who had the task reads why, in an internal note.
    bool told = false;
    for (const QJsonValue& entry :
         admin().call(u"ticket.history"_s, QJsonObject {{"id"_L1, order}}).items()) {
        const QJsonObject comment = entry.toObject().value("comment"_L1).toObject();
        told = told
            || (comment.value("internal"_L1).toBool()
                && comment.value("body"_L1).toString().contains(u"#%1"_s.arg(id)));
    }
    EXPECT_TRUE(told);
}

TEST_P(CatalogTest, AnItemsApprovalChainRunsWithTheRequestAndItsApprovalStartsTheTasks)
{
    const qint64 item = createItem(
        laptopParams({{"approvals"_L1, QJsonArray {QJsonObject {{"kind"_L1, u"manager"_s}}}}}));
    const qint64 annId = requesterOf(u"ann"_s, std::nullopt);
    const qint64 miaId = createUser(u"mia"_s, u"manager"_s);
    const auto ann = connectAs(u"ann"_s);
    const QJsonObject params {{"item"_L1, item},
                              {"fields"_L1, QJsonObject {{"cost_centre"_L1, u"CC-1"_s}}}};

    // A chain that cannot start (Ann has no manager yet) refuses the request, naming the step,
    // and files nothing.
    const Reply refused = ann->call(u"catalog.request"_s, params);
    EXPECT_EQ(refused.code(), InvalidParams) << refused.describe();
    EXPECT_EQ(refused.field(), u"approvals[0].kind"_s);
    EXPECT_EQ(ann->call(u"ticket.list"_s).items().size(), 0) << "nothing filed by a refusal";

    const Reply managed =
        admin().call(u"user.update"_s, QJsonObject {{"id"_L1, annId}, {"manager"_L1, miaId}});
    ASSERT_TRUE(managed.ok()) << managed.describe();
    const Reply filed = ann->call(u"catalog.request"_s, params);
    ASSERT_TRUE(filed.ok()) << filed.describe();
    const qint64 id = filed.object().value("id"_L1).toInteger();
    EXPECT_EQ(filed.object().value("status"_L1).toString(), u"awaiting_approval"_s);
    EXPECT_EQ(filed.object().value("sla"_L1).toObject().value("state"_L1).toString(), u"paused"_s);
    EXPECT_TRUE(filed.object().value("tasks"_L1).toArray().isEmpty()) << "no task before approval";
    bool chain = false;
    for (const QJsonValue& entry :
         admin().call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}}).items()) {
        if (entry.toObject().value("field"_L1).toString() == u"approval"_s)
            chain = true;
    }
    EXPECT_TRUE(chain) << "the chain started with the request, in its history";

    // Mia, Ann's manager, finds it in her approvals and approves: the first stage starts.
    const auto mia = connectAs(u"mia"_s);
    const Reply waiting = mia->call(u"approval.list"_s);
    ASSERT_TRUE(waiting.ok()) << waiting.describe();
    ASSERT_EQ(waiting.items().size(), 1);
    const Reply approved = mia->call(
        u"approval.decide"_s,
        QJsonObject {{"id"_L1, waiting.items().at(0).toObject().value("id"_L1).toInteger()},
                     {"decision"_L1, u"approve"_s},
                     {"comment"_L1, u"Budget is fine"_s}});
    ASSERT_TRUE(approved.ok()) << approved.describe();
    const QJsonArray tasks = tasksOf(id);
    ASSERT_EQ(tasks.size(), 2);
    EXPECT_EQ(tasks.at(0).toObject().value("stage"_L1).toInt(), 1);
    EXPECT_EQ(get(*ann, id).value("status"_L1).toString(), u"approved"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, CatalogTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

} // namespace
