#pragma once

#include <QDialog>

class QListWidget;

namespace frontline::client {
class NotificationCenter;
}

namespace frontline::client::ui {

// The user's notifications, newest first, unread in bold; a double click opens the ticket.
class NotificationsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsDialog)

public:
    explicit NotificationsDialog(NotificationCenter& center, QWidget* parent = nullptr);

Q_SIGNALS:
    void openTicketRequested(qint64 id);

private:
    void refresh();

    NotificationCenter& m_center;
    QListWidget* m_list;
};

} // namespace frontline::client::ui
