#include "mainwindow.h"

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
#include "client/core/cmdb/cibrowser.h"
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

MainWindow::MainWindow(Session& session, Directory& directory, Outbox& outbox, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_directory(directory)
    , m_outbox(outbox)
    , m_actions(new Actions(this))
    , m_model(new TicketListModel(session, directory.workflow(), this))
    , m_detail(new TicketDetail(session, outbox, directory, this))
    , m_queues(new QueueController(session, this))
    , m_notifications(new NotificationCenter(session, this))
    , m_approvals(new ApprovalInbox(session, this))
    , m_bulk(outbox, directory.workflow(), session)
    , m_banner(new ConnectionBanner(session, outbox))
    , m_navigation(new NavigationPane(session, directory, *m_queues))
    , m_table(new TicketTable)
    , m_pane(new TicketPane(*m_detail, directory, session))
    , m_search(new QLineEdit)
    , m_searchPopup(new SearchPopup(session, m_search, this))
    , m_selectionMenu(new QMenu(tr("S&election"), this))
    , m_userLabel(plainLabel())
    , m_queueLabel(plainLabel())
    , m_loading(new QProgressBar)
    , m_announcer(new Announcer)
    , m_orgFilter(new QComboBox)
{
    setObjectName(u"mainWindow"_s);
    m_problems = new ProblemScreens(session, directory, *m_detail, *m_pane, this);
    connect(m_problems, &ProblemScreens::openTicketRequested, this, &MainWindow::openTicket);
    m_cmdb = new CmdbScreens(session, directory.fields(), *m_detail, *m_pane, this);
    m_changes = new ChangeScreens(session, *m_detail, *m_pane, this);
    connect(m_changes, &ChangeScreens::openTicketRequested, this, &MainWindow::openTicket);
    connect(m_cmdb, &CmdbScreens::changeRequested, m_changes,
            [this](const QList<api::CiNode>& cis) { m_changes->createChange(cis); });
    connect(m_cmdb, &CmdbScreens::outageRequested, this,
            [this](const api::CiNode& ci) { showAnnouncements()->prepareOutage(ci); });
    m_search->setObjectName(u"searchEdit"_s);
    m_queueLabel->setObjectName(u"queueLabel"_s);
    m_table->setModel(m_model);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);

    m_search->setPlaceholderText(tr("Ticket number, or words to find tickets and articles  (/)"));
    m_search->setAccessibleName(tr("Search tickets and articles"));
    m_table->setAccessibleName(tr("Tickets in the queue"));
    m_table->setAccessibleDescription(
        tr("J and K move, Enter opens; the chosen ticket shows in the pane beside"));
    m_navigation->setAccessibleName(tr("Queues and saved views"));
    m_navigation->setApprovalInbox(m_approvals);
    connect(m_navigation, &NavigationPane::approvalsRequested, this, [this] { approvals(); });
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction((*m_actions)[Actions::NewTicket]);
    toolbar->addAction((*m_actions)[Actions::Refresh]);
    toolbar->addSeparator();
    toolbar->addWidget(m_search);
    m_orgFilter->setObjectName(u"orgFilterBox"_s);
    m_orgFilter->setToolTip(tr("Show only the tickets of one organisation"));
    m_orgFilter->addItem(tr("All organisations"));
    m_orgFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // A combo box's accessible name is its current text (Qt on Linux): the label says what it is.
    auto* orgLabel = new QLabel(tr("Organisation:"));
    orgLabel->setBuddy(m_orgFilter);
    orgLabel->setContentsMargins(8, 0, 4, 0);
    toolbar->addWidget(orgLabel);
    toolbar->addWidget(m_orgFilter);

    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(u"mainSplitter"_s);
    split->addWidget(m_navigation);
    split->addWidget(m_table);
    split->addWidget(m_pane);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setSizes({170, 800, 470});
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(split);
    setCentralWidget(central);

    m_loading->setRange(0, 0);
    m_loading->setMaximumWidth(120);
    m_loading->setMaximumHeight(12);
    m_loading->hide();
    statusBar()->addWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_loading);
    statusBar()->addPermanentWidget(m_queueLabel);
    // Permanent: a status bar message must not hide it while it speaks.
    statusBar()->addPermanentWidget(m_announcer);
    new LiveAnnouncements(session, *m_detail, *m_announcer, this);

    buildMenus();
    buildQueueKeys();
    connectActions();

    // Focus follows reading order: the toolbar's search and filter, the queues, the tickets,
    // then the open ticket (in its own order, see TicketPane).
    setTabOrder(m_search, m_orgFilter);
    setTabOrder(m_orgFilter, m_navigation);
    setTabOrder(m_navigation, m_table);

    connect(m_navigation, &NavigationPane::queueSelected, this,
            [this](const TicketQuery& query, const QString& name) {
                m_queueName = name;
                m_search->clear();
                for (int row = 0; row < m_model->rowCount(); ++row)
                    m_table->setRowHidden(row, false);
                m_baseQuery = query;
                const QVariant org = m_orgFilter->currentData();
                m_model->setQuery(QueueController::narrowedToOrg(
                    query, org.isValid() ? std::optional(org.toLongLong()) : std::nullopt));
                updateTitle();
            });
    connect(m_orgFilter, &QComboBox::activated, this, [this] {
        const QVariant org = m_orgFilter->currentData();
        m_model->setQuery(QueueController::narrowedToOrg(
            m_baseQuery, org.isValid() ? std::optional(org.toLongLong()) : std::nullopt));
    });
    connect(m_queues, &QueueController::organisationsLoaded, this, [this] {
        const QVariant current = m_orgFilter->currentData();
        while (m_orgFilter->count() > 1)
            m_orgFilter->removeItem(1);
        for (const Organisation& org : m_queues->organisations())
            m_orgFilter->addItem(org.name, org.id);
        m_orgFilter->setCurrentIndex(std::max(0, m_orgFilter->findData(current)));
    });
    m_queues->loadOrganisations();
    connect(m_navigation, &NavigationPane::deleteViewRequested, this, &MainWindow::deleteView);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        m_selectionMenu->exec(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_model, &TicketListModel::loadingChanged, this, &MainWindow::updateStatusBar);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatusBar);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatusBar);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatusBar);
    connect(m_model, &TicketListModel::errorOccurred, this, [this](const rpc::RpcError& error) {
        statusBar()->showMessage(
            tr("The queue could not be loaded: %1").arg(ErrorText::describe(error)), 10000);
    });
    connect(m_pane, &TicketPane::openTicketRequested, this, &MainWindow::openTicket);
    connect(m_detail, &TicketDetail::created, this, [this](qint64 id) {
        statusBar()->showMessage(tr("Ticket #%1 created.").arg(id), 6000);
        openTicket(id);
    });
    connect(&outbox, &Outbox::failed, this,
            [this](const QString&, const QString& description, const rpc::RpcError& error) {
                statusBar()->showMessage(
                    tr("Not done: %1 — %2").arg(description, ErrorText::describe(error)), 15000);
            });
    connect(&session, &Session::stateChanged, this, &MainWindow::updateStatusBar);
    connect(m_detail, &TicketDetail::loaded, this, &MainWindow::updateTitle);
    connect(&directory, &Directory::loaded, this, [this] {
        m_navigation->rebuild();
        if (!m_navigation->currentItem())
            m_navigation->selectFirstQueue();
    });

    m_navigation->rebuild();
    m_navigation->selectFirstQueue();
    updateStatusBar();
    updateTitle();
    resize(1440, 860);
}

