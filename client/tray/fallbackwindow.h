#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace frontline::client::ui {
class Announcer;
} // namespace frontline::client::ui

namespace frontline::client::tray {

// Where the desktop has no system tray (GNOME without its extension, a bare X server): the
// applet's menu as a small window, with the state and the latest news on it, instead of an
// icon nobody can see.
class FallbackWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FallbackWindow)

public:
    explicit FallbackWindow(QWidget* parent = nullptr);

    void setUnread(int unread);
    void setStatus(const QString& text);
    // A notification that a tray would have shown as a balloon.
    void showNews(const QString& title, const QString& text);
    QString newsText() const;
    // True when every line of the status and the news is inside the window (nothing cut off).
    bool showsAllText() const;
    // Speaks the applet's news to screen readers (TrayAnnouncements); takes no room, since the
    // status and the news above show the same to the eye.
    ui::Announcer* announcer() const { return m_announcer; }

Q_SIGNALS:
    void newTicketRequested();
    void requestRequested(); // "Request something" from the catalog
    void myTicketsRequested();
    void knowledgeBaseRequested();
    void announcementsRequested();
    void settingsRequested();
    void quitRequested();

private:
    // Grows the window to the height its wrapped texts need at its width (never shrinks it
    // under the user's hand, except to drop the room of a notice that went).
    void fitText();

    QPushButton* m_myTickets;
    QLabel* m_status;
    QLabel* m_news;
    ui::Announcer* m_announcer;
};

} // namespace frontline::client::tray
