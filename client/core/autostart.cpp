#include "autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace frontline::client {
namespace {

#if defined(Q_OS_WIN)
const QString RunKey = u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_s;
#endif

// A desktop entry's Exec field: arguments with spaces or quotes quoted.
QString quoted(const QString& argument)
{
    if (!argument.contains(u' ') && !argument.contains(u'"') && !argument.isEmpty())
        return argument;
    QString escaped = argument;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u'"' + escaped + u'"';
}

// True when the desktop entry at `path` says Hidden=true (the XDG way to switch one off).
bool isHidden(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith("Hidden") && line.mid(6).trimmed().startsWith('='))
            return line.mid(line.indexOf('=') + 1).trimmed() == "true";
    }
    return false;
}

} // namespace

Autostart::Autostart(QString program, QStringList arguments, QString configDir,
                     std::optional<QStringList> systemConfigDirs)
    : m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_configDir(std::move(configDir))
{
    if (systemConfigDirs) {
        m_systemConfigDirs = *systemConfigDirs;
    } else if (m_configDir.isEmpty()) {
        // The user's folder comes first; the rest are $XDG_CONFIG_DIRS (/etc/xdg).
        m_systemConfigDirs =
            QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
        if (!m_systemConfigDirs.isEmpty())
            m_systemConfigDirs.removeFirst();
    }
}

QString Autostart::systemEntry() const
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return {};
#else
    for (const QString& dir : m_systemConfigDirs) {
        const QString path = dir + u"/autostart/frontline-tray.desktop"_s;
        if (QFile::exists(path))
            return path;
    }
    return {};
#endif
}

QString Autostart::location() const
{
#if defined(Q_OS_WIN)
    if (m_configDir.isEmpty())
        return RunKey + u"\\Frontline"_s;
#endif
    const QString base = m_configDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        : m_configDir;
#if defined(Q_OS_MACOS)
    return QDir::homePath() + u"/Library/LaunchAgents/org.frontline.tray.plist"_s;
#else
    return base + u"/autostart/frontline-tray.desktop"_s;
#endif
}

QString Autostart::desktopEntry() const
{
    QStringList exec {quoted(m_program)};
    for (const QString& argument : m_arguments)
        exec.append(quoted(argument));
    return u"[Desktop Entry]\n"
           "Type=Application\n"
           "Name=Frontline\n"
           "Comment=Report a problem to the help desk and follow your tickets\n"
           "Exec=%1\n"
           "Icon=frontline-tray\n"
           "Terminal=false\n"
           "Categories=Office;\n"
           "X-GNOME-Autostart-enabled=true\n"_s.arg(exec.join(u' '));
}

bool Autostart::isEnabled() const
{
#if defined(Q_OS_WIN)
    if (m_configDir.isEmpty())
        return QSettings(RunKey, QSettings::NativeFormat).contains(u"Frontline"_s);
#endif
    if (QFile::exists(location()))
        return !isHidden(location());
    return !systemEntry().isEmpty() && !isHidden(systemEntry());
}

bool Autostart::setEnabled(bool enabled, QString* error)
{
#if defined(Q_OS_WIN)
    if (m_configDir.isEmpty()) {
        QSettings run(RunKey, QSettings::NativeFormat);
        if (enabled)
            run.setValue(u"Frontline"_s, QDir::toNativeSeparators(m_program));
        else
            run.remove(u"Frontline"_s);
        run.sync();
        if (run.status() != QSettings::NoError)
            *error = u"the Run key cannot be written"_s;
        return run.status() == QSettings::NoError;
    }
#endif
    const QString path = location();
    QString content = desktopEntry();
    if (!enabled) {
        if (systemEntry().isEmpty()) {
            if (QFile::exists(path) && !QFile::remove(path)) {
                *error = path;
                return false;
            }
            return true;
        }
        // The package starts the applet for everyone: this user's entry hides it.
        content += u"Hidden=true\n"_s;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
#if defined(Q_OS_MACOS)
    QStringList args {u"<string>"_s + m_program.toHtmlEscaped() + u"</string>"_s};
    for (const QString& argument : m_arguments)
        args.append(u"<string>"_s + argument.toHtmlEscaped() + u"</string>"_s);
    content =
        u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"><dict>"
        "<key>Label</key><string>org.frontline.tray</string><key>ProgramArguments</key>"
        "<array>%1</array><key>RunAtLoad</key><true/></dict></plist>\n"_s.arg(args.join(QString()));
#endif
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0 || !file.commit()) {
        *error = path;
        return false;
    }
    return true;
}

} // namespace frontline::client
