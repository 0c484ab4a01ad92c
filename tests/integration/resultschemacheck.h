#pragma once

// What the result schema tests share (test_resultschemas*.cpp): they call methods on a real
// server, keep each answer, and python3-jsonschema checks every answer against the schema
// rpc.discover publishes for its method (shared/api/resultschemas*). Each test owns a set of
// methods (by name) and fails when one of them is described but never called.
#include "harnessfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <functional>

namespace frontline::test {

class ResultSchemaFixture : public HarnessFixture
{
protected:
    struct Answer
    {
        QString method;
        QJsonValue result;
    };

    QJsonObject discover()
    {
        using namespace Qt::StringLiterals;
        TestClient anonymous(server().port());
        EXPECT_TRUE(anonymous.open());
        const Reply reply = anonymous.call(u"rpc.discover"_s);
        EXPECT_TRUE(reply.ok()) << reply.describe();
        return reply.object();
    }

    // Calls the method and keeps its answer for the check.
    QJsonValue call(TestClient& client, const QString& method, const QJsonObject& params = {})
    {
        const Reply reply = client.call(method, params);
        EXPECT_TRUE(reply.ok()) << method.toStdString() << ": " << reply.describe();
        m_answers.append({method, reply.result});
        return reply.result;
    }

    // The published result schemas, by method name (the described ones only).
    static QHash<QString, QJsonObject> published(const QJsonObject& document)
    {
        using namespace Qt::StringLiterals;
        QHash<QString, QJsonObject> schemas;
        for (const QJsonValue& value : document.value("methods"_L1).toArray()) {
            const QJsonObject method = value.toObject();
            const QJsonObject schema =
                method.value("result"_L1).toObject().value("schema"_L1).toObject();
            if (!schema.isEmpty())
                schemas.insert(method.value("name"_L1).toString(), schema);
        }
        return schemas;
    }

    // Every kept answer matches its method's published schema, every described method `owns`
    // accepts was called, and each control (an answer made wrong) fails its schema.
    void checkAnswers(const std::function<bool(const QString&)>& owns,
                      const QList<Answer>& controls = {})
    {
        using namespace Qt::StringLiterals;
        const QJsonObject document = discover();
        const QHash<QString, QJsonObject> schemas = published(document);
        QSet<QString> called;
        QJsonArray cases;
        for (const Answer& answer : std::as_const(m_answers)) {
            called.insert(answer.method);
            EXPECT_TRUE(schemas.contains(answer.method)) << answer.method.toStdString();
            cases.append(QJsonObject {{"schema"_L1, schemas.value(answer.method)},
                                      {"instance"_L1, answer.result}});
        }
        for (auto it = schemas.cbegin(); it != schemas.cend(); ++it) {
            if (owns(it.key())) {
                EXPECT_TRUE(called.contains(it.key()))
                    << it.key().toStdString() << " is not checked";
            }
        }
        for (const Answer& control : controls)
            cases.append(QJsonObject {{"schema"_L1, schemas.value(control.method)},
                                      {"instance"_L1, control.result}});

        const QJsonArray valid = checkCases(document.value("components"_L1).toObject(), cases);
        ASSERT_EQ(valid.size(), cases.size());
        for (qsizetype i = 0; i < m_answers.size(); ++i)
            EXPECT_TRUE(valid.at(i).toBool())
                << m_answers.at(i).method.toStdString() << " answered "
                << QJsonDocument(QJsonObject {{"result"_L1, m_answers.at(i).result}})
                       .toJson(QJsonDocument::Compact)
                       .toStdString();
        for (qsizetype i = m_answers.size(); i < cases.size(); ++i)
            EXPECT_FALSE(valid.at(i).toBool()) << "control " << i - m_answers.size();
    }

    QList<Answer> m_answers;

private:
    static QString writeJson(const QTemporaryDir& dir, const QString& name,
                             const QJsonObject& value)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(value).toJson());
        return path;
    }

    // jsonschema_check.py cases: true or false per case.
    static QJsonArray checkCases(const QJsonObject& components, const QJsonArray& cases)
    {
        using namespace Qt::StringLiterals;
        QTemporaryDir dir;
        QProcess python;
        python.start(
            u"python3"_s,
            {QStringLiteral(FRONTLINE_SOURCE_DIR) + u"/tests/support/jsonschema_check.py"_s,
             u"cases"_s,
             writeJson(dir, u"cases.json"_s,
                       QJsonObject {{"components"_L1, components}, {"cases"_L1, cases}})});
        EXPECT_TRUE(python.waitForFinished(60000)) << "python3 did not finish";
        EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
        return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    }
};