MainWindow::~MainWindow() = default;

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->ticketAt(current.row()).id;
    if (id != m_detail->ticketId())
        m_detail->open(id);
}

DashboardWindow* MainWindow::dashboard()
{
    if (!m_dashboard) {
        m_dashboard = new DashboardWindow(m_session, m_directory, this);
        connect(m_dashboard, &DashboardWindow::ticketActivated, this, [this](qint64 id) {
            openTicket(id);
            activateWindow();
        });
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
    return m_dashboard;
}

ApprovalsWindow* MainWindow::approvals()
{
    if (!m_approvalsWindow) {
        m_approvalsWindow = new ApprovalsWindow(*m_approvals, this);
        connect(m_approvalsWindow, &ApprovalsWindow::openTicketRequested, this, [this](qint64 id) {
            openTicket(id);
            activateWindow();
        });
    }
    m_approvalsWindow->show();
    m_approvalsWindow->raise();
    m_approvalsWindow->activateWindow();
    return m_approvalsWindow;
}

KnowledgeBaseWindow* MainWindow::knowledgeBase()
{
    if (!m_knowledgeBase) {
        m_knowledgeBase = new KnowledgeBaseWindow(m_session, m_directory, this);
        connect(m_knowledgeBase, &KnowledgeBaseWindow::openTicketRequested, this,
                [this](qint64 id) {
                    openTicket(id);
                    activateWindow();
                });
    }
    m_knowledgeBase->show();
    m_knowledgeBase->raise();
    m_knowledgeBase->activateWindow();
    return m_knowledgeBase;
}

void MainWindow::writeArticleFromTicket()
{
    if (!m_detail->isLoaded()) {
        statusBar()->showMessage(tr("Open the ticket the article should come from."), 5000);
        return;
    }
    QList<Comment> conversation;
    const ConversationModel& model = m_detail->conversation();
    for (int row = 0; row < model.rowCount(); ++row) {
        if (const auto& comment = model.entryAt(row).comment)
            conversation.append(*comment);
    }
    knowledgeBase()->write(ArticleDraft::fromTicket(m_detail->ticket(), conversation));
}

void MainWindow::insertArticleLink()
{
    if (!m_detail->isLoaded())
        return;
    ArticlePickerDialog picker(m_session, this);
    if (picker.exec() != QDialog::Accepted || picker.chosenId() == 0)
        return;
    Composer* composer = m_pane->composer();
    composer->start(composer->mode());
    composer->editor()->insertPlainText(articleReference(picker.chosenId(), picker.chosenTitle()));
    // The article now answers this ticket too: its authors see where it helps.
    m_detail->linkArticle(picker.chosenId());
}

void MainWindow::openTicket(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
        return;
    }
    m_table->selectionModel()->clearCurrentIndex();
    m_table->clearSelection();
    m_detail->open(id);
}

