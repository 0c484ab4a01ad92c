#include "reportfieldbench.h"

#include "api/fieldapi.h"
#include "latency.h"
#include "loadclient.h"
#include "storage/fieldrepository.h"
#include "storage/sqlsession.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::bench {

QString seedReportSites(server::SqlSession& session, QTextStream& out)
{
    server::FieldRepository fields(session);
    if (fields.findByName(u"site"_s))
        return {}; // reused
    QElapsedTimer timer;
    timer.start();
    try {
        session.begin();
        api::FieldDefinition site;
        site.name = u"site"_s;
        site.label = u"Site"_s;
        site.type = api::FieldType::Choice;
        for (int i = 0; i < 10; ++i)
            site.options.append({u"site_%1"_s.arg(i), u"Site %1"_s.arg(i), true});
        site.id = fields.insert(site, 0);
        server::Statement ids = session.prepare(u"SELECT id FROM tickets"_s);
        ids.exec();
        QList<qint64> all;
        while (ids.next())
            all.append(ids.int64(0));
        server::Statement row =
            session.prepare(u"INSERT INTO ticket_field_values (ticket_id, field_id, seq, "
                            "text_value) VALUES (?, ?, 0, ?)"_s);
        for (qint64 id : std::as_const(all)) {
            row.bind(id).bind(site.id).bind(u"site_%1"_s.arg((id * 7) % 10));
            row.exec();
        }
        session.commit();
        session.execute(u"ANALYZE"_s);
    } catch (const server::DbException& e) {
        session.rollback();
        return e.describe();
    }
    out << "  a site given to every ticket in " << timer.elapsed() / 1000 << " s" << Qt::endl;
    return {};
}

void timeFieldReports(LoadClient& manager, qint64 group, int runs, QTextStream& out)
{
    const QDate today = QDate::currentDate();
    const QJsonObject site {{"name"_L1, u"site"_s}, {"value"_L1, u"site_3"_s}};
    const auto params = [&](int days, const QJsonObject& more) {
        QJsonObject p = more;
        p.insert("from"_L1, today.addDays(1 - days).toString(Qt::ISODate));
        p.insert("to"_L1, today.toString(Qt::ISODate));
        p.insert("field"_L1, site);
        return QJsonDocument(p).toJson(QJsonDocument::Compact);
    };
    const QList<int> periods {7, 30, 90, 365, 730};
    out << Qt::endl
        << "`report.kpis` with `field` site = one of 10 options (10 % of the tickets), p50 / p99 ("
        << runs << " runs each):" << Qt::endl
        << Qt::endl
        << "| filter | 7 days | 30 days | 90 days | 365 days | 730 days |" << Qt::endl
        << "|---|---:|---:|---:|---:|---:|" << Qt::endl;
    std::vector<double> all;
    for (const auto& [label, more] : QList<std::pair<QString, QJsonObject>> {
             {u"site"_s, {}}, {u"site + group"_s, {{"group"_L1, group}}}}) {
        out << "| " << label;
        for (int days : periods) {
            const auto ms = timeCalls(manager, "report.kpis", params(days, more), runs);
            all.insert(all.end(), ms.begin(), ms.end());
            out << " | " << formatLatency(latencyOf(ms));
        }
        out << " |" << Qt::endl;
    }
    const QJsonObject sample =
        manager.callJson("report.kpis", QJsonDocument::fromJson(params(365, {})).object());
    out << Qt::endl
        << "(365 days, site: " << sample["result"_L1]["volume"_L1]["created"_L1].toInteger()
        << " created, " << sample["result"_L1]["backlog"_L1]["open_now"_L1].toInteger()
        << " open now)" << Qt::endl;
    QJsonObject drill = QJsonDocument::fromJson(params(30, {})).object();
    drill.insert("segment"_L1, u"resolved"_s);
    const auto ms = timeCalls(manager, "report.tickets",
                              QJsonDocument(drill).toJson(QJsonDocument::Compact), runs);
    const Latency k = latencyOf(all);
    out << Qt::endl
        << "| **report.kpis with a field** (" << all.size() << " calls) | p50 "
        << QString::number(k.p50, 'f', 1) << " ms | p99 " << QString::number(k.p99, 'f', 1)
        << " ms |" << Qt::endl
        << "| drill-down: resolved in 30 days with a field | " << formatLatency(latencyOf(ms))
        << " |" << Qt::endl;
}

} // namespace frontline::bench
