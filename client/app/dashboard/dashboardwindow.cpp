#include "dashboardwindow.h"

#include "client/app/dashboard/dashboardcharts.h"
#include "client/core/dashboardreport.h"
#include "client/core/directory.h"
#include "client/core/fieldcatalogue.h"
#include "client/core/session.h"
#include "client/widgets/fieldform.h"
#include "client/widgets/theme.h"

#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

QString percent(const std::optional<double>& v)
{
    return !v ? QStringLiteral("–") : QLocale().toString(*v * 100.0, 'f', 1) + QStringLiteral(" %");
}

QString hours(const std::optional<double>& v)
{
    return !v ? QStringLiteral("–")
              : DashboardWindow::tr("%1 h").arg(QLocale().toString(*v, 'f', 1));
}

std::optional<qint64> idOf(const QComboBox* box)
{
    const QVariant v = box->currentData();
    return v.isValid() ? std::optional(v.toLongLong()) : std::nullopt;
}

} // namespace

DashboardWindow::DashboardWindow(Session& session, const Directory& directory, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_directory(directory)
    , m_report(new DashboardReport(session, this))
{
    setWindowTitle(tr("Dashboard"));
    setObjectName(u"dashboard"_s);
    resize(1200, 860);

    m_period = new QComboBox;
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last 365 days"), 365);
    m_period->addItem(tr("Custom"), 0);
    m_period->setCurrentIndex(1);
    m_from = new QDateEdit(m_report->filter().from);
    m_to = new QDateEdit(m_report->filter().to);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_group = new QComboBox;
    m_group->addItem(tr("All groups"));
    for (const Group& g : directory.groups())
        m_group->addItem(g.name, g.id);
    m_category = new QComboBox;
    m_category->addItem(tr("All categories"));
    for (const Category& c : directory.categories())
        m_category->addItem(c.name, c.id);
    m_agent = new QComboBox;
    m_agent->addItem(tr("All agents"));
    for (const User& u : directory.staff())
        m_agent->addItem(u.displayName, u.id);
    m_type = new QComboBox;
    m_type->addItem(tr("All types"));
    m_type->addItem(tr("Incidents"), u"incident"_s);
    m_type->addItem(tr("Service requests"), u"service_request"_s);
    m_type->addItem(tr("Problems"), u"problem"_s);
    m_type->addItem(tr("Changes"), u"change"_s);
    m_org = new QComboBox;
    m_org->setObjectName(u"orgFilter"_s);
    m_org->addItem(tr("All organisations"));
    connect(m_report, &DashboardReport::organisationsLoaded, this, [this] {
        const QVariant current = m_org->currentData();
        const QSignalBlocker blocker(m_org);
        while (m_org->count() > 1)
            m_org->removeItem(1);
        for (const Organisation& o : m_report->organisations())
            m_org->addItem(o.name, o.id);
        m_org->setCurrentIndex(std::max(0, m_org->findData(current)));
    });
    m_field = new QComboBox;
    m_field->setObjectName(u"fieldFilter"_s);
    m_field->addItem(tr("No custom field"));
    m_fieldValue = new FieldForm(directory.fields(), &session);
    m_fieldValue->setObjectName(u"fieldFilterValue"_s);
    m_fieldValue->hide();
    m_fieldEdits = new QTimer(this);
    m_fieldEdits->setSingleShot(true);
    m_fieldEdits->setInterval(500);
    listFields();
    auto* csv = new QPushButton(tr("Export CSV…"));
    auto* pdf = new QPushButton(tr("Export PDF…"));
    csv->setObjectName(u"exportCsv"_s);
    pdf->setObjectName(u"exportPdf"_s);
    m_status = new QLabel;
    m_status->setObjectName(u"dashboardStatus"_s);

    m_period->setToolTip(tr("The time the figures cover; Custom for the dates beside it"));
    m_from->setToolTip(tr("The first day the figures cover (with a Custom period)"));
    m_to->setToolTip(tr("The last day the figures cover (with a Custom period)"));
    m_group->setToolTip(tr("Only the tickets of this group"));
    m_category->setToolTip(tr("Only the tickets of this category"));
    m_agent->setToolTip(tr("Only the tickets of this agent"));
    m_type->setToolTip(tr("Only the tickets of this type"));
    m_org->setToolTip(tr("Only the tickets of requesters in this organisation"));
    m_field->setToolTip(tr("Only the tickets whose custom field holds the value given beside it"));
    // Each filter after its label (the label names it for a screen reader, as its buddy).
    auto* filters = new QHBoxLayout;
    for (const auto& [text, w] :
         std::initializer_list<std::pair<QString, QWidget*>> {{tr("&Period:"), m_period},
                                                              {tr("&From:"), m_from},
                                                              {tr("&To:"), m_to},
                                                              {tr("&Group:"), m_group},
                                                              {tr("&Category:"), m_category},
                                                              {tr("&Agent:"), m_agent},
                                                              {tr("T&ype:"), m_type},
                                                              {tr("&Organisation:"), m_org}}) {
        auto* label = new QLabel(text);
        label->setBuddy(w);
        filters->addWidget(label);
        filters->addWidget(w);
    }
    filters->addStretch();
    filters->addWidget(csv);
    filters->addWidget(pdf);
    // The custom field filter below: the field, then its value in the editor of its type.
    auto* fieldFilter = new QHBoxLayout;
    auto* fieldLabel = new QLabel(tr("Custom fi&eld:"));
    fieldLabel->setBuddy(m_field);
    fieldFilter->addWidget(fieldLabel);
    fieldFilter->addWidget(m_field);
    // As wide as a value needs (a multi-choice's boxes, a date), not the whole window.
    m_fieldValue->setMaximumWidth(520);
    fieldFilter->addWidget(m_fieldValue, 1);
    fieldFilter->addStretch(1);

    m_tiles = new QGridLayout;
    m_charts = new QGridLayout;
    for (int column = 0; column < 3; ++column)
        m_charts->setColumnStretch(column, 1);
    m_agents = new QTableWidget(0, 5);
    m_agents->setObjectName(u"agentTable"_s);
    m_agents->setAccessibleName(tr("Agents"));
    m_agents->setHorizontalHeaderLabels(
        {tr("Agent"), tr("Assigned"), tr("Resolved"), tr("Open now"), tr("Mean resolution")});
    m_agents->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_agents->verticalHeader()->hide();
    m_agents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agents->setMinimumHeight(200);

    auto* content = new QWidget;
    auto* body = new QVBoxLayout(content);
    body->addLayout(m_tiles);
    body->addLayout(m_charts);
    body->addWidget(new QLabel(tr("Agents (double-click for the tickets they resolved)")));
    body->addWidget(m_agents);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    m_figures = scroll;

    m_rebuildPanel = new QWidget;
    m_rebuildPanel->setObjectName(u"rebuildPanel"_s);
    m_rebuildText = new QLabel;
    m_rebuildText->setWordWrap(true);
    m_rebuildText->setAlignment(Qt::AlignCenter);
    m_rebuildBar = new QProgressBar;
    m_rebuildBar->setObjectName(u"rebuildProgress"_s);
    m_rebuildBar->setRange(0, 1000);
    m_rebuildBar->setTextVisible(false);
    m_rebuildBar->setMinimumWidth(440);
    auto* rebuildLayout = new QVBoxLayout(m_rebuildPanel);
    rebuildLayout->addStretch();
    auto* heading = new QLabel(tr("The figures are being recounted"));
    heading->setAlignment(Qt::AlignCenter);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    rebuildLayout->addWidget(heading);
    rebuildLayout->addWidget(m_rebuildBar, 0, Qt::AlignHCenter);
    rebuildLayout->addWidget(m_rebuildText);
    rebuildLayout->addStretch();
    m_rebuildPanel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(fieldFilter);
    layout->addWidget(m_status);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_rebuildPanel, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const int days = m_period->currentData().toInt();
        m_from->setEnabled(days == 0);
        m_to->setEnabled(days == 0);
        if (days > 0) {
            const api::ReportFilter range = DashboardReport::lastDays(days);
            m_from->setDate(range.from);
            m_to->setDate(range.to);
        }
        applyFilter();
    });
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::editingFinished, this, &DashboardWindow::applyFilter);
    for (QComboBox* box : {m_group, m_category, m_agent, m_type, m_org})
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardWindow::applyFilter);
    connect(m_field, &QComboBox::currentIndexChanged, this, &DashboardWindow::chooseField);
    connect(m_fieldValue, &FieldForm::edited, m_fieldEdits, qOverload<>(&QTimer::start));
    connect(m_fieldEdits, &QTimer::timeout, this, &DashboardWindow::applyFilter);
    connect(&directory.fields(), &FieldCatalogue::loaded, this, &DashboardWindow::listFields);
    connect(csv, &QPushButton::clicked, this, [this] { exportAs(u"csv"_s); });
    connect(pdf, &QPushButton::clicked, this, [this] { exportAs(u"pdf"_s); });
    connect(m_report, &DashboardReport::updated, this, &DashboardWindow::render);
    // The charts take their colours when drawn: a new theme draws them again.
    connect(Theme::instance(), &Theme::changed, this, [this] {
        if (m_report->hasReport())
            render();
    });
    connect(m_report, &DashboardReport::failed, this,
            [this](const QString& message) { m_status->setText(message); });
    connect(m_report, &DashboardReport::exported, this,
            [this](const QString& path) { m_status->setText(tr("Saved %1").arg(path)); });
    connect(m_report, &DashboardReport::ticketsReady, this, &DashboardWindow::showTickets);
    connect(m_agents, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QTableWidgetItem* item = m_agents->item(row, 0);
        if (!item)
            return;
        m_report->drillDown({tr("Resolved by %1").arg(item->text()),
                             u"resolved"_s,
                             {},
                             {},
                             {},
                             item->data(Qt::UserRole).toLongLong()});
    });
    m_status->setText(tr("Loading…"));
    m_report->refresh();
    m_report->loadOrganisations();
}

