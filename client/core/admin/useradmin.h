#pragma once

#include "api/directoryapi.h"
#include "api/orgapi.h"
#include "client/core/admin/admincontroller.h"
#include "domain/user.h"

#include <QList>

#include <optional>

namespace frontline::client {

// The controller of the users page (admins): finds people page by page (user.list, disabled
// accounts included, the next page on demand), creates them with a first password, changes
// name, e-mail, role and whether they may log in, and sets a new password. Users are never
// deleted: their tickets keep their name.
class UserAdmin final : public AdminController
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserAdmin)

public:
    explicit UserAdmin(Session& session, QObject* parent = nullptr);

    // How many people a page holds (the server allows at most api::MaxPageSize).
    void setPageSize(int size) { m_pageSize = size; }
    // The first page of the people whose user name, name or e-mail contain `query` (all when
    // empty). An answer to an earlier search that arrives late is dropped.
    void search(const QString& query);
    // The next page of the same search, appended.
    void fetchMore();
    bool canFetchMore() const { return !m_nextCursor.isEmpty(); }
    QString query() const { return m_query; }

    const QList<User>& users() const { return m_users; }
    // The organisations a user may belong to (org.list); organisationsLoaded() once in.
    void loadOrganisations();
    const QList<Organisation>& organisations() const { return m_orgs; }
    std::optional<User> user(qint64 id) const;

    // A new account; answers with created() (the list is searched again) or refused().
    void create(const api::UserCreateParams& params);
    // Changes an account and, when `newPassword` is not empty, sets it as the password.
    // Answers with updated() or refused() (a refused password leaves the rest saved).
    void update(const api::UserUpdateParams& params, const QString& newPassword = {});

    // Turns the user's second factor off (a lost phone): they sign in with the password and
    // enrol again. Answers with twoFactorReset() or refused().
    void resetTwoFactor(qint64 id);
    // Forgets the user's failed logins, so a throttled user may log in at once.
    void unlock(qint64 id);
    // Ends every session of the user ("Sign out everywhere"): signedOut(count).
    void signOutEverywhere(qint64 userId);

Q_SIGNALS:
    void twoFactorReset(qint64 id);
    void unlocked(qint64 id);
    void listed(); // users() changed: a new search, one more page, or a saved account
    void organisationsLoaded();
    void created(const frontline::User& user);
    void updated(const frontline::User& user, bool passwordChanged);
    void signedOut(qint64 userId, int sessions);

private:
    void fetch(const QString& cursor);
    void replace(const User& user);

    QList<User> m_users;
    QList<Organisation> m_orgs;
    QString m_query;
    QString m_nextCursor;
    int m_pageSize = api::MaxPageSize;
    int m_generation = 0; // of the search in force
};

} // namespace frontline::client
