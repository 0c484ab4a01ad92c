#pragma once

#include "api/schema.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1StringView>

#include <functional>
#include <initializer_list>

// The building blocks of the result schemas (resultschemas.h), shared by the files that
// describe them area by area: resultschemas.cpp (tickets, webhooks, problems) and
// resultschemascmdb.cpp (CIs), resultschemaschange.cpp (changes),
// resultschemascatalog.cpp (custom fields, catalogue, approvals), resultschemasdesk.cpp
// (knowledge base, desk configuration, attachments, announcements) and
// resultschemasidentity.cpp (users, organisations, groups, tokens, sessions, two-factor,
// the audit log) and resultschemasadmin.cpp (settings, mail outbox and templates, events,
// presence, reports, rpc.discover).
namespace frontline::api::resultshape {

struct Field
{
    QLatin1StringView name;
    QJsonObject schema;
    bool required = true; // false: only present in some answers
};

// A closed object: these fields and no others.
QJsonObject object(std::initializer_list<Field> fields);
// "#/components/schemas/<component>"
QJsonObject ref(const QString& component);
QJsonObject nullableRef(const QString& component);
QJsonObject text();
QJsonObject time(); // an ISO 8601 date-time string
QJsonObject nullableTime();
QJsonObject number();
QJsonObject count(); // an integer >= 0 (also the epoch milliseconds some answers carry)
QJsonObject list(const QJsonObject& items);

// The method name -> its result schema.
using Make = std::function<QJsonObject()>;
using Table = QHash<QString, Make>;

// Configuration items (ci.*) and changes (change.*): their shared shapes and their methods.
void addCmdbComponents(QJsonObject& components);
void addCmdbResults(Table& methods);
void addChangeComponents(QJsonObject& components);
void addChangeResults(Table& methods);
// Custom fields (field.*), the catalogue (catalog.*) and approvals (approval.*).
void addCatalogComponents(QJsonObject& components);
void addCatalogResults(Table& methods);
// The desk's knowledge and configuration: articles, canned responses, categories, SLA policies,
// calendars, rules, saved views, attachments, announcements, notifications, ticket links.
void addDeskComponents(QJsonObject& components);
void addDeskResults(Table& methods);
// Users, organisations, groups, tokens, sessions, the second factor, password reset and the
// audit log (user.*, org.*, group.*, token.*, session.*, auth.totp.*, auth.recovery.*,
// auth.reset.*, audit.*).
void addIdentityComponents(QJsonObject& components);
void addIdentityResults(Table& methods);
// Settings, workflow, the notification mails' outbox and templates, event subscriptions,
// presence, the report drill-down and export, rpc.discover.
void addAdminComponents(QJsonObject& components);
void addAdminResults(Table& methods);

} // namespace frontline::api::resultshape
