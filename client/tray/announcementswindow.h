#pragma once

#include <QWidget>

class QTextBrowser;

namespace frontline::client {
class AnnouncementBoard;
}

namespace frontline::client::tray {

// What the desk announced: planned maintenance, outages, news — current ones first, each with
// its time window. Follows the board live.
class AnnouncementsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnouncementsWindow)

public:
    explicit AnnouncementsWindow(AnnouncementBoard& board, QWidget* parent = nullptr);

    QString shownText() const;

private:
    void render();

    AnnouncementBoard& m_board;
    QTextBrowser* m_view;
};

} // namespace frontline::client::tray
