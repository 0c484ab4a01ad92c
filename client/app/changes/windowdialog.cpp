#include "windowdialog.h"

#include "client/app/changes/cipicker.h"
#include "client/core/changes/changecalendar.h"
#include "client/core/changes/changesetup.h"
#include "client/widgets/safetext.h"
#include "client/widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

WindowDialog::WindowDialog(ChangeCalendar& calendar, ChangeSetup& setup,
                           const std::optional<api::ChangeWindow>& editing, QWidget* parent)
    : QDialog(parent)
    , m_calendar(calendar)
    , m_name(new QLineEdit)
    , m_kind(new QComboBox)
    , m_start(new QDateTimeEdit)
    , m_end(new QDateTimeEdit)
    , m_weekly(new QCheckBox(tr("Repeats &weekly until")))
    , m_until(new QDateTimeEdit)
    , m_cis(new CiPicker(setup.ciFinder()))
    , m_status(plainLabel())
{
    setObjectName(u"changeWindowDialog"_s);
    setWindowTitle(editing ? tr("Edit window") : tr("New window"));
    m_name->setObjectName(u"windowName"_s);
    m_name->setAccessibleName(tr("Window name"));
    m_kind->setObjectName(u"windowKind"_s);
    m_kind->addItem(tr("Maintenance window (changes belong inside)"), u"maintenance"_s);
    m_kind->addItem(tr("Freeze (no changes)"), u"freeze"_s);
    for (QDateTimeEdit* edit : {m_start, m_end, m_until}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    }
    m_start->setObjectName(u"windowStart"_s);
    m_end->setObjectName(u"windowEnd"_s);
    m_until->setObjectName(u"windowUntil"_s);
    m_weekly->setObjectName(u"windowWeekly"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    const QDateTime start(QDate::currentDate().addDays(1), QTime(22, 0));
    setRange(start, start.addSecs(4 * 3600));
    m_until->setDateTime(start.addDays(90));
    m_until->setEnabled(false);
    if (editing) {
        m_id = editing->id;
        m_name->setText(editing->name);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(editing->kind)));
        setRange(QDateTime::fromMSecsSinceEpoch(editing->start),
                 QDateTime::fromMSecsSinceEpoch(editing->end));
        m_weekly->setChecked(editing->repeat == u"weekly"_s);
        if (editing->until)
            m_until->setDateTime(QDateTime::fromMSecsSinceEpoch(*editing->until));
        m_cis->setCis(editing->cis);
    }

    auto* repeat = new QHBoxLayout;
    repeat->addWidget(m_weekly);
    repeat->addWidget(m_until, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"windowSaveButton"_s);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(tr("&Ends:"), m_end);
    form->addRow(repeat);
    form->addRow(tr("For &CIs:"), m_cis);
    form->addRow(plainLabel(tr("No CI: the window applies everywhere.")));
    form->addRow(m_status);
    form->addRow(buttons);
    connect(m_weekly, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &WindowDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&calendar, &ChangeCalendar::windowSaved, this, &QDialog::accept);
    connect(&calendar, &ChangeCalendar::failed, this,
            [this](const QString& message, const QString&) {
                setPlainText(m_status, message);
                Theme::setStyleSheet(m_status, u"color: {ErrorText};"_s);
                m_status->show();
            });
}

void WindowDialog::setRange(const QDateTime& start, const QDateTime& end)
{
    m_start->setDateTime(start);
    m_end->setDateTime(end);
}

void WindowDialog::submit()
{
    const QString repeat = m_weekly->isChecked() ? u"weekly"_s : u"none"_s;
    const std::optional<qint64> until = m_weekly->isChecked()
        ? std::optional(m_until->dateTime().toMSecsSinceEpoch())
        : std::nullopt;
    if (m_id) {
        api::ChangeWindowUpdateParams params;
        params.id = *m_id;
        params.name = m_name->text().trimmed();
        params.kind = m_kind->currentData().toString();
        params.start = m_start->dateTime().toMSecsSinceEpoch();
        params.end = m_end->dateTime().toMSecsSinceEpoch();
        params.repeat = repeat;
        params.until = until ? api::Nullable<qint64>::of(*until) : api::Nullable<qint64>::null();
        params.cis = m_cis->ids();
        m_calendar.updateWindow(params);
        return;
    }
    api::ChangeWindowCreateParams params;
    params.name = m_name->text().trimmed();
    params.kind = m_kind->currentData().toString();
    params.start = m_start->dateTime().toMSecsSinceEpoch();
    params.end = m_end->dateTime().toMSecsSinceEpoch();
    params.repeat = repeat;
    params.until = until;
    params.cis = m_cis->ids();
    m_calendar.createWindow(params);
}

} // namespace frontline::client::ui
