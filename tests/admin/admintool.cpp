#include "admintool.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace frontline::test {

std::string AdminRun::describe() const
{
    return (u"exit %1\n--- stdout\n%2\n--- stderr\n%3"_s.arg(exitCode).arg(output, errors))
        .toStdString();
}

QString adminProgram()
{
    const QString fromEnv = qEnvironmentVariable("FRONTLINE_ADMIN_BIN");
    return fromEnv.isEmpty() ? QStringLiteral(FRONTLINE_ADMIN_BIN_DEFAULT) : fromEnv;
}

AdminRun runAdmin(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.start(adminProgram(), arguments);
    AdminRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.errors = u"did not finish: "_s + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAllStandardOutput());
    run.errors = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace frontline::test
