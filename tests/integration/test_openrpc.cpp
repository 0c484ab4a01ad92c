// rpc.discover: the OpenRPC description is derived from the params parsers themselves (describe
// mode), answered without a login, valid against the OpenRPC meta-schema (checked by
// python3-jsonschema), and its params schemas agree with the server about what it accepts.
#include "api/authapi.h"
#include "api/automationapi.h"
#include "api/methodsummaries.h"
#include "api/paramsdescription.h"
#include "api/ticketapi.h"
#include "api/tokenapi.h"
#include "harnessfixture.h"
#include "rpc/errorcodes.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace frontline;
using namespace frontline::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject property(const QJsonObject& schema, const QString& name)
{
    return schema.value("properties"_L1).toObject().value(name).toObject();
}

bool isRequired(const QJsonObject& schema, const QString& name)
{
    return schema.value("required"_L1).toArray().contains(name);
}

// Runs tests/support/jsonschema_check.py; its standard output, and the exit code in `code`.
QByteArray runCheck(const QStringList& arguments, int* code)
{
    QProcess python;
    python.start(
        u"python3"_s,
        QStringList {QStringLiteral(FRONTLINE_SOURCE_DIR) + u"/tests/support/jsonschema_check.py"_s}
            + arguments);
    EXPECT_TRUE(python.waitForFinished(60000)) << "python3 did not finish";
    *code = python.exitStatus() == QProcess::NormalExit ? python.exitCode() : -1;
    const QByteArray errors = python.readAllStandardError();
    EXPECT_NE(*code, 2) << "jsonschema_check.py: " << errors.toStdString();
    return python.readAllStandardOutput();
}

QString writeJson(const QTemporaryDir& dir, const QString& name, const QJsonValue& value)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(value.isArray() ? QJsonDocument(value.toArray()).toJson()
                               : QJsonDocument(value.toObject()).toJson());
    return path;
}

} // namespace

// Describe mode follows the parser: a rule, a nested reader, a stated raw field, a refusal.
TEST(ParamsSchema, DescribesWhatTheParserChecks)
{
    const QJsonObject create = api::describeParamsBothWays<api::TicketCreateParams>();
    EXPECT_EQ(create.value("additionalProperties"_L1), QJsonValue(false));
    EXPECT_TRUE(isRequired(create, u"title"_s));
    EXPECT_TRUE(isRequired(create, u"description"_s));
    EXPECT_FALSE(isRequired(create, u"category"_s));
    EXPECT_EQ(property(create, u"title"_s).value("maxLength"_L1).toInt(), api::MaxTitleLength);
    EXPECT_EQ(property(create, u"title"_s).value("minLength"_L1).toInt(), 1);
    // Every type but task: tasks come from catalog requests.
    EXPECT_EQ(property(create, u"type"_s).value("enum"_L1).toArray().size(),
              ticketTypeNames().size() - 1);
    EXPECT_EQ(property(create, u"system_info"_s).value("type"_L1).toString(), u"object"_s);

    // The filter is read by a reader of its own: a closed object, its selectors stated.
    const QJsonObject list = api::describeParamsBothWays<api::TicketListParams>();
    const QJsonObject filter = property(list, u"filter"_s);
    EXPECT_EQ(filter.value("additionalProperties"_L1), QJsonValue(false));
    EXPECT_TRUE(property(filter, u"assignee"_s).contains("anyOf"_L1));
    EXPECT_EQ(property(filter, u"sla_state"_s).value("type"_L1).toString(), u"array"_s);
    EXPECT_EQ(property(list, u"limit"_s).value("maximum"_L1).toInt(), 200);

    // A raw field the parser refuses when absent is required; one it refuses always is absent.
    EXPECT_TRUE(isRequired(api::describeParamsBothWays<api::SubscribeParams>(), u"topics"_s));
    EXPECT_TRUE(isRequired(api::describeParamsBothWays<api::TokenCreateParams>(), u"scopes"_s));
    EXPECT_TRUE(isRequired(api::describeParamsBothWays<api::LoginParams>(), u"password"_s));
    const QJsonObject update = api::describeParamsBothWays<api::TicketUpdateParams>();
    EXPECT_FALSE(update.value("properties"_L1).toObject().contains("status"_L1));
    EXPECT_TRUE(property(update, u"assignee"_s).value("type"_L1).toArray().contains(u"null"_s));
    EXPECT_TRUE(
        isRequired(api::describeParamsBothWays<api::CalendarCreateParams>(), u"time_zone"_s));
    EXPECT_FALSE(
        isRequired(api::describeParamsBothWays<api::CalendarUpdateParams>(), u"time_zone"_s));

    // Describing leaves validation as it was.
    EXPECT_FALSE(bool(api::TicketCreateParams::fromJson(QJsonObject {})));
    EXPECT_TRUE(bool(api::TicketCreateParams::fromJson(
        QJsonObject {{"title"_L1, u"x"_s}, {"description"_L1, u""_s}})));
}

