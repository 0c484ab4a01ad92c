#include "ticketpane.h"

#include "client/app/attachmentlist.h"
#include "client/app/composer.h"
#include "client/app/dialogs/escalatedialog.h"
#include "client/app/dialogs/ticketreferencedialog.h"
#include "client/app/requestprogresspanel.h"
#include "client/app/ticketcustomfields.h"
#include "client/app/ticketfields.h"
#include "client/core/directory.h"
#include "client/core/errortext.h"
#include "client/core/session.h"
#include "client/core/ticketdetail.h"
#include "client/widgets/conversationview.h"
#include "client/widgets/safetext.h"
#include "client/widgets/textpromptdialog.h"
#include "client/widgets/theme.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {
TicketPane::TicketPane(TicketDetail& detail, const Directory& directory, Session& session,
                       QWidget* parent)
    : QWidget(parent)
    , m_detail(detail)
    , m_directory(directory)
    , m_session(session)
    , m_stack(new QStackedWidget)
    , m_title(plainLabel())
    , m_meta(plainLabel())
    , m_viewers(plainLabel())
    , m_message(plainLabel())
    , m_description(new QPlainTextEdit)
    , m_fields(new TicketFields(detail, directory, session))
    , m_customFields(new TicketCustomFields(detail, directory.fields(), session))
    , m_transitionRow(new QHBoxLayout)
    , m_assignToMe(new QPushButton(tr("Assign to &me")))
    , m_escalate(new QPushButton(tr("&Escalate…")))
    , m_more(new QPushButton(tr("More")))
    , m_links(new QListWidget)
    , m_sections(new QVBoxLayout)
    , m_requestProgress(new RequestProgressPanel(detail, directory, session))
    , m_attachments(new AttachmentList(session, detail))
    , m_conversation(new ConversationView)
    , m_composer(new Composer(detail, directory, session))
{
    setObjectName(u"ticketPane"_s);
    m_title->setObjectName(u"ticketTitle"_s);
    m_viewers->setObjectName(u"viewersLabel"_s);
    m_message->setObjectName(u"ticketMessage"_s);
    m_description->setObjectName(u"ticketDescription"_s);
    m_links->setObjectName(u"linksList"_s);
    m_assignToMe->setObjectName(u"assignToMeButton"_s);
    m_escalate->setObjectName(u"escalateButton"_s);

    auto* empty =
        plainLabel(tr("Select a ticket in the queue, or press Ctrl+N to take a new one."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setEnabled(false);
    Theme::setStyleSheet(m_viewers, u"color: {InfoText};"_s);
    m_viewers->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->hide();
    m_description->setReadOnly(true);
    m_description->setAccessibleName(tr("Description"));
    m_links->setAccessibleName(tr("Linked tickets"));
    m_conversation->setAccessibleName(tr("Conversation"));
    m_conversation->setAccessibleDescription(
        tr("The public replies and internal notes of this ticket, oldest first"));
    m_description->setMaximumHeight(120);
    m_links->setMaximumHeight(70);
    m_links->hide();

    auto* moreMenu = new QMenu(m_more);
    moreMenu->addAction(tr("Link to another ticket…"), this, &TicketPane::linkTicket);
    moreMenu->addAction(tr("Merge into another ticket…"), this, &TicketPane::mergeTicket);
    moreMenu->addAction(tr("Log time…"), this, &TicketPane::logTime);
    moreMenu->addAction(tr("Attach a file…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file"));
        if (!path.isEmpty())
            m_attachments->attachFile(path);
    });
    m_more->setMenu(moreMenu);

    auto* actionRow = new QHBoxLayout;
    actionRow->addLayout(m_transitionRow);
    actionRow->addStretch(1);
    actionRow->addWidget(m_assignToMe);
    actionRow->addWidget(m_escalate);
    actionRow->addWidget(m_more);

    auto* head = new QWidget;
    auto* headLayout = new QVBoxLayout(head);
    headLayout->setContentsMargins(0, 0, 0, 0);
    headLayout->addWidget(m_title);
    headLayout->addWidget(m_meta);
    headLayout->addWidget(m_viewers);
    headLayout->addWidget(m_message);
    headLayout->addLayout(actionRow);

    auto* top = new QHBoxLayout;
    auto* descriptionBox = new QVBoxLayout;
    descriptionBox->addWidget(m_description);
    descriptionBox->addWidget(m_links);
    descriptionBox->addWidget(m_requestProgress);
    descriptionBox->addWidget(m_attachments);
    descriptionBox->addWidget(m_customFields);
    descriptionBox->addStretch(1);
    top->addLayout(descriptionBox, 1);
    top->addWidget(m_fields, 1);

    auto* upper = new QWidget;
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(head);
    upperLayout->addLayout(m_sections);
    upperLayout->addLayout(top);

    auto* split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(upper);
    split->addWidget(m_conversation);
    split->addWidget(m_composer);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 0);
    split->setSizes({275, 400, 150});

    auto* page = new QWidget;
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(split);
    m_stack->addWidget(empty);
    m_stack->addWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_conversation->setModel(&detail.conversation());

    // Focus follows reading order: the actions row (the transitions join it in front, see
    // refreshTransitions), then the description; the fields beside it, the conversation and
    // the composer follow as made. (setTabOrder moves focusable widgets only.)
    setTabOrder(m_assignToMe, m_escalate);
    setTabOrder(m_escalate, m_more);
    setTabOrder(m_more, m_description);

    connect(m_assignToMe, &QPushButton::clicked, this, &TicketPane::assignToMe);
    connect(m_escalate, &QPushButton::clicked, this, &TicketPane::escalate);
    connect(m_links, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT openTicketRequested(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_requestProgress, &RequestProgressPanel::openTicketRequested, this,
            &TicketPane::openTicketRequested);
    connect(&detail, &TicketDetail::loaded, this, [this] {
        m_message->hide();
        refresh();
    });
    connect(&detail, &TicketDetail::ticketUpdated, this, &TicketPane::refresh);
    connect(&detail, &TicketDetail::linksChanged, this, &TicketPane::refreshLinks);
    connect(&detail, &TicketDetail::viewersChanged, this, &TicketPane::refreshViewers);
    connect(&detail, &TicketDetail::changedByOthers, this, [this](const UserRef& actor) {
        showMessage(tr("%1 just changed this ticket.").arg(actor.shownName()), false);
    });
    connect(&detail, &TicketDetail::errorOccurred, this,
            [this](const rpc::RpcError& error) { showMessage(ErrorText::describe(error), true); });
    refresh();
}

