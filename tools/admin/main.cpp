#include "backupcommand.h"
#include "checkcommand.h"
#include "importcommand.h"
#include "migratecommand.h"
#include "restorecommand.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace frontline::admin;
using namespace Qt::StringLiterals;

namespace {

std::vector<std::unique_ptr<Command>> commands()
{
    std::vector<std::unique_ptr<Command>> all;
    all.push_back(std::make_unique<BackupCommand>());
    all.push_back(std::make_unique<RestoreCommand>());
    all.push_back(std::make_unique<CheckCommand>());
    all.push_back(std::make_unique<MigrateCommand>());
    all.push_back(std::make_unique<ImportCommand>());
    return all;
}

void usage(QTextStream& stream, const std::vector<std::unique_ptr<Command>>& all)
{
    stream << QCoreApplication::translate("frontline-admin",
                                          "Usage: frontline-admin <command> [options]")
           << "\n\n";
    for (const auto& command : all)
        stream << u"  %1 %2\n"_s.arg(command->name(), -8).arg(command->brief());
    stream << '\n'
           << QCoreApplication::translate("frontline-admin",
                                          "frontline-admin <command> --help tells more.")
           << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Frontline"_s);
    QCoreApplication::setApplicationName(u"frontline-admin"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FRONTLINE_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), u"frontline_server"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    const auto all = commands();
    QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        QTextStream stream(first.isEmpty() ? stderr : stdout);
        usage(stream, all);
        return first.isEmpty() ? ExitUsage : ExitOk;
    }
    if (first == u"--version"_s) {
        QTextStream(stdout) << "frontline-admin " << QCoreApplication::applicationVersion()
                            << Qt::endl;
        return ExitOk;
    }
    for (const auto& command : all) {
        if (command->name() == first) {
            arguments.removeAt(1);
            return command->run(arguments);
        }
    }
    QTextStream stream(stderr);
    stream << QCoreApplication::translate("frontline-admin", "Unknown command: %1").arg(first)
           << "\n\n";
    usage(stream, all);
    return ExitUsage;
}
