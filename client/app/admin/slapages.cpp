#include "slapages.h"

#include "api/methods.h"
#include "domain/enums.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
namespace {

const std::array<QString, 7>& dayKeys()
{
    static const std::array<QString, 7> keys {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s,
                                              u"fri"_s, u"sat"_s, u"sun"_s};
    return keys;
}

// "08:00-12:00, 13:00-17:00" <-> [["08:00","12:00"],["13:00","17:00"]]
QJsonArray intervalsOf(const QString& text)
{
    QJsonArray intervals;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList ends = part.split(u'-');
        intervals.append(QJsonArray {ends.value(0).trimmed(), ends.value(1).trimmed()});
    }
    return intervals;
}

QString textOf(const QJsonArray& intervals)
{
    QStringList parts;
    for (const QJsonValue& interval : intervals)
        parts << interval.toArray().at(0).toString() + u'-' + interval.toArray().at(1).toString();
    return parts.join(u", "_s);
}

QJsonObject listed(const QJsonValue& result, QLatin1StringView key)
{
    return {{"items"_L1, result.toObject().value(key)}};
}

} // namespace

CalendarsPage::CalendarsPage(Session& session, QWidget* parent)
    : AdminPage(session, parent)
    , m_name(new QLineEdit)
    , m_zone(new QComboBox)
    , m_holidays(new QPlainTextEdit)
{
    setObjectName(u"calendarsPage"_s);
    m_zone->setEditable(true);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_holidays->setPlaceholderText(tr("One date per line, e.g. 2026-12-25"));
    m_holidays->setMaximumHeight(90);
    m_form->addRow(tr("&Name"), m_name);
    m_form->addRow(tr("&Time zone"), m_zone);
    const QStringList dayNames {tr("Monday"), tr("Tuesday"),  tr("Wednesday"), tr("Thursday"),
                                tr("Friday"), tr("Saturday"), tr("Sunday")};
    for (int day = 0; day < 7; ++day) {
        m_days[day] = new QLineEdit;
        m_days[day]->setPlaceholderText(tr("closed, or e.g. 08:00-12:00, 13:00-17:00"));
        m_form->addRow(dayNames[day], m_days[day]);
    }
    m_form->addRow(tr("&Holidays"), m_holidays);
    showRecord(QVariant());
}

void CalendarsPage::reload()
{
    const qint64 keep = m_id;
    call(QString(api::method::CalendarList), {}, [this, keep](const QJsonValue& result) {
        fillList(
            listed(result, "calendars"_L1),
            [](const QJsonObject& c) {
                return tr("%1 (%2)").arg(c.value("name"_L1).toString(),
                                         c.value("time_zone"_L1).toString());
            },
            keep);
    });
}

