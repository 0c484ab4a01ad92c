// Custom fields (issue 21) against the in-process server on both databases: definitions whose
// refusals name the field, each type's values accepted and refused with the field named,
// required fields per type and category, values in the history (hidden ones staff-only),
// queues filtered on a field that still page by keyset, and the audit entries.
#include "harnessfixture.h"
#include "rpc/errorcodes.h"

#include <QDate>
#include <QJsonArray>
#include <QSet>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

QJsonArray options(const QStringList& keys)
{
    QJsonArray array;
    for (const QString& key : keys)
        array.append(QJsonObject {{"key"_L1, key}, {"label"_L1, key.toUpper()}});
    return array;
}

class FieldTest : public HarnessFixture
{
protected:
    QJsonObject defineField(QJsonObject params)
    {
        if (!params.contains("label"_L1))
            params.insert("label"_L1, params.value("name"_L1).toString());
        const Reply reply = admin().call(u"field.create"_s, params);
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object();
    }

    // One field of each type, none required.
    void defineEveryType()
    {
        defineField({{"name"_L1, u"asset_tag"_s}, {"type"_L1, u"text"_s}, {"max"_L1, 12}});
        defineField({{"name"_L1, u"cost"_s},
                     {"type"_L1, u"number"_s},
                     {"min"_L1, 0},
                     {"max"_L1, 10000},
                     {"visible_to_requester"_L1, true}});
        defineField({{"name"_L1, u"start_date"_s}, {"type"_L1, u"date"_s}});
        defineField({{"name"_L1, u"site"_s},
                     {"type"_L1, u"choice"_s},
                     {"options"_L1, options({u"paris"_s, u"lyon"_s})},
                     {"visible_to_requester"_L1, true}});
        defineField({{"name"_L1, u"software"_s},
                     {"type"_L1, u"multi_choice"_s},
                     {"options"_L1, options({u"office"_s, u"vpn"_s, u"cad"_s})}});
        defineField({{"name"_L1, u"manager"_s}, {"type"_L1, u"user"_s}});
        defineField({{"name"_L1, u"customer"_s}, {"type"_L1, u"organisation"_s}});
    }

    Reply create(TestClient& who, const QJsonObject& fields, const QJsonObject& more = {})
    {
        QJsonObject params {{"title"_L1, u"Laptop"_s}, {"description"_L1, u"New laptop"_s}};
        if (!fields.isEmpty())
            params.insert("fields"_L1, fields);
        for (auto it = more.begin(); it != more.end(); ++it)
            params.insert(it.key(), it.value());
        return who.call(u"ticket.create"_s, params);
    }

