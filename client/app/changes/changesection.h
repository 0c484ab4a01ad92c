#pragma once

#include <QDateTime>
#include <QGroupBox>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace frontline::client {
class ChangeDesk;
} // namespace frontline::client

namespace frontline::client::ui {

// The change's own part of the ticket pane (issue 22): its kind and risk level (a coloured
// chip), schedule, affected CIs and what they reach (services, users, organisations), the
// conflicts of its schedule (activating one about another change opens it), the plans, Edit
// change… (until the board approved), Submit for approval, the post-implementation review, and the
// incidents it caused with Link and Unlink. The board's approval progress is the request panel's,
// shown above for changes too. Renders ChangeDesk and forwards intent to it.
class ChangeSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeSection)

public:
    explicit ChangeSection(ChangeDesk& desk, QWidget* parent = nullptr);

    // Asks for the outcome and notes, then reviews (tests give them through reviewWith).
    void review();
    void reviewWith(const QString& outcome, const QString& notes);
    // Asks for a new planned start and end (the schedule may move even once approved).
    void reschedule();
    void rescheduleWith(const QDateTime& start, const QDateTime& end);

Q_SIGNALS:
    void openTicketRequested(qint64 id);
    // Edit change…: the change shown, in the change dialog (ChangeScreens opens it).
    void editRequested();

private:
    void render();
    void showStatus(const QString& text, bool error);

    ChangeDesk& m_desk;
    QLabel* m_kind;
    QLabel* m_risk;
    QLabel* m_schedule;
    QLabel* m_cis;
    QLabel* m_impact;
    QLabel* m_impactLists;
    QListWidget* m_conflicts;
    QLabel* m_plans;
    QLabel* m_review;
    QPushButton* m_edit;
    QPushButton* m_submit;
    QPushButton* m_reviewButton;
    QPushButton* m_reschedule;
    QListWidget* m_incidents;
    QLineEdit* m_incidentNumber;
    QPushButton* m_link;
    QPushButton* m_unlink;
    QLabel* m_status;
};

} // namespace frontline::client::ui
