#pragma once

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace frontline::client {
class ChangeCalendar;
class ChangeSetup;
} // namespace frontline::client

namespace frontline::client::ui {

class CalendarView;

// View → Change calendar (issue 22): the week or month of changes and windows, with previous,
// today and next, a filter by CI, and a legend; a double-click on a change opens it in the main
// window. Managers and admins also add, edit and delete maintenance and freeze windows here.
// Renders ChangeCalendar and forwards intent to it.
class ChangeCalendarWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeCalendarWindow)

public:
    ChangeCalendarWindow(ChangeCalendar& calendar, ChangeSetup& setup, QWidget* parent = nullptr);

    CalendarView* view() const { return m_view; }
    void showWeek();
    void showMonth();
    QString periodText() const;

Q_SIGNALS:
    void openTicketRequested(qint64 id);

private:
    void render();
    void fillCiFilter();
    void newWindow();
    void manageWindows();

    ChangeCalendar& m_calendar;
    ChangeSetup& m_setup;
    QPushButton* m_week;
    QPushButton* m_month;
    QLabel* m_period;
    QComboBox* m_ciFilter;
    CalendarView* m_view;
    QLabel* m_status;
};

} // namespace frontline::client::ui