    QJsonObject get(TestClient& who, qint64 id)
    {
        const Reply reply = who.call(u"ticket.get"_s, QJsonObject {{"id"_L1, id}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object();
    }
};

TEST_P(FieldTest, DefinitionsRefuseBadInputNamingTheField)
{
    const QJsonObject site = defineField({{"name"_L1, u"site"_s},
                                          {"type"_L1, u"choice"_s},
                                          {"options"_L1, options({u"paris"_s, u"lyon"_s})}});
    EXPECT_EQ(site.value("type"_L1).toString(), u"choice"_s);
    EXPECT_EQ(site.value("options"_L1).toArray().size(), 2);

    const auto refused = [this](const QJsonObject& params, int code, const QString& field) {
        const Reply reply = admin().call(u"field.create"_s, params);
        EXPECT_EQ(reply.code(), code) << reply.describe();
        EXPECT_EQ(reply.field(), field) << reply.describe();
    };
    refused({{"name"_L1, u"Site"_s}, {"label"_L1, u"x"_s}, {"type"_L1, u"text"_s}}, InvalidParams,
            u"name"_s);
    refused({{"name"_L1, u"site"_s}, {"label"_L1, u"x"_s}, {"type"_L1, u"text"_s}}, Conflict,
            u"name"_s);
    refused({{"name"_L1, u"x"_s}, {"label"_L1, u"x"_s}, {"type"_L1, u"colour"_s}}, InvalidParams,
            u"type"_s);
    refused({{"name"_L1, u"x"_s}, {"label"_L1, u"x"_s}, {"type"_L1, u"choice"_s}}, InvalidParams,
            u"options"_s);
    refused({{"name"_L1, u"x"_s}, {"label"_L1, u"x"_s}, {"type"_L1, u"date"_s}, {"min"_L1, 1}},
            InvalidParams, u"min"_s);
    refused({{"name"_L1, u"x"_s},
             {"label"_L1, u"x"_s},
             {"type"_L1, u"number"_s},
             {"min"_L1, 5},
             {"max"_L1, 1}},
            InvalidParams, u"max"_s);
    refused({{"name"_L1, u"x"_s},
             {"label"_L1, u"x"_s},
             {"type"_L1, u"choice"_s},
             {"options"_L1, QJsonArray {QJsonObject {{"key"_L1, u"A b"_s}, {"label"_L1, u"x"_s}}}}},
            InvalidParams, u"options.0.key"_s);
    refused({{"name"_L1, u"x"_s},
             {"label"_L1, u"x"_s},
             {"type"_L1, u"text"_s},
             {"categories"_L1, QJsonArray {u"Nowhere"_s}}},
            InvalidParams, u"categories"_s);

    const qint64 id = site.value("id"_L1).toInteger();
    Reply reply =
        admin().call(u"field.update"_s, QJsonObject {{"id"_L1, id}, {"name"_L1, u"other"_s}});
    EXPECT_EQ(reply.field(), u"name"_s);
    reply = admin().call(u"field.update"_s, QJsonObject {{"id"_L1, id}, {"type"_L1, u"text"_s}});
    EXPECT_EQ(reply.field(), u"type"_s);
    // An option left out stays, retired.
    reply = admin().call(u"field.update"_s,
                         QJsonObject {{"id"_L1, id}, {"options"_L1, options({u"paris"_s})}});
    ASSERT_TRUE(reply.ok()) << reply.describe();
    const QJsonArray kept = reply.object().value("options"_L1).toArray();
    ASSERT_EQ(kept.size(), 2);
    EXPECT_EQ(kept.at(1).toObject().value("key"_L1).toString(), u"lyon"_s);
    EXPECT_FALSE(kept.at(1).toObject().value("active"_L1).toBool());

    // Agents list every field; requesters only the active ones shown to them.
    createUser(u"alex"_s, u"agent"_s);
    createUser(u"rita"_s, u"requester"_s);
    defineField(
        {{"name"_L1, u"phone"_s}, {"type"_L1, u"text"_s}, {"visible_to_requester"_L1, true}});
    const auto alex = connectAs(u"alex"_s);
    const auto rita = connectAs(u"rita"_s);
    EXPECT_EQ(alex->call(u"field.list"_s).items().size(), 2);
    const QJsonArray shown = rita->call(u"field.list"_s).items();
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown.at(0).toObject().value("name"_L1).toString(), u"phone"_s);
    EXPECT_EQ(
        alex->call(u"field.create"_s,
                   QJsonObject {{"name"_L1, u"y"_s}, {"label"_L1, u"y"_s}, {"type"_L1, u"text"_s}})
            .code(),
        Forbidden);

    // Audited, before and after.
    const Reply audit = admin().call(u"audit.list"_s, QJsonObject {{"limit"_L1, 50}});
    ASSERT_TRUE(audit.ok()) << audit.describe();
    QStringList actions;
    for (const QJsonValue& entry : audit.items())
        actions.append(entry.toObject().value("action"_L1).toString());
    EXPECT_EQ(actions.count(u"field.create"_s), 2);
    EXPECT_EQ(actions.count(u"field.update"_s), 1);
}

TEST_P(FieldTest, EachTypeIsValidatedAndRefusalsNameTheField)
{
    defineEveryType();
    const qint64 manager = createUser(u"mia"_s, u"manager"_s);
    const Reply org = admin().call(u"org.create"_s, QJsonObject {{"name"_L1, u"Acme"_s}});
    ASSERT_TRUE(org.ok()) << org.describe();
    const qint64 acme = org.object().value("id"_L1).toInteger();

    const QJsonObject good {{"asset_tag"_L1, u"  LAP-0042 "_s},
                            {"cost"_L1, 1299.5},
                            {"start_date"_L1, u"2027-01-04"_s},
                            {"site"_L1, u"lyon"_s},
                            {"software"_L1, QJsonArray {u"vpn"_s, u"office"_s, u"vpn"_s}},
                            {"manager"_L1, manager},
                            {"customer"_L1, acme}};
    const Reply created = create(admin(), good);
    ASSERT_TRUE(created.ok()) << created.describe();
    const qint64 id = created.object().value("id"_L1).toInteger();
    const QJsonObject stored = get(admin(), id).value("fields"_L1).toObject();
    EXPECT_EQ(stored.value("asset_tag"_L1).toString(), u"LAP-0042"_s);
    EXPECT_EQ(stored.value("cost"_L1).toDouble(), 1299.5);
    EXPECT_EQ(stored.value("start_date"_L1).toString(), u"2027-01-04"_s);
    EXPECT_EQ(stored.value("site"_L1).toString(), u"lyon"_s);
    EXPECT_EQ(stored.value("software"_L1).toArray(), (QJsonArray {u"vpn"_s, u"office"_s}));
    EXPECT_EQ(stored.value("manager"_L1).toInteger(), manager);
    EXPECT_EQ(stored.value("customer"_L1).toInteger(), acme);
    EXPECT_EQ(created.object().value("fields"_L1).toObject(), stored)
        << "the creation's answer carries the values";

    const QList<std::pair<QString, QJsonValue>> bad {
        {u"asset_tag"_s, u"far too long a tag"_s},
        {u"asset_tag"_s, 42},
        {u"cost"_s, -1},
        {u"cost"_s, u"12"_s},
        {u"start_date"_s, u"2027-02-30"_s},
        {u"start_date"_s, u"04/01/2027"_s},
        {u"site"_s, u"berlin"_s},
        {u"software"_s, QJsonArray {u"office"_s, u"games"_s}},
        {u"software"_s, u"office"_s},
        {u"manager"_s, 999999},
        {u"manager"_s, u"mia"_s},
        {u"customer"_s, 999999},
        {u"nonexistent"_s, u"x"_s},
    };
    for (const auto& [name, value] : bad) {
        const Reply reply = create(admin(), QJsonObject {{name, value}});
        EXPECT_EQ(reply.code(), InvalidParams) << name.toStdString() << ": " << reply.describe();
        EXPECT_EQ(reply.field(), u"fields."_s + name) << reply.describe();
    }
}

TEST_P(FieldTest, RequiredPerTypeAndCategory)
{
    ASSERT_TRUE(admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"Hardware"_s}}).ok());
    ASSERT_TRUE(admin().call(u"category.create"_s, QJsonObject {{"name"_L1, u"Network"_s}}).ok());
    defineField({{"name"_L1, u"cost_centre"_s},
                 {"type"_L1, u"text"_s},
                 {"required"_L1, true},
                 {"ticket_types"_L1, QJsonArray {u"service_request"_s}}});
    defineField({{"name"_L1, u"asset_tag"_s},
                 {"type"_L1, u"text"_s},
                 {"required"_L1, true},
                 {"categories"_L1, QJsonArray {u"Hardware"_s}}});

    // An incident without a category needs neither.
    EXPECT_TRUE(create(admin(), {}).ok());
    Reply reply = create(admin(), {}, {{"type"_L1, u"service_request"_s}});
    EXPECT_EQ(reply.code(), InvalidParams);
    EXPECT_EQ(reply.field(), u"fields.cost_centre"_s);
    EXPECT_TRUE(
        create(admin(), {{"cost_centre"_L1, u"CC-12"_s}}, {{"type"_L1, u"service_request"_s}})
            .ok());
    reply = create(admin(), {}, {{"category"_L1, u"Hardware"_s}});
    EXPECT_EQ(reply.field(), u"fields.asset_tag"_s);
    // A field that does not apply takes no value.
    reply = create(admin(), {{"asset_tag"_L1, u"T-1"_s}}, {{"category"_L1, u"Network"_s}});
    EXPECT_EQ(reply.field(), u"fields.asset_tag"_s);

    // Moving a ticket into Hardware demands its tag; clearing a required value is refused.
    reply = create(admin(), {}, {{"category"_L1, u"Network"_s}});
    ASSERT_TRUE(reply.ok()) << reply.describe();
    const qint64 id = reply.object().value("id"_L1).toInteger();
    reply = admin().call(
        u"ticket.update"_s,
        QJsonObject {{"id"_L1, id}, {"version"_L1, 1}, {"category"_L1, u"Hardware"_s}});
    EXPECT_EQ(reply.field(), u"fields.asset_tag"_s) << reply.describe();
    reply = admin().call(u"ticket.update"_s,
                         QJsonObject {{"id"_L1, id},
                                      {"version"_L1, 1},
                                      {"category"_L1, u"Hardware"_s},
                                      {"fields"_L1, QJsonObject {{"asset_tag"_L1, u"T-7"_s}}}});
    ASSERT_TRUE(reply.ok()) << reply.describe();
    reply = admin().call(u"ticket.update"_s,
                         QJsonObject {{"id"_L1, id},
                                      {"version"_L1, 2},
                                      {"fields"_L1, QJsonObject {{"asset_tag"_L1, QJsonValue()}}}});
    EXPECT_EQ(reply.field(), u"fields.asset_tag"_s) << reply.describe();
}

