#include "cluster/pglink.h"

#include <QSocketNotifier>

#include <libpq-fe.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace frontline::server::cluster {

PgLink::PgLink(DatabaseConfig database, QString applicationName, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_applicationName(std::move(applicationName))
{ }

PgLink::~PgLink()
{
    close();
}

QString PgLink::open()
{
    close();
    // Keywords, not a conninfo string: nothing to quote. TCP keepalives and a user timeout so
    // that a peer that vanished without a word (a cable, a firewall) is noticed in seconds too.
    std::vector<std::pair<QByteArray, QByteArray>> params {
        {"host", m_database.host.toUtf8()},
        {"port", QByteArray::number(m_database.port)},
        {"dbname", m_database.databaseName.toUtf8()},
        {"user", m_database.user.toUtf8()},
        {"application_name", m_applicationName.toUtf8()},
        {"connect_timeout", QByteArray::number(ConnectTimeoutS)},
        {"keepalives", "1"},
        {"keepalives_idle", "5"},
        {"keepalives_interval", "1"},
        {"keepalives_count", "3"},
        {"tcp_user_timeout", "5000"},
    };
    if (!m_database.password.isEmpty())
        params.emplace_back("password", m_database.password.toUtf8());
    // QPSQL's connect options ("sslmode=require;sslrootcert=..."): the same libpq keywords.
    for (const QString& option : m_database.connectOptions.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = option.indexOf(u'=');
        if (eq > 0)
            params.emplace_back(option.left(eq).trimmed().toUtf8(),
                                option.mid(eq + 1).trimmed().toUtf8());
    }
    std::vector<const char*> keys;
    std::vector<const char*> values;
    for (const auto& [key, value] : params) {
        keys.push_back(key.constData());
        values.push_back(value.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    m_conn = PQconnectdbParams(keys.data(), values.data(), 0);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQfinish(m_conn);
        m_conn = nullptr;
        return error.isEmpty() ? u"cannot connect"_s : error;
    }
    m_notifier = std::make_unique<QSocketNotifier>(PQsocket(m_conn), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &PgLink::readable);
    return {};
}

void PgLink::close()
{
    if (m_notifier) {
        // Possibly from inside its own activated(): deleted once that returned.
        m_notifier->setEnabled(false);
        m_notifier.release()->deleteLater();
    }
    m_queue.clear();
    m_busy = false;
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
}

void PgLink::fail(const QString& why)
{
    close();
    emit lost(why);
}

std::optional<QString> PgLink::queryValue(const QByteArray& sql)
{
    if (!m_conn || m_busy)
        return std::nullopt;
    PGresult* result = PQexec(m_conn, sql.constData());
    std::optional<QString> value;
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
        value = PQntuples(result) > 0 ? QString::fromUtf8(PQgetvalue(result, 0, 0)) : QString();
    PQclear(result);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        fail(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        return std::nullopt;
    }
    drainNotifications();
    return value;
}

void PgLink::send(const QByteArray& sql)
{
    if (!m_conn)
        return;
    m_queue.append(sql);
    if (!m_busy)
        sendNext();
}

void PgLink::sendNext()
{
    if (!m_conn || m_busy || m_queue.isEmpty())
        return;
    const QByteArray sql = m_queue.takeFirst();
    if (PQsendQuery(m_conn, sql.constData()) != 1) {
        fail(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        return;
    }
    m_busy = true;
}

QByteArray PgLink::literal(const QByteArray& text) const
{
    if (!m_conn)
        return "''";
    char* escaped = PQescapeLiteral(m_conn, text.constData(), size_t(text.size()));
    if (!escaped)
        return "''";
    QByteArray out(escaped);
    PQfreemem(escaped);
    return out;
}

void PgLink::readable()
{
    if (!m_conn)
        return;
    // The socket is readable: data, or the end of the connection (the server or its host went).
    if (PQconsumeInput(m_conn) != 1 || PQstatus(m_conn) != CONNECTION_OK) {
        fail(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        return;
    }
    while (m_busy && !PQisBusy(m_conn)) {
        PGresult* result = PQgetResult(m_conn);
        if (!result) {
            m_busy = false;
            break;
        }
        PQclear(result);
    }
    drainNotifications();
    sendNext();
}

void PgLink::drainNotifications()
{
    while (m_conn) {
        PGnotify* note = PQnotifies(m_conn);
        if (!note)
            break;
        const QString channel = QString::fromUtf8(note->relname);
        const QByteArray payload(note->extra);
        PQfreemem(note);
        emit notified(channel, payload);
    }
}

} // namespace frontline::server::cluster
