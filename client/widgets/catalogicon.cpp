#include "catalogicon.h"

#include <QApplication>
#include <QHash>
#include <QPixmap>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace frontline::client::ui {

QIcon catalogIcon(const QString& name)
{
    static const QHash<QString, QString> themed {
        {u"access"_s, u"dialog-password"_s},    {u"account"_s, u"system-users"_s},
        {u"building"_s, u"go-home"_s},          {u"calendar"_s, u"x-office-calendar"_s},
        {u"headset"_s, u"audio-headset"_s},     {u"key"_s, u"dialog-password"_s},
        {u"laptop"_s, u"computer"_s},           {u"mail"_s, u"mail-message-new"_s},
        {u"monitor"_s, u"video-display"_s},     {u"network"_s, u"network-wired"_s},
        {u"package"_s, u"package-x-generic"_s}, {u"phone"_s, u"phone"_s},
        {u"printer"_s, u"printer"_s},           {u"question"_s, u"help-about"_s},
        {u"server"_s, u"network-server"_s},     {u"software"_s, u"applications-other"_s},
        {u"travel"_s, u"mark-location"_s}};
    static const QHash<QString, QStyle::StandardPixmap> fallback {
        {u"laptop"_s, QStyle::SP_ComputerIcon},         {u"monitor"_s, QStyle::SP_DesktopIcon},
        {u"network"_s, QStyle::SP_DriveNetIcon},        {u"server"_s, QStyle::SP_DriveNetIcon},
        {u"question"_s, QStyle::SP_MessageBoxQuestion}, {u"package"_s, QStyle::SP_DirIcon},
        {u"software"_s, QStyle::SP_DriveCDIcon},        {u"key"_s, QStyle::SP_DialogYesButton},
        {u"access"_s, QStyle::SP_DialogYesButton}};
    const QIcon style = QApplication::style()->standardIcon(
        fallback.value(name, QStyle::SP_FileDialogDetailedView));
    // Every icon at the list's size, so that the names line up whatever size a theme has.
    const QSize size(32, 32);
    QPixmap pixmap = QIcon::fromTheme(themed.value(name), style).pixmap(size);
    if (pixmap.size() != size)
        pixmap = pixmap.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return QIcon(pixmap);
}

} // namespace frontline::client::ui