TEST_P(FieldTest, ChangesAreInTheHistoryAndHiddenOnesStayWithStaff)
{
    defineEveryType();
    createUser(u"rita"_s, u"requester"_s);
    const auto rita = connectAs(u"rita"_s);
    // A requester sets the fields shown to them; the others do not exist for them.
    Reply reply = create(*rita, {{"site"_L1, u"paris"_s}});
    ASSERT_TRUE(reply.ok()) << reply.describe();
    const qint64 id = reply.object().value("id"_L1).toInteger();
    EXPECT_EQ(create(*rita, {{"asset_tag"_L1, u"A"_s}}).field(), u"fields.asset_tag"_s);

    reply = admin().call(
        u"ticket.update"_s,
        QJsonObject {
            {"id"_L1, id},
            {"version"_L1, 1},
            {"fields"_L1, QJsonObject {{"site"_L1, u"lyon"_s}, {"asset_tag"_L1, u"LAP-1"_s}}}});
    ASSERT_TRUE(reply.ok()) << reply.describe();
    EXPECT_EQ(reply.object().value("version"_L1).toInt(), 2);
    EXPECT_EQ(reply.object().value("fields"_L1).toObject().value("asset_tag"_L1).toString(),
              u"LAP-1"_s);
    // The same values again: no new version.
    reply = admin().call(u"ticket.update"_s,
                         QJsonObject {{"id"_L1, id},
                                      {"version"_L1, 2},
                                      {"fields"_L1, QJsonObject {{"site"_L1, u"lyon"_s}}}});
    ASSERT_TRUE(reply.ok()) << reply.describe();
    EXPECT_EQ(reply.object().value("version"_L1).toInt(), 2);

    const auto changesIn = [id](TestClient& who) {
        QMap<QString, std::pair<QJsonValue, QJsonValue>> changes;
        for (const QJsonValue& entry :
             who.call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}}).items()) {
            const QJsonObject event = entry.toObject();
            if (event.value("field"_L1).toString().startsWith(u"fields."_s))
                changes.insert(event.value("field"_L1).toString(),
                               {event.value("old"_L1), event.value("new"_L1)});
        }
        return changes;
    };
    const auto staff = changesIn(admin());
    ASSERT_EQ(staff.size(), 2);
    EXPECT_EQ(staff.value(u"fields.site"_s).first.toString(), u"paris"_s);
    EXPECT_EQ(staff.value(u"fields.site"_s).second.toString(), u"lyon"_s);
    EXPECT_TRUE(staff.value(u"fields.asset_tag"_s).first.isNull());
    EXPECT_EQ(staff.value(u"fields.asset_tag"_s).second.toString(), u"LAP-1"_s);
    const auto requester = changesIn(*rita);
    EXPECT_EQ(requester.keys(), QStringList {u"fields.site"_s});
    const QJsonObject seen = get(*rita, id).value("fields"_L1).toObject();
    EXPECT_EQ(seen, (QJsonObject {{"site"_L1, u"lyon"_s}}));
}

