#pragma once

#include "core/result.h"

#include <QString>

namespace frontline::admin {

// Copies a SQLite database with SQLite's online backup API: one consistent snapshot of a
// database another process is writing (in WAL mode the writer is not blocked). `to` is
// replaced page by page; its other connections see the new contents when it is done.
Result<bool, QString> sqliteCopy(const QString& from, const QString& to);

} // namespace frontline::admin
