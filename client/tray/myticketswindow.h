#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QHBoxLayout;
class QTabWidget;

namespace frontline::client {
class Directory;
class MyTickets;
class OrgTickets;
class Outbox;
class Session;
class TicketDetail;
} // namespace frontline::client

namespace frontline::client::ui {
class ConversationView;
}

namespace frontline::client::tray {

class SurveyPanel;

// The user's tickets and, for the one chosen, a chat with the desk: replies arrive as they are
// written (pushed), the user answers below; a resolved ticket offers to confirm or reopen it
// and asks how the help was. An organisation viewer also has "My organisation": the
// organisation's tickets, to read (a colleague's ticket cannot be answered or changed).
class MyTicketsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyTicketsWindow)

public:
    MyTicketsWindow(Session& session, const Directory& directory, Outbox& outbox,
                    MyTickets& tickets, OrgTickets& orgTickets, QWidget* parent = nullptr);
    ~MyTicketsWindow() override;

    void openTicket(qint64 id);
    // A ticket of the organisation (read-only unless the user raised it).
    void openOrgTicket(qint64 id);
    QTabWidget* lists() const { return m_lists; }
    qint64 currentTicket() const;
    TicketDetail& detail() { return *m_detail; }
    SurveyPanel* survey() const { return m_survey; }
    void sendReply();

Q_SIGNALS:
    // A request from the catalog: show its approvals and tasks ("Request something").
    void progressRequested(qint64 requestId);

private:
    void showTicket();
    void rebuildActions();
    void runTransition(const QString& to, const QString& label, bool needsNote);

    Session& m_session;
    const Directory& m_directory;
    MyTickets& m_tickets;
    OrgTickets& m_orgTickets;
    QTabWidget* m_lists;
    QListView* m_orgList;
    TicketDetail* m_detail;
    QListView* m_list;
    QLabel* m_header;
    QLabel* m_state;
    ui::ConversationView* m_chat;
    QWidget* m_actions;
    QHBoxLayout* m_actionsLayout;
    SurveyPanel* m_survey;
    QPlainTextEdit* m_reply;
    QPushButton* m_send;
};

} // namespace frontline::client::tray
