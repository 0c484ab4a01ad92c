#include "slapages.h"

#include "client/app/admin/adminrows.h"
#include "client/core/admin/calendaradmin.h"
#include "client/core/admin/slaadmin.h"
#include "client/widgets/theme.h"
#include "domain/enums.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

void mark(QWidget* widget, bool on)
{
    if (widget)
        Theme::setStyleSheet(widget, on ? u"border: 1px solid {FieldMarkBorder};"_s : QString());
    if (widget && on)
        widget->setFocus();
}

void select(QComboBox* combo, const QVariant& value)
{
    combo->setCurrentIndex(value.isValid() ? std::max(0, combo->findData(value)) : 0);
}

template<typename T> std::optional<T> chosen(const QComboBox* combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional(data.value<T>()) : std::nullopt;
}

} // namespace

CalendarsPage::CalendarsPage(CalendarAdmin& admin, QWidget* parent)
    : AdminPage(parent)
    , m_admin(admin)
    , m_name(new QLineEdit)
    , m_zone(new QComboBox)
    , m_holidays(new QPlainTextEdit)
{
    setObjectName(u"calendarsPage"_s);
    m_name->setObjectName(u"calendarNameEdit"_s);
    m_zone->setEditable(true);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_holidays->setPlaceholderText(tr("One date per line, e.g. 2026-12-25"));
    m_holidays->setMaximumHeight(90);
    m_form->addRow(tr("&Name"), m_name);
    m_form->addRow(tr("&Time zone"), m_zone);
    m_zone->setToolTip(tr("The time zone the opening hours below are in."));
    m_name->setToolTip(tr("The calendar's name, chosen on SLA policies."));
    const QStringList dayNames {tr("Monday"), tr("Tuesday"),  tr("Wednesday"), tr("Thursday"),
                                tr("Friday"), tr("Saturday"), tr("Sunday")};
    for (int day = 0; day < 7; ++day) {
        m_days[static_cast<size_t>(day)] = new QLineEdit;
        m_days[static_cast<size_t>(day)]->setPlaceholderText(
            tr("closed, or e.g. 08:00-12:00, 13:00-17:00"));
        m_form->addRow(dayNames[day], m_days[static_cast<size_t>(day)]);
    }
    m_form->addRow(tr("&Holidays"), m_holidays);
    m_holidays->setToolTip(tr("Days the desk is closed and SLA clocks stop: one date per line, "
                              "year-month-day (2026-12-25)."));

    offerDelete(tr("&Delete calendar"));
    followBusy(m_admin);
    connect(&m_admin, &CalendarAdmin::loaded, this, &CalendarsPage::listCalendars);
    connect(&m_admin, &CalendarAdmin::removed, this, [this](qint64 id) {
        if (id == m_id) // unless another calendar was opened meanwhile
            setForm(m_admin.form(0));
        showStatus(tr("Calendar deleted."), false);
    });
    connect(&m_admin, &CalendarAdmin::saved, this,
            [this](const CalendarEntry& calendar, int recomputed) {
                if (m_edited.saved(CalendarForm::from(calendar))) {
                    m_id = calendar.id;
                    setDeletable(true);
                }
                showStatus(recomputed
                               ? tr("Saved; %n open ticket(s) re-planned.", nullptr, recomputed)
                               : tr("Saved."),
                           false);
            });
    connect(&m_admin, &CalendarAdmin::notSaved, this, [this] { m_edited.notSaved(); });
    connect(&m_admin, &CalendarAdmin::refused, this, &CalendarsPage::showProblem);
    setForm(CalendarForm::blank());
}