TEST_P(FieldTest, FilteredQueuesPageByKeyset)
{
    defineEveryType();
    QSet<qint64> lyon;
    QSet<qint64> costly;
    QSet<qint64> vpn;
    QSet<qint64> tagged;
    for (int i = 0; i < 23; ++i) {
        QJsonObject fields {{"site"_L1, i % 3 == 0 ? u"lyon"_s : u"paris"_s}, {"cost"_L1, i * 100}};
        if (i % 4 == 0)
            fields.insert("software"_L1, QJsonArray {u"vpn"_s, u"cad"_s});
        if (i % 5 == 0)
            fields.insert("asset_tag"_L1, u"LAP-%1"_s.arg(i));
        const Reply reply = create(admin(), fields);
        ASSERT_TRUE(reply.ok()) << reply.describe();
        const qint64 id = reply.object().value("id"_L1).toInteger();
        if (i % 3 == 0)
            lyon.insert(id);
        if (i * 100 >= 500 && i * 100 <= 1500)
            costly.insert(id);
        if (i % 4 == 0)
            vpn.insert(id);
        if (i % 5 == 0)
            tagged.insert(id);
    }
    create(admin(), {}); // no values at all

    const auto pages = [this](const QJsonObject& fields, const QString& sort) {
        QSet<qint64> ids;
        QString cursor;
        int rounds = 0;
        do {
            QJsonObject params {{"filter"_L1, QJsonObject {{"fields"_L1, fields}}},
                                {"limit"_L1, 3},
                                {"sort"_L1, sort},
                                {"include_fields"_L1, true}};
            if (!cursor.isEmpty())
                params.insert("cursor"_L1, cursor);
            const Reply page = admin().call(u"ticket.list"_s, params);
            EXPECT_TRUE(page.ok()) << page.describe();
            for (const QJsonValue& item : page.items()) {
                EXPECT_FALSE(ids.contains(item.toObject().value("id"_L1).toInteger()));
                ids.insert(item.toObject().value("id"_L1).toInteger());
                EXPECT_TRUE(item.toObject().value("fields"_L1).isObject());
            }
            cursor = page.object().value("next_cursor"_L1).toString();
        } while (!cursor.isEmpty() && ++rounds < 50);
        return ids;
    };
    for (const QString& sort : {u"-updated"_s, u"priority"_s, u"created"_s}) {
        EXPECT_EQ(pages({{"site"_L1, u"lyon"_s}}, sort), lyon) << sort.toStdString();
        EXPECT_EQ(
            pages({{"cost"_L1,
                    QJsonObject {{"op"_L1, u"between"_s}, {"value"_L1, QJsonArray {500, 1500}}}}},
                  sort),
            costly);
    }
    EXPECT_EQ(pages({{"software"_L1, u"vpn"_s}}, u"-created"_s), vpn);
    EXPECT_EQ(pages({{"site"_L1,
                      QJsonObject {{"op"_L1, u"any_of"_s},
                                   {"value"_L1, QJsonArray {u"lyon"_s, u"paris"_s}}}}},
                    u"-created"_s)
                  .size(),
              23);
    EXPECT_EQ(
        pages({{"asset_tag"_L1, QJsonObject {{"op"_L1, u"contains"_s}, {"value"_L1, u"lap-"_s}}}},
              u"-created"_s),
        tagged);
    // Two conditions: both hold.
    EXPECT_EQ(pages({{"site"_L1, u"lyon"_s}, {"software"_L1, u"vpn"_s}}, u"-created"_s),
              lyon & vpn);

    // Refusals name the condition.
    Reply reply = admin().call(
        u"ticket.list"_s,
        QJsonObject {
            {"filter"_L1, QJsonObject {{"fields"_L1, QJsonObject {{"cost"_L1, u"cheap"_s}}}}}});
    EXPECT_EQ(reply.field(), u"filter.fields.cost"_s) << reply.describe();
    reply = admin().call(
        u"ticket.list"_s,
        QJsonObject {
            {"filter"_L1, QJsonObject {{"fields"_L1, QJsonObject {{"nothing"_L1, u"x"_s}}}}}});
    EXPECT_EQ(reply.field(), u"filter.fields.nothing"_s) << reply.describe();
    // Without include_fields the rows stay as they were.
    const Reply plain = admin().call(u"ticket.list"_s, QJsonObject {{"limit"_L1, 1}});
    ASSERT_FALSE(plain.items().isEmpty());
    EXPECT_FALSE(plain.items().at(0).toObject().contains("fields"_L1));
}

