#include "trayicons.h"

#include "client/widgets/theme.h"

#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace frontline::client::tray {

QIcon trayIcon(int unread, bool online)
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(
            ui::Theme::colour(online ? ui::Theme::Role::TrayOnline : ui::Theme::Role::TrayOffline));
        p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), size * 0.22, size * 0.22);
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(int(size * 0.7));
        p.setFont(font);
        p.setPen(ui::Theme::colour(ui::Theme::Role::IconText));
        p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, u"F"_s);
        if (unread > 0) {
            const qreal badge = size * 0.55;
            const QRectF circle(size - badge, 0, badge, badge);
            p.setPen(Qt::NoPen);
            p.setBrush(ui::Theme::colour(ui::Theme::Role::TrayBadge));
            p.drawEllipse(circle);
            font.setPixelSize(int(badge * 0.75));
            p.setFont(font);
            p.setPen(ui::Theme::colour(ui::Theme::Role::IconText));
            p.drawText(circle, Qt::AlignCenter, unread > 9 ? u"9+"_s : QString::number(unread));
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace frontline::client::tray
