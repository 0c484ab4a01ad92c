#include "dashboardcharts.h"

#include "json/jsonpath.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDate>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QJsonArray>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace frontline::client::ui::dashboardcharts {
namespace {

// The charts' words, translated in their own context.
struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)
};

QChartView* viewOf(QChart* chart, const QString& title)
{
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    return view;
}

void connectClicks(QAbstractBarSeries* series, const Clicked& clicked)
{
    const QList<QBarSet*> sets = series->barSets();
    for (int i = 0; i < sets.size(); ++i)
        QObject::connect(sets[i], &QBarSet::clicked, sets[i],
                         [clicked, i](int index) { clicked(i, index); });
}

void axes(QChart* chart, QAbstractSeries* series, const QStringList& categories, bool horizontal)
{
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis;
    valueAxis->setLabelFormat(u"%d"_s);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    valueAxis->applyNiceNumbers();
}

} // namespace

QChartView* volume(const QJsonObject& report, const Clicked& clicked)
{
    auto* created = new QBarSet(ChartText::tr("Created"));
    auto* resolved = new QBarSet(ChartText::tr("Resolved"));
    QStringList days;
    const QLocale locale;
    for (const QJsonValue& d : json::valueAt(report, u"volume.per_day"_s).toArray()) {
        const QDate date = QDate::fromString(d[u"date"_s].toString(), Qt::ISODate);
        days.append(locale.toString(date, u"d MMM"_s));
        *created << d[u"created"_s].toDouble();
        *resolved << d[u"resolved"_s].toDouble();
    }
    auto* series = new QBarSeries;
    series->append({created, resolved});
    auto* chart = new QChart;
    chart->addSeries(series);
    axes(chart, series, days, false);
    if (days.size() > 14) {
        // Too many days for their labels: every label would overlap.
        for (QAbstractAxis* axis : chart->axes(Qt::Horizontal))
            axis->setLabelsVisible(false);
    }
    connectClicks(series, clicked);
    return viewOf(chart, ChartText::tr("Volume: created and resolved per day"));
}

QChartView* aging(const QJsonObject& report, const Clicked& clicked)
{
    auto* open = new QBarSet(ChartText::tr("Open tickets"));
    for (const QJsonValue& b : json::valueAt(report, u"backlog.aging"_s).toArray())
        *open << b[u"count"_s].toDouble();
    auto* series = new QBarSeries;
    series->append(open);
    auto* chart = new QChart;
    chart->addSeries(series);
    axes(chart, series,
         // Short: five labels share a third of the window.
         {ChartText::tr("0–1 d"), ChartText::tr("1–3 d"), ChartText::tr("3–7 d"),
          ChartText::tr("7–30 d"), ChartText::tr("30+ d")},
         false);
    connectClicks(series, clicked);
    return viewOf(chart, ChartText::tr("Backlog by age (open now)"));
}

QChartView* sla(const QJsonObject& report, const Clicked& clicked)
{
    auto* met = new QBarSet(ChartText::tr("Met"));
    auto* breached = new QBarSet(ChartText::tr("Breached"));
    for (const QString& target : {u"response"_s, u"resolution"_s}) {
        *met << json::valueAt(report, u"sla.%1.met"_s.arg(target)).toDouble();
        *breached << json::valueAt(report, u"sla.%1.breached"_s.arg(target)).toDouble();
    }
    met->setColor(QColor(0x3b, 0x9a, 0x4b));
    breached->setColor(QColor(0xd0, 0x45, 0x3a));
    auto* series = new QHorizontalStackedBarSeries;
    series->append({met, breached});
    auto* chart = new QChart;
    chart->addSeries(series);
    axes(chart, series, {ChartText::tr("First response"), ChartText::tr("Resolution")}, true);
    connectClicks(series, clicked);
    return viewOf(chart, ChartText::tr("SLA compliance"));
}

QChartView* categories(const QJsonObject& report, const Clicked& clicked)
{
    auto* created = new QBarSet(ChartText::tr("Created"));
    auto* previous = new QBarSet(ChartText::tr("Previous period"));
    QStringList names;
    const QJsonArray rows = report.value("categories"_L1).toArray();
    // Largest at the top: a horizontal series draws its first category at the bottom.
    for (qsizetype i = std::min<qsizetype>(rows.size(), 8) - 1; i >= 0; --i) {
        const QJsonValue category = rows[i][u"category"_s];
        names.append(category.isObject() ? category[u"name"_s].toString()
                                         : ChartText::tr("(none)"));
        *created << rows[i][u"created"_s].toDouble();
        *previous << rows[i][u"previous"_s].toDouble();
    }
    auto* series = new QHorizontalBarSeries;
    series->append({created, previous});
    auto* chart = new QChart;
    chart->addSeries(series);
    axes(chart, series, names, true);
    connectClicks(series, clicked);
    return viewOf(chart, ChartText::tr("Created by category"));
}

QChartView* satisfaction(const QJsonObject& report)
{
    auto* average = new QLineSeries;
    average->setName(ChartText::tr("Average score (1–5)"));
    average->setPointsVisible(true);
    QStringList weeks;
    int x = 0;
    const QLocale locale;
    for (const QJsonValue& w : json::valueAt(report, u"csat.per_week"_s).toArray()) {
        weeks.append(
            locale.toString(QDate::fromString(w[u"week"_s].toString(), Qt::ISODate), u"d MMM"_s));
        if (!w[u"average"_s].isNull())
            average->append(x, w[u"average"_s].toDouble());
        ++x;
    }
    auto* chart = new QChart;
    chart->addSeries(average);
    auto* weekAxis = new QBarCategoryAxis;
    weekAxis->append(weeks);
    auto* scoreAxis = new QValueAxis;
    scoreAxis->setRange(1, 5);
    scoreAxis->setTickCount(5);
    scoreAxis->setLabelFormat(u"%.0f"_s);
    chart->addAxis(weekAxis, Qt::AlignBottom);
    chart->addAxis(scoreAxis, Qt::AlignLeft);
    average->attachAxis(weekAxis);
    average->attachAxis(scoreAxis);
    return viewOf(chart, ChartText::tr("Satisfaction per week"));
}

} // namespace frontline::client::ui::dashboardcharts