class OpenRpcTest : public HarnessFixture
{
protected:
    QJsonObject discover()
    {
        TestClient anonymous(server().port());
        EXPECT_TRUE(anonymous.open());
        const Reply reply = anonymous.call(u"rpc.discover"_s);
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object();
    }

    static QJsonObject methodNamed(const QJsonObject& document, const QString& name)
    {
        for (const QJsonValue& method : document.value("methods"_L1).toArray()) {
            if (method.toObject().value("name"_L1).toString() == name)
                return method.toObject();
        }
        return {};
    }

    // The method's by-name params as one object schema, as a client would check them.
    static QJsonObject paramsSchema(const QJsonObject& method)
    {
        QJsonObject properties;
        QJsonArray required;
        for (const QJsonValue& value : method.value("params"_L1).toArray()) {
            const QJsonObject descriptor = value.toObject();
            properties.insert(descriptor.value("name"_L1).toString(),
                              descriptor.value("schema"_L1));
            if (descriptor.value("required"_L1).toBool())
                required.append(descriptor.value("name"_L1));
        }
        return {{"type"_L1, u"object"_s},
                {"properties"_L1, properties},
                {"required"_L1, required},
                {"additionalProperties"_L1, false}};
    }
};

TEST_P(OpenRpcTest, AnswersWithoutLoginEveryMethodOnce)
{
    const QJsonObject document = discover();
    EXPECT_EQ(document.value("openrpc"_L1).toString(), u"1.2.6"_s);
    EXPECT_EQ(document.value("info"_L1).toObject().value("version"_L1).toString(),
              QStringLiteral(FRONTLINE_VERSION));
    const QJsonArray methods = document.value("methods"_L1).toArray();
    QStringList names;
    for (const QJsonValue& value : methods) {
        const QJsonObject method = value.toObject();
        const QString name = method.value("name"_L1).toString();
        names.append(name);
        EXPECT_FALSE(method.value("summary"_L1).toString().isEmpty())
            << name.toStdString() << ": no line in shared/api/methodsummaries.cpp";
        EXPECT_FALSE(method.contains("x-params-undescribed"_L1)) << name.toStdString();
        EXPECT_EQ(method.value("paramStructure"_L1).toString(), u"by-name"_s);
        EXPECT_FALSE(method.value("errors"_L1).toArray().isEmpty()) << name.toStdString();
        // Every answer is described (shared/api/resultschemas*.cpp), and checked against what
        // the server answers (test_resultschemas*.cpp).
        EXPECT_FALSE(method.value("result"_L1).toObject().value("schema"_L1).toObject().isEmpty())
            << name.toStdString() << ": no result schema";
    }
    EXPECT_TRUE(names.contains(u"rpc.discover"_s));
    EXPECT_TRUE(names.contains(u"ticket.create"_s));
    EXPECT_GE(names.size(), 100);
    // The ticket filter is taken by several methods: one component, referred to.
    EXPECT_TRUE(document.value("components"_L1)
                    .toObject()
                    .value("schemas"_L1)
                    .toObject()
                    .contains("Filter"_L1));
    // The same document again: built once.
    EXPECT_EQ(discover(), document);
}

TEST_P(OpenRpcTest, IsValidAgainstTheOpenRpcMetaSchema)
{
    QTemporaryDir dir;
    const QString documentPath = writeJson(dir, u"openrpc.json"_s, discover());
    int code = 0;
    const QByteArray output =
        runCheck({u"document"_s,
                  QStringLiteral(FRONTLINE_SOURCE_DIR) + u"/tests/data/openrpc-meta-schema.json"_s,
                  documentPath},
                 &code);
    EXPECT_EQ(code, 0) << output.toStdString();

    // The check itself refuses a broken document.
    QJsonObject broken = discover();
    QJsonArray methods = broken.value("methods"_L1).toArray();
    QJsonObject first = methods.at(0).toObject();
    first.insert("paramStructure"_L1, u"named"_s);
    methods[0] = first;
    broken.insert("methods"_L1, methods);
    runCheck({u"document"_s,
              QStringLiteral(FRONTLINE_SOURCE_DIR) + u"/tests/data/openrpc-meta-schema.json"_s,
              writeJson(dir, u"broken.json"_s, broken)},
             &code);
    EXPECT_EQ(code, 1);
}

