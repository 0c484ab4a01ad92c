#include "useradmin.h"

#include "api/methods.h"
#include "api/tokenapi.h"

#include <QJsonObject>

namespace frontline::client {

UserAdmin::UserAdmin(Session& session, QObject* parent)
    : AdminController(session, parent)
{ }

std::optional<User> UserAdmin::user(qint64 id) const
{
    for (const User& user : m_users) {
        if (user.id == id)
            return user;
    }
    return std::nullopt;
}

void UserAdmin::search(const QString& query)
{
    m_query = query.trimmed();
    ++m_generation;
    fetch(QString());
}

void UserAdmin::fetchMore()
{
    if (canFetchMore())
        fetch(m_nextCursor);
}

void UserAdmin::fetch(const QString& cursor)
{
    api::UserListParams params;
    params.query = m_query;
    params.includeDisabled = true;
    params.limit = m_pageSize;
    params.cursor = cursor;
    if (!accepts(params))
        return;
    const int generation = m_generation;
    send(api::method::UserList, params.toJson(),
         [this, generation, first = cursor.isEmpty()](const QJsonValue& result) {
             if (generation != m_generation)
                 return; // a newer search is on its way
             const api::UserPage page = api::UserPage::fromJson(result);
             if (first)
                 m_users = page.items;
             else
                 m_users.append(page.items);
             m_nextCursor = page.nextCursor;
             Q_EMIT listed();
         });
}

void UserAdmin::resetTwoFactor(qint64 id)
{
    send(api::method::AuthTotpReset, api::IdParams {id}.toJson(),
         [this, id](const QJsonValue&) { Q_EMIT twoFactorReset(id); });
}

void UserAdmin::unlock(qint64 id)
{
    send(api::method::UserUnlock, api::IdParams {id}.toJson(),
         [this, id](const QJsonValue&) { Q_EMIT unlocked(id); });
}

void UserAdmin::loadOrganisations()
{
    sendLatest(api::method::OrgList, QJsonObject(), [this](const QJsonValue& result) {
        m_orgs = api::OrgList::fromJson(result).items;
        Q_EMIT organisationsLoaded();
    });
}

void UserAdmin::create(const api::UserCreateParams& params)
{
    if (!accepts(params))
        return;
    send(api::method::UserCreate, params.toJson(), [this](const QJsonValue& result) {
        const User user = User::fromJson(result.toObject());
        Q_EMIT created(user);
        search(m_query);
    });
}

void UserAdmin::update(const api::UserUpdateParams& params, const QString& newPassword)
{
    api::SetPasswordParams reset;
    reset.id = params.id;
    reset.password = newPassword;
    if (!accepts(params) || (!newPassword.isEmpty() && !accepts(reset)))
        return;
    send(api::method::UserUpdate, params.toJson(), [this, reset](const QJsonValue& result) {
        const User user = User::fromJson(result.toObject());
        replace(user);
        if (reset.password.isEmpty()) {
            Q_EMIT updated(user, false);
            return;
        }
        send(api::method::UserSetPassword, reset.toJson(),
             [this, user](const QJsonValue&) { Q_EMIT updated(user, true); });
    });
}

void UserAdmin::signOutEverywhere(qint64 userId)
{
    send(api::method::SessionRevokeAll, api::SessionRevokeAllParams {userId}.toJson(),
         [this, userId](const QJsonValue& result) {
             Q_EMIT signedOut(userId, api::RevokeAllResult::fromJson(result).revoked);
         });
}

void UserAdmin::replace(const User& user)
{
    for (User& listed : m_users) {
        if (listed.id == user.id) {
            listed = user;
            Q_EMIT this->listed();
            return;
        }
    }
}

} // namespace frontline::client
