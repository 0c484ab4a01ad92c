#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace frontline::client {
class Directory;
class RequestTasks;
class Session;
class TicketDetail;
} // namespace frontline::client

namespace frontline::client::ui {

// On the agent's ticket pane (issue 21): the progress of a service request. For a request
// filed from the catalog, its item and its fulfilment tasks (title, group, status, stage;
// double-click or Enter opens a task); for a task, a button to its request. Hidden for other
// tickets. Kept live by RequestTasks.
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

Q_SIGNALS:
    void openTicketRequested(qint64 id);

private:
    void refresh();

    TicketDetail& m_detail;
    const Directory& m_directory;
    RequestTasks* m_model;
    QLabel* m_item;
    // APPROVALS (issue 21): the approval steps of the request (ticket.get `approvals`, read by
    // applet21's RequestProgress in client/core/catalog/requestprogress.*) go in this place,
    // between the item and the tasks; the lead joins them at merge.
    QLabel* m_approvalsPlace;
    QLabel* m_summary;
    QTreeWidget* m_tasks;
    QPushButton* m_parentButton;
};

} // namespace frontline::client::ui
