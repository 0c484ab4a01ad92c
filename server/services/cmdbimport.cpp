#include "cmdbimport.h"

#include "api/cmdbapi.h"
#include "services/auditlog.h"
#include "services/cmdbservice.h"
#include "storage/cmdbrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using api::ImportRow;
using Action = ImportRow::Action;

const QStringList BaseColumns {u"name"_s,   u"class"_s, u"status"_s,      u"host_name"_s,
                               u"serial"_s, u"owner"_s, u"organisation"_s};

// A cell of an attribute column as the field's value.
QJsonValue cellValue(const api::FieldDefinition& field, const QString& text, CmdbRepository& cmdb)
{
    switch (field.type) {
    case api::FieldType::Number: {
        bool ok = false;
        const double number = text.toDouble(&ok);
        return ok ? QJsonValue(number) : QJsonValue(text);
    }
    case api::FieldType::MultiChoice: {
        QJsonArray keys;
        for (const QString& key : text.split(u';', Qt::SkipEmptyParts))
            keys.append(key.trimmed());
        return keys;
    }
    case api::FieldType::User: {
        const auto id = cmdb.userByName(text);
        return id ? QJsonValue(*id) : QJsonValue(text);
    }
    case api::FieldType::Organisation: {
        const auto id = cmdb.orgByName(text);
        return id ? QJsonValue(*id) : QJsonValue(text);
    }
    default:
        return text;
    }
}

} // namespace

CmdbImport::CmdbImport(SqlSession& session, const Principal& principal, qint64 now)
    : m_session(session)
    , m_principal(principal)
    , m_now(now)
{ }

