#include "myticketswindow.h"

#include "client/core/directory.h"
#include "client/core/mytickets.h"
#include "client/core/orgtickets.h"
#include "client/core/session.h"
#include "client/core/ticketdetail.h"
#include "client/core/timetext.h"
#include "client/tray/surveypanel.h"
#include "client/widgets/conversationview.h"
#include "client/widgets/textpromptdialog.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::tray {
namespace {

// Two lines per ticket: its title (bold while unread), then number, state and either when it
// is expected done (open, with a target) or its last change.
class TicketItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool unread = index.data(MyTickets::UnreadRole).toBool();
        option->font.setBold(unread);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString waiting = index.data(MyTickets::AwaitingConfirmationRole).toBool()
            ? MyTicketsWindow::tr(" · please confirm")
            : QString();
        const QVariant due = index.data(MyTickets::ExpectedByRole);
        const QString when = due.isValid()
            ? MyTicketsWindow::tr("by %1").arg(TimeText::moment(due.toLongLong(), now))
            : TimeText::age(index.data(MyTickets::UpdatedRole).toLongLong(), now);
        option->text = (unread ? u"● "_s : QString()) + index.data(MyTickets::TitleRole).toString()
            + QChar::LineSeparator
            + u"#%1 · %2 · %3"_s.arg(index.data(MyTickets::IdRole).toLongLong())
                  .arg(index.data(MyTickets::StatusRole).toString(), when)
            + waiting;
    }
};

} // namespace