void DashboardWindow::listFields()
{
    const QVariant current = m_field->currentData();
    {
        const QSignalBlocker blocker(m_field);
        while (m_field->count() > 1)
            m_field->removeItem(1);
        for (const api::FieldDefinition& field : m_directory.fields().fields()) {
            if (field.active)
                m_field->addItem(field.label, field.name);
        }
        m_field->setCurrentIndex(std::max(0, m_field->findData(current)));
    }
    if (m_field->currentData() != current)
        chooseField(); // the chosen field is gone
}

void DashboardWindow::chooseField()
{
    m_fieldEdits->stop();
    const auto field = m_field->currentData().isValid()
        ? m_directory.fields().field(m_field->currentData().toString())
        : std::nullopt;
    if (field) {
        api::FieldDefinition editable = *field;
        editable.required = false; // a filter's value may be left empty
        m_fieldValue->setFields({editable});
    } else {
        m_fieldValue->setFields({});
    }
    m_fieldValue->setVisible(field.has_value());
    // No value yet: the figures change only when a condition held before goes.
    if (m_report->filter().field)
        applyFilter();
}

void DashboardWindow::applyFilter()
{
    m_fieldEdits->stop();
    api::ReportFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    if (f.to < f.from) {
        m_status->setText(tr("The period ends before it starts."));
        return;
    }
    f.group = idOf(m_group);
    f.category = idOf(m_category);
    f.agent = idOf(m_agent);
    f.org = idOf(m_org);
    if (m_type->currentData().isValid())
        f.type = m_type->currentData().toString();
    if (!m_fieldValue->isEmpty()) {
        const api::FieldDefinition& field = m_fieldValue->fields().constFirst();
        f.field = DashboardReport::fieldCondition(field, m_fieldValue->values().value(field.name));
    }
    m_status->setText(tr("Loading…"));
    m_report->setFilter(f);
}

