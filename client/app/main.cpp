// frontline: the agent and manager desktop client.
#include "client/app/appcontroller.h"
#include "client/core/clientsettings.h"
#include "client/core/startup.h"
#include "client/widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;
using frontline::client::ui::AppController;

namespace {

// The command line's texts, translated like the rest of the client.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Frontline"_s);
    QApplication::setApplicationName(u"frontline"_s);
    QApplication::setApplicationDisplayName(u"Frontline"_s);
    QApplication::setApplicationVersion(QStringLiteral(FRONTLINE_VERSION));

    frontline::client::startup::installTranslators(
        QString()); // the system's language, for the command line's help
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Frontline help desk: the agent and manager client."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        u"server"_s,
        CommandLine::tr("The server, host:port, or the servers of one desk in the order to "
                        "try, host:port,host:port (default: the last used)."),
        u"host:port"_s);
    const QCommandLineOption tls(u"tls"_s, CommandLine::tr("Connect with TLS."));
    const QCommandLineOption user(
        u"user"_s,
        CommandLine::tr("Log in as this user; with FRONTLINE_PASSWORD set, without asking."),
        u"name"_s);
    const QCommandLineOption settings(
        u"settings"_s, CommandLine::tr("Keep settings in this file (default: per user)."),
        u"file"_s);
    const QCommandLineOption noKeychain(
        u"no-keychain"_s,
        CommandLine::tr("Do not keep the login in the keychain (log in at every start)."));
    parser.addOptions({server, tls, user, settings, noKeychain});
    parser.process(app);

    AppController::Options options;
    options.settingsPath = parser.value(settings);
    if (parser.isSet(server)) {
        const auto endpoints =
            frontline::client::startup::parseEndpoints(parser.value(server), parser.isSet(tls));
        if (endpoints) {
            options.endpoint = endpoints->first();
            options.alternates = endpoints->mid(1);
        }
        if (!options.endpoint) {
            QTextStream(stderr)
                << CommandLine::tr("--server: expected host:port, got %1").arg(parser.value(server))
                << Qt::endl;
            return 2;
        }
    }
    options.username = parser.value(user);
    options.password = qEnvironmentVariable("FRONTLINE_PASSWORD");
    qunsetenv("FRONTLINE_PASSWORD");
    options.useKeychain = !parser.isSet(noKeychain);

    const frontline::client::ClientSettings stored(options.settingsPath);
    frontline::client::startup::installTranslators(stored.language());
    frontline::client::ui::Theme::apply(stored.appearance());
    AppController controller(options);
    QObject::connect(
        &controller, &AppController::languageChanged, &app,
        [](const QString& language) { frontline::client::startup::installTranslators(language); });
    controller.start();
    return app.exec();
}
