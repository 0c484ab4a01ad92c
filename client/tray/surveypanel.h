#pragma once

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;

namespace frontline::client {
class MyTickets;
}

namespace frontline::client::tray {

// "How did we do?" under a resolved ticket: 1 to 5 and a comment, sent with ticket.rate and
// kept for the desk's satisfaction figures. Answering again replaces the answer.
class SurveyPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurveyPanel)

public:
    explicit SurveyPanel(MyTickets& tickets, QWidget* parent = nullptr);

    // The ticket it is for, and the answer already given (from its history), if any.
    void setTicket(qint64 id, std::optional<int> score);
    void choose(int score);
    void setComment(const QString& comment);
    void send();
    QString statusText() const;

Q_SIGNALS:
    void rated(qint64 ticketId, int score);

private:
    void showAnswered(int score);

    MyTickets& m_tickets;
    qint64 m_ticketId = 0;
    QLabel* m_question;
    QButtonGroup* m_scores;
    QLineEdit* m_comment;
    QPushButton* m_send;
    QLabel* m_status;
};

} // namespace frontline::client::tray