void DashboardWindow::tile(int index, const QString& label, const QString& value,
                           const QString& detail, const QString& link)
{
    const QString more =
        link.isEmpty() ? QString() : u" · <a href='more'>%1</a>"_s.arg(link.toHtmlEscaped());
    auto* box =
        new QLabel(u"<div style='font-size:small'>%1</div>"
                   "<div style='font-size:x-large; font-weight:600'>%2</div>"
                   "<div style='font-size:small; color:gray'>%3%4</div>"_s.arg(
                       label.toHtmlEscaped(), value.toHtmlEscaped(), detail.toHtmlEscaped(), more));
    box->setObjectName(u"tile%1"_s.arg(index));
    box->setFrameShape(QFrame::StyledPanel);
    box->setMargin(6);
    m_tiles->addWidget(box, index / 6, index % 6);
}

void DashboardWindow::showRebuild(const api::RebuildProgress& progress)
{
    const QLocale locale;
    m_figures->hide();
    m_rebuildPanel->show();
    m_rebuildBar->setValue(int(progress.fraction() * 1000.0));
    QString text = tr("The server is counting the ticket history for the reports: %1 of %2 "
                      "events (%3 %).")
                       .arg(locale.toString(progress.done), locale.toString(progress.total),
                            locale.toString(progress.fraction() * 100.0, 'f', 0));
    if (progress.remainingSeconds) {
        const qint64 minutes = (*progress.remainingSeconds + 59) / 60;
        text += u' '
            + (minutes <= 1 ? tr("About a minute left.")
                            : tr("About %n minutes left.", nullptr, int(minutes)));
    }
    text += u"\n"_s + tr("Tickets can be worked on meanwhile; the dashboard appears by itself.");
    m_rebuildText->setText(text);
    m_status->setText(tr("Recounting…"));
    for (const QString& name : {u"exportCsv"_s, u"exportPdf"_s})
        findChild<QPushButton*>(name)->setEnabled(false); // a file would hold partial figures
}

