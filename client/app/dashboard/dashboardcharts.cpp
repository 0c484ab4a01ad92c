#include "dashboardcharts.h"

#include "client/widgets/theme.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QDate>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
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
    // On the palette's view colours, so that a dark theme has dark charts.
    const QPalette palette = QApplication::palette();
    const QColor text = palette.color(QPalette::Text);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(palette.color(QPalette::Midlight));
    }
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
    // Counts have whole-number ticks: a range of 0 to 2 would otherwise read 0, 0, 1, 1, 2.
    if (valueAxis->max() - valueAxis->min() < valueAxis->tickCount() - 1) {
        valueAxis->setTickType(QValueAxis::TicksDynamic);
        valueAxis->setTickAnchor(0);
        valueAxis->setTickInterval(1);
    }
}

} // namespace

QChartView* volume(const api::KpiReport& report, const Clicked& clicked)
{
    auto* created = new QBarSet(ChartText::tr("Created"));
    auto* resolved = new QBarSet(ChartText::tr("Resolved"));
    QStringList days;
    const QLocale locale;
    for (const api::KpiDay& d : report.volume.perDay) {
        days.append(locale.toString(d.date, u"d MMM"_s));
        *created << double(d.created);
        *resolved << double(d.resolved);
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

QChartView* aging(const api::KpiReport& report, const Clicked& clicked)
{
    auto* open = new QBarSet(ChartText::tr("Open tickets"));
    for (const api::KpiAgeBucket& b : report.backlog.aging)
        *open << double(b.count);
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

QChartView* sla(const api::KpiReport& report, const Clicked& clicked)
{
    auto* met = new QBarSet(ChartText::tr("Met"));
    auto* breached = new QBarSet(ChartText::tr("Breached"));
    for (const api::KpiSla& target : {report.sla.response, report.sla.resolution}) {
        *met << double(target.met);
        *breached << double(target.breached);
    }
    met->setColor(Theme::colour(Theme::Role::ChartMet));
    breached->setColor(Theme::colour(Theme::Role::ChartBreached));
    auto* series = new QHorizontalStackedBarSeries;
    series->append({met, breached});
    auto* chart = new QChart;
    chart->addSeries(series);
    axes(chart, series, {ChartText::tr("First response"), ChartText::tr("Resolution")}, true);
    connectClicks(series, clicked);
    return viewOf(chart, ChartText::tr("SLA compliance"));
}

QChartView* categories(const api::KpiReport& report, const Clicked& clicked)
{
    auto* created = new QBarSet(ChartText::tr("Created"));
    auto* previous = new QBarSet(ChartText::tr("Previous period"));
    QStringList names;
    const QList<api::KpiCategory>& rows = report.categories;
    // Largest at the top: a horizontal series draws its first category at the bottom.
    for (qsizetype i = std::min<qsizetype>(rows.size(), 8) - 1; i >= 0; --i) {
        const api::KpiCategory& row = rows[i];
        names.append(row.category ? row.category->name : ChartText::tr("(none)"));
        *created << double(row.created);
        *previous << double(row.previous);
    }
    auto* series = new QHorizontalBarSeries;
    series->append({created, previous});
    auto* chart = new QChart;
    chart->addSeries(series);
    axes(chart, series, names, true);
    connectClicks(series, clicked);
    // A long name is cut to fit beside the bars; hovering a bar says it whole, with the counts.
    for (QBarSet* set : {created, previous}) {
        QObject::connect(
            set, &QBarSet::hovered, set, [names, created, previous](bool status, int index) {
                if (!status) {
                    QToolTip::hideText();
                    return;
                }
                QToolTip::showText(QCursor::pos(),
                                   ChartText::tr("%1: %2 created (previous period: %3)")
                                       .arg(names.value(index))
                                       .arg(qint64(created->at(index)))
                                       .arg(qint64(previous->at(index))));
            });
    }
    QChartView* view = viewOf(chart, ChartText::tr("Created by category"));
    // Qt Charts shows a category's name only where its line has the height of the text, and
    // "..." for every name otherwise: the chart grows with the number of categories and the
    // font, rather than a fixed height that a larger font or a smaller window defeats.
    const QFontMetrics label(chart->axes(Qt::Vertical).value(0)->labelsFont());
    const QFontMetrics title(chart->titleFont());
    const int perCategory = label.height() * 2;
    const int around = title.height() + 3 * label.height() + 60; // title, values, legend, margins
    view->setMinimumHeight(
        std::max<int>(view->minimumHeight(), around + int(names.size()) * perCategory));
    // Qt Charts gives the names at most some 40 % of the width: room for the usual ones (up to 30
    // characters); a longer one is cut, and its bars' tooltip names it.
    int widest = 0;
    for (const QString& name : std::as_const(names))
        widest = std::max(widest, label.horizontalAdvance(name));
    widest = std::min(widest, label.averageCharWidth() * 30);
    view->setMinimumWidth(std::max(view->minimumWidth(), 5 * widest / 2 + 4 * label.height()));
    return view;
}

QChartView* satisfaction(const api::KpiReport& report)
{
    auto* average = new QLineSeries;
    average->setName(ChartText::tr("Average score (1–5)"));
    average->setPointsVisible(true);
    QStringList weeks;
    int x = 0;
    const QLocale locale;
    for (const api::KpiWeek& w : report.csat.perWeek) {
        weeks.append(locale.toString(w.week, u"d MMM"_s));
        if (w.average)
            average->append(x, *w.average);
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
