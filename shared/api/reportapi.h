#pragma once

#include "api/fieldapi.h"
#include "api/paramreader.h"
#include "api/systemapi.h"
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
    std::optional<qint64> org; // the requester's organisation when the ticket was raised
    // `field: {name, value, op?}`: only the tickets whose custom field holds the value (equals;
    // a multi-choice: one of its keys; op between: [low, high] of a number or date; any_of).
    std::optional<FieldCondition> field;

    int days() const { return static_cast<int>(from.daysTo(to)) + 1; }
    void write(QJsonObject& object) const;
    void read(ParamReader& reader);
    QJsonObject toJson() const;
    static Result<ReportFilter, rpc::RpcError> fromJson(const QJsonValue& params);
    bool operator==(const ReportFilter&) const = default;
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

// report.tickets' result.
struct ReportTickets
{
    QList<ReportTicketRow> tickets; // newest first by the figure's day
    bool more = false; // the limit cut the list
    std::optional<RebuildProgress> rebuilding; // the rollups are rebuilt: what is counted so far

    QJsonObject toJson() const;
    static ReportTickets fromJson(const QJsonValue& value);
};

// A group, category or agent a report row is about ({id, name} on the wire).
struct KpiRef
{
    qint64 id = 0;
    QString name;
    bool operator==(const KpiRef&) const = default;
};

// Durations of a period in hours (null on the wire when nothing was measured).
struct KpiTimes
{
    std::optional<double> meanHours;
    std::optional<double> medianHours;
    std::optional<double> p90Hours;
    bool operator==(const KpiTimes&) const = default;
};

// One day of the period's volume chart.
struct KpiDay
{
    QDate date;
    qint64 created = 0;
    qint64 resolved = 0;
    qint64 closed = 0;
    qint64 backlog = 0; // open at the end of the day
    bool operator==(const KpiDay&) const = default;
};

// Open tickets by the age of their creation (ReportTicketsParams::ages()).
struct KpiAgeBucket
{
    QString age;
    qint64 count = 0;
    bool operator==(const KpiAgeBucket&) const = default;
};

// Targets due in the period, met or breached.
struct KpiSla
{
    qint64 due = 0;
    qint64 met = 0;
    qint64 breached = 0;
    std::optional<double> rate; // met / due
    bool operator==(const KpiSla&) const = default;
};

// A share of the period's resolved tickets (first-contact resolution, reopened).
struct KpiResolvedShare
{
    qint64 resolved = 0;
    qint64 count = 0;
    std::optional<double> rate; // count / resolved
    bool operator==(const KpiResolvedShare&) const = default;
};

// A week of satisfaction answers.
struct KpiWeek
{
    QDate week; // its Monday
    qint64 answers = 0;
    std::optional<double> average;
    bool operator==(const KpiWeek&) const = default;
};

struct KpiAgent
{
    std::optional<KpiRef> agent;
    qint64 assigned = 0;
    qint64 resolved = 0;
    qint64 open = 0; // now
    std::optional<double> meanResolutionHours;
    std::optional<double> meanResolutionBusinessHours;
    bool operator==(const KpiAgent&) const = default;
};

struct KpiCategory
{
    std::optional<KpiRef> category; // unset: uncategorised
    qint64 created = 0;
    qint64 previous = 0; // created in the period of the same length before
    qint64 resolved = 0;
    bool operator==(const KpiCategory&) const = default;
};

// A recurring subject of the period's titles.
struct KpiTerm
{
    QString term;
    qint64 count = 0;
    qint64 previous = 0;
    bool operator==(const KpiTerm&) const = default;
};

// report.kpis: every KPI of a period (docs/kpis.md).
struct KpiReport
{
    ReportFilter period; // `days` on the wire is period.days()
    struct Volume
    {
        qint64 created = 0, resolved = 0, closed = 0, merged = 0, netFlow = 0;
        QList<KpiDay> perDay;
        bool operator==(const Volume&) const = default;
    } volume;
    struct Backlog
    {
        qint64 atStart = 0, atEnd = 0, openNow = 0;
        QList<KpiAgeBucket> aging;
        bool operator==(const Backlog&) const = default;
    } backlog;
    struct ResponseTime
    {
        qint64 count = 0;
        KpiTimes wall, business;
        bool operator==(const ResponseTime&) const = default;
    } responseTime;
    struct ResolutionTime
    {
        qint64 count = 0;
        KpiTimes wall, business;
        std::optional<double> meanPausedHours;
        bool operator==(const ResolutionTime&) const = default;
    } resolutionTime;
    struct Sla
    {
        KpiSla response, resolution;
        bool operator==(const Sla&) const = default;
    } sla;
    KpiResolvedShare fcr;
    KpiResolvedShare reopen;
    struct Escalation
    {
        qint64 created = 0, count = 0, escalations = 0;
        std::optional<double> rate;
        bool operator==(const Escalation&) const = default;
    } escalation;
    struct Csat
    {
        qint64 answers = 0;
        std::optional<double> average;
        qint64 resolved = 0, rated = 0;
        std::optional<double> responseRate;
        QList<KpiWeek> perWeek;
        bool operator==(const Csat&) const = default;
    } csat;
    QList<KpiAgent> agents;
    QList<KpiCategory> categories; // most created first
    QList<KpiTerm> topItems;
    std::optional<RebuildProgress> rebuilding; // the rollups are rebuilt: what is counted so far

    QJsonObject toJson() const;
    static KpiReport fromJson(const QJsonValue& value);
    bool operator==(const KpiReport&) const = default;
};

// report.export's result: the file, base64 on the wire.
struct ReportFile
{
    QString fileName;
    QString contentType;
    QByteArray data;

    QJsonObject toJson() const;
    static ReportFile fromJson(const QJsonValue& value);
    bool operator==(const ReportFile&) const = default;
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