void DashboardWindow::render()
{
    if (const auto& rebuilding = m_report->rebuilding()) {
        showRebuild(*rebuilding);
        return;
    }
    m_rebuildPanel->hide();
    m_figures->show();
    for (const QString& name : {u"exportCsv"_s, u"exportPdf"_s})
        findChild<QPushButton*>(name)->setEnabled(true);
    const api::KpiReport& r = m_report->report();
    const QLocale locale;
    m_status->setText(
        tr("Updated at %1").arg(locale.toString(QTime::currentTime(), QLocale::ShortFormat)));
    while (QLayoutItem* item = m_tiles->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto count = [&locale](qint64 n) { return locale.toString(n); };
    tile(0, tr("Created"), count(r.volume.created), tr("net flow %1").arg(r.volume.netFlow));
    tile(1, tr("Resolved"), count(r.volume.resolved), tr("%1 closed").arg(r.volume.closed));
    tile(2, tr("Backlog"), count(r.backlog.atEnd), tr("%1 at the start").arg(r.backlog.atStart));
    tile(3, tr("First response (median)"), hours(r.responseTime.wall.medianHours),
         tr("%1 in business hours").arg(hours(r.responseTime.business.medianHours)));
    tile(4, tr("Resolution (median)"), hours(r.resolutionTime.wall.medianHours),
         tr("90 %: %1").arg(hours(r.resolutionTime.wall.p90Hours)));
    tile(5, tr("Resolution in business hours"), hours(r.resolutionTime.business.medianHours),
         tr("mean %1").arg(hours(r.resolutionTime.business.meanHours)));
    tile(6, tr("Response SLA"), percent(r.sla.response.rate),
         tr("%1 breached").arg(r.sla.response.breached));
    tile(7, tr("Resolution SLA"), percent(r.sla.resolution.rate),
         tr("%1 breached").arg(r.sla.resolution.breached));
    tile(8, tr("First-contact resolution"), percent(r.fcr.rate), tr("%1 tickets").arg(r.fcr.count));
    tile(9, tr("Reopened"), percent(r.reopen.rate), tr("%1 tickets").arg(r.reopen.count));
    tile(10, tr("Escalated"), percent(r.escalation.rate), tr("%1 tickets").arg(r.escalation.count));
    const std::optional<double>& csat = r.csat.average;
    tile(11, tr("Satisfaction"), !csat ? QStringLiteral("–") : locale.toString(*csat, 'f', 2),
         tr("%1 answered").arg(percent(r.csat.responseRate)), !csat ? QString() : tr("comments"));
    // The requesters' own words behind the score: the rated tickets with their comments.
    connect(findChild<QLabel*>(u"tile11"_s), &QLabel::linkActivated, this, [this] {
        m_report->drillDown({tr("Satisfaction ratings"), u"rated"_s});
    });

    while (QLayoutItem* item = m_charts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto* volume =
        dashboardcharts::volume(r, [this, days = r.volume.perDay](int series, int index) {
            const QDate day = days.value(index).date;
            const QString when = QLocale().toString(day, QLocale::ShortFormat);
            m_report->drillDown(
                series == 0
                    ? DashboardReport::DrillDown {tr("Created on %1").arg(when), u"created"_s, day}
                    : DashboardReport::DrillDown {tr("Resolved on %1").arg(when), u"resolved"_s,
                                                  day});
        });
    volume->setObjectName(u"volumeChart"_s);
    auto* aging = dashboardcharts::aging(r, [this](int, int index) {
        m_report->drillDown({tr("Open tickets by age"),
                             u"open"_s,
                             {},
                             api::ReportTicketsParams::ages().value(index)});
    });
    aging->setObjectName(u"agingChart"_s);
    auto* sla = dashboardcharts::sla(r, [this](int series, int index) {
        if (series == 0) {
            m_report->drillDown({tr("Resolved within the period"), u"resolved"_s});
            return;
        }
        m_report->drillDown(
            index == 0
                ? DashboardReport::DrillDown {tr("First response too late"), u"response_breached"_s}
                : DashboardReport::DrillDown {tr("Resolved too late"), u"resolution_breached"_s});
    });
    sla->setObjectName(u"slaChart"_s);
    auto* byCategory =
        dashboardcharts::categories(r, [this, categories = r.categories](int, int index) {
            // Bars are drawn bottom-up: index 0 is the last of the (at most 8) shown.
            const qsizetype shown = std::min<qsizetype>(categories.size(), 8);
            const std::optional<api::KpiRef> category =
                categories.value(shown - 1 - index).category;
            if (!category)
                return;
            m_report->drillDown(
                {tr("Created in %1").arg(category->name), u"created"_s, {}, {}, category->id});
        });
    byCategory->setObjectName(u"categoryChart"_s);
    auto* satisfaction = dashboardcharts::satisfaction(r);
    satisfaction->setObjectName(u"satisfactionChart"_s);
    // Category names need room: their chart spans two columns.
    m_charts->addWidget(volume, 0, 0, 1, 2);
    m_charts->addWidget(aging, 0, 2);
    m_charts->addWidget(byCategory, 1, 0, 1, 2);
    m_charts->addWidget(sla, 1, 2);
    m_charts->addWidget(satisfaction, 2, 0, 1, 3);

    m_agents->setRowCount(static_cast<int>(r.agents.size()));
    for (int row = 0; row < r.agents.size(); ++row) {
        const api::KpiAgent& a = r.agents[row];
        auto* name = new QTableWidgetItem(a.agent ? a.agent->name : QString());
        name->setData(Qt::UserRole, a.agent ? a.agent->id : 0);
        m_agents->setItem(row, 0, name);
        int column = 1;
        for (qint64 n : {a.assigned, a.resolved, a.open}) {
            auto* item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, int(n));
            m_agents->setItem(row, column++, item);
        }
        m_agents->setItem(row, 4, new QTableWidgetItem(hours(a.meanResolutionHours)));
    }
}

void DashboardWindow::showTickets(const QString& title, const api::ReportTickets& tickets)
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"drillDown"_s);
    dialog->setWindowTitle(title);
    // Rated tickets add the requester's score and comment.
    const bool rated = std::any_of(tickets.tickets.cbegin(), tickets.tickets.cend(),
                                   [](const api::ReportTicketRow& t) { return t.rating; });
    QStringList headers {tr("Ticket"), tr("Title"), tr("Status"), tr("Group"), tr("Assignee")};
    if (rated)
        headers += {tr("Score"), tr("Comment")};
    const int rows = static_cast<int>(tickets.tickets.size());
    auto* table = new QTableWidget(rows, static_cast<int>(headers.size()), dialog);
    table->setObjectName(u"drillDownTickets"_s);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (rated) {
        // The comment gets the room, wrapped; the short columns fit their text.
        for (int column : {0, 2, 3, 4, 5})
            table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
        table->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
        table->setColumnWidth(1, 240);
        table->setWordWrap(true);
    }
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < rows; ++row) {
        const api::ReportTicketRow& t = tickets.tickets.at(row);
        auto* id = new QTableWidgetItem(u"#%1"_s.arg(t.id));
        id->setData(Qt::UserRole, t.id);
        table->setItem(row, 0, id);
        table->setItem(row, 1, new QTableWidgetItem(t.title));
        const auto type = ticketTypeFromString(t.type);
        table->setItem(row, 2,
                       new QTableWidgetItem(
                           type ? m_directory.workflow().stateLabel(*type, t.status) : t.status));
        table->setItem(row, 3, new QTableWidgetItem(t.group));
        table->setItem(row, 4, new QTableWidgetItem(t.assignee));
        if (t.rating) {
            table->setItem(row, 5, new QTableWidgetItem(tr("%1 of 5").arg(t.rating->score)));
            auto* comment = new QTableWidgetItem(t.rating->comment);
            comment->setToolTip(t.rating->comment);
            table->setItem(row, 6, comment);
        }
    }
    if (rated) {
        // Sorting by comment (or score) brings the ones with words to the top; each row is as
        // high as its comment at the column's width.
        table->setSortingEnabled(true);
        table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    }
    connect(table, &QTableWidget::cellDoubleClicked, this, [this, table](int row) {
        if (const QTableWidgetItem* item = table->item(row, 0))
            Q_EMIT ticketActivated(item->data(Qt::UserRole).toLongLong());
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(
        tickets.more ? tr("The newest %n tickets (more match; export for all).", "", rows)
                     : tr("%n ticket(s). Double-click one to open it.", "", rows)));
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(rated ? 980 : 760, 420);
    dialog->show();
}

void DashboardWindow::exportAs(const QString& format)
{
    const api::ReportFilter& f = m_report->filter();
    const QString suggested = u"frontline-kpis-%1-%2.%3"_s.arg(f.from.toString(Qt::ISODate),
                                                               f.to.toString(Qt::ISODate), format);
    const QString path = QFileDialog::getSaveFileName(
        this, format == u"csv"_s ? tr("Export CSV") : tr("Export PDF"), suggested,
        format == u"csv"_s ? tr("CSV files (*.csv)") : tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    m_status->setText(tr("Exporting…"));
    m_report->exportTo(format, path);
}

} // namespace frontline::client::ui
