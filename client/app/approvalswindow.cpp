#include "approvalswindow.h"

#include "client/core/approvalinbox.h"
#include "client/widgets/safetext.h"
#include "client/widgets/userpicker.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

ApprovalsWindow::ApprovalsWindow(ApprovalInbox& inbox, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_inbox(inbox)
    , m_list(new QTreeView)
    , m_details(plainLabel())
    , m_comment(new QPlainTextEdit)
    , m_approve(new QPushButton(tr("&Approve")))
    , m_reject(new QPushButton(tr("&Reject")))
    , m_open(new QPushButton(tr("&Open ticket")))
    , m_status(plainLabel())
{
    setObjectName(u"approvalsWindow"_s);
    setWindowTitle(tr("Approvals"));
    m_list->setObjectName(u"approvalList"_s);
    m_list->setAccessibleName(tr("Approvals waiting on me"));
    m_list->setModel(&inbox);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(ApprovalInbox::Title, QHeaderView::Stretch);
    m_details->setObjectName(u"approvalDetails"_s);
    m_details->setAccessibleName(tr("Selected approval"));
    m_details->setWordWrap(true);
    m_comment->setObjectName(u"approvalComment"_s);
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("Comment (required to reject)"));
    m_comment->setTabChangesFocus(true);
    m_comment->setToolTip(tr("Why you approve or reject: the requester reads it; required to "
                             "reject"));
    m_approve->setObjectName(u"approveButton"_s);
    m_reject->setObjectName(u"rejectButton"_s);
    m_open->setObjectName(u"openApprovalTicketButton"_s);
    m_status->setObjectName(u"approvalStatus"_s);
    m_status->setAccessibleName(tr("Approval status"));
    m_status->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_details);
    layout->addWidget(m_comment, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    resize(720, 520);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApprovalsWindow::showSelected);
    connect(&inbox, &QAbstractItemModel::modelReset, this, [this] {
        if (m_inbox.count() > 0)
            m_list->setCurrentIndex(m_inbox.index(0, 0));
        showSelected();
    });
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const auto item = m_inbox.item(selectedId()))
            Q_EMIT openTicketRequested(item->ticketId);
    });
    connect(&inbox, &ApprovalInbox::decided, this, [this](qint64, bool approve) {
        m_comment->clear();
        m_status->setText(approve ? tr("Approved.") : tr("Rejected."));
    });
    connect(&inbox, &ApprovalInbox::failed, this,
            [this](const QString& message) { m_status->setText(message); });
    if (inbox.count() > 0)
        m_list->setCurrentIndex(inbox.index(0, 0));
    showSelected();
}

qint64 ApprovalsWindow::selectedId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(ApprovalInbox::IdRole).toLongLong() : 0;
}

void ApprovalsWindow::showSelected()
{
    const auto item = m_inbox.item(selectedId());
    m_approve->setEnabled(item.has_value());
    m_reject->setEnabled(item.has_value());
    m_open->setEnabled(item.has_value());
    m_comment->setEnabled(item.has_value());
    if (!item) {
        m_details->setText(m_inbox.count() == 0 ? tr("Nothing waits on your approval.")
                                                : QString());
        return;
    }
    QString text = tr("Ticket #%1 \"%2\", requested by %3. Step %4 of %5.")
                       .arg(item->ticketId)
                       .arg(item->ticketTitle, item->requesterName)
                       .arg(item->step + 1)
                       .arg(item->stepCount);
    if (!item->note.isEmpty())
        text += u'\n' + tr("Note: %1").arg(item->note);
    if (item->delegatedFrom)
        text += u'\n' + tr("Handed to you while its approver is away.");
    m_details->setText(text);
}

void ApprovalsWindow::decide(bool approve)
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    m_status->clear();
    m_inbox.decide(id, approve, m_comment->toPlainText());
}

DelegationDialog::DelegationDialog(ApprovalInbox& inbox, Session& session, QWidget* parent)
    : QDialog(parent)
    , m_inbox(inbox)
    , m_delegate(new UserPicker(session))
    , m_until(new QDateTimeEdit(QDateTime::currentDateTime().addDays(7)))
    , m_current(plainLabel())
    , m_status(plainLabel())
{
    setObjectName(u"delegationDialog"_s);
    setWindowTitle(tr("Away: hand over approvals"));
    m_delegate->setObjectName(u"delegateEdit"_s);
    m_delegate->setAccessibleName(tr("Delegate"));
    m_until->setObjectName(u"delegateUntilEdit"_s);
    m_until->setAccessibleName(tr("Until"));
    m_until->setCalendarPopup(true);
    m_delegate->setToolTip(tr("The colleague who decides your approvals while you are away: "
                              "type a name to search"));
    m_until->setToolTip(tr("When your approvals come back to you"));
    m_until->setMinimumDateTime(QDateTime::currentDateTime());
    m_current->setObjectName(u"delegationState"_s);
    m_current->setWordWrap(true);
    m_status->setObjectName(u"delegationStatus"_s);
    m_status->setWordWrap(true);
    const api::ApprovalDelegation& now = inbox.delegation();
    m_current->setText(now.to ? tr("Your approvals go to someone else until %1.")
                                    .arg(QLocale().toString(
                                        QDateTime::fromMSecsSinceEpoch(now.until).toLocalTime(),
                                        QLocale::ShortFormat))
                              : tr("You decide your approvals yourself."));
    auto* form = new QFormLayout;
    form->addRow(tr("&Delegate"), m_delegate);
    form->addRow(tr("&Until"), m_until);
    auto* buttons = new QDialogButtonBox;
    auto* handOver = buttons->addButton(tr("&Hand over"), QDialogButtonBox::AcceptRole);
    handOver->setObjectName(u"handOverButton"_s);
    auto* back = buttons->addButton(tr("&End delegation"), QDialogButtonBox::ResetRole);
    back->setObjectName(u"endDelegationButton"_s);
    back->setEnabled(now.to.has_value());
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(handOver, &QPushButton::clicked, this, [this] {
        const auto to = m_delegate->userId();
        if (!to) {
            m_status->setText(tr("Choose the person who decides while you are away."));
            return;
        }
        m_inbox.delegate(to, m_until->dateTime());
    });
    connect(back, &QPushButton::clicked, this,
            [this] { m_inbox.delegate(std::nullopt, QDateTime()); });
    connect(&inbox, &ApprovalInbox::delegated, this, &QDialog::accept);
    connect(&inbox, &ApprovalInbox::failed, this,
            [this](const QString& message) { m_status->setText(message); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

} // namespace frontline::client::ui