ServiceResult CmdbImport::run(const api::ImportParams& params)
{
    auto records = api::parseCsv(params.csv);
    if (!records)
        return rpc::RpcError::invalidParams(u"csv"_s, records.error());
    if (records->isEmpty())
        return rpc::RpcError::invalidParams(u"csv"_s, u"has no header line"_s);
    if (records->size() - 1 > api::MaxCiImportRows)
        return rpc::RpcError::invalidParams(
            u"csv"_s, u"has more than %1 rows; import it in parts"_s.arg(api::MaxCiImportRows));

    const CmdbService::FieldsByName fields = CmdbService::fieldsByName(m_session);
    QHash<QString, int> columns;
    const QStringList& header = records->constFirst().fields;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!BaseColumns.contains(name) && !fields.contains(name))
            return rpc::RpcError::invalidParams(
                u"csv"_s,
                u"unknown column \"%1\" (neither %2 nor a custom field)"_s.arg(
                    name, BaseColumns.join(u", "_s)));
        if (columns.contains(name))
            return rpc::RpcError::invalidParams(u"csv"_s,
                                                u"column \"%1\" appears twice"_s.arg(name));
        columns.insert(name, i);
    }
    for (const QString& required : {u"name"_s, u"class"_s}) {
        if (!columns.contains(required))
            return rpc::RpcError::invalidParams(u"csv"_s, u"needs a \"%1\" column"_s.arg(required));
    }

    CmdbRepository cmdb(m_session);
    QHash<QString, std::optional<api::CiClass>> classes;
    QHash<QString, std::optional<qint64>> owners;
    QHash<QString, std::optional<qint64>> orgs;
    QList<ImportRow> rows;
    QList<std::function<void()>> writes;
    QSet<QString> keys;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const api::CsvRecord& record = records->at(r);
        auto cell = [&](const QString& column) {
            const int i = columns.value(column, -1);
            return i >= 0 && i < record.fields.size() ? record.fields.at(i).trimmed() : QString();
        };
        const QString name = cell(u"name"_s);
        const int line = record.line;
        if (name.isEmpty() || name.size() > 200) {
            rows.append(
                ImportRow::refused(line, name, u"name"_s, u"must be 1 to 200 characters"_s));
            continue;
        }
        const QString className = cell(u"class"_s).toLower();
        if (!classes.contains(className))
            classes.insert(className, cmdb.findClassByName(className));
        const std::optional<api::CiClass>& ciClass = classes[className];
        if (!ciClass || !ciClass->active) {
            rows.append(ImportRow::refused(line, name, u"class"_s,
                                           u"\"%1\" is not an active CI class"_s.arg(className)));
            continue;
        }
        const QString serial = cell(u"serial"_s);
        const QString key = serial.isEmpty() ? QString(className + u'\n' + name.toLower())
                                             : QString(u"serial\n"_s + serial.toLower());
        if (keys.contains(key)) {
            rows.append(ImportRow::refused(line, name, serial.isEmpty() ? u"name"_s : u"serial"_s,
                                           u"appears twice in the file"_s));
            continue;
        }
        keys.insert(key);
        const auto existingId = cmdb.findForImport(ciClass->id, name, serial);
        const std::optional<api::Ci> existing =
            existingId ? cmdb.find(*existingId) : std::optional<api::Ci>();
        if (existing && existing->ciClass != ciClass->name) {
            rows.append(
                ImportRow::refused(line, name, u"class"_s,
                                   u"the CI with this serial is a %1"_s.arg(existing->ciClass)));
            continue;
        }
        api::Ci ci = existing.value_or(api::Ci());
        ci.name = name;
        ci.ciClass = ciClass->name;
        const QString status = cell(u"status"_s).toLower();
        if (!status.isEmpty()) {
            if (!api::ciStatusNames().contains(status)) {
                rows.append(ImportRow::refused(
                    line, name, u"status"_s,
                    u"must be one of %1"_s.arg(api::ciStatusNames().join(u", "_s))));
                continue;
            }
            ci.status = status;
        }
        if (!cell(u"host_name"_s).isEmpty())
            ci.hostName = cell(u"host_name"_s).left(253);
        if (!serial.isEmpty())
            ci.serial = serial.left(100);
        const QString owner = cell(u"owner"_s);
        if (!owner.isEmpty()) {
            if (!owners.contains(owner))
                owners.insert(owner, cmdb.userByName(owner));
            if (!owners[owner]) {
                rows.append(
                    ImportRow::refused(line, name, u"owner"_s, u"no user \"%1\""_s.arg(owner)));
                continue;
            }
            ci.owner = owners[owner];
        }
        const QString org = cell(u"organisation"_s);
        if (!org.isEmpty()) {
            if (!orgs.contains(org.toLower()))
                orgs.insert(org.toLower(), cmdb.orgByName(org));
            if (!orgs[org.toLower()]) {
                rows.append(ImportRow::refused(line, name, u"organisation"_s,
                                               u"no organisation \"%1\""_s.arg(org)));
                continue;
            }
            ci.organisation = orgs[org.toLower()];
        }
        QJsonObject values;
        for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
            if (BaseColumns.contains(it.key()) || cell(it.key()).isEmpty())
                continue;
            values.insert(it.key(), cellValue(fields.value(it.key()), cell(it.key()), cmdb));
        }
        auto attributes = CmdbService::checkAttributes(
            m_session, fields, *ciClass, values, existing ? existing->attributes : QJsonObject());
        if (!attributes) {
            QString field = attributes.error().field();
            if (field.startsWith("attributes."_L1))
                field = field.mid(11);
            rows.append(ImportRow::refused(line, name, field, attributes.error().reason()));
            continue;
        }
        ci.attributes = *attributes;

        ImportRow row;
        row.line = line;
        row.key = name;
        if (!existing) {
            row.action = Action::Create;
            const qint64 classId = ciClass->id;
            writes.append([this, ci, classId] {
                CmdbRepository repository(m_session);
                api::Ci created = ci;
                created.id = repository.insert(ci, classId, m_now);
                AuditLog(m_session, m_principal, m_now)
                    .record({u"ci.create"_s, u"ci"_s, created.id, created.name,
                             QJsonObject {{"import"_L1, QJsonObject {{"after"_L1, true}}}}});
            });
        } else {
            const QJsonObject before = existing->toJson();
            const QJsonObject after = ci.toJson();
            for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
                if (before.value(it.key()) != it.value())
                    row.changed.append(it.key());
            }
            row.action = row.changed.isEmpty() ? Action::Unchanged : Action::Update;
            if (row.action == Action::Update) {
                writes.append([this, ci, before] {
                    CmdbRepository repository(m_session);
                    repository.update(ci, m_now);
                    AuditLog(m_session, m_principal, m_now)
                        .recordChange(u"ci.update"_s, u"ci"_s, before,
                                      repository.find(ci.id)->toJson(),
                                      QJsonObject {{"import"_L1, true}});
                });
            }
        }
        rows.append(row);
    }

    api::ImportResult result;
    result.dryRun = params.dryRun;
    result.rows = std::move(rows);
    if (!params.dryRun && result.count(Action::Refused) == 0) {
        for (const auto& write : std::as_const(writes))
            write();
        result.applied = true;
        QJsonObject details;
        for (const auto& [field, kind] :
             {std::pair {u"created"_s, Action::Create}, std::pair {u"updated"_s, Action::Update},
              std::pair {u"unchanged"_s, Action::Unchanged}})
            details.insert(field, QJsonObject {{u"after"_s, result.count(kind)}});
        AuditLog(m_session, m_principal, m_now)
            .record({u"ci.import"_s, u"ci"_s, std::nullopt, u"CSV"_s, details});
    }
    return Outcome(result.toJson());
}

} // namespace frontline::server
