// The protocol reference is a contract: its method and notification lists must match what the
// server registers and pushes, and every error code it can send must be documented.
#include "api/methods.h"
#include "app/serverapp.h"
#include "backend.h"
#include "inprocessserver.h"
#include "rpc/errorcodes.h"
#include "testclient.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontline;
using namespace Qt::StringLiterals;

namespace {

QString reference()
{
    QFile file(QStringLiteral(FRONTLINE_SOURCE_DIR) + u"/docs/protocol.md"_s);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << "docs/protocol.md is missing";
    return QString::fromUtf8(file.readAll());
}

// The names of "### `name`" headings between "## <section>" and the next "## " heading.
QSet<QString> headings(const QString& text, const QString& section)
{
    const qsizetype start = text.indexOf(u"\n## "_s + section + u'\n');
    EXPECT_GE(start, 0) << "no section " << section.toStdString();
    qsizetype end = text.indexOf(u"\n## "_s, start + 4);
    if (end < 0)
        end = text.size();
    QSet<QString> names;
    static const QRegularExpression heading(u"^### `([a-z_.]+)`"_s,
                                            QRegularExpression::MultilineOption);
    auto it = heading.globalMatch(text.mid(start, end - start));
    while (it.hasNext())
        names.insert(it.next().captured(1));
    return names;
}

} // namespace

TEST(ProtocolReference, DocumentsExactlyTheRegisteredMethods)
{
    QTemporaryDir dir;
    server::ServerOptions options;
    options.database.sqlitePath = dir.filePath(u"doc.db"_s);
    options.listenPort = 0;
    options.passwordCost = server::PasswordHasher::Cost::Minimal;
    server::ServerApp app(options);
    ASSERT_TRUE(app.start().ok());
    const QStringList registered = app.methodNames();
    const QSet<QString> serverMethods(registered.cbegin(), registered.cend());
    const QSet<QString> documented = headings(reference(), u"Methods"_s);
    for (const QString& method : serverMethods - documented)
        ADD_FAILURE() << "method not documented in docs/protocol.md: " << method.toStdString();
    for (const QString& method : documented - serverMethods)
        ADD_FAILURE() << "documented method the server does not have: " << method.toStdString();
    EXPECT_GE(serverMethods.size(), 30);
    app.stop();
}

// The OpenRPC description (rpc.discover) and the reference list the same methods.
TEST(ProtocolReference, ListsExactlyTheMethodsOfRpcDiscover)
{
    test::TestDatabase database(test::TestBackend::Sqlite);
    test::InProcessServer server(database);
    ASSERT_TRUE(server.start()) << server.error().toStdString();
    test::TestClient client(server.port());
    ASSERT_TRUE(client.open());
    const test::Reply reply = client.call(QString(api::method::RpcDiscover));
    ASSERT_TRUE(reply.ok()) << reply.describe();
    QSet<QString> discovered;
    for (const QJsonValue& method : reply.object().value("methods"_L1).toArray())
        discovered.insert(method.toObject().value("name"_L1).toString());
    const QSet<QString> documented = headings(reference(), u"Methods"_s);
    for (const QString& method : discovered - documented)
        ADD_FAILURE() << "rpc.discover lists a method docs/protocol.md lacks: "
                      << method.toStdString();
    for (const QString& method : documented - discovered)
        ADD_FAILURE() << "docs/protocol.md documents a method rpc.discover lacks: "
                      << method.toStdString();
    EXPECT_TRUE(discovered.contains(u"rpc.discover"_s));
    server.stop();
}

TEST(ProtocolReference, DocumentsEveryNotification)
{
    const QStringList pushed = api::notification::all();
    EXPECT_EQ(headings(reference(), u"Notifications"_s),
              QSet<QString>(pushed.cbegin(), pushed.cend()));
}

TEST(ProtocolReference, DocumentsEveryErrorCode)
{
    const QString text = reference();
    for (rpc::ErrorCode code : rpc::WireErrorCodes)
        EXPECT_TRUE(text.contains(u"| "_s + QString::number(rpc::toInt(code)) + u" |"_s))
            << "error code " << rpc::toInt(code) << " is not in the errors table";
}
