#include "orgimport.h"

#include "api/directoryapi.h"
#include "services/auditlog.h"
#include "storage/orgrepository.h"
#include "storage/userrepository.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace frontline::server {
namespace {

using api::ImportRow;
using Action = ImportRow::Action;

// The header: column name -> index. Unknown or repeated columns, or a missing key column,
// refuse the whole import (field `csv`).
Result<QHash<QString, int>, rpc::RpcError> readHeader(const QList<api::CsvRecord>& records,
                                                      const QStringList& known, const QString& key)
{
    if (records.isEmpty())
        return rpc::RpcError::invalidParams(u"csv"_s, u"has no header line"_s);
    QHash<QString, int> columns;
    const QStringList& header = records.constFirst().fields;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!known.contains(name))
            return rpc::RpcError::invalidParams(
                u"csv"_s, u"unknown column \"%1\" (known: %2)"_s.arg(name, known.join(u", "_s)));
        if (columns.contains(name))
            return rpc::RpcError::invalidParams(u"csv"_s,
                                                u"column \"%1\" appears twice"_s.arg(name));
        columns.insert(name, i);
    }
    if (!columns.contains(key))
        return rpc::RpcError::invalidParams(u"csv"_s, u"needs a \"%1\" column"_s.arg(key));
    if (records.size() - 1 > api::MaxImportRows)
        return rpc::RpcError::invalidParams(
            u"csv"_s, u"has more than %1 rows; import it in parts"_s.arg(api::MaxImportRows));
    return columns;
}

Result<QList<api::CsvRecord>, rpc::RpcError> parseCsvRecords(const QString& csv)
{
    auto records = api::parseCsv(csv);
    if (!records)
        return rpc::RpcError::invalidParams(u"csv"_s, records.error());
    return std::move(records).value();
}

// A row's cell by column name ("" when the column or the cell is missing), trimmed.
struct Cells
{
    const QHash<QString, int>& columns;
    const QStringList& fields;

    bool has(const QString& name) const
    {
        const int i = columns.value(name, -1);
        return i >= 0 && i < fields.size() && !fields.at(i).trimmed().isEmpty();
    }
    QString operator[](const QString& name) const
    {
        const int i = columns.value(name, -1);
        return i >= 0 && i < fields.size() ? fields.at(i).trimmed() : QString();
    }
};

std::optional<bool> parseBool(const QString& text)
{
    const QString t = text.toLower();
    if (t == u"true"_s || t == u"yes"_s || t == u"1"_s)
        return true;
    if (t == u"false"_s || t == u"no"_s || t == u"0"_s)
        return false;
    return std::nullopt;
}

api::ImportResult finish(QList<ImportRow> rows, bool dryRun,
                         const QList<std::function<void()>>& writes)
{
    api::ImportResult result;
    result.dryRun = dryRun;
    result.rows = std::move(rows);
    if (!dryRun && result.count(Action::Refused) == 0) {
        for (const auto& write : writes)
            write();
        result.applied = true;
    }
    return result;
}

// An applied import's summary in the audit log (each row it wrote has its own entry).
void recordImport(SqlSession& session, const Principal& admin, qint64 now, const QString& action,
                  const QString& targetType, const api::ImportResult& result)
{
    if (!result.applied)
        return;
    QJsonObject details;
    for (const auto& [field, kind] :
         {std::pair {u"created"_s, Action::Create}, std::pair {u"updated"_s, Action::Update},
          std::pair {u"unchanged"_s, Action::Unchanged}})
        details.insert(field, QJsonObject {{u"after"_s, result.count(kind)}});
    AuditLog(session, admin, now).record({action, targetType, std::nullopt, u"CSV"_s, details});
}

} // namespace

BulkImport::BulkImport(SqlSession& session, const Principal& principal, qint64 now)
    : m_session(session)
    , m_principal(principal)
    , m_now(now)
{ }