QList<Ticket> MainWindow::selectedTickets() const
{
    QList<Ticket> tickets;
    for (int row : m_table->selectedTicketRows())
        tickets.append(m_model->ticketAt(row));
    return tickets;
}

void MainWindow::fillSelectionMenu()
{
    m_selectionMenu->clear();
    const QList<Ticket> tickets = selectedTickets();
    if (tickets.isEmpty()) {
        m_selectionMenu->addAction(tr("Select tickets in the queue first (Shift or Ctrl + click)"))
            ->setEnabled(false);
        return;
    }
    m_selectionMenu->addAction(tr("%n ticket(s) selected", nullptr, int(tickets.size())))
        ->setEnabled(false);
    const auto report = [this](int sent) {
        statusBar()->showMessage(tr("Sending %n change(s).", nullptr, sent), 5000);
    };
    if (m_session.isStaff()) {
        m_selectionMenu->addAction(tr("Create &problem from selection…"), this,
                                   [this, tickets] { m_problems->createProblem(tickets); });
        m_selectionMenu->addAction(tr("Raise a c&hange for the selection…"), this,
                                   [this, tickets] { m_changes->raiseChange(tickets); });
    }
    m_selectionMenu->addAction(tr("Assign to &me"), this, [this, tickets, report] {
        report(m_bulk.assign(tickets, m_session.user().id));
    });
    QMenu* assign = m_selectionMenu->addMenu(tr("&Assign to"));
    assign->addAction(tr("Nobody (unassign)"), this,
                      [this, tickets, report] { report(m_bulk.assign(tickets, std::nullopt)); });
    for (const User& user : m_directory.staff()) {
        if (!user.disabled)
            assign->addAction(user.shownName(), this, [this, tickets, report, id = user.id] {
                report(m_bulk.assign(tickets, id));
            });
    }
    QMenu* priority = m_selectionMenu->addMenu(tr("&Priority"));
    for (int p = 1; p <= 5; ++p)
        priority->addAction(tr("P%1").arg(p), this,
                            [this, tickets, report, p] { report(m_bulk.setPriority(tickets, p)); });
    QMenu* status = m_selectionMenu->addMenu(tr("&Status"));
    const QList<WorkflowInfo::Transition> common = m_bulk.commonTransitions(tickets);
    if (common.isEmpty())
        status->addAction(tr("No status change suits all of them"))->setEnabled(false);
    for (const WorkflowInfo::Transition& transition : common) {
        status->addAction(transition.label, this, [this, tickets, transition, report] {
            QString note;
            if (transition.needsNote) {
                TextPromptDialog prompt(
                    transition.label,
                    tr("A note for all %n ticket(s):", nullptr, int(tickets.size())), true, this);
                if (prompt.exec() != QDialog::Accepted)
                    return;
                note = prompt.text();
            }
            report(m_bulk.transition(tickets, transition.to, note));
        });
    }
}

