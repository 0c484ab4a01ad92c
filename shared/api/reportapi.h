#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "domain/ticket.h"
#include "rpc/rpcerror.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

// Params of the managers' reports (docs/kpis.md, docs/protocol.md).
namespace frontline::api {

// The period (`from` and `to`, both days included, YYYY-MM-DD in the server's time zone) and
// the optional filters every report takes.
struct ReportFilter
{
    static constexpr int MaxDays = 1100; // three years

    QDate from;
    QDate to;
    std::optional<qint64> group;
    std::optional<qint64> agent;
    std::optional<qint64> category;
    std::optional<QString> type;

    int days() const { return static_cast<int>(from.daysTo(to)) + 1; }
    void write(QJsonObject& object) const;
    void read(ParamReader& reader);
    QJsonObject toJson() const;
    static Result<ReportFilter, rpc::RpcError> fromJson(const QJsonValue& params);
};

// report.tickets: the tickets behind one figure of report.kpis (a chart segment).
struct ReportTicketsParams
{
    static QStringList segments();
    static QStringList ages();
    static constexpr int MaxLimit = 1000;

    ReportFilter filter;
    QString segment; // created, resolved, reopened, escalated, fcr, open, response_breached,
                     // resolution_breached, rated
    std::optional<QString> age; // open: one aging bucket
    std::optional<int> score; // rated: one score
    int limit = 200;

    void write(QJsonObject& object) const;
    void read(ParamReader& reader);
    QJsonObject toJson() const;
    static Result<ReportTicketsParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// One row of report.tickets' result: a ticket behind a figure.
struct ReportTicketRow
{
    qint64 id = 0;
    QString title;
    QString type;
    QString status;
    int priority = 3;
    QString group; // empty: none (null on the wire)
    QString assignee; // empty: nobody (null on the wire)
    qint64 createdAt = 0;
    std::optional<Rating> rating; // segment "rated": the requester's score and comment

    QJsonObject toJson() const;
    static ReportTicketRow fromJson(const QJsonObject& object);
};

// report.tickets' result (without `rebuilding`, which the dashboard reads from report.kpis).
struct ReportTickets
{
    QList<ReportTicketRow> tickets; // newest first by the figure's day
    bool more = false; // the limit cut the list

    QJsonObject toJson() const;
    static ReportTickets fromJson(const QJsonValue& value);
};

// report.export: report.kpis (`report` "kpis") or report.tickets ("tickets") as a file.
struct ReportExportParams
{
    QString format; // csv or pdf
    QString report = QStringLiteral("kpis");
    ReportTicketsParams tickets; // its filter serves "kpis" as well

    QJsonObject toJson() const;
    static Result<ReportExportParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

} // namespace frontline::api
