#pragma once

#include "client/app/admin/adminpage.h"
#include "client/core/admin/calendarform.h"
#include "client/core/admin/editedrecord.h"

#include <array>
#include <optional>

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
// field marked. When another manager changes the calendars, the list follows and the form
// shows the calendar as it now is, unless it holds unsaved edits: those stay, and the status
// says the calendar was changed meanwhile.
class CalendarsPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarsPage)

public:
    CalendarsPage(CalendarAdmin& admin, QWidget* parent = nullptr);
    void reload() override;

    // What the form holds now.
    CalendarForm form() const;
    // Shows a calendar as the server has it (its edits are then unsaved ones).
    void setForm(const CalendarForm& form);
    bool hasUnsavedEdits() const override;
    void setDayHours(int day, const QString& text); // 0 = Monday
    QLineEdit* nameEdit() const { return m_name; }
    // The last refusal's field ("hours.mon[1]"), empty when none is shown.
    QString problemField() const { return m_problemField; }

protected:
    void showRecord(const QVariant& record) override;
    void save() override;
    QString deleteQuestion() const override;
    void removeRecord() override;
    // "hours.mon[1]" -> "Monday, interval 2"
    QString describeField(const QString& field) const override;

private:
    void listCalendars();
    void fillEditor(const CalendarForm& form);
    void showProblem(const QString& field, const QString& message);
    QWidget* widgetOf(const QString& field) const;

    CalendarAdmin& m_admin;
    qint64 m_id = 0;
    QLineEdit* m_name;
    QComboBox* m_zone;
    std::array<QLineEdit*, 7> m_days {};
    QPlainTextEdit* m_holidays;
    QString m_problemField;
    EditedRecord<CalendarForm> m_edited;
};

// SLA policies: which tickets (type, priority, category), which calendar, the targets, when
// to warn, and whether a breach escalates. SlaAdmin checks and saves. Another manager's
// changes are followed as on the calendars page: unsaved edits stay, with a warning.
class SlaPoliciesPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaPoliciesPage)

public:
    SlaPoliciesPage(SlaAdmin& admin, QWidget* parent = nullptr);
    void reload() override;

    // What the form holds now.
    SlaPolicy policy() const;
    // Shows a policy as the server has it (its edits are then unsaved ones).
    void setPolicy(const SlaPolicy& policy);
    bool hasUnsavedEdits() const override;
    QString problemField() const { return m_problemField; }

protected:
    void showRecord(const QVariant& record) override;
    void save() override;
    QString deleteQuestion() const override;
    void removeRecord() override;
    // "resolve_minutes" -> "Resolution within"
    QString describeField(const QString& field) const override;

private:
    void listPolicies();
    void fillEditor(const SlaPolicy& policy);
    // The category and calendar choices; `keep`: the edits whose choices stay chosen.
    void fillChoices(const std::optional<SlaPolicy>& keep = std::nullopt);
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
    EditedRecord<SlaPolicy> m_edited;
};

} // namespace frontline::client::ui
