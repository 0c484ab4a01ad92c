#include "dashboardreport.h"

#include "api/methods.h"
#include "api/orgapi.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "rpc/rpcclient.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace frontline::client {

DashboardReport::DashboardReport(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_filter(lastDays(30))
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DashboardReport::refresh);
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(RebuildPollMs);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &DashboardReport::refresh);
    // Once loaded, the organisations follow the admins' changes (as the queue filter's do).
    connect(&session, &Session::configChanged, this, [this](const QStringList& parts) {
        if (m_orgsAsked > 0 && parts.contains(QString(api::configpart::Organisations)))
            loadOrganisations();
    });
    const auto moved = [this] {
        if (m_live && m_hasReport && !m_refreshTimer.isActive())
            m_refreshTimer.start();
    };
    connect(&session, &Session::ticketCreated, this, moved);
    connect(&session, &Session::ticketChanged, this, moved);
    connect(&session, &Session::ticketCommented, this, moved);
    connect(&session, &Session::connectionRestored, this, &DashboardReport::refresh);
}

api::ReportFilter DashboardReport::lastDays(int days)
{
    api::ReportFilter f;
    f.to = QDate::currentDate();
    f.from = f.to.addDays(1 - days);
    return f;
}

std::optional<api::FieldCondition>
DashboardReport::fieldCondition(const api::FieldDefinition& field, const FieldValue& value)
{
    if (value.isNone())
        return std::nullopt;
    api::FieldCondition condition;
    condition.name = field.name;
    switch (field.type) {
    case api::FieldType::Text:
        if (value.toText().trimmed().isEmpty())
            return std::nullopt;
        condition.op = api::FieldCondition::Op::Contains;
        condition.value = value.toText().trimmed();
        break;
    case api::FieldType::MultiChoice: {
        const QStringList keys = value.keys();
        if (keys.isEmpty())
            return std::nullopt;
        if (keys.size() == 1) {
            condition.value = keys.constFirst();
        } else {
            condition.op = api::FieldCondition::Op::AnyOf;
            condition.value = QJsonArray::fromStringList(keys);
        }
        break;
    }
    default:
        condition.value = value.toJson();
        break;
    }
    return condition;
}

void DashboardReport::setFilter(const api::ReportFilter& filter)
{
    m_filter = filter;
    refresh();
}

void DashboardReport::refresh()
{
    m_loading = true;
    const int generation = ++m_generation;
    m_session.rpc().call(QString(api::method::ReportKpis), m_filter.toJson(), this,
                         [this, generation](const rpc::RpcReply& reply) {
                             if (generation != m_generation)
                                 return; // a newer filter was asked for meanwhile
                             m_loading = false;
                             if (reply.isError()) {
                                 Q_EMIT failed(ErrorText::describe(reply.error()));
                                 return;
                             }
                             m_report = api::KpiReport::fromJson(reply.result());
                             m_hasReport = true;
                             m_rebuilding = m_report.rebuilding;
                             if (m_rebuilding)
                                 m_rebuildTimer.start();
                             Q_EMIT updated();
                         });
}

void DashboardReport::loadOrganisations()
{
    const quint64 asked = ++m_orgsAsked; // an older answer arriving late is dropped
    m_session.rpc().call(QString(api::method::OrgList), QJsonObject(), this,
                         [this, asked](const rpc::RpcReply& reply) {
                             if (reply.isError() || asked != m_orgsAsked)
                                 return; // the picker keeps "All organisations" only
                             m_orgs = api::OrgList::fromJson(reply.result()).items;
                             Q_EMIT organisationsLoaded();
                         });
}

void DashboardReport::drillDown(const DrillDown& what)
{
    api::ReportTicketsParams p;
    p.filter = m_filter;
    if (what.day) {
        p.filter.from = *what.day;
        p.filter.to = *what.day;
    }
    if (what.category)
        p.filter.category = *what.category;
    if (what.agent)
        p.filter.agent = *what.agent;
    p.segment = what.segment;
    p.age = what.age;
    p.score = what.score;
    m_session.rpc().call(QString(api::method::ReportTickets), p.toJson(), this,
                         [this, title = what.title](const rpc::RpcReply& reply) {
                             if (reply.isError()) {
                                 Q_EMIT failed(ErrorText::describe(reply.error()));
                                 return;
                             }
                             Q_EMIT ticketsReady(title,
                                                 api::ReportTickets::fromJson(reply.result()));
                         });
}

void DashboardReport::exportTo(const QString& format, const QString& path)
{
    api::ReportExportParams p;
    p.format = format;
    p.tickets.filter = m_filter;
    m_session.rpc().call(QString(api::method::ReportExport), p.toJson(), this,
                         [this, path](const rpc::RpcReply& reply) {
                             if (reply.isError()) {
                                 Q_EMIT failed(ErrorText::describe(reply.error()));
                                 return;
                             }
                             const QByteArray data = api::ReportFile::fromJson(reply.result()).data;
                             QSaveFile file(path);
                             if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()
                                 || !file.commit()) {
                                 Q_EMIT failed(
                                     tr("Cannot write %1: %2").arg(path, file.errorString()));
                                 return;
                             }
                             Q_EMIT exported(path);
                         });
}

} // namespace frontline::client