ServiceResult BulkImport::importOrgs(const api::ImportParams& params)
{
    auto records = parseCsvRecords(params.csv);
    if (!records)
        return records.error();
    auto columns = readHeader(*records, {u"name"_s, u"domains"_s, u"notes"_s}, u"name"_s);
    if (!columns)
        return columns.error();

    OrgRepository orgs(m_session);
    QList<ImportRow> rows;
    QList<std::function<void()>> writes;
    QSet<QString> names;
    QHash<QString, QString> claimed; // domain -> the name of the row's organisation
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    for (qsizetype r = 1; r < records->size(); ++r) {
        const api::CsvRecord& record = records->at(r);
        const Cells cells {*columns, record.fields};
        const QString name = cells[u"name"_s];
        const int line = record.line;
        if (name.isEmpty() || name.size() > 100) {
            rows.append(
                ImportRow::refused(line, name, u"name"_s, u"must be 1 to 100 characters"_s));
            continue;
        }
        if (names.contains(name.toLower())) {
            rows.append(ImportRow::refused(line, name, u"name"_s, u"appears twice in the file"_s));
            continue;
        }
        names.insert(name.toLower());
        if (cells[u"notes"_s].size() > 4000) {
            rows.append(
                ImportRow::refused(line, name, u"notes"_s, u"must be at most 4000 characters"_s));
            continue;
        }
        const auto existing = orgs.findByName(name);
        Organisation org = existing.value_or(Organisation());
        if (!existing)
            org.name = name;
        QStringList changed;
        if (cells.has(u"domains"_s)) {
            QStringList domains;
            QString bad;
            for (const QString& part :
                 cells[u"domains"_s].toLower().split(separators, Qt::SkipEmptyParts)) {
                if (!api::isValidMailDomain(part))
                    bad = part;
                else if (!domains.contains(part))
                    domains.append(part);
            }
            if (!bad.isEmpty() || domains.size() > api::MaxOrgDomains) {
                rows.append(ImportRow::refused(
                    line, name, u"domains"_s,
                    bad.isEmpty() ? u"more than %1 domains"_s.arg(api::MaxOrgDomains)
                                  : u"%1 is not a mail domain"_s.arg(bad)));
                continue;
            }
            domains.sort();
            QString taken;
            for (const QString& domain : std::as_const(domains)) {
                const auto owner = orgs.byDomain(domain);
                const QString other = claimed.value(domain);
                if ((owner && (!existing || *owner != existing->id))
                    || (!other.isEmpty() && other != name.toLower()))
                    taken = domain;
            }
            if (!taken.isEmpty()) {
                rows.append(ImportRow::refused(line, name, u"domains"_s,
                                               u"%1 belongs to another organisation"_s.arg(taken)));
                continue;
            }
            for (const QString& domain : std::as_const(domains))
                claimed.insert(domain, name.toLower());
            QStringList before = org.domains;
            before.sort();
            if (before != domains)
                changed.append(u"domains"_s);
            org.domains = domains;
        }
        if (cells.has(u"notes"_s) && cells[u"notes"_s] != org.notes) {
            changed.append(u"notes"_s);
            org.notes = cells[u"notes"_s];
        }
        ImportRow row;
        row.line = line;
        row.key = name;
        if (!existing) {
            row.action = Action::Create;
            writes.append([this, org] {
                const qint64 id = OrgRepository(m_session).insert(org, m_now);
                AuditLog(m_session, m_principal, m_now)
                    .record({u"org.create"_s, u"organisation"_s, id, org.name,
                             QJsonObject {{u"import"_s, QJsonObject {{u"after"_s, true}}}}});
            });
        } else if (!changed.isEmpty()) {
            row.action = Action::Update;
            row.changed = changed;
            writes.append([this, org, changed] {
                OrgRepository(m_session).update(org, m_now);
                AuditLog(m_session, m_principal, m_now)
                    .record({u"org.update"_s, u"organisation"_s, org.id, org.name,
                             QJsonObject {{u"import"_s, QJsonObject {{u"after"_s, true}}},
                                          {u"fields"_s,
                                           QJsonObject {{u"after"_s, changed.join(u", "_s)}}}}});
            });
        }
        rows.append(row);
    }
    const api::ImportResult result = finish(std::move(rows), params.dryRun, writes);
    recordImport(m_session, m_principal, m_now, u"org.import"_s, u"organisation"_s, result);
    return Outcome(result);
}

