#include "slaadmin.h"

#include "api/automationapi.h"
#include "api/directoryapi.h"
#include "api/methods.h"

namespace frontline::client {
namespace {

template<typename T> api::Nullable<T> nullableOf(const std::optional<T>& value)
{
    return value ? api::Nullable<T>::of(*value) : api::Nullable<T>::null();
}

} // namespace

SlaAdmin::SlaAdmin(Session& session, QObject* parent)
    : AdminController(session, parent)
{
    followConfig({QString(api::configpart::SlaPolicies), QString(api::configpart::Calendars),
                  QString(api::configpart::Categories)},
                 [this] { reload(); });
}

void SlaAdmin::reload()
{
    startFollowing();
    m_parts = 0;
    sendLatest(api::method::SlaPolicyList, {}, [this](const QJsonValue& result) {
        m_policies = api::SlaPolicyList::fromJson(result).policies;
        partLoaded();
    });
    sendLatest(api::method::CalendarList, {}, [this](const QJsonValue& result) {
        m_calendars = api::CalendarList::fromJson(result).calendars;
        partLoaded();
    });
    sendLatest(api::method::CategoryList, {}, [this](const QJsonValue& result) {
        m_categories = api::CategoryList::fromJson(result).items;
        partLoaded();
    });
}

void SlaAdmin::partLoaded()
{
    if (++m_parts < 3)
        return;
    m_loaded = true;
    Q_EMIT loaded();
}

SlaPolicy SlaAdmin::policy(qint64 id) const
{
    for (const SlaPolicy& policy : m_policies) {
        if (policy.id == id)
            return policy;
    }
    SlaPolicy blank;
    blank.responseMinutes = 240;
    blank.resolveMinutes = 1440;
    return blank;
}

void SlaAdmin::save(const SlaPolicy& policy)
{
    if (const auto problem = policy.validate()) {
        refuse(*problem);
        Q_EMIT notSaved();
        return;
    }
    api::SlaPolicyParams params;
    if (policy.id)
        params.id = policy.id;
    params.name = policy.name.trimmed();
    params.type = nullableOf(policy.type);
    params.priority = nullableOf(policy.priority);
    params.category = nullableOf(policy.categoryId);
    params.calendar = nullableOf(policy.calendarId);
    params.responseMinutes = static_cast<int>(policy.responseMinutes);
    params.resolveMinutes = static_cast<int>(policy.resolveMinutes);
    params.warnPercent = policy.warnPercent;
    params.escalateOnBreach = policy.escalateOnBreach;
    params.active = policy.active;
    send(
        policy.id ? api::method::SlaPolicyUpdate : api::method::SlaPolicyCreate, params.toJson(),
        [this](const QJsonValue& result) {
            const api::SlaPolicySaved saved = api::SlaPolicySaved::fromJson(result);
            Q_EMIT this->saved(saved.policy, saved.ticketsRecomputed.value_or(0));
            reload();
        },
        [this] { Q_EMIT notSaved(); });
}

void SlaAdmin::remove(qint64 id)
{
    send(api::method::SlaPolicyDelete, api::IdParams {id}.toJson(),
         [this](const QJsonValue& result) {
             const api::AutomationDeleted deleted = api::AutomationDeleted::fromJson(result);
             Q_EMIT removed(deleted.deleted, deleted.ticketsRecomputed.value_or(0));
             reload();
         });
}

} // namespace frontline::client