void TicketPane::addSection(QWidget* section)
{
    m_sections->addWidget(section);
}

void TicketPane::showMessage(const QString& text, bool error)
{
    setPlainText(m_message, text);
    Theme::setStyleSheet(
        m_message, error ? u"color: {ErrorText};"_s : u"color: {MutedText}; font-style: italic;"_s);
    m_message->show();
    if (!error)
        QTimer::singleShot(8000, m_message, &QLabel::hide);
}

void TicketPane::refresh()
{
    if (!m_detail.ticketId() || !m_detail.isLoaded()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const Ticket& ticket = m_detail.ticket();
    setPlainText(m_title, ticket.title);
    const QString type = ticket.type == TicketType::Incident ? tr("Incident")
        : ticket.type == TicketType::ServiceRequest          ? tr("Service request")
        : ticket.type == TicketType::Problem                 ? tr("Problem")
        : ticket.type == TicketType::Task                    ? tr("Task")
                                                             : tr("Change");
    setPlainText(m_meta,
                 tr("#%1 · %2 · %3 · version %4")
                     .arg(ticket.id)
                     .arg(type, m_directory.workflow().stateLabel(ticket.type, ticket.status))
                     .arg(ticket.version));
    if (m_description->toPlainText() != ticket.description)
        m_description->setPlainText(ticket.description);
    m_fields->refresh();
    m_customFields->refresh();
    const bool staff = m_session.isStaff();
    m_assignToMe->setVisible(staff);
    m_assignToMe->setEnabled(!ticket.assignee || ticket.assignee->id != m_session.user().id);
    m_escalate->setVisible(staff);
    m_escalate->setEnabled(ticket.open);
    m_more->setVisible(staff);
    refreshTransitions();
    refreshLinks();
    refreshViewers();
}

void TicketPane::refreshTransitions()
{
    qDeleteAll(m_transitionButtons);
    m_transitionButtons.clear();
    for (const WorkflowInfo::Transition& transition : m_detail.transitions()) {
        auto* button = new QPushButton(transition.label);
        button->setObjectName(u"transition_"_s + transition.to);
        connect(button, &QPushButton::clicked, this, [this, transition] {
            runTransition(transition.to, transition.label, transition.needsNote);
        });
        m_transitionRow->addWidget(button);
        m_transitionButtons.append(button);
    }
    // New buttons join the end of the window's focus chain: put them where they are read,
    // after the focusable widget before the actions row (the queue, in the main window), and
    // "Assign to me" after them.
    QWidget* previous = m_assignToMe->previousInFocusChain();
    while (previous != m_assignToMe && previous->focusPolicy() == Qt::NoFocus)
        previous = previous->previousInFocusChain();
    if (previous == m_assignToMe || m_transitionButtons.isEmpty())
        return;
    for (QPushButton* button : std::as_const(m_transitionButtons)) {
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_assignToMe);
    setTabOrder(m_assignToMe, m_escalate);
    setTabOrder(m_escalate, m_more);
    setTabOrder(m_more, m_description);
}

void TicketPane::refreshLinks()
{
    m_links->clear();
    for (const LinkedTicket& link : m_detail.links()) {
        const QString relation = link.kind == u"merged_into"_s ? tr("Merged into")
            : link.kind == u"merged_from"_s                    ? tr("Merged from")
            : link.kind == u"problem"_s                        ? tr("Problem")
            : link.kind == u"caused_by_change"_s               ? tr("Caused by change")
                                                               : tr("Related");
        auto* item = new QListWidgetItem(
            tr("%1 #%2: %3 (%4)").arg(relation).arg(link.id).arg(link.title, link.status));
        item->setData(Qt::UserRole, link.id);
        if (!link.open)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_links->addItem(item);
    }
    m_links->setVisible(m_links->count() > 0);
}

void TicketPane::refreshViewers()
{
    QStringList viewing;
    QStringList typing;
    for (const Viewer& viewer : m_detail.otherViewers())
        (viewer.typing ? typing : viewing).append(viewer.user.shownName());
    QStringList parts;
    if (!typing.isEmpty())
        parts.append(tr("%1 typing a reply…").arg(typing.join(u", "_s)));
    if (!viewing.isEmpty())
        parts.append(tr("Also viewing: %1").arg(viewing.join(u", "_s)));
    setPlainText(m_viewers, parts.join(u" · "_s));
    m_viewers->setVisible(!parts.isEmpty());
}

void TicketPane::runTransition(const QString& to, const QString& label, bool needsNote)
{
    QString note;
    if (needsNote) {
        TextPromptDialog prompt(label, tr("What was done? The requester sees this note."), true,
                                this);
        if (prompt.exec() != QDialog::Accepted)
            return;
        note = prompt.text();
    }
    m_detail.transition(to, note);
}

void TicketPane::assignToMe()
{
    if (m_detail.isLoaded() && m_session.isStaff())
        m_detail.assign(m_session.user().id);
}

void TicketPane::escalate()
{
    if (!m_detail.isLoaded() || !m_detail.ticket().open)
        return;
    const std::optional<qint64> current =
        m_detail.ticket().group ? std::optional<qint64>(m_detail.ticket().group->id) : std::nullopt;
    EscalateDialog dialog(m_directory, current, this);
    if (dialog.exec() == QDialog::Accepted)
        m_detail.escalate(dialog.group(), dialog.note());
}

void TicketPane::changeStatus()
{
    if (!m_detail.isLoaded())
        return;
    QMenu menu(this);
    for (const WorkflowInfo::Transition& transition : m_detail.transitions())
        menu.addAction(transition.label, this, [this, transition] {
            runTransition(transition.to, transition.label, transition.needsNote);
        });
    if (menu.isEmpty())
        menu.addAction(tr("No status change is possible from here"))->setEnabled(false);
    menu.exec(mapToGlobal(m_meta->geometry().bottomLeft()));
}

void TicketPane::linkTicket()
{
    if (!m_detail.isLoaded())
        return;
    TicketReferenceDialog dialog(TicketReferenceDialog::Purpose::Link, m_detail.ticketId(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_detail.link(dialog.number());
}

void TicketPane::mergeTicket()
{
    if (!m_detail.isLoaded())
        return;
    TicketReferenceDialog dialog(TicketReferenceDialog::Purpose::Merge, m_detail.ticketId(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_detail.merge(dialog.number(), dialog.note());
}

void TicketPane::logTime()
{
    if (!m_detail.isLoaded())
        return;
    TicketReferenceDialog dialog(TicketReferenceDialog::Purpose::LogTime, m_detail.ticketId(),
                                 this);
    if (dialog.exec() == QDialog::Accepted)
        m_detail.logTime(int(dialog.number()), dialog.note());
}

} // namespace frontline::client::ui
