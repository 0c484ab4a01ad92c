#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

class QChartView;

namespace frontline::client::ui::dashboardcharts {

// A click on a chart segment: which series (its name as the chart shows it) and which slot.
using Clicked = std::function<void(int series, int index)>;

// Each chart of the dashboard, built from a report.kpis object. A bar's click calls `clicked`.
QChartView* volume(const QJsonObject& report, const Clicked& clicked);
QChartView* aging(const QJsonObject& report, const Clicked& clicked);
QChartView* sla(const QJsonObject& report, const Clicked& clicked);
QChartView* categories(const QJsonObject& report, const Clicked& clicked);
QChartView* satisfaction(const QJsonObject& report);

} // namespace frontline::client::ui::dashboardcharts
