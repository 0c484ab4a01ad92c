// The result schemas of the identity methods, from the toJson() of each answer's type: users
// and organisations (domain/user.h, domain/organisation.h, directoryapi.h, orgapi.h,
// notifyapi.h), groups (domain/group.h), API tokens and sessions (tokenapi.h), the second
// factor and password reset (totpapi.h, tokenapi.h) and the audit log (auditapi.h).
#include "api/directoryapi.h"
#include "api/methods.h"
#include "api/notifyapi.h"
#include "api/resultschemashapes.h"

using namespace Qt::StringLiterals;

namespace frontline::api::resultshape {

namespace {

// An acknowledgement without a record: {"<name>": true}.
QJsonObject acknowledged(QLatin1StringView name)
{
    return object({{name, schema::boolean()}});
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
}

} // namespace frontline::api::resultshape