MyTicketsWindow::MyTicketsWindow(Session& session, const Directory& directory, Outbox& outbox,
                                 MyTickets& tickets, OrgTickets& orgTickets, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_directory(directory)
    , m_tickets(tickets)
    , m_orgTickets(orgTickets)
    , m_lists(new QTabWidget)
    , m_orgList(new QListView)
    , m_detail(new TicketDetail(session, outbox, directory, this))
    , m_list(new QListView)
    , m_header(new QLabel)
    , m_state(new QLabel)
    , m_chat(new ui::ConversationView)
    , m_actions(new QWidget)
    , m_actionsLayout(new QHBoxLayout(m_actions))
    , m_survey(new SurveyPanel(tickets))
    , m_reply(new QPlainTextEdit)
    , m_send(new QPushButton(tr("&Send")))
{
    setObjectName(u"trayMyTickets"_s);
    setWindowTitle(tr("My tickets"));
    m_list->setObjectName(u"myTicketList"_s);
    m_list->setAccessibleName(tr("My tickets"));
    m_list->setModel(&tickets);
    m_list->setItemDelegate(new TicketItemDelegate(m_list));
    m_list->setSpacing(3);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setMinimumWidth(290);
    m_header->setObjectName(u"ticketHeader"_s);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_header->setFont(big);
    m_state->setObjectName(u"ticketState"_s);
    m_state->setTextFormat(Qt::PlainText);
    m_chat->setObjectName(u"chatView"_s);
    m_chat->setAccessibleName(tr("Conversation with the desk"));
    m_chat->setModel(&m_detail->conversation());
    m_actionsLayout->setContentsMargins(0, 0, 0, 0);
    m_reply->setObjectName(u"replyEdit"_s);
    m_reply->setAccessibleName(tr("Message to the desk"));
    m_reply->setToolTip(tr("Your answer on the chosen ticket. Ctrl+Enter sends it."));
    m_reply->setPlaceholderText(tr("Write to the desk… (Ctrl+Enter sends)"));
    m_reply->setMaximumHeight(90);
    m_send->setObjectName(u"replySend"_s);
    auto* sendShortcut = new QShortcut(QKeySequence(u"Ctrl+Return"_s), m_reply);
    sendShortcut->setContext(Qt::WidgetShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &MyTicketsWindow::sendReply);
    connect(m_send, &QPushButton::clicked, this, &MyTicketsWindow::sendReply);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_state);
    rightLayout->addWidget(m_chat, 1);
    rightLayout->addWidget(m_actions);
    rightLayout->addWidget(m_survey);
    auto* replyRow = new QHBoxLayout;
    replyRow->addWidget(m_reply, 1);
    replyRow->addWidget(m_send, 0, Qt::AlignBottom);
    rightLayout->addLayout(replyRow);
    m_orgList->setObjectName(u"orgTicketList"_s);
    m_orgList->setAccessibleName(tr("My organisation's tickets"));
    m_orgList->setModel(&orgTickets);
    m_orgList->setSpacing(3);
    m_orgList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_orgList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lists->setObjectName(u"ticketLists"_s);
    m_lists->addTab(m_list, tr("My tickets"));
    m_lists->addTab(m_orgList,
                    orgTickets.organisationName().isEmpty()
                        ? tr("My organisation")
                        : tr("My organisation (%1)").arg(orgTickets.organisationName()));
    m_lists->setTabVisible(1, orgTickets.isAvailable());
    m_lists->tabBar()->setVisible(orgTickets.isAvailable());
    auto* splitter = new QSplitter;
    splitter->addWidget(m_lists);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& index) {
        openTicket(index.data(MyTickets::IdRole).toLongLong());
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) {
        openTicket(index.data(MyTickets::IdRole).toLongLong());
    });
    connect(m_orgList, &QListView::clicked, this, [this](const QModelIndex& index) {
        openOrgTicket(index.data(OrgTickets::IdRole).toLongLong());
    });
    connect(m_orgList, &QListView::activated, this, [this](const QModelIndex& index) {
        openOrgTicket(index.data(OrgTickets::IdRole).toLongLong());
    });
    if (orgTickets.isAvailable())
        orgTickets.refresh();
    connect(m_detail, &TicketDetail::loaded, this, &MyTicketsWindow::showTicket);
    connect(m_detail, &TicketDetail::ticketUpdated, this, &MyTicketsWindow::showTicket);
    // A reply that arrives while the chat is open is read.
    connect(&m_detail->conversation(), &QAbstractItemModel::rowsInserted, this, [this] {
        m_chat->scrollToBottom();
        if (isActiveWindow() && m_detail->ticketId())
            m_tickets.markRead(m_detail->ticketId());
    });
    connect(m_survey, &SurveyPanel::rated, this, [this] { m_tickets.markRead(currentTicket()); });
    connect(&tickets, &MyTickets::loaded, this, [this] {
        if (!m_detail->ticketId() && m_tickets.rowCount() > 0)
            openTicket(m_tickets.index(0).data(MyTickets::IdRole).toLongLong());
    });
    showTicket();
    resize(860, 600);
    if (tickets.rowCount() > 0)
        openTicket(tickets.index(0).data(MyTickets::IdRole).toLongLong());
}

MyTicketsWindow::~MyTicketsWindow() = default;

qint64 MyTicketsWindow::currentTicket() const
{
    return m_detail->ticketId();
}

void MyTicketsWindow::openTicket(qint64 id)
{
    m_list->setCurrentIndex(m_tickets.indexOf(id));
    m_detail->open(id);
    m_tickets.markRead(id);
}

void MyTicketsWindow::openOrgTicket(qint64 id)
{
    m_lists->setCurrentWidget(m_orgList);
    m_orgList->setCurrentIndex(m_orgTickets.indexOf(id));
    m_detail->open(id);
}

