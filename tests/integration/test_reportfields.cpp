// The managers' reports narrowed to a custom field's value (issue 21), on both backends: the
// figures count only the matching tickets, the drill-down and the exports list only them, the
// other filters combine with the condition, and bad conditions are refused naming the field.
#include "serverfixture.h"

#include <QDate>
#include <QJsonArray>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int InvalidParamsCode = static_cast<int>(rpc::ErrorCode::InvalidParams);

QJsonArray reportFieldOptions(const QStringList& keys)
{
    QJsonArray array;
    for (const QString& key : keys)
        array.append(QJsonObject {{"key"_L1, key}, {"label"_L1, key.toUpper()}});
    return array;
}

class ReportFieldTest : public ServerFixture
{
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_rita = createUser(u"rita"_s, u"requester"_s);
        m_alex = createUser(u"alex"_s, u"agent"_s);
        createUser(u"mona"_s, u"manager"_s);
        rita = connectAs(u"rita"_s);
        mona = connectAs(u"mona"_s);
        m_group = createGroup(u"Field service"_s, 1);
        addMember(m_group, m_alex);
        m_hardware = category(u"Hardware"_s);
        m_network = category(u"Network"_s);
        define({{"name"_L1, u"site"_s},
                {"label"_L1, u"Site"_s},
                {"type"_L1, u"choice"_s},
                {"options"_L1, reportFieldOptions({u"paris"_s, u"lyon"_s})}});
        define({{"name"_L1, u"software"_s},
                {"type"_L1, u"multi_choice"_s},
                {"options"_L1, reportFieldOptions({u"office"_s, u"vpn"_s, u"cad"_s})}});
        m_retired = define({{"name"_L1, u"retired"_s}, {"type"_L1, u"text"_s}});
        ASSERT_TRUE(
            admin()
                .call(u"field.update"_s, QJsonObject {{"id"_L1, m_retired}, {"active"_L1, false}})
                .ok());
    }

    qint64 category(const QString& name)
    {
        const Reply reply = admin().call(u"category.create"_s, QJsonObject {{"name"_L1, name}});
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object().value("id"_L1).toInteger();
    }

    qint64 define(QJsonObject params)
    {
        if (!params.contains("label"_L1))
            params.insert("label"_L1, params.value("name"_L1).toString());
        const Reply reply = admin().call(u"field.create"_s, params);
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object().value("id"_L1).toInteger();
    }

    // A ticket raised for Rita, assigned to Alex, with the custom `fields`.
    qint64 file(const QString& title, const QString& categoryName, const QJsonObject& fields,
                bool inGroup = false)
    {
        QJsonObject params {{"title"_L1, title},
                            {"description"_L1, u"d"_s},
                            {"requester"_L1, m_rita},
                            {"assignee"_L1, m_alex},
                            {"category"_L1, categoryName}};
        if (!fields.isEmpty())
            params.insert("fields"_L1, fields);
        if (inGroup)
            params.insert("group"_L1, m_group);
        const Reply reply = admin().call(u"ticket.create"_s, params);
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object().value("id"_L1).toInteger();
    }

    void resolveAndRate(qint64 id, int score)
    {
        const Reply resolved = admin().call(
            u"ticket.transition"_s,
            QJsonObject {{"id"_L1, id}, {"status"_L1, u"resolved"_s}, {"note"_L1, u"Done."_s}});
        ASSERT_TRUE(resolved.ok()) << resolved.describe();
        const Reply rated =
            rita->call(u"ticket.rate"_s, QJsonObject {{"id"_L1, id}, {"score"_L1, score}});
        ASSERT_TRUE(rated.ok()) << rated.describe();
    }

    static QJsonObject today(const QJsonValue& field = {})
    {
        const QString day = QDate::currentDate().toString(Qt::ISODate);
        QJsonObject params {{"from"_L1, day}, {"to"_L1, day}};
        if (!field.isNull() && !field.isUndefined())
            params.insert("field"_L1, field);
        return params;
    }

    static QJsonObject site(const QString& value)
    {
        return {{"name"_L1, u"site"_s}, {"value"_L1, value}};
    }

    QJsonObject kpis(const QJsonObject& params)
    {
        const Reply reply = mona->call(u"report.kpis"_s, params);
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object();
    }

    QList<qint64> drill(QJsonObject params, const QString& segment)
    {
        params.insert("segment"_L1, segment);
        const Reply reply = mona->call(u"report.tickets"_s, params);
        EXPECT_TRUE(reply.ok()) << reply.describe();
        QList<qint64> ids;
        for (const QJsonValue& row : reply.object().value("tickets"_L1).toArray())
            ids.append(row["id"_L1].toInteger());
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    std::unique_ptr<TestClient> rita, mona;
    qint64 m_rita = 0, m_alex = 0, m_group = 0, m_hardware = 0, m_network = 0, m_retired = 0;
};

} // namespace

