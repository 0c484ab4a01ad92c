#pragma once

#include "api/reportapi.h"
#include "api/systemapi.h"
#include "client/core/fieldvalue.h"
#include "domain/organisation.h"

#include <QObject>
#include <QTimer>

namespace frontline::client {

class Session;

// The managers' dashboard without its widgets: the filter, report.kpis for it, a refresh when
// pushed ticket events say the figures moved (at most every few seconds), the tickets behind a
// figure (report.tickets) and the report as a file (report.export).
class DashboardReport : public QObject
{
    Q_OBJECT

public:
    // Live refreshes wait this long for more events, so a burst costs one query.
    static constexpr int RefreshDelayMs = 2000;
    // While the server rebuilds its rollups, the progress is asked for this often.
    static constexpr int RebuildPollMs = 2000;

    explicit DashboardReport(Session& session, QObject* parent = nullptr);

    const api::ReportFilter& filter() const { return m_filter; }
    void setFilter(const api::ReportFilter& filter);
    // The last `days` days up to today.
    static api::ReportFilter lastDays(int days);
    // The filter's condition on a custom field for a value picked in its editor: a choice or
    // a number, date, person or organisation is matched exactly, a text by a part of it,
    // several keys of a multi-choice by any of them. None: no condition (every ticket).
    static std::optional<api::FieldCondition> fieldCondition(const api::FieldDefinition& field,
                                                             const FieldValue& value);

    // The last report.kpis answer; hasReport() is false until the first one.
    const api::KpiReport& report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    // Set while the server rebuilds the rollups (after an upgrade): the figures are partial,
    // and the dashboard shows the progress instead; it asks again until the rebuild is done.
    const std::optional<api::RebuildProgress>& rebuilding() const { return m_rebuilding; }
    bool isLoading() const { return m_loading; }
    void setLive(bool live) { m_live = live; }

    void refresh();
    // The organisations the dashboard can be narrowed to (org.list); organisationsLoaded()
    // answers. Once asked for, they are read again on an `organisations` push.
    void loadOrganisations();
    const QList<Organisation>& organisations() const { return m_orgs; }
    // A figure's tickets: the segment of report.tickets over the filter, optionally narrowed
    // to one day, an aging bucket, a category or an agent. `title` names it for the list.
    struct DrillDown
    {
        QString title;
        QString segment;
        std::optional<QDate> day = {};
        std::optional<QString> age = {};
        std::optional<qint64> category = {};
        std::optional<qint64> agent = {};
        std::optional<int> score = {}; // segment "rated": one score
    };
    void drillDown(const DrillDown& what);
    void exportTo(const QString& format, const QString& path);

Q_SIGNALS:
    void updated();
    void failed(const QString& message);
    void ticketsReady(const QString& title, const frontline::api::ReportTickets& tickets);
    void exported(const QString& path);
    void organisationsLoaded();

private:
    Session& m_session;
    api::ReportFilter m_filter;
    api::KpiReport m_report;
    QList<Organisation> m_orgs;
    quint64 m_orgsAsked = 0; // reads of the organisations sent
    bool m_hasReport = false;
    std::optional<api::RebuildProgress> m_rebuilding;
    QTimer m_refreshTimer;
    QTimer m_rebuildTimer;
    bool m_loading = false;
    bool m_live = true;
    int m_generation = 0;
};

} // namespace frontline::client
