#include "provisioning.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace frontline::test {

qint64 createUser(TestClient& admin, const QString& username, const QString& role)
{
    const Reply reply = admin.call(u"user.create"_s,
                                   QJsonObject {{"username"_L1, username},
                                                {"password"_L1, QString::fromLatin1(UserPassword)},
                                                {"display_name"_L1, username.toUpper()},
                                                {"email"_L1, QString(username + u"@example.com"_s)},
                                                {"role"_L1, role}});
    EXPECT_TRUE(reply.ok()) << reply.describe();
    return reply.object().value("id"_L1).toInteger();
}

qint64 createGroup(TestClient& admin, const QString& name, int tier)
{
    const Reply reply =
        admin.call(u"group.create"_s, QJsonObject {{"name"_L1, name}, {"tier"_L1, tier}});
    EXPECT_TRUE(reply.ok()) << reply.describe();
    return reply.object().value("id"_L1).toInteger();
}

qint64 createCalendar(TestClient& admin, const QString& name, const QString& day,
                      const QString& from, const QString& to)
{
    const QJsonObject hours {{day, QJsonArray {QJsonArray {from, to}}}};
    const Reply reply = admin.call(u"calendar.create"_s,
                                   QJsonObject {{"name"_L1, name},
                                                {"time_zone"_L1, u"UTC"_s},
                                                {"hours"_L1, hours},
                                                {"holidays"_L1, QJsonArray()}});
    EXPECT_TRUE(reply.ok()) << reply.describe();
    return reply.object().value("id"_L1).toInteger();
}

qint64 createSlaPolicy(TestClient& admin, const QString& name, qint64 calendar, int responseMinutes,
                       int resolveMinutes)
{
    const Reply reply = admin.call(u"sla.policy.create"_s,
                                   QJsonObject {{"name"_L1, name},
                                                {"calendar"_L1, calendar},
                                                {"response_minutes"_L1, responseMinutes},
                                                {"resolve_minutes"_L1, resolveMinutes}});
    EXPECT_TRUE(reply.ok()) << reply.describe();
    return reply.object().value("id"_L1).toInteger();
}

qint64 createCi(TestClient& admin, const QString& name, const QString& ciClass)
{
    const Reply reply =
        admin.call(u"ci.create"_s, QJsonObject {{"name"_L1, name}, {"class"_L1, ciClass}});
    EXPECT_TRUE(reply.ok()) << reply.describe();
    return reply.object().value("id"_L1).toInteger();
}

void relateCi(TestClient& admin, qint64 from, const QString& type, const QString& key, qint64 to)
{
    const Reply reply =
        admin.call(u"ci.relate"_s, QJsonObject {{"from"_L1, from}, {"type"_L1, type}, {key, to}});
    EXPECT_TRUE(reply.ok()) << reply.describe();
}

void addMember(TestClient& admin, qint64 group, qint64 user)
{
    const Reply reply =
        admin.call(u"group.add_member"_s, QJsonObject {{"group"_L1, group}, {"user"_L1, user}});
    EXPECT_TRUE(reply.ok()) << reply.describe();
}

std::unique_ptr<TestClient> connectAs(quint16 port, const QString& username,
                                      const QString& password)
{
    auto client = std::make_unique<TestClient>(port);
    const Reply login = client->login(username, password);
    EXPECT_TRUE(login.ok()) << username.toStdString() << ": " << login.describe();
    return client;
}

QJsonObject createTicket(TestClient& client, const QJsonObject& params)
{
    const Reply reply = client.call(u"ticket.create"_s, params);
    EXPECT_TRUE(reply.ok()) << reply.describe();
    return reply.object();
}

} // namespace frontline::test
