#pragma once

#include <QString>
#include <QStringList>

namespace frontline::test {

// One run of the real frontline-admin program.
struct AdminRun
{
    int exitCode = -1;
    QString output; // stdout
    QString errors; // stderr
    std::string describe() const;
};

QString adminProgram();
AdminRun runAdmin(const QStringList& arguments, int timeoutMs = 300000);

} // namespace frontline::test