void MyTicketsWindow::showTicket()
{
    // A colleague's ticket (organisation viewers): read, never answered or changed.
    const bool loaded = m_detail->isLoaded();
    const bool own = !loaded || m_detail->ticket().requester.id == m_session.user().id;
    m_reply->setEnabled(loaded && own);
    m_send->setEnabled(loaded && own);
    if (!loaded) {
        m_header->setText(m_tickets.rowCount() == 0 ? tr("You have no tickets yet.")
                                                    : tr("Choose a ticket on the left."));
        m_state->clear();
        m_survey->hide();
        rebuildActions();
        return;
    }
    const Ticket& ticket = m_detail->ticket();
    m_header->setText(u"#%1 %2"_s.arg(ticket.id).arg(ticket.title));
    if (!own) {
        m_state->setText(tr("%1 · raised by %2 · read only")
                             .arg(m_directory.workflow().stateLabel(ticket.type, ticket.status),
                                  ticket.requester.shownName()));
        m_survey->hide();
        rebuildActions();
        return;
    }
    const QString assignee = ticket.assignee ? tr("%1 is on it").arg(ticket.assignee->shownName())
                                             : tr("not yet taken by anyone");
    QString state =
        tr("%1 · %2").arg(m_directory.workflow().stateLabel(ticket.type, ticket.status), assignee);
    // When the desk aims to have it done (its resolution target), while that means something.
    if (const auto due = MyTickets::expectedBy(ticket))
        state += u'\n' + TimeText::expectedBy(*due, QDateTime::currentMSecsSinceEpoch());
    m_state->setText(state);
    // The survey, once the ticket was resolved, with the answer already given.
    if (ticket.resolvedAt) {
        std::optional<int> score;
        const ConversationModel& chat = m_detail->conversation();
        for (int row = 0; row < chat.rowCount(); ++row) {
            const TicketEvent& event = chat.entryAt(row);
            if (event.kind == TicketEvent::Kind::Change && event.field == u"rating"_s)
                score = event.newValue.toInt();
        }
        m_survey->setTicket(ticket.id, score);
        m_survey->show();
    } else {
        m_survey->hide();
    }
    rebuildActions();
    m_chat->scrollToBottom();
}

void MyTicketsWindow::rebuildActions()
{
    while (QLayoutItem* item = m_actionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const Ticket& ticket = m_detail->ticket();
    if (m_detail->isLoaded() && ticket.requester.id != m_session.user().id) {
        m_actionsLayout->addStretch();
        return; // a colleague's ticket: nothing to do on it
    }
    for (const WorkflowInfo::Transition& t : m_detail->transitions()) {
        auto* button = new QPushButton(t.label);
        button->setObjectName(u"action_"_s + t.to);
        connect(button, &QPushButton::clicked, this,
                [this, t] { runTransition(t.to, t.label, t.needsNote); });
        m_actionsLayout->addWidget(button);
    }
    if (m_detail->isLoaded() && ticket.catalogItem) {
        auto* progress = new QPushButton(tr("Show &progress"));
        progress->setObjectName(u"action_progress"_s);
        progress->setAccessibleDescription(tr("The request's approvals and tasks, live"));
        const qint64 id = ticket.id;
        connect(progress, &QPushButton::clicked, this,
                [this, id] { Q_EMIT progressRequested(id); });
        m_actionsLayout->addWidget(progress);
    }
    m_actionsLayout->addStretch();
    if (m_detail->isLoaded() && !ticket.open && !m_detail->transitions().isEmpty()) {
        auto* hint = new QLabel(tr("Is the problem solved? Confirm it, or reopen the ticket."));
        hint->setObjectName(u"confirmHint"_s);
        m_actionsLayout->insertWidget(0, hint);
    }
}

void MyTicketsWindow::runTransition(const QString& to, const QString& label, bool needsNote)
{
    QString note;
    if (needsNote) {
        ui::TextPromptDialog prompt(label, tr("Tell the desk why:"), true, this);
        if (prompt.exec() != QDialog::Accepted)
            return;
        note = prompt.text();
    }
    m_detail->transition(to, note);
}

void MyTicketsWindow::sendReply()
{
    const QString body = m_reply->toPlainText().trimmed();
    if (body.isEmpty() || !m_detail->isLoaded())
        return;
    m_detail->reply(body, false);
    m_reply->clear();
}

} // namespace frontline::client::tray
