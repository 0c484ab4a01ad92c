#include "tablechecksum.h"

#include "storage/sqlsession.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace frontline::admin {
namespace {

using server::SqlSession;
using server::Statement;

QString orderBy(const SqlSession& session, const TableInfo& table, const QStringList& columns)
{
    const QStringList& key = table.primaryKey.isEmpty() ? columns : table.primaryKey;
    QStringList terms;
    for (const QString& column : key) {
        QString term = quotedName(column);
        if (!session.isSqlite() && table.textColumns.contains(column))
            term += u" COLLATE \"C\""_s;
        terms.append(term + u" NULLS FIRST"_s);
    }
    return terms.join(u", "_s);
}

void addValue(QCryptographicHash& hash, const QVariant& value)
{
    if (value.isNull()) {
        hash.addData("\x01N");
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::QByteArray:
        hash.addData("\x01X");
        hash.addData(value.toByteArray().toHex());
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        hash.addData("\x01I");
        hash.addData(QByteArray::number(value.toLongLong()));
        return;
    case QMetaType::Double:
        hash.addData("\x01D");
        hash.addData(QByteArray::number(value.toDouble(), 'g', 17));
        return;
    default:
        hash.addData("\x01T");
        hash.addData(value.toString().toUtf8());
    }
}

} // namespace

Result<TableSum, QString> sumTable(SqlSession& session, const TableInfo& table,
                                   const QStringList& only)
{
    const QStringList columns = only.isEmpty() ? table.columns : only;
    QStringList select;
    for (const QString& column : columns)
        select.append(quotedName(column));
    TableSum sum;
    sum.table = table.name;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    try {
        const QString sql = u"SELECT "_s + select.join(u", "_s) + u" FROM "_s
            + quotedName(table.name) + u" ORDER BY "_s + orderBy(session, table, columns);
        Statement query = session.prepareOnce(sql);
        query.exec();
        while (query.next()) {
            ++sum.rows;
            for (int i = 0; i < columns.size(); ++i)
                addValue(hash, query.value(i));
            hash.addData("\x02");
        }
    } catch (const server::DbException& e) {
        return u"cannot read %1: %2"_s.arg(table.name, e.describe());
    }
    sum.checksum = QString::fromLatin1(hash.result().toHex());
    return sum;
}

Result<Manifest, QString> describeDatabase(SqlSession& session, bool inTransaction)
{
    Manifest manifest;
    manifest.backend = session.isSqlite() ? u"sqlite"_s : u"postgresql"_s;
    manifest.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    try {
        if (!inTransaction)
            session.beginRead();
    } catch (const server::DbException& e) {
        return u"cannot begin a read transaction: "_s + e.describe();
    }
    const auto end = [&session, inTransaction] {
        if (!inTransaction)
            session.rollback();
    };
    auto version = schemaVersion(session);
    if (!version) {
        end();
        return version.error();
    }
    manifest.schemaVersion = *version;
    auto tables = readTables(session);
    if (!tables) {
        end();
        return tables.error();
    }
    for (const TableInfo& table : std::as_const(*tables)) {
        auto sum = sumTable(session, table);
        if (!sum) {
            end();
            return sum.error();
        }
        manifest.tables.append(*sum);
    }
    end();
    return manifest;
}

QJsonObject Manifest::toJson() const
{
    QJsonArray list;
    for (const TableSum& sum : tables)
        list.append(QJsonObject {
            {u"table"_s, sum.table}, {u"rows"_s, sum.rows}, {u"sha256"_s, sum.checksum}});
    return QJsonObject {{u"format"_s, u"frontline-backup-manifest/1"_s},
                        {u"schema_version"_s, schemaVersion},
                        {u"backend"_s, backend},
                        {u"created_at"_s, createdAt},
                        {u"tables"_s, list}};
}

Result<Manifest, QString> Manifest::fromJson(const QJsonObject& object)
{
    if (object.value(u"format"_s).toString() != u"frontline-backup-manifest/1"_s)
        return u"not a Frontline backup manifest"_s;
    Manifest manifest;
    manifest.schemaVersion = object.value(u"schema_version"_s).toInt();
    manifest.backend = object.value(u"backend"_s).toString();
    manifest.createdAt = object.value(u"created_at"_s).toString();
    const QJsonArray list = object.value(u"tables"_s).toArray();
    for (const QJsonValue& entry : list) {
        const QJsonObject table = entry.toObject();
        manifest.tables.append({table.value(u"table"_s).toString(),
                                table.value(u"rows"_s).toInteger(),
                                table.value(u"sha256"_s).toString()});
    }
    return manifest;
}

Result<Manifest, QString> Manifest::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"cannot read the manifest %1: %2"_s.arg(path, file.errorString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return u"the manifest %1 is not valid JSON: %2"_s.arg(path, error.errorString());
    return fromJson(document.object());
}

Result<bool, QString> Manifest::write(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return u"cannot write %1: %2"_s.arg(path, file.errorString());
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return u"cannot write %1: %2"_s.arg(path, file.errorString());
    return true;
}

QString Manifest::pathFor(const QString& backupFile)
{
    return backupFile + u".manifest.json"_s;
}

QStringList compareSums(const QList<TableSum>& expected, const QList<TableSum>& actual)
{
    QHash<QString, TableSum> there;
    for (const TableSum& sum : actual)
        there.insert(sum.table, sum);
    QStringList differences;
    for (const TableSum& sum : expected) {
        const auto it = there.constFind(sum.table);
        if (it == there.constEnd()) {
            differences.append(u"%1: missing (expected %2 rows)"_s.arg(sum.table).arg(sum.rows));
            continue;
        }
        if (it->rows != sum.rows)
            differences.append(
                u"%1: %2 rows, expected %3"_s.arg(sum.table).arg(it->rows).arg(sum.rows));
        else if (it->checksum != sum.checksum)
            differences.append(
                u"%1: same %2 rows, different contents (checksum %3, expected %4)"_s.arg(sum.table)
                    .arg(sum.rows)
                    .arg(it->checksum.left(12), sum.checksum.left(12)));
        there.remove(sum.table);
    }
    for (const TableSum& extra : std::as_const(there))
        differences.append(u"%1: not expected (%2 rows)"_s.arg(extra.table).arg(extra.rows));
    return differences;
}

QString formatSums(const QList<TableSum>& left, const QList<TableSum>& right)
{
    QHash<QString, TableSum> other;
    for (const TableSum& sum : right)
        other.insert(sum.table, sum);
    QString out = u"%1 %2 %3 %4 %5\n"_s.arg(u"table"_s, -28)
                      .arg(u"source rows"_s, 12)
                      .arg(u"target rows"_s, 12)
                      .arg(u"checksum"_s, -16)
                      .arg(u"same"_s);
    for (const TableSum& sum : left) {
        const TableSum target = other.value(sum.table);
        const bool same = target.rows == sum.rows && target.checksum == sum.checksum;
        out += u"%1 %2 %3 %4 %5\n"_s.arg(sum.table, -28)
                   .arg(sum.rows, 12)
                   .arg(target.rows, 12)
                   .arg(sum.checksum.left(16), -16)
                   .arg(same ? u"yes"_s : u"NO"_s);
    }
    return out;
}

} // namespace frontline::admin
