#pragma once

#include "core/result.h"
#include "tablecatalog.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace frontline::admin {

// A table's row count and checksum: SHA-256 over its rows in primary-key order (byte order
// for text, as SQLite's BINARY collation), each value normalised so that SQLite and
// PostgreSQL give the same sum for the same data: NULL, integers in decimal, text as UTF-8,
// blobs in hex.
struct TableSum
{
    QString table;
    qint64 rows = 0;
    QString checksum;
};

// `columns`: which columns to sum (a migration sums the columns both sides have); empty: all.
Result<TableSum, QString> sumTable(server::SqlSession& session, const TableInfo& table,
                                   const QStringList& columns = {});

// What a backup holds: written next to it, checked by restore.
struct Manifest
{
    int schemaVersion = 0;
    QString backend; // "sqlite" or "postgresql"
    QString createdAt; // ISO 8601 UTC
    QList<TableSum> tables;

    QJsonObject toJson() const;
    static Result<Manifest, QString> fromJson(const QJsonObject& object);
    static Result<Manifest, QString> read(const QString& path);
    Result<bool, QString> write(const QString& path) const;
    // The manifest of a backup file: <file>.manifest.json
    static QString pathFor(const QString& backupFile);
};

// Counts and sums every table of the database, in one read transaction (its own, or the
// caller's when `inTransaction`).
Result<Manifest, QString> describeDatabase(server::SqlSession& session, bool inTransaction = false);

// One line per difference between what was expected and what is there; empty if none.
QStringList compareSums(const QList<TableSum>& expected, const QList<TableSum>& actual);

// The table of sums for a terminal: table, rows, checksum (and a mark where they differ).
QString formatSums(const QList<TableSum>& left, const QList<TableSum>& right);

} // namespace frontline::admin
