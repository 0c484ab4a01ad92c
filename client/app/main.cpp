// frontline: the agent and manager desktop client.
#include "client/app/appcontroller.h"
#include "client/core/clientsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

using namespace Qt::StringLiterals;
using frontline::client::ui::AppController;

namespace {

// The command line's texts, translated like the rest of the client.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// The language chosen in the settings, or the system's.
void installTranslators(QApplication& app, const QString& language)
{
    static QTranslator own;
    static QTranslator qt;
    QCoreApplication::removeTranslator(&own);
    QCoreApplication::removeTranslator(&qt);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    if (own.load(locale, u"frontline"_s, u"_"_s, u":/i18n"_s))
        app.installTranslator(&own);
    if (qt.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qt);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Frontline"_s);
    QApplication::setApplicationName(u"frontline"_s);
    QApplication::setApplicationDisplayName(u"Frontline"_s);
    QApplication::setApplicationVersion(QStringLiteral(FRONTLINE_VERSION));

    installTranslators(app, QString()); // the system's language, for the command line's help
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Frontline help desk: the agent and manager client."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        u"server"_s, CommandLine::tr("The server, host:port (default: the last one used)."),
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
        const QString value = parser.value(server);
        frontline::rpc::ServerEndpoint endpoint;
        const qsizetype colon = value.lastIndexOf(u':');
        bool ok = colon > 0;
        endpoint.host = ok ? value.left(colon) : value;
        endpoint.port = ok ? value.mid(colon + 1).toUShort(&ok) : endpoint.port;
        if (!ok && colon > 0) {
            QTextStream(stderr)
                << CommandLine::tr("--server: expected host:port, got %1").arg(value) << Qt::endl;
            return 2;
        }
        endpoint.tls = parser.isSet(tls);
        options.endpoint = endpoint;
    }
    options.username = parser.value(user);
    options.password = qEnvironmentVariable("FRONTLINE_PASSWORD");
    qunsetenv("FRONTLINE_PASSWORD");
    options.useKeychain = !parser.isSet(noKeychain);

    installTranslators(app, frontline::client::ClientSettings(options.settingsPath).language());
    AppController controller(options);
    QObject::connect(&controller, &AppController::languageChanged, &app,
                     [&app](const QString& language) { installTranslators(app, language); });
    controller.start();
    return app.exec();
}
