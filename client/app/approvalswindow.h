#pragma once

#include <QDialog>
#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace frontline::client {
class ApprovalInbox;
class Session;
} // namespace frontline::client

namespace frontline::client::ui {

class UserPicker;

// The approvals inbox (issue 21): what waits on the user, the selected request's ticket, step
// and note, and a comment to approve or reject it with. Renders ApprovalInbox and forwards
// the user's decisions to it.
class ApprovalsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalsWindow)

public:
    explicit ApprovalsWindow(ApprovalInbox& inbox, QWidget* parent = nullptr);

Q_SIGNALS:
    void openTicketRequested(qint64 ticketId);

private:
    void showSelected();
    void decide(bool approve);
    qint64 selectedId() const;

    ApprovalInbox& m_inbox;
    QTreeView* m_list;
    QLabel* m_details;
    QPlainTextEdit* m_comment;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_open;
    QLabel* m_status;
};

// Away: the user's approvals go to someone else until a time (from the settings).
class DelegationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DelegationDialog)

public:
    DelegationDialog(ApprovalInbox& inbox, Session& session, QWidget* parent = nullptr);

private:
    ApprovalInbox& m_inbox;
    UserPicker* m_delegate;
    QDateTimeEdit* m_until;
    QLabel* m_current;
    QLabel* m_status;
};

} // namespace frontline::client::ui
