#include "app/mailkeyfile.h"

#include "app/serveroptions.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace frontline::server {

QString mailKeyFile(const ServerOptions& options)
{
    if (!options.mailKeyFile.isEmpty())
        return options.mailKeyFile;
    if (options.database.backend == Backend::Sqlite)
        return options.database.sqlitePath + u".mail-key"_s;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + u"/.frontline"_s;
    QDir().mkpath(folder);
    return folder + u"/mail.key"_s;
}

} // namespace frontline::server
