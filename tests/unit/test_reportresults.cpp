// The reports' results (shared/api/reportapi.h): what the server writes, the dashboard reads
// back field by field, and the wire shape stays what third-party scripts read.
#include "api/reportapi.h"
#include "testhelpers.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace frontline;
using namespace frontline::api;
using namespace Qt::StringLiterals;
using frontline::test::jsonObject;

namespace {

KpiReport sampleReport()
{
    KpiReport r;
    r.period.from = QDate(2026, 3, 1);
    r.period.to = QDate(2026, 3, 2);
    r.period.group = 4;
    r.period.type = u"incident"_s;
    r.volume = {5, 3, 2, 1, 2, {{QDate(2026, 3, 1), 2, 1, 1, 7}, {QDate(2026, 3, 2), 3, 2, 1, 8}}};
    r.backlog = {6, 8, 9, {{u"lt_1d"_s, 2}, {u"gt_30d"_s, 7}}};
    r.responseTime = {4, {1.5, 1.0, 3.25}, {0.5, std::nullopt, 2.0}};
    r.resolutionTime = {3, {10.0, 8.0, 20.0}, {}, 0.75};
    r.sla = {{4, 3, 1, 0.75}, {0, 0, 0, std::nullopt}};
    r.fcr = {3, 1, 1.0 / 3.0};
    r.reopen = {3, 0, 0.0};
    r.escalation = {5, 1, 2, 0.2};
    r.csat = {2, 4.5, 3, 2, 2.0 / 3.0, {{QDate(2026, 2, 23), 2, 4.5}}};
    r.agents = {{KpiRef {7, u"Alex"_s}, 2, 1, 1, 5.0, std::nullopt}};
    r.categories = {{KpiRef {2, u"Email"_s}, 3, 1, 2}, {std::nullopt, 2, 0, 1}};
    r.topItems = {{u"printer"_s, 3, 1}};
    return r;
}

} // namespace

TEST(ReportResults, KpiReportRoundTrips)
{
    const KpiReport report = sampleReport();
    EXPECT_EQ(KpiReport::fromJson(report.toJson()), report);
    KpiReport partial = report;
    partial.rebuilding = RebuildProgress {QString(RebuildProgress::KpiRollups), 10, 40, 3};
    EXPECT_EQ(KpiReport::fromJson(partial.toJson()), partial);
    EXPECT_FALSE(report.toJson().contains("rebuilding"_L1)) << "only while rebuilding";
}

TEST(ReportResults, KpiReportKeepsItsWireShape)
{
    KpiReport r;
    r.period.from = QDate(2026, 3, 1);
    r.period.to = QDate(2026, 3, 1);
    r.volume = {1, 0, 0, 0, 1, {{QDate(2026, 3, 1), 1, 0, 0, 1}}};
    r.backlog = {0, 1, 1, {{u"lt_1d"_s, 1}}};
    r.sla.response = {1, 1, 0, 1.0};
    r.escalation.created = 1;
    r.categories = {{std::nullopt, 1, 0, 0}};
    r.agents = {{KpiRef {3, u"Olga"_s}, 1, 0, 1, std::nullopt, std::nullopt}};
    const QJsonObject expected = jsonObject(R"({
        "period": {"from": "2026-03-01", "to": "2026-03-01", "days": 1},
        "volume": {"created": 1, "resolved": 0, "closed": 0, "merged": 0, "net_flow": 1,
                   "per_day": [{"date": "2026-03-01", "created": 1, "resolved": 0, "closed": 0,
                                "backlog": 1}]},
        "backlog": {"at_start": 0, "at_end": 1, "open_now": 1,
                    "aging": [{"age": "lt_1d", "count": 1}]},
        "response_time": {"count": 0,
                          "wall": {"mean_hours": null, "median_hours": null, "p90_hours": null},
                          "business": {"mean_hours": null, "median_hours": null,
                                       "p90_hours": null}},
        "resolution_time": {"count": 0,
                            "wall": {"mean_hours": null, "median_hours": null, "p90_hours": null},
                            "business": {"mean_hours": null, "median_hours": null,
                                         "p90_hours": null},
                            "mean_paused_hours": null},
        "sla": {"response": {"due": 1, "met": 1, "breached": 0, "rate": 1},
                "resolution": {"due": 0, "met": 0, "breached": 0, "rate": null}},
        "fcr": {"resolved": 0, "count": 0, "rate": null},
        "reopen": {"resolved": 0, "count": 0, "rate": null},
        "escalation": {"created": 1, "count": 0, "escalations": 0, "rate": null},
        "csat": {"answers": 0, "average": null, "resolved": 0, "rated": 0, "response_rate": null,
                 "per_week": []},
        "agents": [{"agent": {"id": 3, "name": "Olga"}, "assigned": 1, "resolved": 0, "open": 1,
                    "mean_resolution_hours": null, "mean_resolution_business_hours": null}],
        "categories": [{"category": null, "created": 1, "previous": 0, "resolved": 0}],
        "top_items": []
    })");
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(r.toJson(), expected);
}

TEST(ReportResults, ReportTicketsRoundTripWithTheirRebuildMark)
{
    ReportTickets tickets;
    ReportTicketRow row;
    row.id = 12;
    row.title = u"Scanner jams"_s;
    row.type = u"incident"_s;
    row.status = u"resolved"_s;
    row.priority = 2;
    row.assignee = u"Alex"_s;
    row.createdAt = 1767225600000;
    tickets.tickets = {row};
    tickets.more = true;
    tickets.rebuilding = RebuildProgress {QString(RebuildProgress::KpiRollups), 1, 2, {}};
    const ReportTickets back = ReportTickets::fromJson(tickets.toJson());
    EXPECT_EQ(back.toJson(), tickets.toJson());
    EXPECT_EQ(back.rebuilding, tickets.rebuilding);
    EXPECT_EQ(back.tickets.value(0).assignee, u"Alex"_s);
    EXPECT_EQ(tickets.toJson().value("tickets"_L1)[0].toObject().value("group"_L1),
              QJsonValue(QJsonValue::Null))
        << "no group is null on the wire";
}

TEST(ReportResults, ReportFileCarriesItsBytesAsBase64)
{
    const ReportFile file {u"frontline-kpis-2026-03-01-2026-03-31.csv"_s,
                           u"text/csv; charset=utf-8"_s,
                           QByteArray("\xEF\xBB\xBF"
                                      "a,b\r\n")};
    EXPECT_EQ(ReportFile::fromJson(file.toJson()), file);
    EXPECT_EQ(file.toJson(), jsonObject(R"({"file_name": "frontline-kpis-2026-03-01-2026-03-31.csv",
                                       "content_type": "text/csv; charset=utf-8", "size": 8,
                                       "data": "77u/YSxiDQo="})"));
}