ServiceResult BulkImport::importUsers(const api::ImportParams& params)
{
    auto records = parseCsvRecords(params.csv);
    if (!records)
        return records.error();
    auto columns = readHeader(*records,
                              {u"username"_s, u"display_name"_s, u"email"_s, u"role"_s, u"org"_s,
                               u"vip"_s, u"org_viewer"_s},
                              u"username"_s);
    if (!columns)
        return columns.error();

    UserRepository users(m_session);
    OrgRepository orgs(m_session);
    QList<ImportRow> rows;
    QList<std::function<void()>> writes;
    QList<qint64> changedUsers;
    QSet<QString> seen;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const api::CsvRecord& record = records->at(r);
        const Cells cells {*columns, record.fields};
        const QString username = cells[u"username"_s].toLower();
        const int line = record.line;
        if (!api::isValidUsername(username)) {
            rows.append(
                ImportRow::refused(line, username, u"username"_s,
                                   u"must be 3 to 64 characters: letters, digits and . _ - @"_s));
            continue;
        }
        if (seen.contains(username)) {
            rows.append(
                ImportRow::refused(line, username, u"username"_s, u"appears twice in the file"_s));
            continue;
        }
        seen.insert(username);
        const auto credentials = users.credentials(username);
        std::optional<User> existing;
        if (credentials)
            existing = users.find(credentials->userId);
        User user = existing.value_or(User());
        QStringList changed;
        const auto set = [&changed](auto& member, const auto& value, const QString& field) {
            if (member != value) {
                member = value;
                changed.append(field);
            }
        };
        QString field;
        QString reason;
        const auto refuse = [&field, &reason](const QString& f, const QString& r) {
            field = f;
            reason = r;
        };
        if (cells.has(u"display_name"_s)) {
            const QString name = cells[u"display_name"_s];
            if (name.size() > 100)
                refuse(u"display_name"_s, u"must be at most 100 characters"_s);
            set(user.displayName, name, u"display_name"_s);
        } else if (!existing) {
            user.displayName = username;
        }
        if (reason.isEmpty() && cells.has(u"email"_s)) {
            const QString email = cells[u"email"_s];
            if (!api::isValidEmail(email))
                refuse(u"email"_s, u"must be an e-mail address"_s);
            set(user.email, email, u"email"_s);
        } else if (reason.isEmpty() && !existing) {
            refuse(u"email"_s, u"is required for a new user"_s);
        }
        if (reason.isEmpty() && cells.has(u"role"_s)) {
            const auto role = roleFromString(cells[u"role"_s].toLower());
            if (!role)
                refuse(u"role"_s, u"must be one of "_s + roleNames().join(u", "_s));
            else if (existing && *role != existing->role)
                refuse(u"role"_s,
                       u"differs from the user's role; roles are changed one by one "
                       "in the user administration"_s);
            else if (!existing)
                user.role = *role;
        }
        if (reason.isEmpty() && cells.has(u"org"_s)) {
            const QString orgName = cells[u"org"_s];
            std::optional<OrgRef> org;
            if (orgName != u"-"_s) {
                const auto found = orgs.findByName(orgName);
                if (!found)
                    refuse(u"org"_s, u"no organisation is called %1"_s.arg(orgName));
                else
                    org = found->ref();
            }
            if (reason.isEmpty())
                set(user.org, org, u"org"_s);
        }
        for (const QString& flag : {u"vip"_s, u"org_viewer"_s}) {
            if (!reason.isEmpty() || !cells.has(flag))
                continue;
            const auto value = parseBool(cells[flag]);
            if (!value)
                refuse(flag, u"must be true or false"_s);
            else
                set(flag == u"vip"_s ? user.vip : user.orgViewer, *value, flag);
        }
        if (reason.isEmpty() && user.orgViewer && user.role != Role::Requester)
            refuse(u"org_viewer"_s, u"only requesters can be organisation viewers"_s);
        if (reason.isEmpty() && user.orgViewer && !user.org && (existing || cells.has(u"org"_s)))
            refuse(u"org_viewer"_s, u"needs the user to belong to an organisation"_s);
        if (!reason.isEmpty()) {
            rows.append(ImportRow::refused(line, username, field, reason));
            continue;
        }
        ImportRow row;
        row.line = line;
        row.key = username;
        if (!existing) {
            row.action = Action::Create;
            const bool orgGiven = cells.has(u"org"_s);
            writes.append([this, user, username, orgGiven] {
                UserRepository repo(m_session);
                // No password: "!" never matches a hash, as for the senders mail intake creates.
                const qint64 id =
                    repo.insert(username, user.displayName, user.email, user.role, "!", m_now);
                User stored = *repo.find(id);
                if (orgGiven)
                    stored.org = user.org; // else the organisation of the mail domain
                stored.vip = user.vip;
                stored.orgViewer = user.orgViewer && stored.org.has_value();
                repo.update(stored, m_now);
                AuditLog(m_session, m_principal, m_now)
                    .record({u"user.create"_s, u"user"_s, id, username,
                             QJsonObject {{u"import"_s, QJsonObject {{u"after"_s, true}}}}});
            });
        } else if (!changed.isEmpty()) {
            row.action = Action::Update;
            row.changed = changed;
            changedUsers.append(user.id);
            writes.append([this, user, changed] {
                UserRepository(m_session).update(user, m_now);
                AuditLog(m_session, m_principal, m_now)
                    .record({u"user.update"_s, u"user"_s, user.id, user.username,
                             QJsonObject {{u"import"_s, QJsonObject {{u"after"_s, true}}},
                                          {u"fields"_s,
                                           QJsonObject {{u"after"_s, changed.join(u", "_s)}}}}});
            });
        }
        rows.append(row);
    }
    const api::ImportResult result = finish(std::move(rows), params.dryRun, writes);
    recordImport(m_session, m_principal, m_now, u"user.import"_s, u"user"_s, result);
    Outcome outcome(result);
    if (result.applied)
        outcome.usersChanged = changedUsers;
    return outcome;
}

} // namespace frontline::server
