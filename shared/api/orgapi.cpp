#include "orgapi.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace frontline::api {
namespace {

constexpr TextRule OrgNameRule {.minLength = 1, .maxLength = 100};
constexpr TextRule OrgNotesRule {.minLength = 0, .maxLength = 4000, .singleLine = false};

// Domains as a list: trimmed, lower-cased, each valid, each once.
std::optional<QStringList> readDomains(ParamReader& reader, QLatin1StringView name)
{
    const QJsonValue value = reader.rawValue(name, [] {
        return schema::arrayOf(schema::withDescription(schema::string(1, 253), u"a mail domain"_s),
                               0, MaxOrgDomains);
    });
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isArray() || value.toArray().size() > MaxOrgDomains) {
        reader.fail(name, u"must be an array of at most %1 mail domains"_s.arg(MaxOrgDomains));
        return QStringList();
    }
    QStringList domains;
    for (const QJsonValue& entry : value.toArray()) {
        const QString domain = entry.toString().trimmed().toLower();
        if (!entry.isString() || !isValidMailDomain(domain)) {
            reader.fail(name, u"%1 is not a mail domain"_s.arg(entry.toString()));
            return QStringList();
        }
        if (!domains.contains(domain))
            domains.append(domain);
    }
    return domains;
}

QString trimmedName(ParamReader& reader, const QString& name)
{
    const QString trimmed = name.trimmed();
    if (reader.ok() && trimmed.isEmpty())
        reader.fail("name"_L1, u"must not be blank"_s);
    return trimmed;
}

} // namespace

bool isValidMailDomain(const QString& domain)
{
    static const QRegularExpression pattern(
        u"^(?=.{3,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$"_s);
    return pattern.match(domain).hasMatch();
}

QString mailDomainOf(const QString& address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : address.mid(at + 1).trimmed().toLower();
}

QJsonObject OrgCreateParams::toJson() const
{
    return {{"name"_L1, name},
            {"domains"_L1, QJsonArray::fromStringList(domains)},
            {"notes"_L1, notes}};
}

Result<OrgCreateParams, rpc::RpcError> OrgCreateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    OrgCreateParams p;
    p.name = trimmedName(reader, reader.requiredString("name"_L1, OrgNameRule));
    p.domains = readDomains(reader, "domains"_L1).value_or(QStringList());
    p.notes = reader.optionalString("notes"_L1, OrgNotesRule).value_or(QString());
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject OrgUpdateParams::toJson() const
{
    QJsonObject object {{"id"_L1, id}};
    if (name)
        object.insert("name"_L1, *name);
    if (domains)
        object.insert("domains"_L1, QJsonArray::fromStringList(*domains));
    if (notes)
        object.insert("notes"_L1, *notes);
    return object;
}

Result<OrgUpdateParams, rpc::RpcError> OrgUpdateParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    OrgUpdateParams p;
    p.id = reader.requiredId("id"_L1);
    if (auto name = reader.optionalString("name"_L1, OrgNameRule))
        p.name = trimmedName(reader, *name);
    p.domains = readDomains(reader, "domains"_L1);
    p.notes = reader.optionalString("notes"_L1, OrgNotesRule);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QJsonObject OrgList::toJson() const
{
    QJsonArray array;
    for (const Organisation& org : items)
        array.append(org.toJson());
    return {{"items"_L1, array}};
}

OrgList OrgList::fromJson(const QJsonValue& value)
{
    OrgList list;
    for (const QJsonValue& item : value.toObject().value("items"_L1).toArray())
        list.items.append(Organisation::fromJson(item.toObject()));
    return list;
}

QJsonObject ImportParams::toJson() const
{
    return {{"csv"_L1, csv}, {"dry_run"_L1, dryRun}};
}

Result<ImportParams, rpc::RpcError> ImportParams::fromJson(const QJsonValue& params)
{
    ParamReader reader(params);
    ImportParams p;
    p.csv = reader.requiredString(
        "csv"_L1, {.minLength = 1, .maxLength = MaxImportBytes, .singleLine = false});
    p.dryRun = reader.optionalBool("dry_run"_L1).value_or(true);
    if (auto error = reader.finish())
        return *error;
    return p;
}

QString toString(ImportRow::Action action)
{
    switch (action) {
    case ImportRow::Action::Create:
        return u"create"_s;
    case ImportRow::Action::Update:
        return u"update"_s;
    case ImportRow::Action::Unchanged:
        return u"unchanged"_s;
    case ImportRow::Action::Refused:
        return u"refused"_s;
    }
    return {};
}

std::optional<ImportRow::Action> importActionFromString(QStringView text)
{
    for (auto action : {ImportRow::Action::Create, ImportRow::Action::Update,
                        ImportRow::Action::Unchanged, ImportRow::Action::Refused}) {
        if (toString(action) == text)
            return action;
    }
    return std::nullopt;
}

QJsonObject ImportRow::toJson() const
{
    QJsonObject object {{"line"_L1, line}, {"key"_L1, key}, {"action"_L1, toString(action)}};
    if (action == Action::Update)
        object.insert("changed"_L1, QJsonArray::fromStringList(changed));
    if (action == Action::Refused) {
        object.insert("field"_L1, field);
        object.insert("reason"_L1, reason);
    }
    return object;
}

ImportRow ImportRow::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    ImportRow row;
    row.line = object.value("line"_L1).toInt();
    row.key = object.value("key"_L1).toString();
    row.action =
        importActionFromString(object.value("action"_L1).toString()).value_or(Action::Unchanged);
    for (const QJsonValue& field : object.value("changed"_L1).toArray())
        row.changed.append(field.toString());
    row.field = object.value("field"_L1).toString();
    row.reason = object.value("reason"_L1).toString();
    return row;
}

int ImportResult::count(ImportRow::Action action) const
{
    return static_cast<int>(std::count_if(
        rows.cbegin(), rows.cend(), [action](const ImportRow& r) { return r.action == action; }));
}

QJsonObject ImportResult::toJson() const
{
    QJsonArray array;
    for (const ImportRow& row : rows)
        array.append(row.toJson());
    return {{"dry_run"_L1, dryRun},
            {"applied"_L1, applied},
            {"created"_L1, count(ImportRow::Action::Create)},
            {"updated"_L1, count(ImportRow::Action::Update)},
            {"unchanged"_L1, count(ImportRow::Action::Unchanged)},
            {"refused"_L1, count(ImportRow::Action::Refused)},
            {"rows"_L1, array}};
}

ImportResult ImportResult::fromJson(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    ImportResult result;
    result.dryRun = object.value("dry_run"_L1).toBool(true);
    result.applied = object.value("applied"_L1).toBool();
    for (const QJsonValue& row : object.value("rows"_L1).toArray())
        result.rows.append(ImportRow::fromJson(row));
    return result;
}

Result<QList<CsvRecord>, QString> parseCsv(const QString& text)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    record.line = 1;
    const auto endRecord = [&] {
        record.fields.append(field);
        const bool blank =
            record.fields.size() == 1 && record.fields.constFirst().isEmpty() && !fieldStarted;
        if (!blank)
            records.append(record);
        record = CsvRecord();
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty())
                return u"line %1: a quote inside an unquoted field"_s.arg(line);
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record.fields.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue;
        } else if (c == u'\n') {
            endRecord();
            ++line;
            record.line = line;
        } else {
            field += c;
        }
    }
    if (quoted)
        return u"line %1: a quoted field is not closed"_s.arg(line);
    if (!field.isEmpty() || fieldStarted || !record.fields.isEmpty())
        endRecord();
    return records;
}

} // namespace frontline::api
