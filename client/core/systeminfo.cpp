#include "systeminfo.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkInterface>
#include <QStorageInfo>
#include <QSysInfo>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_MACOS)
#include <sys/sysctl.h>
#include <sys/types.h>
#endif

using namespace Qt::StringLiterals;

namespace frontline::client {
namespace {

struct Memory
{
    qint64 total = 0;
    qint64 available = -1; // unknown
};

Memory memory()
{
    Memory m;
#if defined(Q_OS_WIN)
    MEMORYSTATUSEX status;
    status.dwLength = sizeof(status);
    if (GlobalMemoryStatusEx(&status)) {
        m.total = qint64(status.ullTotalPhys);
        m.available = qint64(status.ullAvailPhys);
    }
#elif defined(Q_OS_MACOS)
    quint64 size = 0;
    size_t length = sizeof(size);
    if (sysctlbyname("hw.memsize", &size, &length, nullptr, 0) == 0)
        m.total = qint64(size);
#else
    QFile file(u"/proc/meminfo"_s);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : file.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() < 2)
                continue;
            if (parts[0] == "MemTotal:")
                m.total = parts[1].toLongLong() * 1024;
            else if (parts[0] == "MemAvailable:")
                m.available = parts[1].toLongLong() * 1024;
        }
    }
#endif
    return m;
}

QString userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = QDir::home().dirName(); // services and sessions without the variables
    const QString domain = qEnvironmentVariable("USERDOMAIN");
    return domain.isEmpty() || name.isEmpty() ? name : domain + u'\\' + name;
}

QString addresses()
{
    QStringList out;
    for (const QNetworkInterface& interface : QNetworkInterface::allInterfaces()) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry& entry : interface.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.isLinkLocal())
                continue;
            out.append(u"%1 (%2)"_s.arg(ip.toString(), interface.humanReadableName()));
        }
    }
    return out.isEmpty() ? SystemInfo::tr("none") : out.join(u", "_s);
}

} // namespace

QString SystemInfo::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QList<SystemInfo::Entry> SystemInfo::gather(const QString& display)
{
    QList<Entry> entries;
    entries.append({u"os"_s, QSysInfo::prettyProductName()});
    entries.append({u"kernel"_s,
                    QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion() + u" ("_s
                        + QSysInfo::currentCpuArchitecture() + u')'});
    entries.append({u"host"_s, QSysInfo::machineHostName()});
    entries.append({u"user"_s, userName()});
    entries.append({u"addresses"_s, addresses()});
    const Memory mem = memory();
    if (mem.total > 0) {
        entries.append(
            {u"memory"_s,
             mem.available >= 0
                 ? tr("%1 (%2 free)").arg(formatBytes(mem.total), formatBytes(mem.available))
                 : formatBytes(mem.total)});
    }
    const QStorageInfo root = QStorageInfo::root();
    if (root.isValid()) {
        entries.append({u"disk"_s,
                        tr("%1 free of %2 on %3")
                            .arg(formatBytes(root.bytesAvailable()), formatBytes(root.bytesTotal()),
                                 root.rootPath())});
    }
    if (!display.isEmpty())
        entries.append({u"display"_s, display});
    entries.append(
        {u"app_version"_s,
         QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion()});
    return entries;
}

QJsonObject SystemInfo::toJson(const QList<Entry>& entries)
{
    QJsonObject object;
    for (const Entry& entry : entries)
        object.insert(entry.key, entry.value.left(500).simplified());
    return object;
}

QList<SystemInfo::Entry> SystemInfo::fromJson(const QJsonObject& object)
{
    QList<Entry> entries;
    QStringList keys = object.keys();
    const QStringList known = order();
    std::stable_sort(keys.begin(), keys.end(), [&known](const QString& a, const QString& b) {
        const auto rank = [&known](const QString& k) {
            const qsizetype i = known.indexOf(k);
            return i < 0 ? known.size() : i;
        };
        return rank(a) < rank(b);
    });
    for (const QString& key : std::as_const(keys))
        entries.append({key, object.value(key).toString()});
    return entries;
}

QStringList SystemInfo::order()
{
    return {u"os"_s,     u"kernel"_s, u"host"_s,    u"user"_s,       u"addresses"_s,
            u"memory"_s, u"disk"_s,   u"display"_s, u"app_version"_s};
}

QString SystemInfo::label(const QString& key)
{
    if (key == u"os"_s)
        return tr("Operating system");
    if (key == u"kernel"_s)
        return tr("Kernel");
    if (key == u"host"_s)
        return tr("Computer name");
    if (key == u"user"_s)
        return tr("User");
    if (key == u"addresses"_s)
        return tr("IP addresses");
    if (key == u"memory"_s)
        return tr("Memory");
    if (key == u"disk"_s)
        return tr("Disk space");
    if (key == u"display"_s)
        return tr("Display");
    if (key == u"app_version"_s)
        return tr("Application version");
    return key;
}

QString SystemInfo::toText(const QList<Entry>& entries)
{
    QStringList lines;
    for (const Entry& entry : entries)
        lines.append(label(entry.key) + u": "_s + entry.value);
    return lines.join(u'\n');
}

} // namespace frontline::client