TEST_P(FieldTest, RulesTestAndSetFields)
{
    defineEveryType();
    const auto rule = [](const QString& name, const QJsonObject& condition,
                         const QJsonObject& action) {
        return QJsonObject {{"name"_L1, name},
                            {"trigger"_L1, QJsonObject {{"event"_L1, u"created"_s}}},
                            {"conditions"_L1, QJsonArray {condition}},
                            {"actions"_L1, QJsonArray {action}}};
    };
    Reply reply = admin().call(u"rule.create"_s,
                               rule(u"Lyon tags"_s,
                                    QJsonObject {{"field"_L1, u"fields.site"_s},
                                                 {"op"_L1, u"is"_s},
                                                 {"value"_L1, u"lyon"_s}},
                                    QJsonObject {{"type"_L1, u"set_field"_s},
                                                 {"field"_L1, u"fields.asset_tag"_s},
                                                 {"value"_L1, u"LYON-AUTO"_s}}));
    ASSERT_TRUE(reply.ok()) << reply.describe();
    reply = admin().call(
        u"rule.create"_s,
        rule(u"Costly"_s,
             QJsonObject {{"field"_L1, u"fields.cost"_s}, {"op"_L1, u"gte"_s}, {"value"_L1, 1000}},
             QJsonObject {{"type"_L1, u"add_tag"_s}, {"value"_L1, u"costly"_s}}));
    ASSERT_TRUE(reply.ok()) << reply.describe();
    reply = admin().call(u"rule.create"_s,
                         rule(u"VPN users"_s,
                              QJsonObject {{"field"_L1, u"fields.software"_s},
                                           {"op"_L1, u"is"_s},
                                           {"value"_L1, u"vpn"_s}},
                              QJsonObject {{"type"_L1, u"add_tag"_s}, {"value"_L1, u"vpn"_s}}));
    ASSERT_TRUE(reply.ok()) << reply.describe();
    reply = admin().call(u"rule.create"_s,
                         rule(u"Bad"_s,
                              QJsonObject {{"field"_L1, u"fields.cost"_s}, {"op"_L1, u"gte"_s}},
                              QJsonObject {{"type"_L1, u"add_tag"_s}, {"value"_L1, u"x"_s}}));
    EXPECT_EQ(reply.code(), InvalidParams);
    EXPECT_EQ(reply.field(), u"conditions[0].value"_s) << reply.describe();

    reply = create(admin(),
                   {{"site"_L1, u"lyon"_s},
                    {"cost"_L1, 1500.5},
                    {"software"_L1, QJsonArray {u"office"_s, u"vpn"_s}}});
    ASSERT_TRUE(reply.ok()) << reply.describe();
    const qint64 id = reply.object().value("id"_L1).toInteger();
    const QJsonObject ticket = get(admin(), id);
    EXPECT_EQ(ticket.value("fields"_L1).toObject().value("asset_tag"_L1).toString(),
              u"LYON-AUTO"_s);
    EXPECT_EQ(ticket.value("tags"_L1).toArray(), (QJsonArray {u"costly"_s, u"vpn"_s}));
    // What the rule set is in the history, as the automation's doing.
    bool logged = false;
    for (const QJsonValue& entry :
         admin().call(u"ticket.history"_s, QJsonObject {{"id"_L1, id}}).items()) {
        const QJsonObject event = entry.toObject();
        if (event.value("field"_L1).toString() == u"fields.asset_tag"_s) {
            logged = true;
            EXPECT_EQ(event.value("new"_L1).toString(), u"LYON-AUTO"_s);
            EXPECT_NE(event.value("actor"_L1).toObject().value("username"_L1).toString(),
                      u"admin"_s);
        }
    }
    EXPECT_TRUE(logged);

    reply = create(admin(), {{"site"_L1, u"paris"_s}, {"cost"_L1, 999}});
    ASSERT_TRUE(reply.ok()) << reply.describe();
    const QJsonObject other = get(admin(), reply.object().value("id"_L1).toInteger());
    EXPECT_FALSE(other.value("fields"_L1).toObject().contains("asset_tag"_L1));
    EXPECT_TRUE(other.value("tags"_L1).toArray().isEmpty());
}