TEST_P(ReportFieldTest, TheFiguresCountOnlyTheTicketsWithTheValue)
{
    const qint64 parisPrinter =
        file(u"Printer jams"_s, u"Hardware"_s,
             {{"site"_L1, u"paris"_s}, {"software"_L1, QJsonArray {u"office"_s, u"vpn"_s}}}, true);
    const qint64 parisVpn = file(u"VPN drops"_s, u"Network"_s, {{"site"_L1, u"paris"_s}});
    const qint64 lyonScreen =
        file(u"Screen flickers"_s, u"Hardware"_s,
             {{"site"_L1, u"lyon"_s}, {"software"_L1, QJsonArray {u"cad"_s}}});
    file(u"No site given"_s, u"Network"_s, {});
    resolveAndRate(parisPrinter, 4);
    resolveAndRate(lyonScreen, 1);

    // Unfiltered: every ticket.
    const QJsonObject all = kpis(today());
    EXPECT_EQ(all["volume"_L1]["created"_L1].toInt(), 4);
    EXPECT_EQ(all["volume"_L1]["resolved"_L1].toInt(), 2);

    // Paris: two created, one resolved and rated 4, one still open.
    const QJsonObject paris = kpis(today(site(u"paris"_s)));
    EXPECT_EQ(paris["period"_L1]["field"_L1]["name"_L1].toString(), u"site"_s);
    EXPECT_EQ(paris["volume"_L1]["created"_L1].toInt(), 2);
    EXPECT_EQ(paris["volume"_L1]["resolved"_L1].toInt(), 1);
    EXPECT_EQ(paris["backlog"_L1]["open_now"_L1].toInt(), 1);
    EXPECT_EQ(paris["backlog"_L1]["at_end"_L1].toInt(), 1);
    const QJsonArray perDay = paris["volume"_L1]["per_day"_L1].toArray();
    ASSERT_EQ(perDay.size(), 1);
    EXPECT_EQ(perDay[0]["created"_L1].toInt(), 2);
    EXPECT_EQ(perDay[0]["backlog"_L1].toInt(), 1);
    EXPECT_EQ(paris["csat"_L1]["answers"_L1].toInt(), 1);
    EXPECT_DOUBLE_EQ(paris["csat"_L1]["average"_L1].toDouble(), 4.0);
    EXPECT_EQ(paris["csat"_L1]["rated"_L1].toInt(), 1);
    EXPECT_EQ(paris["fcr"_L1]["count"_L1].toInt(), 1);
    EXPECT_EQ(paris["resolution_time"_L1]["count"_L1].toInt(), 1);
    EXPECT_TRUE(paris["resolution_time"_L1]["wall"_L1]["median_hours"_L1].isDouble());
    QMap<qint64, std::pair<int, int>> categories; // id -> created, resolved
    for (const QJsonValue& row : paris["categories"_L1].toArray())
        categories.insert(row["category"_L1]["id"_L1].toInteger(),
                          {row["created"_L1].toInt(), row["resolved"_L1].toInt()});
    EXPECT_EQ(categories.value(m_hardware), std::make_pair(1, 1));
    EXPECT_EQ(categories.value(m_network), std::make_pair(1, 0));
    EXPECT_EQ(categories.size(), 2);
    const QJsonArray agents = paris["agents"_L1].toArray();
    ASSERT_EQ(agents.size(), 1);
    EXPECT_EQ(agents[0]["agent"_L1]["id"_L1].toInteger(), m_alex);
    EXPECT_EQ(agents[0]["resolved"_L1].toInt(), 1);
    EXPECT_EQ(agents[0]["open"_L1].toInt(), 1);

    // Lyon: the other resolved ticket, rated 1.
    const QJsonObject lyon = kpis(today(site(u"lyon"_s)));
    EXPECT_EQ(lyon["volume"_L1]["created"_L1].toInt(), 1);
    EXPECT_EQ(lyon["backlog"_L1]["open_now"_L1].toInt(), 0);
    EXPECT_DOUBLE_EQ(lyon["csat"_L1]["average"_L1].toDouble(), 1.0);

    // A multi-choice matches the tickets whose keys include the value; any_of takes several.
    const QJsonObject vpn =
        kpis(today(QJsonObject {{"name"_L1, u"software"_s}, {"value"_L1, u"vpn"_s}}));
    EXPECT_EQ(vpn["volume"_L1]["created"_L1].toInt(), 1);
    const QJsonObject anyOf =
        kpis(today(QJsonObject {{"name"_L1, u"software"_s},
                                {"op"_L1, u"any_of"_s},
                                {"value"_L1, QJsonArray {u"vpn"_s, u"cad"_s}}}));
    EXPECT_EQ(anyOf["volume"_L1]["created"_L1].toInt(), 2);

    // The drill-down lists only the matching tickets.
    EXPECT_EQ(drill(today(site(u"paris"_s)), u"created"_s),
              (QList<qint64> {parisPrinter, parisVpn}));
    EXPECT_EQ(drill(today(site(u"paris"_s)), u"resolved"_s), QList<qint64> {parisPrinter});
    EXPECT_EQ(drill(today(site(u"paris"_s)), u"open"_s), QList<qint64> {parisVpn});
    EXPECT_EQ(drill(today(site(u"lyon"_s)), u"rated"_s), QList<qint64> {lyonScreen});

    // Combined with a group (or a category), narrower still.
    QJsonObject inGroup = today(site(u"paris"_s));
    inGroup.insert("group"_L1, m_group);
    const QJsonObject grouped = kpis(inGroup);
    EXPECT_EQ(grouped["volume"_L1]["created"_L1].toInt(), 1);
    EXPECT_EQ(grouped["backlog"_L1]["open_now"_L1].toInt(), 0);
    EXPECT_EQ(drill(inGroup, u"created"_s), QList<qint64> {parisPrinter});
    QJsonObject inNetwork = today(site(u"paris"_s));
    inNetwork.insert("category"_L1, m_network);
    EXPECT_EQ(kpis(inNetwork)["volume"_L1]["created"_L1].toInt(), 1);
    EXPECT_EQ(drill(inNetwork, u"created"_s), QList<qint64> {parisVpn});

    // The exports honour the condition too.
    QJsonObject csv = today(site(u"paris"_s));
    csv.insert("format"_L1, u"csv"_s);
    const Reply file = mona->call(u"report.export"_s, csv);
    ASSERT_TRUE(file.ok()) << file.describe();
    const QByteArray figures =
        QByteArray::fromBase64(file.object()["data"_L1].toString().toLatin1());
    EXPECT_TRUE(figures.contains("Created,2\r\n")) << figures.constData();
    EXPECT_TRUE(figures.contains("Resolved,1\r\n")) << figures.constData();
    // The condition is printed as people read it: the field's label, the choice's label.
    EXPECT_TRUE(figures.contains("Custom field,Site: PARIS\r\n")) << figures.constData();
    csv.insert("report"_L1, u"tickets"_s);
    csv.insert("segment"_L1, u"created"_s);
    const Reply rows = mona->call(u"report.export"_s, csv);
    ASSERT_TRUE(rows.ok()) << rows.describe();
    const QByteArray listed =
        QByteArray::fromBase64(rows.object()["data"_L1].toString().toLatin1());
    EXPECT_TRUE(listed.contains("Printer jams")) << listed.constData();
    EXPECT_TRUE(listed.contains("Custom field,Site: PARIS\r\n"));
    EXPECT_TRUE(listed.contains("VPN drops"));
    EXPECT_FALSE(listed.contains("Screen flickers"));
    EXPECT_FALSE(listed.contains("No site given"));
}

