// The main window's menus, toolbar keys and the wiring of every action to what it does: split
// from mainwindow.cpp (the window's layout, the queue and the ticket it shows), which had
// grown past 750 lines with the screens of issues 21 and 22.
#include "client/app/actions.h"
#include "client/app/admin/admindialog.h"
#include "client/app/approvalswindow.h"
#include "client/app/changes/changescreens.h"
#include "client/app/cmdb/cmdbscreens.h"
#include "client/app/composer.h"
#include "client/app/connectionbanner.h"
#include "client/app/dashboard/dashboardwindow.h"
#include "client/app/dialogs/announcementdialog.h"
#include "client/app/dialogs/apitokensdialog.h"
#include "client/app/dialogs/callerrequestdialog.h"
#include "client/app/dialogs/devicesdialog.h"
#include "client/app/dialogs/newticketdialog.h"
#include "client/app/dialogs/notificationsdialog.h"
#include "client/app/dialogs/settingsdialog.h"
#include "client/app/dialogs/shortcutsdialog.h"
#include "client/app/kb/articlepickerdialog.h"
#include "client/app/kb/knowledgebasewindow.h"
#include "client/app/kb/searchpopup.h"
#include "client/app/liveannouncements.h"
#include "client/app/navigationpane.h"
#include "client/app/problems/problemscreens.h"
#include "client/app/ticketfields.h"
#include "client/app/ticketpane.h"
#include "client/app/tickettable.h"
#include "client/core/account/apitokens.h"
#include "client/core/account/signedindevices.h"
#include "client/core/announcementdesk.h"
#include "client/core/approvalinbox.h"
#include "client/core/articledraft.h"
#include "client/core/conversationmodel.h"
#include "client/core/directory.h"
#include "client/core/errortext.h"
#include "client/core/mailpreferences.h"
#include "client/core/newticketcontroller.h"
#include "client/core/notificationcenter.h"
#include "client/core/outbox.h"
#include "client/core/outboxmodel.h"
#include "client/core/queuecontroller.h"
#include "client/core/searchresults.h"
#include "client/core/session.h"
#include "client/core/ticketdetail.h"
#include "client/core/ticketlistmodel.h"
#include "client/core/twofactor.h"
#include "client/widgets/announcer.h"
#include "client/widgets/outboxdialog.h"
#include "client/widgets/safetext.h"
#include "client/widgets/textpromptdialog.h"
#include "client/widgets/twofactordialog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

