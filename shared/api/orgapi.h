#pragma once

#include "api/paramreader.h"
#include "core/result.h"
#include "domain/organisation.h"
#include "rpc/rpcerror.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// Organisations (the companies or departments requesters belong to) and the bulk imports of
// users and organisations from CSV.
namespace frontline::api {

inline constexpr int MaxOrgDomains = 20;
inline constexpr int MaxImportBytes = 2 * 1024 * 1024;
inline constexpr int MaxImportRows = 5000;

// A mail domain: lower-case labels of a-z 0-9 -, at least two, no leading or trailing dot.
bool isValidMailDomain(const QString& domain);
// The domain part of an address, lower-case ("" when there is none).
QString mailDomainOf(const QString& address);

struct OrgCreateParams
{
    QString name;
    QStringList domains;
    QString notes;

    QJsonObject toJson() const;
    static Result<OrgCreateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

struct OrgUpdateParams
{
    qint64 id = 0;
    std::optional<QString> name;
    std::optional<QStringList> domains;
    std::optional<QString> notes;

    QJsonObject toJson() const;
    static Result<OrgUpdateParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// org.list: every organisation by name, with its member count.
struct OrgList
{
    QList<Organisation> items;

    QJsonObject toJson() const;
    static OrgList fromJson(const QJsonValue& value);
    bool operator==(const OrgList&) const = default;
};

// user.import / org.import: CSV text with a header line; nothing is written on a dry run.
struct ImportParams
{
    QString csv;
    bool dryRun = true;

    QJsonObject toJson() const;
    static Result<ImportParams, rpc::RpcError> fromJson(const QJsonValue& params);
};

// What one CSV row does (or would do on a dry run).
struct ImportRow
{
    enum class Action { Create, Update, Unchanged, Refused };

    int line = 0; // 1-based line of the CSV text (the header is line 1)
    QString key; // the username or organisation name the row names
    Action action = Action::Unchanged;
    QStringList changed; // update: the fields that change
    QString field; // refused: the column at fault
    QString reason; // refused: why

    // A row refused: `field` is the column at fault, `reason` why.
    static ImportRow refused(int line, const QString& key, const QString& field,
                             const QString& reason)
    {
        ImportRow row;
        row.line = line;
        row.key = key;
        row.action = Action::Refused;
        row.field = field;
        row.reason = reason;
        return row;
    }

    QJsonObject toJson() const;
    static ImportRow fromJson(const QJsonValue& value);
    bool operator==(const ImportRow&) const = default;
};

QString toString(ImportRow::Action action);
std::optional<ImportRow::Action> importActionFromString(QStringView text);

// The import's answer: every row; `applied` is true when the rows were written (not a dry run
// and no row refused: an import is all or nothing).
struct ImportResult
{
    bool dryRun = true;
    bool applied = false;
    QList<ImportRow> rows;

    int count(ImportRow::Action action) const;
    QJsonObject toJson() const;
    static ImportResult fromJson(const QJsonValue& value);
    bool operator==(const ImportResult&) const = default;
};

// RFC 4180 CSV: fields separated by commas, quoted with double quotes ("" inside quotes is
// one quote), records by CRLF or LF. Empty lines are skipped. Each record keeps its line.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};
Result<QList<CsvRecord>, QString> parseCsv(const QString& text);

} // namespace frontline::api