// For a handful of methods, params the server accepts pass the published schema, and params it
// refuses with -32602 fail it.
TEST_P(OpenRpcTest, SchemasAgreeWithTheServer)
{
    struct Case
    {
        QString method;
        QJsonObject params;
        bool accepted;
    };
    const qint64 agent = createUser(u"schema.agent"_s, u"agent"_s);
    const QList<Case> cases {
        {u"ticket.create"_s,
         {{"title"_L1, u"Printer jam"_s},
          {"description"_L1, u"Tray 2\nagain"_s},
          {"urgency"_L1, u"high"_s},
          {"assignee"_L1, agent}},
         true},
        {u"ticket.create"_s, {{"title"_L1, u""_s}, {"description"_L1, u"x"_s}}, false},
        {u"ticket.create"_s, {{"title"_L1, u"x"_s}, {"urgency"_L1, u"urgent"_s}}, false},
        {u"ticket.create"_s,
         {{"title"_L1, u"x"_s}, {"description"_L1, u"y"_s}, {"colour"_L1, u"red"_s}},
         false},
        {u"ticket.list"_s,
         {{"filter"_L1,
           QJsonObject {{"status"_L1, QJsonArray {u"new"_s}},
                        {"assignee"_L1, u"me"_s},
                        {"priority"_L1, 2},
                        {"group"_L1, QJsonValue::Null}}},
          {"sort"_L1, u"-created"_s},
          {"limit"_L1, 10}},
         true},
        {u"ticket.list"_s, {{"limit"_L1, 0}}, false},
        {u"ticket.list"_s, {{"filter"_L1, QJsonObject {{"assignee"_L1, u"you"_s}}}}, false},
        {u"ticket.list"_s, {{"filter"_L1, QJsonObject {{"colour"_L1, 1}}}}, false},
        {u"org.create"_s,
         {{"name"_L1, u"Acme"_s}, {"domains"_L1, QJsonArray {u"acme.test"_s}}},
         true},
        {u"org.create"_s, {{"name"_L1, u"Beta"_s}, {"domains"_L1, u"beta.test"_s}}, false},
        {u"org.create"_s, {{"domains"_L1, QJsonArray {}}}, false},
        {u"token.create"_s,
         {{"name"_L1, u"ci"_s}, {"scopes"_L1, QJsonArray {u"ticket."_s, u"agent"_s}}},
         true},
        {u"token.create"_s, {{"name"_L1, u"ci"_s}}, false},
        {u"token.create"_s, {{"name"_L1, u"ci"_s}, {"scopes"_L1, QJsonArray {}}}, false},
        {u"token.create"_s,
         {{"name"_L1, u"ci"_s}, {"scopes"_L1, QJsonArray {u"Ticket!"_s}}},
         false},
    };

    const QJsonObject document = discover();
    QJsonArray checks;
    for (const Case& c : cases) {
        const QJsonObject method = methodNamed(document, c.method);
        ASSERT_FALSE(method.isEmpty()) << c.method.toStdString();
        checks.append(QJsonObject {{"schema"_L1, paramsSchema(method)}, {"instance"_L1, c.params}});
        const Reply reply = admin().call(c.method, c.params);
        if (c.accepted)
            EXPECT_TRUE(reply.ok()) << c.method.toStdString() << ": " << reply.describe();
        else
            EXPECT_EQ(reply.code(), InvalidParams)
                << c.method.toStdString() << ": " << reply.describe();
    }
    QTemporaryDir dir;
    int code = 0;
    const QByteArray output =
        runCheck({u"cases"_s,
                  writeJson(dir, u"cases.json"_s,
                            QJsonObject {{"components"_L1, document.value("components"_L1)},
                                         {"cases"_L1, checks}})},
                 &code);
    ASSERT_EQ(code, 0) << output.toStdString();
    const QJsonArray valid = QJsonDocument::fromJson(output).array();
    ASSERT_EQ(valid.size(), cases.size()) << output.toStdString();
    for (qsizetype i = 0; i < cases.size(); ++i)
        EXPECT_EQ(valid.at(i).toBool(), cases.at(i).accepted)
            << cases.at(i).method.toStdString() << " "
            << QJsonDocument(cases.at(i).params).toJson(QJsonDocument::Compact).toStdString();
}

INSTANTIATE_TEST_SUITE_P(Backends, OpenRpcTest, ::testing::Values(TestBackend::Sqlite),
                         backendName);