void MainWindow::buildMenus()
{
    const Actions& a = *m_actions;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(a[Actions::NewTicket]);
    file->addAction(a[Actions::RequestForCaller]);
    file->addAction(a[Actions::NewProblem]);
    file->addAction(a[Actions::NewChange]);
    file->addSeparator();
    file->addAction(a[Actions::ShowOutbox]);
    file->addAction(a[Actions::ShowNotifications]);
    file->addAction(a[Actions::Away]);
    file->addAction(a[Actions::Settings]);
    file->addAction(a[Actions::ShowApiTokens]);
    file->addAction(a[Actions::ShowSignedInDevices]);
    file->addSeparator();
    file->addAction(a[Actions::Logout]);
    file->addAction(a[Actions::Quit]);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(a[Actions::NextTicket]);
    go->addAction(a[Actions::PreviousTicket]);
    go->addAction(a[Actions::Search]);
    go->addAction(a[Actions::Refresh]);
    go->addAction(a[Actions::KnowledgeBase]);
    go->addAction(a[Actions::Announcements]);
    go->addAction(a[Actions::Dashboard]);
    go->addAction(a[Actions::ShowApprovals]);
    go->addAction(a[Actions::CandidateProblems]);
    go->addAction(a[Actions::ConfigurationItems]);
    go->addAction(a[Actions::ChangeCalendar]);
    go->addSeparator();
    go->addAction(a[Actions::SaveView]);

    QMenu* ticket = menuBar()->addMenu(tr("&Ticket"));
    for (Actions::Id id :
         {Actions::Reply, Actions::InternalNote, Actions::InsertArticleLink, Actions::Send})
        ticket->addAction(a[id]);
    ticket->addSeparator();
    for (Actions::Id id :
         {Actions::AssignToMe, Actions::Assign, Actions::Escalate, Actions::ChangeStatus})
        ticket->addAction(a[id]);
    ticket->addSeparator();
    for (Actions::Id id : {Actions::LinkTicket, Actions::MergeTicket, Actions::LogTime})
        ticket->addAction(a[id]);
    ticket->addSeparator();
    ticket->addAction(a[Actions::ArticleFromTicket]);
    ticket->addAction(a[Actions::RaiseProblem]);
    ticket->addAction(a[Actions::RaiseChange]);

    menuBar()->addMenu(m_selectionMenu);
    connect(m_selectionMenu, &QMenu::aboutToShow, this, &MainWindow::fillSelectionMenu);

    const Role role = m_session.user().role;
    if (role == Role::Admin || role == Role::Manager) {
        // Managers run the workflow (hours, SLAs, rules); admins also the directory.
        QMenu* admin = menuBar()->addMenu(tr("&Administration"));
        if (role == Role::Admin) {
            for (Actions::Id id : {Actions::ManageUsers, Actions::ManageGroups,
                                   Actions::ManageCategories, Actions::ManageCanned})
                admin->addAction(a[id]);
            admin->addSeparator();
        }
        for (Actions::Id id :
             {Actions::ManageCalendars, Actions::ManageSlaPolicies, Actions::ManageRules})
            admin->addAction(a[id]);
    }
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a[Actions::Shortcuts]);
    // Every action works from anywhere in the window, also those only in menus.
    addActions(a.all());
}

void MainWindow::buildQueueKeys()
{
    for (Actions::Id id : m_actions->ids()) {
        const QKeySequence key = m_actions->queueKey(id);
        if (key.isEmpty())
            continue;
        QAction* action = (*m_actions)[id];
        for (QWidget* where :
             {static_cast<QWidget*>(m_table), static_cast<QWidget*>(m_navigation)}) {
            new QShortcut(
                key, where, [action] { action->trigger(); }, Qt::WidgetWithChildrenShortcut);
        }
    }
}

