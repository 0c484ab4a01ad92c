#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace frontline::client {
class Directory;
class RequestProgress;
class RequestTasks;
class Session;
class TicketDetail;
} // namespace frontline::client

namespace frontline::client::ui {

// On the agent's ticket pane (issue 21): the progress of a service request. For a request
// filed from the catalog, its item and its fulfilment tasks (title, group, status, stage;
// double-click or Enter opens a task); for a task, a button to its request; for any ticket with
// an approval chain, where each step stands. Hidden for other tickets. Kept live by
// RequestTasks (the tasks) and RequestProgress (the approval steps, also the applet's model).
class RequestProgressPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestProgressPanel)

public:
    RequestProgressPanel(TicketDetail& detail, const Directory& directory, Session& session,
                         QWidget* parent = nullptr);

    RequestTasks& model() const { return *m_model; }
    QTreeWidget* taskList() const { return m_tasks; }
    QPushButton* parentButton() const { return m_parentButton; }
    QString summaryText() const;
    // The approval steps as shown, one line each ("" when the ticket has no chain).
    QString approvalsText() const;

Q_SIGNALS:
    void openTicketRequested(qint64 id);

private:
    void refresh();

    TicketDetail& m_detail;
    const Directory& m_directory;
    RequestTasks* m_model;
    QLabel* m_item;
    RequestProgress* m_approvals; // ticket.get's `approvals`, followed live
    QLabel* m_approvalsPlace; // between the item and the tasks
    QLabel* m_summary;
    QTreeWidget* m_tasks;
    QPushButton* m_parentButton;
};

} // namespace frontline::client::ui