TEST_P(FieldTest, CsvExportHasAColumnPerActiveField)
{
    defineEveryType();
    const qint64 retired =
        defineField({{"name"_L1, u"legacy"_s}, {"type"_L1, u"text"_s}}).value("id"_L1).toInteger();
    ASSERT_TRUE(admin()
                    .call(u"field.update"_s, QJsonObject {{"id"_L1, retired}, {"active"_L1, false}})
                    .ok());
    const Reply created = create(admin(),
                                 {{"site"_L1, u"lyon"_s},
                                  {"software"_L1, QJsonArray {u"office"_s, u"vpn"_s}},
                                  {"asset_tag"_L1, u"LAP-9"_s}});
    ASSERT_TRUE(created.ok()) << created.describe();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const Reply file = admin().call(u"report.export"_s,
                                    QJsonObject {{"report"_L1, u"tickets"_s},
                                                 {"format"_L1, u"csv"_s},
                                                 {"segment"_L1, u"created"_s},
                                                 {"from"_L1, today},
                                                 {"to"_L1, today}});
    ASSERT_TRUE(file.ok()) << file.describe();
    const QString csv = QString::fromUtf8(
        QByteArray::fromBase64(file.object().value("data"_L1).toString().toLatin1()));
    const QStringList lines = csv.split(u"\r\n"_s);
    qsizetype header = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(u"asset_tag"_s) || lines.at(i).contains(u"site,"_s))
            header = i;
    }
    ASSERT_GE(header, 0) << csv.toStdString();
    const QString head = lines.at(header);
    for (const QString& label : {u"asset_tag"_s, u"cost"_s, u"start_date"_s, u"site"_s,
                                 u"software"_s, u"manager"_s, u"customer"_s})
        EXPECT_TRUE(head.contains(label)) << head.toStdString();
    EXPECT_FALSE(head.contains(u"legacy"_s)) << "an inactive field has no column";
    ASSERT_GT(lines.size(), header + 1);
    const QString row = lines.at(header + 1);
    EXPECT_TRUE(row.contains(u"LAP-9"_s)) << row.toStdString();
    EXPECT_TRUE(row.contains(u"LYON"_s)) << "choices show their labels: " << row.toStdString();
    EXPECT_TRUE(row.contains(u"OFFICE; VPN"_s)) << row.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, FieldTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);

} // namespace