void MainWindow::connectActions()
{
    const Actions& a = *m_actions;
    const auto on = [this, &a](Actions::Id id, auto&& slot) {
        connect(a[id], &QAction::triggered, this, std::forward<decltype(slot)>(slot));
    };
    on(Actions::NewTicket, [this] { newTicket(); });
    on(Actions::NextTicket, [this] { m_table->moveSelection(1); });
    on(Actions::PreviousTicket, [this] { m_table->moveSelection(-1); });
    on(Actions::Reply, [this] { m_pane->composer()->start(Composer::Mode::Reply); });
    on(Actions::InternalNote, [this] { m_pane->composer()->start(Composer::Mode::Note); });
    on(Actions::Send, [this] { m_pane->composer()->send(); });
    on(Actions::AssignToMe, [this] {
        const QList<Ticket> tickets = selectedTickets();
        if (tickets.size() > 1) {
            const int sent = m_bulk.assign(tickets, m_session.user().id);
            statusBar()->showMessage(tr("Assigning %n ticket(s) to you.", nullptr, sent), 5000);
        } else {
            m_pane->assignToMe();
        }
    });
    on(Actions::Assign, [this] { assignTo(); });
    on(Actions::Escalate, [this] { m_pane->escalate(); });
    on(Actions::ChangeStatus, [this] { changeStatus(); });
    on(Actions::Search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    on(Actions::Refresh, [this] {
        m_model->reload();
        m_directory.refresh();
        if (m_detail->ticketId())
            m_detail->open(m_detail->ticketId());
    });
    on(Actions::LinkTicket, [this] { m_pane->linkTicket(); });
    on(Actions::MergeTicket, [this] { m_pane->mergeTicket(); });
    on(Actions::LogTime, [this] { m_pane->logTime(); });
    on(Actions::SaveView, [this] { saveView(); });
    on(Actions::ShowOutbox, [this] {
        OutboxModel model(m_outbox);
        OutboxDialog dialog(model, this);
        dialog.exec();
    });
    on(Actions::Shortcuts, [this] {
        ShortcutsDialog dialog(*m_actions, this);
        dialog.exec();
    });
    on(Actions::Settings, [this] {
        MailPreferences mail(m_session);
        SettingsDialog dialog(m_session.settings(), mail, this);
        connect(&dialog, &SettingsDialog::languageChanged, this, &MainWindow::languageChanged);
        connect(&dialog, &SettingsDialog::securityRequested, this, [this, &dialog] {
            TwoFactor controller(m_session);
            TwoFactorDialog security(controller, false, &dialog);
            security.exec();
        });
        connect(&dialog, &SettingsDialog::delegationRequested, this, [this, &dialog] {
            DelegationDialog away(*m_approvals, m_session, &dialog);
            away.exec();
        });
        dialog.exec();
    });
    on(Actions::ShowApiTokens, [this] {
        ApiTokens tokens(m_session);
        ApiTokensDialog dialog(tokens, this);
        dialog.exec();
    });
    on(Actions::ShowSignedInDevices, [this] {
        SignedInDevices devices(m_session);
        DevicesDialog dialog(devices, this);
        dialog.exec();
    });
    on(Actions::Logout, [this] { Q_EMIT logoutRequested(); });
    on(Actions::Quit, [this] { close(); });
    on(Actions::ManageUsers, [this] { showAdmin(int(AdminDialog::Page::Users)); });
    on(Actions::ManageGroups, [this] { showAdmin(int(AdminDialog::Page::Groups)); });
    on(Actions::ManageCategories, [this] { showAdmin(int(AdminDialog::Page::Categories)); });
    on(Actions::ManageCanned, [this] { showAdmin(int(AdminDialog::Page::Canned)); });
    on(Actions::ManageCalendars, [this] { showAdmin(int(AdminDialog::Page::Calendars)); });
    on(Actions::ManageSlaPolicies, [this] { showAdmin(int(AdminDialog::Page::SlaPolicies)); });
    on(Actions::ManageRules, [this] { showAdmin(int(AdminDialog::Page::Rules)); });
    // Away: automatic assignment passes me by until I am back.
    QAction* away = a[Actions::Away];
    away->setChecked(!m_session.user().available);
    away->setVisible(m_session.isStaff());
    a[Actions::Announcements]->setVisible(m_session.isStaff());
    a[Actions::Dashboard]->setVisible(m_session.user().role == Role::Manager
                                      || m_session.user().role == Role::Admin);
    connect(away, &QAction::toggled, m_queues,
            [this](bool isAway) { m_queues->setAvailable(!isAway); });
    connect(m_queues, &QueueController::availabilityChanged, this, [this](bool available) {
        statusBar()->showMessage(available ? tr("You are available again.")
                                           : tr("You are away: no new tickets are assigned "
                                                "to you automatically."),
                                 8000);
    });
    connect(m_queues, &QueueController::availabilityFailed, this,
            [this](const rpc::RpcError& error) {
                statusBar()->showMessage(ErrorText::describe(error), 8000);
            });
    connect(m_queues, &QueueController::viewSaved, this, [this] {
        statusBar()->showMessage(tr("View saved."), 5000);
        m_directory.refreshViews();
    });
    connect(m_queues, &QueueController::viewSaveFailed, this, [this](const rpc::RpcError& error) {
        QMessageBox::warning(this, tr("Save this view"), ErrorText::describe(error));
    });
    connect(m_queues, &QueueController::viewDeleted, &m_directory, &Directory::refreshViews);
    connect(m_queues, &QueueController::viewDeleteFailed, this, [this](const rpc::RpcError& error) {
        QMessageBox::warning(this, tr("Delete view"), ErrorText::describe(error));
    });
    on(Actions::ShowNotifications, [this] {
        NotificationsDialog dialog(*m_notifications, this);
        connect(&dialog, &NotificationsDialog::openTicketRequested, this, &MainWindow::openTicket);
        dialog.exec();
    });
    connect(m_notifications, &NotificationCenter::arrived, this,
            [this](const Notification& notification) {
                statusBar()->showMessage(notification.message, 15000);
                QApplication::alert(this);
            });
    connect(m_notifications, &NotificationCenter::changed, this, [this] {
        const int unread = m_notifications->unread();
        (*m_actions)[Actions::ShowNotifications]->setText(
            unread ? tr("&Notifications (%n unread)…", nullptr, unread) : tr("&Notifications…"));
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchPopup->hide();
        search();
    });
    connect(m_searchPopup, &SearchPopup::ticketChosen, this, &MainWindow::openTicket);
    m_searchPopup->results().setStatusLabel([this](const QString& type, const QString& status) {
        const auto parsed = ticketTypeFromString(type);
        return parsed ? m_directory.workflow().stateLabel(*parsed, status) : status;
    });
    connect(m_searchPopup, &SearchPopup::articleChosen, this,
            [this](qint64 id) { knowledgeBase()->showArticle(id); });
    on(Actions::KnowledgeBase, [this] { knowledgeBase(); });
    on(Actions::Dashboard, [this] { dashboard(); });
    on(Actions::ShowApprovals, [this] { approvals(); });
    a[Actions::NewProblem]->setVisible(m_session.isStaff());
    a[Actions::CandidateProblems]->setVisible(m_session.isStaff());
    on(Actions::NewProblem, [this] { m_problems->createProblem(selectedTickets()); });
    on(Actions::CandidateProblems, [this] { m_problems->candidates(); });
    a[Actions::RequestForCaller]->setVisible(m_session.isStaff());
    on(Actions::RequestForCaller, [this] {
        auto* dialog = new CallerRequestDialog(m_session, m_directory, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CallerRequestDialog::filed, this, &MainWindow::openTicket);
        dialog->show();
    });
    a[Actions::ConfigurationItems]->setVisible(m_session.isStaff());
    on(Actions::ConfigurationItems, [this] { m_cmdb->showBrowser(); });
    a[Actions::NewChange]->setVisible(m_session.isStaff());
    a[Actions::ChangeCalendar]->setVisible(m_session.isStaff());
    on(Actions::NewChange, [this] { m_changes->createChange(); });
    on(Actions::ChangeCalendar, [this] { m_changes->calendar(); });
    on(Actions::Announcements, [this] { showAnnouncements(); });
    on(Actions::ArticleFromTicket, [this] { writeArticleFromTicket(); });
    a[Actions::RaiseProblem]->setVisible(m_session.isStaff());
    on(Actions::RaiseProblem, [this] {
        if (!m_detail->isLoaded())
            return;
        NewTicketController controller(m_session, m_directory, m_outbox);
        NewTicketDialog dialog(controller, this);
        dialog.setDraft(TicketDraft::raisedFromTicket(m_detail->ticket(), TicketType::Problem));
        dialog.exec();
    });
    // A change gets its own form (kind, plans, risk, schedule) on the ticket's CIs.
    a[Actions::RaiseChange]->setVisible(m_session.isStaff());
    on(Actions::RaiseChange, [this] { m_changes->raiseChange(selectedTickets()); });
    on(Actions::InsertArticleLink, [this] { insertArticleLink(); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            search(); // cleared: show every row again
    });
    connect(m_banner, &ConnectionBanner::showOutboxRequested, a[Actions::ShowOutbox],
            &QAction::trigger);
}

AnnouncementDialog* MainWindow::showAnnouncements()
{
    auto* desk = new AnnouncementDesk(m_session);
    auto* dialog = new AnnouncementDialog(*desk, this);
    desk->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace frontline::client::ui
