#include "backend.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace frontline::test {
namespace {

bool adminExec(const QString& sql, QString* error)
{
    const QUrl url(postgresAdminUrl());
    const QString name = u"frontline-test-admin-"_s + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString postgresAdminUrl()
{
    return qEnvironmentVariable("FRONTLINE_TEST_PG_URL");
}

TestDatabase::TestDatabase(TestBackend backend)
    : m_backend(backend)
{
    if (backend == TestBackend::Sqlite) {
        QTemporaryDir dir(QDir::tempPath() + u"/frontline-test-XXXXXX"_s);
        dir.setAutoRemove(false);
        m_folder = dir.path();
        m_spec = m_folder + u"/frontline.db"_s;
        return;
    }
    if (postgresAdminUrl().isEmpty()) {
        m_reason = u"FRONTLINE_TEST_PG_URL is not set (the test command starts a throwaway "
                   "PostgreSQL cluster and sets it)"_s;
        return;
    }
    m_postgresName = u"fl_test_"_s + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QString error;
    if (!adminExec(u"CREATE DATABASE "_s + m_postgresName, &error)) {
        m_reason = u"cannot create a PostgreSQL test database: "_s + error;
        return;
    }
    QUrl url(postgresAdminUrl());
    url.setPath(u"/"_s + m_postgresName);
    m_spec = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (!m_folder.isEmpty())
        QDir(m_folder).removeRecursively();
    if (!m_postgresName.isEmpty())
        adminExec(u"DROP DATABASE IF EXISTS "_s + m_postgresName + u" WITH (FORCE)"_s, nullptr);
}

} // namespace frontline::test
