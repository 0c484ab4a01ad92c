#pragma once

#include "api/changeapi.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace frontline::client {
class ChangeCalendar;
class ChangeSetup;
} // namespace frontline::client

namespace frontline::client::ui {

class CiPicker;

// A maintenance or freeze window, new or edited (issue 22, managers and admins): its name,
// kind, first start and end, whether it repeats weekly (until a date), and the CIs it is for
// (none: everywhere). Saved through ChangeCalendar; closes once the server took it.
class WindowDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowDialog)

public:
    WindowDialog(ChangeCalendar& calendar, ChangeSetup& setup,
                 const std::optional<api::ChangeWindow>& editing, QWidget* parent = nullptr);

    void setRange(const QDateTime& start, const QDateTime& end);
    void submit();

private:
    ChangeCalendar& m_calendar;
    std::optional<qint64> m_id;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QDateTimeEdit* m_start;
    QDateTimeEdit* m_end;
    QCheckBox* m_weekly;
    QDateTimeEdit* m_until;
    CiPicker* m_cis;
    QLabel* m_status;
};

} // namespace frontline::client::ui
