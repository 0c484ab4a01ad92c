#include "app/serverapp.h"
#include "app/serveroptions.h"
#include "app/signalwatcher.h"
#ifdef Q_OS_LINUX
#include "app/epolldispatcher.h"
#endif

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

using namespace frontline::server;
using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    // Qt's own event dispatcher: measurably lighter per request than the glib one (~15% more
    // durable creates per second), and a server has no glib-based code to integrate.
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
#ifdef Q_OS_LINUX
    // The network thread on epoll: a turn of the loop costs the same with 10,000 connections
    // as with ten (FRONTLINE_EVENT_DISPATCHER=qt keeps Qt's poll()-based one, for comparison).
    if (qEnvironmentVariable("FRONTLINE_EVENT_DISPATCHER") != u"qt"_s) {
        auto* dispatcher = new EpollEventDispatcher;
        if (dispatcher->isValid())
            QCoreApplication::setEventDispatcher(dispatcher);
        else
            delete dispatcher;
    }
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Frontline"_s);
    QCoreApplication::setApplicationName(u"frontline"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FRONTLINE_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), u"frontline_server"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    auto options = ServerOptions::parse(app.arguments());
    if (!options) {
        err << "frontline-server: " << options.error() << Qt::endl;
        return 2;
    }
    options->applyLogLevel();
    raiseFileDescriptorLimit();
    SignalWatcher signalWatcher;
    ServerApp server(*options);
    QStringList notices;
    if (auto started = server.start(&notices); !started) {
        err << "frontline-server: " << started.error() << Qt::endl;
        return 1;
    }
    for (const QString& notice : std::as_const(notices))
        out << notice << Qt::endl;
    out << "listening on " << server.listenAddress() << Qt::endl;
    if (server.httpPort() != 0)
        out << "serving HTTP on port " << server.httpPort() << Qt::endl;

    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app,
                     &QCoreApplication::quit);
    // SIGHUP: the configuration file again; what cannot change live waits for a restart.
    QObject::connect(&signalWatcher, &SignalWatcher::reloadRequested, &app, [&] {
        auto next = ServerOptions::parse(app.arguments());
        if (!next) {
            err << "frontline-server: configuration not reloaded: " << next.error() << Qt::endl;
            return;
        }
        const auto reload = server.reconfigure(*next);
        for (const QString& key : reload.needRestart)
            err << "frontline-server: needs a restart: " << key << Qt::endl;
        err << "frontline-server: configuration reloaded"
            << (reload.applied.isEmpty() ? QString() : u": "_s + reload.applied.join(u", "_s))
            << Qt::endl;
    });
    const int status = app.exec();
    server.stop();
    return status;
}
