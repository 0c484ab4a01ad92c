#include "catalogicon.h"

#include "client/core/catalog/catalogbrowser.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
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

void fillCatalogList(QListWidget* list, const CatalogBrowser& browser, QLabel* state,
                     QPushButton* more, const QString& nothingText)
{
    const qint64 chosen =
        list->currentItem() ? list->currentItem()->data(CatalogItemIdRole).toLongLong() : 0;
    list->clear();
    for (const api::CatalogItem& entry : browser.items()) {
        auto* item = new QListWidgetItem(catalogIcon(entry.icon),
                                         entry.description.isEmpty()
                                             ? entry.name
                                             : u"%1\n%2"_s.arg(entry.name, entry.description));
        item->setData(CatalogItemIdRole, entry.id);
        item->setData(Qt::AccessibleTextRole, entry.name);
        item->setData(Qt::AccessibleDescriptionRole, entry.description);
        item->setToolTip(entry.description);
        list->addItem(item);
        if (entry.id == chosen)
            list->setCurrentItem(item);
    }
    more->setVisible(browser.canFetchMore());
    if (browser.isLoading() && browser.items().isEmpty())
        state->setText(QCoreApplication::translate("CatalogList", "Looking…"));
    else if (browser.items().isEmpty())
        state->setText(browser.searchText().isEmpty()
                           ? nothingText
                           : QCoreApplication::translate("CatalogList", "Nothing matches “%1”.")
                                 .arg(browser.searchText()));
    else
        state->setText(QCoreApplication::translate("CatalogList", "%n item(s)", nullptr,
                                                   int(browser.items().size())));
}

} // namespace frontline::client::ui
