#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace frontline::server {

// server.conf: one "key = value" per line, the keys being frontline-server's long options
// without "--" (db, listen, max-connections, ...). Blank lines and lines starting with '#' or
// ';' are ignored; a value may be wrapped in double quotes; there are no inline comments (a
// '#' belongs to the value) and no sections. A flag takes true or false.
//
// A tiny reader rather than QSettings' INI: QSettings splits values at commas into lists,
// decodes '%' escapes, files keys under [General] and cannot say on which line a mistake is;
// here every key is a command-line option, read back exactly as written.
class ServerConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(ServerConfigFile)

public:
    // The packaged service's file, read when it exists and --config names no other.
    static QString defaultPath();

    // Key -> value as written; the error names the file, the line and what is wrong (a
    // line without '=', an empty key, a key given twice). Key names are checked by the caller.
    static Result<QMap<QString, QString>, QString> read(const QString& path);
    static Result<QMap<QString, QString>, QString> parse(const QByteArray& text,
                                                         const QString& path);
};

} // namespace frontline::server
