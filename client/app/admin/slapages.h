#pragma once

#include "client/app/admin/adminpage.h"

#include <array>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace frontline::client::ui {

// Business-hours calendars: time zone, weekly hours per day ("08:00-12:00, 13:00-17:00"),
// holidays one date per line.
class CalendarsPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarsPage)

public:
    explicit CalendarsPage(Session& session, QWidget* parent = nullptr);
    void reload() override;

    // The calendar fields as the form holds them; the day texts become interval lists.
    QJsonObject fields() const;
    void setDayHours(int day, const QString& text); // 0 = Monday
    QLineEdit* nameEdit() const { return m_name; }

protected:
    void showRecord(const QVariant& record) override;
    void save() override;

private:
    qint64 m_id = 0;
    QLineEdit* m_name;
    QComboBox* m_zone;
    std::array<QLineEdit*, 7> m_days {};
    QPlainTextEdit* m_holidays;
};

// SLA policies: which tickets (type, priority, category), which calendar, the targets, when
// to warn, and whether a breach escalates.
class SlaPoliciesPage final : public AdminPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaPoliciesPage)

public:
    explicit SlaPoliciesPage(Session& session, QWidget* parent = nullptr);
    void reload() override;

protected:
    void showRecord(const QVariant& record) override;
    void save() override;

private:
    void loadChoices();

    qint64 m_id = 0;
    QJsonObject m_current;
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
};

} // namespace frontline::client::ui
