#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QHBoxLayout;

namespace frontline::client {
class Directory;
class MyTickets;
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
// and asks how the help was.
class MyTicketsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyTicketsWindow)

public:
    MyTicketsWindow(Session& session, const Directory& directory, Outbox& outbox,
                    MyTickets& tickets, QWidget* parent = nullptr);
    ~MyTicketsWindow() override;

    void openTicket(qint64 id);
    qint64 currentTicket() const;
    TicketDetail& detail() { return *m_detail; }
    SurveyPanel* survey() const { return m_survey; }
    void sendReply();

private:
    void showTicket();
    void rebuildActions();
    void runTransition(const QString& to, const QString& label, bool needsNote);

    const Directory& m_directory;
    MyTickets& m_tickets;
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
