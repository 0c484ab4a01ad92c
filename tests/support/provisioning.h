#pragma once

#include "testclient.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace frontline::test {

// The password of every user the helpers below create.
inline constexpr const char* UserPassword = "correct horse battery";

// What server tests set up over the wire through an admin connection, whichever server runs
// (a process or in-process). Each reports a refused call as a test failure.
qint64 createUser(TestClient& admin, const QString& username, const QString& role);
qint64 createGroup(TestClient& admin, const QString& name, int tier);
void addMember(TestClient& admin, qint64 group, qint64 user);
// A new connection to `port`, logged in as `username`.
std::unique_ptr<TestClient> connectAs(quint16 port, const QString& username,
                                      const QString& password = QString::fromLatin1(UserPassword));
// A configuration item of `ciClass`; and a relationship from a CI: `type` to a CI (key "to"),
// or for used_by to a "user" or an "organisation".
qint64 createCi(TestClient& admin, const QString& name, const QString& ciClass);
void relateCi(TestClient& admin, qint64 from, const QString& type, const QString& key, qint64 to);
// A business-hours calendar in UTC open on one `day` ("mon") from `from` to `to` ("09:00"),
// and an SLA policy on a calendar.
qint64 createCalendar(TestClient& admin, const QString& name, const QString& day,
                      const QString& from, const QString& to);
qint64 createSlaPolicy(TestClient& admin, const QString& name, qint64 calendar, int responseMinutes,
                       int resolveMinutes);
// Creates a ticket as `client` and returns it.
QJsonObject createTicket(TestClient& client, const QJsonObject& params);

} // namespace frontline::test
