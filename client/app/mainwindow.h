#pragma once

#include "client/core/bulkeditor.h"
#include "client/core/ticketquery.h"

#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;

namespace frontline::client {
class ApprovalInbox;
class Directory;
class Outbox;
class NotificationCenter;
class QueueController;
class Session;
class TicketDetail;
class TicketListModel;
} // namespace frontline::client

namespace frontline::client::ui {

class Actions;
class AnnouncementDialog;
class Announcer;
class ApprovalsWindow;
class ConnectionBanner;
class KnowledgeBaseWindow;
class CmdbScreens;
class ChangeScreens;
class ProblemScreens;
class DashboardWindow;
class SearchPopup;
class NavigationPane;
class TicketPane;
class TicketTable;

// The agent's workplace: queues and saved views on the left, the live queue in the middle,
// the open ticket on the right; every command in the menus with its shortcut, single keys
// (J, K, R, N, A, E, S, /) while the queue has focus; several selected tickets change together.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(Session& session, Directory& directory, Outbox& outbox, QWidget* parent = nullptr);
    ~MainWindow() override;

    Actions& actions() const { return *m_actions; }
    TicketListModel& queue() const { return *m_model; }
    TicketDetail& detail() const { return *m_detail; }
    TicketTable* table() const { return m_table; }
    TicketPane* pane() const { return m_pane; }
    NavigationPane* navigation() const { return m_navigation; }
    BulkEditor& bulk() { return m_bulk; }

    // The knowledge-base window, shown (made on first use).
    KnowledgeBaseWindow* knowledgeBase();
    // Go → Dashboard (managers and admins): one window, raised when asked again.
    DashboardWindow* dashboard();
    // The approvals inbox (the navigation's "Approvals"): one window, raised when asked again.
    ApprovalsWindow* approvals();
    ApprovalInbox& approvalInbox() const { return *m_approvals; }
    ProblemScreens* problems() const { return m_problems; }
    CmdbScreens* cmdb() const { return m_cmdb; }
    ChangeScreens* changes() const { return m_changes; }
    SearchPopup* searchPopup() const { return m_searchPopup; }
    // Go → Announcements (staff): a new dialog, shown; the CI browser's "Announce an outage…"
    // then prepares it for the users of the CI's services.
    AnnouncementDialog* showAnnouncements();
    // Opens a ticket by number, selecting its row when the queue shows it.
    void openTicket(qint64 id);
    // The menu of changes to the selected tickets (also the table's context menu).
    QMenu* selectionMenu() const { return m_selectionMenu; }

Q_SIGNALS:
    void logoutRequested();
    void languageChanged(const QString& language);

private:
    void buildMenus();
    void buildQueueKeys();
    void connectActions();
    void onCurrentRowChanged();
    void fillSelectionMenu();
    QList<Ticket> selectedTickets() const;
    void search();
    void saveView();
    void deleteView(qint64 id, const QString& name);
    void newTicket();
    void assignTo();
    void changeStatus();
    void updateStatusBar();
    void updateTitle();
    void showAdmin(int page);
    void writeArticleFromTicket();
    void insertArticleLink();

    Session& m_session;
    Directory& m_directory;
    Outbox& m_outbox;
    Actions* m_actions;
    TicketListModel* m_model;
    TicketDetail* m_detail;
    QueueController* m_queues;
    NotificationCenter* m_notifications;
    ApprovalInbox* m_approvals;
    BulkEditor m_bulk;
    ConnectionBanner* m_banner;
    NavigationPane* m_navigation;
    TicketTable* m_table;
    TicketPane* m_pane;
    QLineEdit* m_search;
    SearchPopup* m_searchPopup;
    QPointer<KnowledgeBaseWindow> m_knowledgeBase;
    QPointer<DashboardWindow> m_dashboard;
    QPointer<ApprovalsWindow> m_approvalsWindow;
    ProblemScreens* m_problems = nullptr; // problem section, known-error banner, candidates
    CmdbScreens* m_cmdb = nullptr; // CI browser, the ticket's CIs
    ChangeScreens* m_changes = nullptr; // change section, new change, change calendar
    QMenu* m_selectionMenu;
    QLabel* m_userLabel;
    QLabel* m_queueLabel;
    QProgressBar* m_loading;
    Announcer* m_announcer; // status changes that screen readers speak (LiveAnnouncements)
    QString m_queueName;
    QComboBox* m_orgFilter; // narrows the queue shown to one organisation
    TicketQuery m_baseQuery; // the queue chosen in the navigation, before the narrowing
};

} // namespace frontline::client::ui
