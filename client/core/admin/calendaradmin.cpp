#include "calendaradmin.h"

#include "api/methods.h"

namespace frontline::client {

CalendarAdmin::CalendarAdmin(Session& session, QObject* parent)
    : AdminController(session, parent)
{
    followConfig({QString(api::configpart::Calendars)}, [this] { reload(); });
}

void CalendarAdmin::reload()
{
    startFollowing();
    sendLatest(api::method::CalendarList, {}, [this](const QJsonValue& result) {
        m_calendars = api::CalendarList::fromJson(result).calendars;
        Q_EMIT loaded();
    });
}

CalendarForm CalendarAdmin::form(qint64 id) const
{
    for (const CalendarEntry& entry : m_calendars) {
        if (entry.id == id)
            return CalendarForm::from(entry);
    }
    return CalendarForm::blank();
}

void CalendarAdmin::save(const CalendarForm& form)
{
    if (const auto problem = form.problem()) {
        refuse(*problem);
        Q_EMIT notSaved();
        return;
    }
    send(
        form.id ? api::method::CalendarUpdate : api::method::CalendarCreate, form.params().toJson(),
        [this](const QJsonValue& result) {
            const api::CalendarSaved saved = api::CalendarSaved::fromJson(result);
            Q_EMIT this->saved(saved.calendar, saved.ticketsRecomputed.value_or(0));
            reload();
        },
        [this] { Q_EMIT notSaved(); });
}

void CalendarAdmin::remove(qint64 id)
{
    send(api::method::CalendarDelete, api::IdParams {id}.toJson(),
         [this](const QJsonValue& result) {
             Q_EMIT removed(api::AutomationDeleted::fromJson(result).deleted);
             reload();
         });
}

} // namespace frontline::client