TEST_P(ReportFieldTest, BadConditionsAreRefusedNamingTheField)
{
    const auto refused = [this](const QJsonValue& field, const QString& named) {
        const Reply reply = mona->call(u"report.kpis"_s, today(field));
        EXPECT_EQ(reply.code(), InvalidParamsCode) << reply.describe();
        EXPECT_EQ(reply.field(), named) << reply.describe();
        QJsonObject params = today(field);
        params.insert("segment"_L1, u"created"_s);
        EXPECT_EQ(mona->call(u"report.tickets"_s, params).field(), named);
    };
    refused(QJsonObject {{"name"_L1, u"cost_centre"_s}, {"value"_L1, u"x"_s}}, u"field.name"_s);
    refused(QJsonObject {{"name"_L1, u"retired"_s}, {"value"_L1, u"x"_s}}, u"field.name"_s);
    refused(site(u"rome"_s), u"field.value"_s);
    refused(QJsonObject {{"name"_L1, u"site"_s}, {"value"_L1, 3}}, u"field.value"_s);
    refused(QJsonObject {{"name"_L1, u"site"_s}}, u"field.value"_s);
    refused(QJsonObject {{"name"_L1, u"site"_s}, {"value"_L1, u"paris"_s}, {"op"_L1, u"between"_s}},
            u"field.value"_s);
    refused(QJsonObject {{"name"_L1, u"site"_s}, {"value"_L1, u"paris"_s}, {"extra"_L1, 1}},
            u"field.extra"_s);
    refused(u"site"_s, u"field"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, ReportFieldTest,
                         ::testing::Values(TestBackend::Sqlite, TestBackend::Postgres),
                         backendName);
