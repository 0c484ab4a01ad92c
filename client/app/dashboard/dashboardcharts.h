#pragma once

#include "api/reportapi.h"

#include <QString>

#include <functional>

class QChartView;

namespace frontline::client::ui::dashboardcharts {

// A click on a chart segment: which series (its name as the chart shows it) and which slot.
using Clicked = std::function<void(int series, int index)>;

// Each chart of the dashboard, built from a report.kpis result. A bar's click calls `clicked`.
QChartView* volume(const api::KpiReport& report, const Clicked& clicked);
QChartView* aging(const api::KpiReport& report, const Clicked& clicked);
QChartView* sla(const api::KpiReport& report, const Clicked& clicked);
QChartView* categories(const api::KpiReport& report, const Clicked& clicked);
QChartView* satisfaction(const api::KpiReport& report);

} // namespace frontline::client::ui::dashboardcharts
