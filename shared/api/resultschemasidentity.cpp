// The result schemas of the identity methods, from the toJson() of each answer's type: users
// and organisations (domain/user.h, domain/organisation.h, directoryapi.h, orgapi.h,
// notifyapi.h), groups (domain/group.h), API tokens and sessions (tokenapi.h), the second
// factor and password reset (totpapi.h, tokenapi.h) and the audit log (auditapi.h).
#include "api/auditapi.h"
#include "api/directoryapi.h"
#include "api/methods.h"
#include "api/notifyapi.h"
#include "api/resultschemashapes.h"
#include "api/totpapi.h"
#include "domain/group.h"

using namespace Qt::StringLiterals;

namespace frontline::api::resultshape {

namespace {

// An acknowledgement without a record: {"<name>": true}.
QJsonObject acknowledged(QLatin1StringView name)
{
    return object({{name, schema::boolean()}});
}

// An API token as token.list shows it; token.create adds its secret, shown that once.
QJsonObject apiToken(bool withSecret)
{
    return object({{"id"_L1, schema::id()},
                   {"name"_L1, text()},
                   {"scopes"_L1, list(text())},
                   {"owner"_L1, ref(u"UserRef"_s)},
                   {"created_at"_L1, time()},
                   {"expires_at"_L1, nullableTime()},
                   {"last_used_at"_L1, nullableTime()},
                   {"last_peer"_L1, text()},
                   {"secret"_L1, text(), withSecret}});
}

} // namespace

void addIdentityComponents(QJsonObject& c)
{
    c.insert("Organisation"_L1,
             object({{"id"_L1, schema::id()},
                     {"name"_L1, text()},
                     {"domains"_L1, list(text())},
                     {"notes"_L1, text()},
                     {"member_count"_L1, count()},
                     {"created_at"_L1, time()},
                     {"updated_at"_L1, time()}}));
    // escalation_group and manager are ids (null: none); members the members' ids.
    c.insert("Group"_L1,
             object({{"id"_L1, schema::id()},
                     {"name"_L1, text()},
                     {"tier"_L1, schema::integer(MinTier, MaxTier)},
                     {"description"_L1, text()},
                     {"escalation_group"_L1, schema::nullable(schema::id())},
                     {"assignment"_L1, schema::oneOf(assignmentStrategies())},
                     {"manager"_L1, schema::nullable(schema::id())},
                     {"members"_L1, list(schema::id())},
                     {"created_at"_L1, time()},
                     {"updated_at"_L1, time()}}));
    c.insert("ApiToken"_L1, apiToken(false));
    // One signed-in device; last_seen_at is null while no use of it is recorded.
    c.insert("Session"_L1,
             object({{"id"_L1, schema::id()},
                     {"created_at"_L1, time()},
                     {"expires_at"_L1, time()},
                     {"last_seen_at"_L1, nullableTime()},
                     {"peer"_L1, text()},
                     {"client"_L1, text()},
                     {"current"_L1, schema::boolean()}}));
    c.insert("TotpStatus"_L1,
             object({{"enabled"_L1, schema::boolean()},
                     {"pending"_L1, schema::boolean()},
                     {"required"_L1, schema::boolean()},
                     {"recovery_codes_left"_L1, schema::integer(0, RecoveryCodeCount)}}));
    // Shown once: a new set of recovery codes, every one of them.
    c.insert("RecoveryCodes"_L1,
             object({{"codes"_L1, schema::arrayOf(text(), RecoveryCodeCount, RecoveryCodeCount)}}));
    // actor is null for a failed sign-in or the server, target_id when the target has no
    // record (a failed sign-in's unknown name); details maps each changed field to
    // {"before", "after"}.
    c.insert("AuditEntry"_L1,
             object({{"id"_L1, schema::id()},
                     {"at"_L1, time()},
                     {"actor"_L1, schema::nullable(schema::id())},
                     {"actor_name"_L1, text()},
                     {"via"_L1, text()},
                     {"peer"_L1, text()},
                     {"action"_L1, text()},
                     {"target_type"_L1, text()},
                     {"target_id"_L1, schema::nullable(schema::id())},
                     {"target_label"_L1, text()},
                     {"details"_L1, schema::anyObject()}}));
    // The language and kinds are those user.notification_prefs.set accepts.
    c.insert("NotificationPrefs"_L1,
             object({{"language"_L1, schema::oneOf(mailLanguageNames())},
                     {"kinds"_L1, list(schema::oneOf(mailKindNames()))},
                     {"opted_out"_L1, list(schema::oneOf(mailKindNames()))}}));
}

void addIdentityResults(Table& m)
{
    // Users (the User component is auth.login's) and organisations. user.import and
    // org.import answer the ImportResult ci.import answers.
    const auto user = [] { return ref(u"User"_s); };
    for (const auto name : {method::UserCreate, method::UserGet, method::UserUpdate,
                            method::UserDisable, method::UserSetAvailability})
        m.insert(QString(name), user);
    // One page; next_cursor is null on the last.
    m.insert(QString(method::UserList), [] {
        return object(
            {{"items"_L1, list(ref(u"User"_s))}, {"next_cursor"_L1, schema::nullable(text())}});
    });
    m.insert(QString(method::UserSetPassword), [] { return acknowledged("changed"_L1); });
    m.insert(QString(method::UserUnlock), [] { return acknowledged("unlocked"_L1); });
    const auto prefs = [] { return ref(u"NotificationPrefs"_s); };
    m.insert(QString(method::NotificationPrefsGet), prefs);
    m.insert(QString(method::NotificationPrefsSet), prefs);
    const auto org = [] { return ref(u"Organisation"_s); };
    m.insert(QString(method::OrgCreate), org);
    m.insert(QString(method::OrgUpdate), org);
    m.insert(QString(method::OrgList), [] {
        return object({{"items"_L1, list(ref(u"Organisation"_s))}});
    });
    const auto imported = [] { return ref(u"ImportResult"_s); };
    m.insert(QString(method::UserImport), imported);
    m.insert(QString(method::OrgImport), imported);

    // Groups answer the group itself, also after a member joined or left.
    const auto group = [] { return ref(u"Group"_s); };
    for (const auto name : {method::GroupCreate, method::GroupGet, method::GroupUpdate,
                            method::GroupAddMember, method::GroupRemoveMember})
        m.insert(QString(name), group);
    m.insert(QString(method::GroupList), [] {
        return object({{"items"_L1, list(ref(u"Group"_s))}});
    });

    // API tokens and sessions: token.create's secret only there, revocations by id.
    m.insert(QString(method::TokenCreate), [] { return apiToken(true); });
    m.insert(QString(method::TokenList), [] {
        return object({{"items"_L1, list(ref(u"ApiToken"_s))}});
    });
    const auto revoked = [] {
        return object({{"id"_L1, schema::id()}, {"revoked"_L1, schema::boolean()}});
    };
    m.insert(QString(method::TokenRevoke), revoked);
    m.insert(QString(method::SessionRevoke), revoked);
    m.insert(QString(method::SessionList), [] {
        return object({{"items"_L1, list(ref(u"Session"_s))}});
    });
    m.insert(QString(method::SessionRevokeAll), [] { return object({{"revoked"_L1, count()}}); });

    // The second factor: the enrolment, the codes shown once, the status; password reset
    // answers the same whoever asked.
    m.insert(QString(method::AuthTotpBegin), [] {
        return object({{"secret"_L1, text()}, {"uri"_L1, text()}});
    });
    const auto codes = [] { return ref(u"RecoveryCodes"_s); };
    m.insert(QString(method::AuthTotpConfirm), codes);
    m.insert(QString(method::AuthRecoveryRegenerate), codes);
    const auto status = [] { return ref(u"TotpStatus"_s); };
    for (const auto name : {method::AuthTotpStatus, method::AuthTotpDisable, method::AuthTotpReset})
        m.insert(QString(name), status);
    m.insert(QString(method::AuthResetRequest), [] { return acknowledged("requested"_L1); });
    m.insert(QString(method::AuthResetConfirm), [] { return acknowledged("reset"_L1); });

    // The audit log: a page (next_cursor null on the last) and the CSV file as report.export
    // gives a file, its bytes in base64.
    m.insert(QString(method::AuditList), [] {
        return object({{"items"_L1, list(ref(u"AuditEntry"_s))},
                       {"next_cursor"_L1, schema::nullable(text())}});
    });
    m.insert(QString(method::AuditExport), [] {
        return object({{"file_name"_L1, text()},
                       {"content_type"_L1, text()},
                       {"size"_L1, count()},
                       {"data"_L1, text()}});
    });
}

} // namespace frontline::api::resultshape
