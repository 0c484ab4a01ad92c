#include "changecalendarwindow.h"

#include "client/app/changes/calendarview.h"
#include "client/app/changes/riskstyle.h"
#include "client/app/changes/windowdialog.h"
#include "client/core/changes/changecalendar.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

namespace {

QLabel* legendChip(const QString& level)
{
    auto* chip = plainLabel();
    showRiskChip(chip, level);
    return chip;
}

} // namespace

ChangeCalendarWindow::ChangeCalendarWindow(ChangeCalendar& calendar, ChangeSetup& setup,
                                           QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_calendar(calendar)
    , m_setup(setup)
    , m_week(new QPushButton(tr("&Week")))
    , m_month(new QPushButton(tr("&Month")))
    , m_period(plainLabel())
    , m_ciFilter(new QComboBox)
    , m_view(new CalendarView)
    , m_status(plainLabel())
{
    setObjectName(u"changeCalendarWindow"_s);
    setWindowTitle(tr("Change calendar"));
    auto* previous = new QPushButton(tr("◀ &Previous"));
    auto* today = new QPushButton(tr("&Today"));
    auto* next = new QPushButton(tr("&Next ▶"));
    previous->setObjectName(u"calendarPrevious"_s);
    today->setObjectName(u"calendarToday"_s);
    next->setObjectName(u"calendarNext"_s);
    m_week->setObjectName(u"calendarWeek"_s);
    m_month->setObjectName(u"calendarMonth"_s);
    for (QPushButton* button : {m_week, m_month}) {
        button->setCheckable(true);
        button->setAutoDefault(false);
    }
    auto* spans = new QButtonGroup(this);
    spans->addButton(m_week);
    spans->addButton(m_month);
    m_week->setChecked(true);
    m_period->setObjectName(u"calendarPeriod"_s);
    QFont bold = m_period->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_period->setFont(bold);
    m_ciFilter->setObjectName(u"calendarCiFilter"_s);
    m_ciFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* ciLabel = new QLabel(tr("&CI:"));
    ciLabel->setBuddy(m_ciFilter);
    m_status->setObjectName(u"calendarStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    auto* bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);
    bar->addSpacing(12);
    bar->addWidget(m_period, 1);
    bar->addWidget(ciLabel);
    bar->addWidget(m_ciFilter);
    bar->addSpacing(12);
    bar->addWidget(m_week);
    bar->addWidget(m_month);
    auto* legend = new QHBoxLayout;
    for (const QString& level : {u"low"_s, u"medium"_s, u"high"_s, u"very_high"_s})
        legend->addWidget(legendChip(level));
    auto* maintenance = plainLabel(tr("Maintenance window"));
    Theme::setStyleSheet(maintenance, u"QLabel { background: {DiffAdded}; padding: 2px 8px; }"_s);
    legend->addWidget(maintenance);
    auto* freeze = plainLabel(tr("Freeze (hatched)"));
    Theme::setStyleSheet(freeze, u"QLabel { background: {DiffRemoved}; padding: 2px 8px; }"_s);
    legend->addWidget(freeze);
    auto* conflict = plainLabel(tr("⚠ Conflict (red outline)"));
    Theme::setStyleSheet(conflict, u"QLabel { color: {ErrorText}; font-weight: bold; }"_s);
    legend->addWidget(conflict);
    legend->addStretch(1);
    if (calendar.canEditWindows()) {
        auto* add = new QPushButton(tr("New &window…"));
        auto* manage = new QPushButton(tr("Edit wi&ndows…"));
        add->setObjectName(u"calendarNewWindow"_s);
        manage->setObjectName(u"calendarEditWindows"_s);
        legend->addWidget(add);
        legend->addWidget(manage);
        connect(add, &QPushButton::clicked, this, &ChangeCalendarWindow::newWindow);
        connect(manage, &QPushButton::clicked, this, &ChangeCalendarWindow::manageWindows);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(legend);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    resize(1200, 760);

    connect(previous, &QPushButton::clicked, &calendar, &ChangeCalendar::previous);
    connect(today, &QPushButton::clicked, &calendar, &ChangeCalendar::today);
    connect(next, &QPushButton::clicked, &calendar, &ChangeCalendar::next);
    connect(m_week, &QPushButton::clicked, this, &ChangeCalendarWindow::showWeek);
    connect(m_month, &QPushButton::clicked, this, &ChangeCalendarWindow::showMonth);
    connect(m_ciFilter, &QComboBox::activated, this, [this] {
        const qint64 id = m_ciFilter->currentData().toLongLong();
        m_calendar.setCiFilter(id > 0 ? std::optional(id) : std::nullopt);
    });
    connect(m_view, &CalendarView::openChangeRequested, this,
            &ChangeCalendarWindow::openTicketRequested);
    connect(&calendar, &ChangeCalendar::changed, this, &ChangeCalendarWindow::render);
    connect(&calendar, &ChangeCalendar::failed, this,
            [this](const QString& message, const QString&) {
                setPlainText(m_status, message);
                Theme::setStyleSheet(m_status, u"color: {ErrorText};"_s);
                m_status->show();
            });
    render();
    calendar.reload();
}

void ChangeCalendarWindow::showWeek()
{
    m_week->setChecked(true);
    m_calendar.setSpan(ChangeCalendar::Span::Week);
}

void ChangeCalendarWindow::showMonth()
{
    m_month->setChecked(true);
    m_calendar.setSpan(ChangeCalendar::Span::Month);
}

QString ChangeCalendarWindow::periodText() const
{
    return m_period->text();
}

void ChangeCalendarWindow::render()
{
    const CalendarLayout layout = m_calendar.layout();
    const bool week = m_calendar.span() == ChangeCalendar::Span::Week;
    const QLocale locale;
    if (week)
        setPlainText(m_period,
                     tr("Week of %1 – %2")
                         .arg(locale.toString(layout.date(0), QLocale::LongFormat),
                              locale.toString(layout.date(6), QLocale::LongFormat)));
    else
        setPlainText(m_period, locale.toString(m_calendar.date(), u"MMMM yyyy"_s));
    m_status->hide();
    fillCiFilter();
    m_view->show(week ? CalendarView::Mode::Week : CalendarView::Mode::Month, layout,
                 m_calendar.changes(), m_calendar.windows());
}

void ChangeCalendarWindow::fillCiFilter()
{
    const QSignalBlocker quiet(m_ciFilter);
    m_ciFilter->clear();
    m_ciFilter->addItem(tr("All CIs"), 0);
    const auto& known = m_calendar.knownCis();
    QList<QPair<QString, qint64>> sorted;
    for (auto it = known.cbegin(); it != known.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end());
    for (const auto& [name, id] : sorted)
        m_ciFilter->addItem(name, id);
    m_ciFilter->setCurrentIndex(
        std::max(0, m_ciFilter->findData(m_calendar.ciFilter().value_or(0))));
}

void ChangeCalendarWindow::newWindow()
{
    auto* dialog = new WindowDialog(m_calendar, m_setup, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ChangeCalendarWindow::manageWindows()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(u"changeWindowsDialog"_s);
    dialog->setWindowTitle(tr("Maintenance and freeze windows"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* list = new QListWidget;
    list->setObjectName(u"changeWindowsList"_s);
    list->setAccessibleName(tr("Windows"));
    auto* edit = new QPushButton(tr("&Edit…"));
    auto* remove = new QPushButton(tr("&Delete"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(edit, QDialogButtonBox::ActionRole);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    const auto fill = [this, list] {
        list->clear();
        const QLocale locale;
        for (const api::ChangeWindow& window : m_calendar.windowDefinitions()) {
            QStringList cis;
            for (const api::CiNode& ci : window.cis)
                cis.append(ci.name);
            const QString text =
                tr("%1 · %2 · %3 – %4%5 · %6")
                    .arg(window.name, window.kind == u"freeze"_s ? tr("freeze") : tr("maintenance"),
                         locale.toString(QDateTime::fromMSecsSinceEpoch(window.start),
                                         QLocale::ShortFormat),
                         locale.toString(QDateTime::fromMSecsSinceEpoch(window.end),
                                         QLocale::ShortFormat),
                         window.repeat == u"weekly"_s ? tr(", weekly") : QString(),
                         cis.isEmpty() ? tr("everywhere") : cis.join(tr(", ")));
            auto* item = new QListWidgetItem(text, list);
            item->setData(Qt::UserRole, window.id);
        }
    };
    connect(&m_calendar, &ChangeCalendar::windowsListed, list, fill);
    const auto selected = [this, list]() -> std::optional<api::ChangeWindow> {
        const QListWidgetItem* item = list->currentItem();
        if (!item)
            return std::nullopt;
        for (const api::ChangeWindow& window : m_calendar.windowDefinitions())
            if (window.id == item->data(Qt::UserRole).toLongLong())
                return window;
        return std::nullopt;
    };
    connect(edit, &QPushButton::clicked, dialog, [this, dialog, selected] {
        if (const auto window = selected()) {
            auto* editor = new WindowDialog(m_calendar, m_setup, window, dialog);
            editor->setAttribute(Qt::WA_DeleteOnClose);
            editor->open();
        }
    });
    connect(remove, &QPushButton::clicked, dialog, [this, dialog, selected] {
        const auto window = selected();
        if (window
            && QMessageBox::question(
                   dialog, tr("Delete window"),
                   tr("Delete the window “%1” and all its occurrences?").arg(window->name))
                == QMessageBox::Yes)
            m_calendar.deleteWindow(window->id);
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    dialog->resize(640, 360);
    dialog->open();
    m_calendar.loadWindows();
}

} // namespace frontline::client::ui
