#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace frontline::client {
class Directory;
class Session;
class TicketDetail;
} // namespace frontline::client

namespace frontline::client::ui {

// The ticket's fields beside the conversation: requester, status, the assignee, group and
// priority pickers (each change goes through the outbox), category, SLA clock, time spent.
class TicketFields final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketFields)

public:
    TicketFields(TicketDetail& detail, const Directory& directory, const Session& session,
                 QWidget* parent = nullptr);

    void refresh();
    QComboBox* assigneeBox() const { return m_assignee; }
    QComboBox* groupBox() const { return m_group; }
    QComboBox* priorityBox() const { return m_priority; }

private:
    void showRequester();
    void fillAssignees();

    TicketDetail& m_detail;
    const Directory& m_directory;
    const Session& m_session;
    QLabel* m_requester;
    QLabel* m_org;
    QLabel* m_status;
    QComboBox* m_assignee;
    QComboBox* m_group;
    QComboBox* m_priority;
    QLabel* m_category;
    QLabel* m_sla;
    QLabel* m_timeSpent;
    QLabel* m_tags;
    QLabel* m_created;
};

} // namespace frontline::client::ui