void MainWindow::assignTo()
{
    if (selectedTickets().size() > 1) {
        fillSelectionMenu();
        m_selectionMenu->exec(m_table->viewport()->mapToGlobal(QPoint(0, 0)));
        return;
    }
    if (!m_detail->isLoaded())
        return;
    QComboBox* box = m_pane->fields()->assigneeBox();
    box->setFocus();
    box->showPopup();
}

void MainWindow::changeStatus()
{
    if (selectedTickets().size() > 1) {
        fillSelectionMenu();
        m_selectionMenu->exec(m_table->viewport()->mapToGlobal(QPoint(0, 0)));
        return;
    }
    m_pane->changeStatus();
}

void MainWindow::search()
{
    const QString text = m_search->text().trimmed();
    if (const auto id = ticketNumber(text)) {
        openTicket(*id);
        return;
    }
    // Words: narrow the rows loaded so far to those whose title or people match.
    int shown = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Ticket& ticket = m_model->ticketAt(row);
        const bool match = text.isEmpty() || ticket.title.contains(text, Qt::CaseInsensitive)
            || ticket.requester.displayName.contains(text, Qt::CaseInsensitive)
            || (ticket.assignee
                && ticket.assignee->displayName.contains(text, Qt::CaseInsensitive));
        m_table->setRowHidden(row, !match);
        shown += match ? 1 : 0;
    }
    if (!text.isEmpty())
        statusBar()->showMessage(tr("%n loaded ticket(s) match “%1”.", nullptr, shown).arg(text),
                                 8000);
}

void MainWindow::saveView()
{
    TextPromptDialog prompt(tr("Save this view"),
                            tr("A name for the view of “%1”:").arg(m_queueName), true, this);
    prompt.setText(m_queueName);
    if (prompt.exec() != QDialog::Accepted)
        return;
    m_queues->saveView(prompt.text().trimmed(), m_model->query());
}

void MainWindow::deleteView(qint64 id, const QString& name)
{
    if (QMessageBox::question(this, tr("Delete view"), tr("Delete the view “%1”?").arg(name))
        != QMessageBox::Yes)
        return;
    m_queues->deleteView(id);
}

void MainWindow::newTicket()
{
    NewTicketController controller(m_session, m_directory, m_outbox);
    NewTicketDialog dialog(controller, this);
    dialog.exec();
}

void MainWindow::showAdmin(int page)
{
    AdminDialog dialog(m_session, this);
    connect(&dialog, &AdminDialog::directoryChanged, &m_directory, &Directory::refresh);
    connect(&dialog, &AdminDialog::directoryChanged, m_queues, &QueueController::loadOrganisations);
    // A CI class saved: the CI browser (and the CI editor it opens) offer it as saved.
    connect(&dialog, &AdminDialog::ciClassesChanged, &m_cmdb->browser(), &CiBrowser::loadClasses);
    dialog.showPage(static_cast<AdminDialog::Page>(page));
    dialog.exec();
}

void MainWindow::updateStatusBar()
{
    const User& me = m_session.user();
    const QString name = me.shownName();
    QString connection;
    switch (m_session.state()) {
    case Session::State::Ready:
        connection = tr("connected to %1").arg(m_session.endpoint().toString());
        break;
    case Session::State::Offline:
        connection = tr("offline, reconnecting to %1").arg(m_session.endpoint().toString());
        break;
    default:
        connection = tr("connecting to %1").arg(m_session.endpoint().toString());
        break;
    }
    setPlainText(m_userLabel, tr("%1 · %2").arg(name, connection));
    const int rows = m_model->rowCount();
    setPlainText(m_queueLabel,
                 m_model->canFetchMore({}) ? tr("%n ticket(s) loaded, more below", nullptr, rows)
                                           : tr("%n ticket(s)", nullptr, rows));
    m_loading->setVisible(m_model->isLoading());
}

void MainWindow::updateTitle()
{
    QString title = m_queueName.isEmpty() ? tr("Frontline") : tr("%1 — Frontline").arg(m_queueName);
    if (m_detail->isLoaded())
        title = tr("#%1 %2 — %3").arg(m_detail->ticketId()).arg(m_detail->ticket().title, title);
    setWindowTitle(title);
}

} // namespace frontline::client::ui