void CalendarsPage::showRecord(const QVariant& record)
{
    const QJsonObject calendar = record.toJsonObject();
    m_id = calendar.value("id"_L1).toInteger();
    m_name->setText(calendar.value("name"_L1).toString());
    m_zone->setCurrentText(
        calendar.value("time_zone"_L1).toString(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    const QJsonObject hours = calendar.value("hours"_L1).toObject();
    for (int day = 0; day < 7; ++day)
        m_days[day]->setText(calendar.isEmpty() && day < 5
                                 ? u"09:00-17:00"_s
                                 : textOf(hours.value(dayKeys()[day]).toArray()));
    QStringList holidays;
    for (const QJsonValue& date : calendar.value("holidays"_L1).toArray())
        holidays << date.toString();
    m_holidays->setPlainText(holidays.join(u'\n'));
}

void CalendarsPage::setDayHours(int day, const QString& text)
{
    m_days.at(static_cast<size_t>(day))->setText(text);
}

QJsonObject CalendarsPage::fields() const
{
    QJsonObject hours;
    for (int day = 0; day < 7; ++day)
        hours.insert(dayKeys()[day], intervalsOf(m_days[day]->text()));
    QJsonArray holidays;
    for (const QString& line : m_holidays->toPlainText().split(u'\n', Qt::SkipEmptyParts))
        holidays.append(line.trimmed());
    return {{"name"_L1, m_name->text().trimmed()},
            {"time_zone"_L1, m_zone->currentText().trimmed()},
            {"hours"_L1, hours},
            {"holidays"_L1, holidays}};
}

void CalendarsPage::save()
{
    QJsonObject params = fields();
    if (m_id)
        params.insert("id"_L1, m_id);
    call(QString(m_id ? api::method::CalendarUpdate : api::method::CalendarCreate), params,
         [this](const QJsonValue& result) {
             m_id = result.toObject().value("id"_L1).toInteger();
             showStatus(tr("Saved."), false);
             reload();
         });
}

SlaPoliciesPage::SlaPoliciesPage(Session& session, QWidget* parent)
    : AdminPage(session, parent)
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
    m_type->addItem(tr("Any type"));
    for (const QString& type : ticketTypeNames())
        m_type->addItem(type, type);
    m_priority->addItem(tr("Any priority"));
    for (int priority = 1; priority <= 5; ++priority)
        m_priority->addItem(tr("P%1").arg(priority), priority);
    for (QSpinBox* box : {m_response, m_resolve}) {
        box->setRange(1, 525600);
        box->setSuffix(tr(" business min"));
    }
    m_warn->setRange(1, 99);
    m_warn->setSuffix(u" %"_s);
    m_form->addRow(tr("&Name"), m_name);
    m_form->addRow(tr("Ticket &type"), m_type);
    m_form->addRow(tr("&Priority"), m_priority);
    m_form->addRow(tr("&Category"), m_category);
    m_form->addRow(tr("Ca&lendar"), m_calendar);
    m_form->addRow(tr("First &response within"), m_response);
    m_form->addRow(tr("Re&solution within"), m_resolve);
    m_form->addRow(tr("At &risk after"), m_warn);
    m_form->addRow(QString(), m_escalate);
    m_form->addRow(QString(), m_active);
    showRecord(QVariant());
}

void SlaPoliciesPage::loadChoices()
{
    call(QString(api::method::CategoryList), {}, [this](const QJsonValue& result) {
        const QVariant keep = m_category->currentData();
        m_category->clear();
        m_category->addItem(tr("Any category"));
        for (const QJsonValue& value : result.toObject().value("items"_L1).toArray())
            m_category->addItem(value.toObject().value("name"_L1).toString(),
                                value.toObject().value("id"_L1).toInteger());
        showRecord(m_current.isEmpty() ? QVariant() : QVariant(m_current));
    });
    call(QString(api::method::CalendarList), {}, [this](const QJsonValue& result) {
        m_calendar->clear();
        m_calendar->addItem(tr("Around the clock"));
        for (const QJsonValue& value : result.toObject().value("calendars"_L1).toArray())
            m_calendar->addItem(value.toObject().value("name"_L1).toString(),
                                value.toObject().value("id"_L1).toInteger());
        showRecord(m_current.isEmpty() ? QVariant() : QVariant(m_current));
    });
}

void SlaPoliciesPage::reload()
{
    loadChoices();
    const qint64 keep = m_id;
    call(QString(api::method::SlaPolicyList), {}, [this, keep](const QJsonValue& result) {
        fillList(
            listed(result, "policies"_L1),
            [](const QJsonObject& p) {
                const QString name = p.value("name"_L1).toString();
                return p.value("active"_L1).toBool() ? name : tr("%1 (inactive)").arg(name);
            },
            keep);
    });
}

void SlaPoliciesPage::showRecord(const QVariant& record)
{
    m_current = record.toJsonObject();
    const QJsonObject& p = m_current;
    m_id = p.value("id"_L1).toInteger();
    const auto select = [](QComboBox* combo, const QJsonValue& value) {
        const int index = value.isNull() || value.isUndefined()
            ? 0
            : combo->findData(value.isDouble() ? QVariant(value.toInteger())
                                               : QVariant(value.toString()));
        combo->setCurrentIndex(std::max(0, index));
    };
    m_name->setText(p.value("name"_L1).toString());
    select(m_type, p.value("type"_L1));
    const QJsonValue priority = p.value("priority"_L1);
    m_priority->setCurrentIndex(priority.isDouble() ? priority.toInt() : 0);
    select(m_category, p.value("category"_L1));
    select(m_calendar, p.value("calendar"_L1));
    m_response->setValue(p.value("response_minutes"_L1).toInt(240));
    m_resolve->setValue(p.value("resolve_minutes"_L1).toInt(1440));
    m_warn->setValue(p.value("warn_percent"_L1).toInt(75));
    m_escalate->setChecked(p.value("escalate_on_breach"_L1).toBool());
    m_active->setChecked(p.value("active"_L1).toBool(true));
}

void SlaPoliciesPage::save()
{
    const auto orNull = [](const QVariant& value) {
        return value.isValid() ? QJsonValue::fromVariant(value) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject params {{"name"_L1, m_name->text().trimmed()},
                        {"type"_L1, orNull(m_type->currentData())},
                        {"priority"_L1, orNull(m_priority->currentData())},
                        {"category"_L1, orNull(m_category->currentData())},
                        {"calendar"_L1, orNull(m_calendar->currentData())},
                        {"response_minutes"_L1, m_response->value()},
                        {"resolve_minutes"_L1, m_resolve->value()},
                        {"warn_percent"_L1, m_warn->value()},
                        {"escalate_on_breach"_L1, m_escalate->isChecked()},
                        {"active"_L1, m_active->isChecked()}};
    if (m_id)
        params.insert("id"_L1, m_id);
    call(QString(m_id ? api::method::SlaPolicyUpdate : api::method::SlaPolicyCreate), params,
         [this](const QJsonValue& result) {
             m_id = result.toObject().value("id"_L1).toInteger();
             const int recomputed = result.toObject().value("tickets_recomputed"_L1).toInt();
             showStatus(recomputed ? tr("Saved; %n open ticket(s) re-planned.", nullptr, recomputed)
                                   : tr("Saved."),
                        false);
             reload();
         });
}

} // namespace frontline::client::ui