void CalendarsPage::listCalendars()
{
    QList<AdminRow> rows;
    for (const CalendarEntry& entry : m_admin.calendars())
        rows.append(
            {entry.id,
             tr("%1 (%2)").arg(entry.name, QString::fromUtf8(entry.calendar.timeZone().id()))});
    fillRows(m_list, rows, m_id);
    const CalendarForm latest = m_admin.form(m_id);
    // Another manager changed the calendars: unsaved edits stay, and the status says when the
    // calendar being edited is not as it was.
    switch (m_edited.reread(form(), latest)) {
    case EditedRecord<CalendarForm>::Reread::Refill:
        setForm(latest);
        break;
    case EditedRecord<CalendarForm>::Reread::Keep:
        break;
    case EditedRecord<CalendarForm>::Reread::KeepChanged:
        showStatus(tr("Another manager changed this calendar while you were editing it. "
                      "Saving replaces their changes with yours."),
                   true);
        break;
    case EditedRecord<CalendarForm>::Reread::KeepDeleted:
        m_id = 0; // saved, it is a new calendar
        setDeletable(false);
        showStatus(tr("Another manager deleted this calendar. Saving creates it again."), true);
        break;
    }
}

bool CalendarsPage::hasUnsavedEdits() const
{
    return m_edited.hasUnsavedEdits(form());
}

void CalendarsPage::reload()
{
    m_admin.reload();
}

void CalendarsPage::showRecord(const QVariant& record)
{
    setForm(m_admin.form(record.toLongLong()));
}

void CalendarsPage::setForm(const CalendarForm& form)
{
    mark(widgetOf(m_problemField), false);
    m_problemField.clear();
    fillEditor(form);
    if (m_edited.shown(form, this->form()))
        hideStatus(); // the form no longer holds what the status spoke of
}

void CalendarsPage::fillEditor(const CalendarForm& form)
{
    m_id = form.id;
    setDeletable(m_id != 0);
    m_name->setText(form.name);
    m_zone->setCurrentText(form.timeZone);
    for (size_t day = 0; day < m_days.size(); ++day)
        m_days[day]->setText(form.days[day]);
    m_holidays->setPlainText(form.holidays);
}

CalendarForm CalendarsPage::form() const
{
    CalendarForm form;
    form.id = m_id;
    form.name = m_name->text();
    form.timeZone = m_zone->currentText();
    for (size_t day = 0; day < m_days.size(); ++day)
        form.days[day] = m_days[day]->text();
    form.holidays = m_holidays->toPlainText();
    return form;
}

void CalendarsPage::setDayHours(int day, const QString& text)
{
    m_days.at(static_cast<size_t>(day))->setText(text);
}

void CalendarsPage::save()
{
    mark(widgetOf(m_problemField), false);
    m_problemField.clear();
    m_edited.sending(form());
    m_admin.save(form());
}

QString CalendarsPage::deleteQuestion() const
{
    return tr("Delete the calendar “%1”? A calendar an SLA policy counts in cannot be "
              "deleted; choose another calendar on the policy first.")
        .arg(m_admin.form(m_id).name);
}

void CalendarsPage::removeRecord()
{
    if (m_id != 0)
        m_admin.remove(m_id);
}

void CalendarsPage::showProblem(const QString& field, const QString& message)
{
    mark(widgetOf(m_problemField), false);
    m_problemField = field;
    showStatus(field.isEmpty() ? message : tr("%1: %2").arg(describeField(field), message), true);
    mark(widgetOf(field), true);
}

