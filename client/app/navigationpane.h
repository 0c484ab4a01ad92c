#pragma once

#include "client/core/ticketquery.h"

#include <QTimer>
#include <QTreeWidget>

namespace frontline::client {
class ApprovalInbox;
class Directory;
class QueueController;
class Session;
} // namespace frontline::client

namespace frontline::client::ui {

// The queues on the left: the built-in ones (My open, Unassigned in my groups, SLA at risk,
// All open, Recently updated) and the user's saved views, each with a live count.
class NavigationPane final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationPane)

public:
    NavigationPane(Session& session, Directory& directory, QueueController& queues,
                   QWidget* parent = nullptr);

    void rebuild();
    void selectFirstQueue();
    // Adds the entry "Approvals" with the live count of what waits on the user.
    void setApprovalInbox(ApprovalInbox* inbox);
    // The query of a queue, with relative times (SLA at risk: due within 4 hours) as of now.
    TicketQuery queryOf(const QTreeWidgetItem* item) const;

Q_SIGNALS:
    void queueSelected(const frontline::client::TicketQuery& query, const QString& name);
    void deleteViewRequested(qint64 viewId, const QString& name);
    void approvalsRequested();

private:
    enum class Kind {
        MyOpen,
        Unassigned,
        AtRisk,
        AllOpen,
        Recent,
        MyRequests,
        SavedView,
        OpenProblems,
        OpenChanges
    };
    QTreeWidgetItem* addQueue(QTreeWidgetItem* parent, const QString& name, Kind kind,
                              qint64 viewId = 0);
    void refreshCounts();
    void scheduleCounts();
    void showApprovalCount();

    Session& m_session;
    Directory& m_directory;
    QueueController& m_controller;
    QTreeWidgetItem* m_queues = nullptr;
    QTreeWidgetItem* m_views = nullptr;
    ApprovalInbox* m_inbox = nullptr;
    QTreeWidgetItem* m_approvals = nullptr;
    QTimer m_countTimer;
};

} // namespace frontline::client::ui
