#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace frontline::client {

// What the tray applet tells the desk about the reporter's computer, gathered without asking
// them anything: operating system, host and user names, addresses, memory, disk space, display
// and the applet's version. Shown to the user before it is sent (ticket.create's system_info).
class SystemInfo
{
    Q_DECLARE_TR_FUNCTIONS(SystemInfo)

public:
    struct Entry
    {
        QString key; // stable: os, kernel, host, user, addresses, memory, disk, display, ...
        QString value;
    };

    // `display` comes from the GUI layer (screens and their sizes); the rest is found here.
    static QList<Entry> gather(const QString& display);

    static QJsonObject toJson(const QList<Entry>& entries);
    static QList<Entry> fromJson(const QJsonObject& object);
    // The entry's name for people, in their language ("Operating system"); unknown keys as is.
    static QString label(const QString& key);
    // The known keys in the order they are shown; unknown ones follow.
    static QStringList order();
    // "Operating system: Debian GNU/Linux 12\nHost name: ..." — for copying into a ticket.
    static QString toText(const QList<Entry>& entries);

    static QString formatBytes(qint64 bytes);
};

} // namespace frontline::client