QString CalendarsPage::describeField(const QString& field) const
{
    static const QRegularExpression hours(u"^hours\\.(\\w+)(?:\\[(\\d+)\\])?"_s);
    static const QRegularExpression holiday(u"^holidays\\[(\\d+)\\]"_s);
    const QStringList days {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
    const QStringList dayNames {tr("Monday"), tr("Tuesday"),  tr("Wednesday"), tr("Thursday"),
                                tr("Friday"), tr("Saturday"), tr("Sunday")};
    if (const auto match = hours.match(field); match.hasMatch()) {
        const qsizetype day = days.indexOf(match.captured(1));
        const QString name = day >= 0 ? dayNames.at(day) : match.captured(1);
        return match.captured(2).isEmpty()
            ? name
            : tr("%1, interval %2").arg(name).arg(match.captured(2).toInt() + 1);
    }
    if (const auto match = holiday.match(field); match.hasMatch())
        return tr("Holidays, line %1").arg(match.captured(1).toInt() + 1);
    if (field == u"hours"_s)
        return tr("Opening hours");
    if (field == u"holidays"_s)
        return tr("Holidays");
    if (field == u"time_zone"_s)
        return tr("Time zone");
    if (field == u"name"_s)
        return tr("Name");
    if (field == u"id"_s) // a refused deletion ("an SLA policy uses this calendar")
        return tr("Not deleted");
    return field;
}

// "hours.tue[0]" -> Tuesday's edit; "holidays[2]" -> the holidays.
QWidget* CalendarsPage::widgetOf(const QString& field) const
{
    static const QStringList days {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s,
                                   u"fri"_s, u"sat"_s, u"sun"_s};
    if (field == u"name"_s)
        return m_name;
    if (field == u"time_zone"_s)
        return m_zone;
    if (field.startsWith(u"holidays"_s))
        return m_holidays;
    const int day = static_cast<int>(days.indexOf(field.mid(6, 3)));
    if (field.startsWith(u"hours."_s) && day >= 0)
        return m_days.at(static_cast<size_t>(day));
    return nullptr;
}

SlaPoliciesPage::SlaPoliciesPage(SlaAdmin& admin, QWidget* parent)
    : AdminPage(parent)
    , m_admin(admin)
    , m_name(new QLineEdit)
    , m_type(new QComboBox)
    , m_priority(new QComboBox)
    , m_category(new QComboBox)
    , m_calendar(new QComboBox)
    , m_response(new QSpinBox)
    , m_resolve(new QSpinBox)
    , m_warn(new QSpinBox)
    , m_escalate(new QCheckBox(tr("A breach escalates to the group's next tier")))
    , m_active(new QCheckBox(tr("&Active")))
{
    setObjectName(u"slaPoliciesPage"_s);
    m_name->setObjectName(u"slaNameEdit"_s);
    m_response->setObjectName(u"slaResponse"_s);
    m_resolve->setObjectName(u"slaResolve"_s);
    m_calendar->setObjectName(u"slaCalendar"_s);
    m_type->addItem(tr("Any type"));
    for (const QString& type : ticketTypeNames())
        m_type->addItem(type, type);
    m_priority->addItem(tr("Any priority"));
    for (int priority = 1; priority <= 5; ++priority)
        m_priority->addItem(tr("P%1").arg(priority), priority);
    for (QSpinBox* box : {m_response, m_resolve}) {
        box->setRange(1, static_cast<int>(SlaPolicy::MaxTargetMinutes));
        box->setSuffix(tr(" business min"));
    }
    m_warn->setRange(1, 99);
    m_warn->setSuffix(u" %"_s);
    m_form->addRow(tr("&Name"), m_name);
    m_form->addRow(tr("Ticket &type"), m_type);
    m_type->setToolTip(tr("The ticket type this policy applies to, or any type."));
    m_name->setToolTip(tr("The policy's name, shown on tickets it applies to."));
    m_form->addRow(tr("&Priority"), m_priority);
    m_priority->setToolTip(
        tr("The priority this policy applies to, or any; the most specific policy wins."));
    m_form->addRow(tr("&Category"), m_category);
    m_category->setToolTip(tr("The category this policy applies to, or any."));
    m_form->addRow(tr("Ca&lendar"), m_calendar);
    m_calendar->setToolTip(
        tr("The business hours the targets count in; around the clock counts every minute."));
    m_form->addRow(tr("First &response within"), m_response);
    m_response->setToolTip(tr("Minutes of business time until the first public reply is due."));
    m_form->addRow(tr("Re&solution within"), m_resolve);
    m_resolve->setToolTip(tr("Minutes of business time until the ticket must be resolved."));
    m_form->addRow(tr("At &risk after"), m_warn);
    m_warn->setToolTip(tr("Percent of the target time, 1 to 99, after which the ticket is marked "
                          "at risk and its agent warned."));
    m_form->addRow(QString(), m_escalate);
    m_escalate->setToolTip(
        tr("Checked: a breached ticket moves to the group its group escalates to."));
    m_form->addRow(QString(), m_active);
    m_active->setToolTip(
        tr("Checked: the policy applies to new tickets; unchecked keeps it for reference."));

    offerDelete(tr("&Delete policy"));
    followBusy(m_admin);
    connect(&m_admin, &SlaAdmin::loaded, this, &SlaPoliciesPage::listPolicies);
    connect(&m_admin, &SlaAdmin::removed, this, [this](qint64 id, int recomputed) {
        if (id == m_id) // unless another policy was opened meanwhile
            setPolicy(m_admin.policy(0));
        showStatus(recomputed
                       ? tr("Policy deleted; %n open ticket(s) re-planned.", nullptr, recomputed)
                       : tr("Policy deleted."),
                   false);
    });
    connect(&m_admin, &SlaAdmin::saved, this, [this](const SlaPolicy& saved, int recomputed) {
        if (m_edited.saved(saved)) {
            m_id = saved.id;
            setDeletable(true);
        }
        showStatus(recomputed ? tr("Saved; %n open ticket(s) re-planned.", nullptr, recomputed)
                              : tr("Saved."),
                   false);
    });
    connect(&m_admin, &SlaAdmin::notSaved, this, [this] { m_edited.notSaved(); });
    connect(&m_admin, &SlaAdmin::refused, this, &SlaPoliciesPage::showProblem);
    fillChoices();
    setPolicy(m_admin.policy(0));
}

void SlaPoliciesPage::listPolicies()
{
    const bool keepEditor = hasUnsavedEdits();
    const SlaPolicy edited = policy();
    fillChoices(keepEditor ? std::optional<SlaPolicy>(edited) : std::nullopt);
    QList<AdminRow> rows;
    for (const SlaPolicy& p : m_admin.policies())
        rows.append({p.id, p.active ? p.name : tr("%1 (inactive)").arg(p.name)});
    fillRows(m_list, rows, m_id);
    const SlaPolicy latest = m_admin.policy(m_id);
    // Another manager changed the policies (or the calendars, categories): unsaved edits stay
    // (the refilled choices chose what the edits had), and the status says when the policy
    // being edited is not as it was.
    switch (m_edited.reread(edited, latest)) {
    case EditedRecord<SlaPolicy>::Reread::Refill:
        setPolicy(latest);
        break;
    case EditedRecord<SlaPolicy>::Reread::Keep:
        break;
    case EditedRecord<SlaPolicy>::Reread::KeepChanged:
        showStatus(tr("Another manager changed this policy while you were editing it. "
                      "Saving replaces their changes with yours."),
                   true);
        break;
    case EditedRecord<SlaPolicy>::Reread::KeepDeleted:
        m_id = 0; // saved, it is a new policy
        setDeletable(false);
        showStatus(tr("Another manager deleted this policy. Saving creates it again."), true);
        break;
    }
}

bool SlaPoliciesPage::hasUnsavedEdits() const
{
    return m_edited.hasUnsavedEdits(policy());
}

void SlaPoliciesPage::fillChoices(const std::optional<SlaPolicy>& keep)
{
    // A choice the edits made that is gone meanwhile stays, said to be deleted (saved, it is
    // refused on its field) rather than quietly becoming "any".
    const auto refill = [this](QComboBox* box, const QString& none, const auto& entries,
                               std::optional<qint64> kept) {
        box->clear();
        box->addItem(none);
        for (const auto& entry : entries)
            box->addItem(entry.name, entry.id);
        if (kept && box->findData(*kept) < 0)
            box->addItem(tr("(deleted)"), *kept);
        select(box, kept ? QVariant(*kept) : QVariant());
    };
    refill(m_category, tr("Any category"), m_admin.categories(),
           keep ? keep->categoryId : std::nullopt);
    refill(m_calendar, tr("Around the clock"), m_admin.calendars(),
           keep ? keep->calendarId : std::nullopt);
}

void SlaPoliciesPage::reload()
{
    m_admin.reload();
}

void SlaPoliciesPage::showRecord(const QVariant& record)
{
    setPolicy(m_admin.policy(record.toLongLong()));
}

void SlaPoliciesPage::setPolicy(const SlaPolicy& p)
{
    mark(widgetOf(m_problemField), false);
    m_problemField.clear();
    fillEditor(p);
    if (m_edited.shown(p, policy()))
        hideStatus(); // the editor no longer holds what the status spoke of
}

void SlaPoliciesPage::fillEditor(const SlaPolicy& p)
{
    m_id = p.id;
    setDeletable(m_id != 0);
    m_name->setText(p.name);
    select(m_type, p.type ? QVariant(toString(*p.type)) : QVariant());
    select(m_priority, p.priority ? QVariant(*p.priority) : QVariant());
    select(m_category, p.categoryId ? QVariant(*p.categoryId) : QVariant());
    select(m_calendar, p.calendarId ? QVariant(*p.calendarId) : QVariant());
    m_response->setValue(static_cast<int>(p.responseMinutes));
    m_resolve->setValue(static_cast<int>(p.resolveMinutes));
    m_warn->setValue(p.warnPercent);
    m_escalate->setChecked(p.escalateOnBreach);
    m_active->setChecked(p.active);
}

SlaPolicy SlaPoliciesPage::policy() const
{
    SlaPolicy p;
    p.id = m_id;
    p.name = m_name->text().trimmed();
    if (const auto type = chosen<QString>(m_type))
        p.type = ticketTypeFromString(*type);
    p.priority = chosen<int>(m_priority);
    p.categoryId = chosen<qint64>(m_category);
    p.calendarId = chosen<qint64>(m_calendar);
    p.responseMinutes = m_response->value();
    p.resolveMinutes = m_resolve->value();
    p.warnPercent = m_warn->value();
    p.escalateOnBreach = m_escalate->isChecked();
    p.active = m_active->isChecked();
    return p;
}

void SlaPoliciesPage::save()
{
    mark(widgetOf(m_problemField), false);
    m_problemField.clear();
    m_edited.sending(policy());
    m_admin.save(policy());
}

QString SlaPoliciesPage::deleteQuestion() const
{
    return tr("Delete the SLA policy “%1”? Its open tickets are planned again under the "
              "next policy that matches them, or the desk's defaults.")
        .arg(m_admin.policy(m_id).name);
}

void SlaPoliciesPage::removeRecord()
{
    if (m_id != 0)
        m_admin.remove(m_id);
}

void SlaPoliciesPage::showProblem(const QString& field, const QString& message)
{
    mark(widgetOf(m_problemField), false);
    m_problemField = field;
    showStatus(field.isEmpty() ? message : tr("%1: %2").arg(describeField(field), message), true);
    mark(widgetOf(field), true);
}

QString SlaPoliciesPage::describeField(const QString& field) const
{
    const QHash<QString, QString> labels {
        {u"name"_s, tr("Name")},
        {u"type"_s, tr("Ticket type")},
        {u"priority"_s, tr("Priority")},
        {u"category"_s, tr("Category")},
        {u"calendar"_s, tr("Calendar")},
        {u"response_minutes"_s, tr("First response within")},
        {u"resolve_minutes"_s, tr("Resolution within")},
        {u"warn_percent"_s, tr("At risk after")},
    };
    return labels.value(field, field);
}

QWidget* SlaPoliciesPage::widgetOf(const QString& field) const
{
    const QHash<QString, QWidget*> widgets {
        {u"name"_s, m_name},
        {u"type"_s, m_type},
        {u"priority"_s, m_priority},
        {u"category"_s, m_category},
        {u"calendar"_s, m_calendar},
        {u"response_minutes"_s, m_response},
        {u"resolve_minutes"_s, m_resolve},
        {u"warn_percent"_s, m_warn},
    };
    return widgets.value(field);
}

} // namespace frontline::client::ui
