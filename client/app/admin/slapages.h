#pragma once

#include "client/app/admin/adminpage.h"
#include "client/core/admin/calendarform.h"

#include <array>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace frontline::client {
class Session;
class CalendarAdmin;
class SlaAdmin;
} // namespace frontline::client

namespace frontline::client::ui {

// Business-hours calendars: time zone, weekly hours per day ("08:00-12:00, 13:00-17:00"),
// holidays one date per line. CalendarAdmin checks and saves; a refusal is shown and its
// field marked.
class CalendarsPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarsPage)

public:
    CalendarsPage(CalendarAdmin& admin, QWidget* parent = nullptr);
    void reload() override;

    // What the form holds now.
    CalendarForm form() const;
    void setForm(const CalendarForm& form);
    void setDayHours(int day, const QString& text); // 0 = Monday
    QLineEdit* nameEdit() const { return m_name; }
    // The last refusal's field ("hours.mon[1]"), empty when none is shown.
    QString problemField() const { return m_problemField; }

protected:
    void showRecord(const QVariant& record) override;
    void save() override;
    // "hours.mon[1]" -> "Monday, interval 2"
    QString describeField(const QString& field) const override;

private:
    void showProblem(const QString& field, const QString& message);
    QWidget* widgetOf(const QString& field) const;

    CalendarAdmin& m_admin;
    qint64 m_id = 0;
    QLineEdit* m_name;
    QComboBox* m_zone;
    std::array<QLineEdit*, 7> m_days {};
    QPlainTextEdit* m_holidays;
    QString m_problemField;
};

// SLA policies: which tickets (type, priority, category), which calendar, the targets, when
// to warn, and whether a breach escalates. SlaAdmin checks and saves.
class SlaPoliciesPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaPoliciesPage)

public:
    SlaPoliciesPage(SlaAdmin& admin, QWidget* parent = nullptr);
    void reload() override;

    // What the form holds now.
    SlaPolicy policy() const;
    void setPolicy(const SlaPolicy& policy);
    QString problemField() const { return m_problemField; }

protected:
    void showRecord(const QVariant& record) override;
    void save() override;
    // "resolve_minutes" -> "Resolution within"
    QString describeField(const QString& field) const override;

private:
    void fillChoices();
    void showProblem(const QString& field, const QString& message);
    QWidget* widgetOf(const QString& field) const;

    SlaAdmin& m_admin;
    qint64 m_id = 0;
    QLineEdit* m_name;
    QComboBox* m_type;
    QComboBox* m_priority;
    QComboBox* m_category;
    QComboBox* m_calendar;
    QSpinBox* m_response;
    QSpinBox* m_resolve;
    QSpinBox* m_warn;
    QCheckBox* m_escalate;
    QCheckBox* m_active;
    QString m_problemField;
};

} // namespace frontline::client::ui
