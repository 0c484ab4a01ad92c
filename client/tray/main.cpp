// frontline-tray: the end users' applet next to the clock.
#include "client/core/clientsettings.h"
#include "client/core/startup.h"
#include "client/tray/singleinstance.h"
#include "client/tray/trayapp.h"
#include "client/widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;
using frontline::client::tray::SingleInstance;
using frontline::client::tray::TrayApp;

namespace {

struct TrayCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(TrayCommandLine)
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Frontline"_s);
    QApplication::setApplicationName(u"frontline-tray"_s);
    QApplication::setApplicationDisplayName(u"Frontline"_s);
    QApplication::setApplicationVersion(QStringLiteral(FRONTLINE_VERSION));
    // Closing a window leaves the applet running next to the clock.
    QApplication::setQuitOnLastWindowClosed(false);

    frontline::client::startup::installTranslators(QString());
    QCommandLineParser parser;
    parser.setApplicationDescription(TrayCommandLine::tr(
        "Frontline help desk: report a problem, follow your tickets, read the announcements."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        u"server"_s,
        TrayCommandLine::tr("The server, host:port, or the servers of one desk in the order to "
                            "try, host:port,host:port (default: the last used)."),
        u"host:port"_s);
    const QCommandLineOption tls(u"tls"_s, TrayCommandLine::tr("Connect with TLS."));
    const QCommandLineOption user(
        u"user"_s,
        TrayCommandLine::tr("Log in as this user; with FRONTLINE_PASSWORD set, without asking."),
        u"name"_s);
    const QCommandLineOption settings(
        u"settings"_s, TrayCommandLine::tr("Keep settings in this file (default: per user)."),
        u"file"_s);
    const QCommandLineOption noKeychain(
        u"no-keychain"_s, TrayCommandLine::tr("Do not keep the login in the keychain."));
    const QCommandLineOption window(
        u"window"_s, TrayCommandLine::tr("Show a small window instead of a tray icon."));
    const QCommandLineOption instance(
        u"instance"_s,
        TrayCommandLine::tr("The single-instance name (default: one applet per user)."), u"name"_s);
    const QCommandLineOption show(
        u"show"_s,
        TrayCommandLine::tr("Open this window: new-ticket, my-tickets, request, "
                            "knowledge-base, announcements, outbox or settings (also in the "
                            "applet already running)."),
        u"window"_s);
    parser.addOptions({server, tls, user, settings, noKeychain, window, instance, show});
    parser.process(app);

    SingleInstance single(parser.isSet(instance) ? parser.value(instance)
                                                 : SingleInstance::defaultName());
    if (!single.claim(parser.value(show))) {
        QTextStream(stdout) << TrayCommandLine::tr("Frontline is already running; it was asked "
                                                   "to show itself.")
                            << Qt::endl;
        return 0;
    }

    TrayApp::Options options;
    options.settingsPath = parser.value(settings);
    if (parser.isSet(server)) {
        const auto endpoints =
            frontline::client::startup::parseEndpoints(parser.value(server), parser.isSet(tls));
        if (endpoints) {
            options.endpoint = endpoints->first();
            options.alternates = endpoints->mid(1);
        }
        if (!options.endpoint) {
            QTextStream(stderr) << TrayCommandLine::tr("--server: expected host:port, got %1")
                                       .arg(parser.value(server))
                                << Qt::endl;
            return 2;
        }
    }
    options.username = parser.value(user);
    options.password = qEnvironmentVariable("FRONTLINE_PASSWORD");
    qunsetenv("FRONTLINE_PASSWORD");
    options.useKeychain = !parser.isSet(noKeychain);
    options.forceWindow = parser.isSet(window);

    const frontline::client::ClientSettings stored(options.settingsPath);
    frontline::client::startup::installTranslators(stored.language());
    frontline::client::ui::Theme::apply(stored.appearance());
    TrayApp tray(options);
    QObject::connect(&single, &SingleInstance::activated, &tray, &TrayApp::activate);
    if (parser.isSet(show)) {
        const QString what = parser.value(show);
        QObject::connect(
            &tray, &TrayApp::ready, &tray, [&tray, what] { tray.activate(what); },
            Qt::SingleShotConnection);
    }
    tray.start();
    return app.exec();
}
