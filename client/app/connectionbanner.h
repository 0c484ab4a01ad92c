#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace frontline::client {
class Outbox;
class Session;
} // namespace frontline::client

namespace frontline::client::ui {

// A band across the top of the window when something needs the user's attention: the
// connection is lost (work goes to the outbox), changes wait to be sent, or the server
// refused one. Hidden otherwise.
class ConnectionBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBanner)

public:
    ConnectionBanner(Session& session, Outbox& outbox, QWidget* parent = nullptr);

Q_SIGNALS:
    void showOutboxRequested();

private:
    void refresh();

    Session& m_session;
    Outbox& m_outbox;
    QLabel* m_message;
    QPushButton* m_details;
};

} // namespace frontline::client::ui