// The id of an object in an answer (0 when there is none).
inline qint64 idOf(const QJsonValue& value)
{
    return value.toObject().value(QLatin1StringView("id")).toInteger();
}

// The methods test_resultschemas_cmdb.cpp checks; test_resultschemas.cpp checks the others
// but for the desk's and the identity methods (below).
inline bool isCmdbChangeOrFieldMethod(const QString& method)
{
    using namespace Qt::StringLiterals;
    return method.startsWith(u"ci."_s) || method.startsWith(u"change."_s)
        || method.startsWith(u"field."_s);
}

// The methods test_resultschemas_desk.cpp checks, test by test: the knowledge base (kb.search
// aside), canned responses and categories; SLA policies, calendars, rules and saved views;
// attachments, announcements, notifications and the ticket actions that are not edits.
inline bool isKnowledgeMethod(const QString& method)
{
    using namespace Qt::StringLiterals;
    return (method.startsWith(u"kb."_s) && method != u"kb.search"_s)
        || method.startsWith(u"canned."_s) || method.startsWith(u"category."_s);
}

inline bool isDeskSettingMethod(const QString& method)
{
    using namespace Qt::StringLiterals;
    return method.startsWith(u"sla.policy."_s) || method.startsWith(u"calendar."_s)
        || method.startsWith(u"rule."_s) || method.startsWith(u"view."_s);
}

inline bool isDeskActionMethod(const QString& method)
{
    using namespace Qt::StringLiterals;
    static const QStringList ticketActions {
        u"ticket.link"_s,     u"ticket.links"_s,    u"ticket.unlink"_s, u"ticket.merge"_s,
        u"ticket.escalate"_s, u"ticket.log_time"_s, u"ticket.rate"_s};
    return method.startsWith(u"attachment."_s) || method.startsWith(u"announcement."_s)
        || method == u"notification.list"_s || method == u"notification.read"_s
        || ticketActions.contains(method);
}

inline bool isDeskMethod(const QString& method)
{
    return isKnowledgeMethod(method) || isDeskSettingMethod(method) || isDeskActionMethod(method);
}

// Users and organisations (test_resultschemas_identity.cpp, one test per area).
inline bool isUserOrOrgMethod(const QString& method)
{
    using namespace Qt::StringLiterals;
    return method.startsWith(u"user."_s) || method.startsWith(u"org."_s);
}

// Groups, API tokens and signed-in devices.
inline bool isGroupTokenOrSessionMethod(const QString& method)
{
    using namespace Qt::StringLiterals;
    return method.startsWith(u"group."_s) || method.startsWith(u"token."_s)
        || method.startsWith(u"session."_s);
}

// The second factor, password reset and the audit log.
inline bool isSecondFactorResetOrAuditMethod(const QString& method)
{
    using namespace Qt::StringLiterals;
    return method.startsWith(u"auth.totp."_s) || method.startsWith(u"auth.recovery."_s)
        || method.startsWith(u"auth.reset."_s) || method.startsWith(u"audit."_s);
}

inline bool isIdentityMethod(const QString& method)
{
    return isUserOrOrgMethod(method) || isGroupTokenOrSessionMethod(method)
        || isSecondFactorResetOrAuditMethod(method);
}

// Settings, the mail outbox and templates, mailboxes, directories, events, presence, reports'
// drill-down and export, rpc.discover (test_resultschemas_admin.cpp).
inline bool isAdminMethod(const QString& method)
{
    using namespace Qt::StringLiterals;
    static const QStringList methods {
        u"config.get"_s,       u"config.set"_s,         u"workflow.get"_s,
        u"events.subscribe"_s, u"events.unsubscribe"_s, u"presence.update"_s,
        u"report.tickets"_s,   u"report.export"_s,      u"rpc.discover"_s};
    return method.startsWith(u"mail."_s) || method.startsWith(u"mailbox."_s)
        || method.startsWith(u"ldap."_s) || methods.contains(method);
}

} // namespace frontline::test
