#pragma once

#include <QLabel>
#include <QTimer>

namespace frontline::client::ui {

// A status line that screen readers speak by themselves (issue 24): Qt 6.4 has no announcement
// event, so this label's accessible role is Notification (AT-SPI "notification") and its name
// is its text. announce() hides it, sets the text and shows it: the showing state's change
// (object:state-changed:showing) is the event Orca's default script speaks notification
// objects on, in a status bar too; the name change goes out as well for other readers. The
// text stays visible for sighted users a while, then the label hides.
class Announcer final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Announcer)

public:
    explicit Announcer(QWidget* parent = nullptr);

    void announce(const QString& text);

private:
    QTimer m_expiry;
};

} // namespace frontline::client::ui
